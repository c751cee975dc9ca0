using System.Globalization;
using ArDivergence.Core.Debugging;
using ArDivergence.Core.Specs;
using ArDivergence.Tui.Output;
using ArDivergence.Tui.Presentation;
using ArDivergence.Tui.Views;
using Terminal.Gui.Drawing;
using Terminal.Gui.Input;

namespace ArDivergence.Tui.Tests.Views;

public class DebuggerScreenTests
{
    private const string Default = "is-ar-doomed";

    [Fact]
    public void Opening_shows_the_scenario_the_lanes_and_the_keys()
    {
        using var tui = new TuiHarness();
        var expected = Expected.After(Default);
        Assert.Contains($" ardiv │ {Default} — {expected.Scenario.Spec.Title}", tui.Lines[0], StringComparison.Ordinal);
        Assert.Contains($"seed {expected.Seed} · t 0/{expected.Length}", tui.Lines[0], StringComparison.Ordinal);
        foreach (var lane in expected.Lanes)
        {
            Assert.Contains(lane.Name, tui.Lines[1], StringComparison.Ordinal);
        }

        Assert.Contains("F10/n step", tui.Lines[^1], StringComparison.Ordinal);
        Assert.Contains("q quit", tui.Lines[^1], StringComparison.Ordinal);
        Assert.Contains("Is autoregression doomed?", tui.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Stepping_with_n_and_F10_advances_every_lane_and_shows_the_numbers_of_ardiv_run()
    {
        using var tui = new TuiHarness();
        tui.Press(Key.N, Key.N, Key.F10);

        var expected = Expected.After(Default, new StepCommand(), new StepCommand(), new StepCommand());
        Assert.All(tui.Snapshot.Lanes, lane => Assert.Equal(3, lane.T));
        Assert.Contains($"t 3/{expected.Length}", tui.Lines[0], StringComparison.Ordinal);
        foreach (var lane in expected.Lanes)
        {
            Assert.Contains($"Steps · {lane.Name} ", tui.Text, StringComparison.Ordinal);
            for (var t = 1; t <= 3; t++)
            {
                var row = Expected.Row(expected, lane.Name, t);
                var line = t == 3 ? tui.CursorRow(3) : tui.TableRow(t);
                var cells = TuiHarness.Words(line.Replace("▸", " ", StringComparison.Ordinal));
                Assert.Equal(t.ToString(CultureInfo.InvariantCulture), Expected.Cells(cells, "t").Single());
                Assert.Equal(row.Token, Expected.Cells(cells, "token").Single());
                Assert.Equal(Units.Probability(row.Step.TokenProbability), Expected.Cells(cells, "token_prob").Single());
                Assert.Equal(row.Step.OnManifold ? "✓" : "✗", Expected.Cells(cells, "on_manifold").Single());
                Assert.Equal(Expected.Metrics(row), Expected.Cells(cells, Expected.MetricKeys));
                Assert.Equal(Units.Flops(row.Step.Compute.Computed), Expected.Cells(cells, "flops_computed").Single());
                Assert.Equal(Units.Bytes(row.Step.Compute.KvCacheBytes), Expected.Cells(cells, "kv_cache_bytes").Single());
            }

            tui.Press(Key.Tab);
        }
    }

    [Fact]
    public void Step_back_with_b_and_Shift_F10_undoes_the_latest_step()
    {
        using var tui = new TuiHarness();
        tui.Press(Key.N, Key.N, Key.N, Key.N, Key.B);
        Assert.All(tui.Snapshot.Lanes, lane => Assert.Equal(3, lane.T));
        tui.Press(Key.F10.WithShift);

        var expected = Expected.After(Default, new StepCommand(), new StepCommand());
        Assert.All(tui.Snapshot.Lanes, lane => Assert.Equal(2, lane.T));
        Assert.Contains($"t 2/{expected.Length}", tui.Lines[0], StringComparison.Ordinal);
        var cells = TuiHarness.Words(tui.CursorRow(2).Replace("▸", " ", StringComparison.Ordinal));
        Assert.Equal(Expected.Metrics(Expected.Row(expected, "ar", 2)), Expected.Cells(cells, Expected.MetricKeys));
        Assert.Contains("3 (the step to come)", tui.Text, StringComparison.Ordinal);
        Assert.Contains("back to t = 2", tui.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Continue_stops_where_a_lane_leaves_the_manifold()
    {
        using var tui = new TuiHarness();
        tui.Press(Key.C);

        var expected = Expected.After(Default, new ContinueCommand());
        var hit = Assert.IsType<BreakpointHit>(expected.Hit);
        Assert.Equal(BreakpointKind.OffManifold, hit.Breakpoint.Kind);
        Assert.Equal(expected.T, tui.Snapshot.T);
        Assert.Contains($"t {hit.T}/{expected.Length}", tui.Lines[0], StringComparison.Ordinal);
        Assert.Contains(hit.Describe(), tui.Text, StringComparison.Ordinal);
        Assert.Contains($"Steps · {hit.Lane} ", tui.Text, StringComparison.Ordinal);
        var cells = TuiHarness.Words(tui.CursorRow(hit.T).Replace("▸", " ", StringComparison.Ordinal));
        Assert.Equal("✗", Expected.Cells(cells, "on_manifold").Single());
        Assert.Equal(Expected.Metrics(Expected.Row(expected, hit.Lane, hit.T)), Expected.Cells(cells, Expected.MetricKeys));
        Assert.Contains($"✗@{hit.T}", tui.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Force_picks_from_the_top_k_and_the_lane_branches_there()
    {
        using var tui = new TuiHarness();
        tui.Press(Key.N, Key.N, Key.N, Key.F);
        Assert.Contains("Force a token in ar at t = 3", tui.Text, StringComparison.Ordinal);

        var before = Expected.After(Default, new StepCommand(), new StepCommand(), new StepCommand());
        var step = before.Lane("ar").Steps[2];
        var alternative = before.TokenText(step.Top.First(top => top.Token != step.Token).Token);
        foreach (var top in step.Top)
        {
            Assert.Contains(Units.Probability(top.Probability), tui.Text, StringComparison.Ordinal);
        }

        tui.Press(Key.Enter);
        var expected = Expected.After(Default, new StepCommand(), new StepCommand(), new StepCommand(), new ForceTokenCommand("ar", 3, alternative));
        Assert.Equal([3], tui.Snapshot.Lane("ar").Branches);
        Assert.Contains($"↳{alternative}", tui.Lines[3] + tui.Lines[4], StringComparison.Ordinal);
        var cells = TuiHarness.Words(tui.CursorRow(3).Replace("▸", " ", StringComparison.Ordinal));
        Assert.Equal($"↳{alternative}", Expected.Cells(cells, "token").Single());
        Assert.Equal(Expected.Metrics(Expected.Row(expected, "ar", 3)), Expected.Cells(cells, Expected.MetricKeys));
        Assert.Contains($"forced '{alternative}' in ar at t = 3", tui.Text, StringComparison.Ordinal);

        // Stepping on continues the branch; the other lanes kept their tokens.
        tui.Press(Key.N);
        Assert.Equal(4, tui.Snapshot.Lane("ar").T);
        Assert.Equal(before.Lane("one-shot").Tokens, tui.Snapshot.Lane("one-shot").Tokens.Take(3));
    }

    [Fact]
    public void Force_at_the_step_to_come_offers_every_token_and_Enter_on_the_main_screen_opens_it()
    {
        using var tui = new TuiHarness();
        tui.Press(Key.N, Key.CursorDown, Key.Enter);
        Assert.Contains("Force a token in ar at t = 2", tui.Text, StringComparison.Ordinal);
        Assert.Contains("no distribution yet", tui.Text, StringComparison.Ordinal);
        tui.Type("y");
        tui.Press(Key.Enter);
        Assert.Equal(2, tui.Snapshot.Lane("ar").T);
        Assert.Equal("y", tui.Snapshot.TokenText(tui.Snapshot.Lane("ar").Tokens[1]));
        Assert.Contains("↳y✗", tui.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_is_generated_from_the_key_table()
    {
        using var tui = new TuiHarness(width: 200, height: 90);
        tui.Press(new Key('?'));
        Assert.Contains("Help: ardiv keys", tui.Text, StringComparison.Ordinal);
        foreach (var binding in KeyTable.Default.Bindings)
        {
            Assert.Contains(TuiHarness.Collapse(binding.Description), tui.OverlayText, StringComparison.Ordinal);
            Assert.Contains(KeyTable.DisplayKeys(binding), tui.OverlayText, StringComparison.Ordinal);
        }

        tui.Press(Key.Esc);
        Assert.DoesNotContain("Help: ardiv keys", tui.Text, StringComparison.Ordinal);
        tui.Press(Key.F1);
        Assert.Contains("Help: ardiv keys", tui.Text, StringComparison.Ordinal);
        tui.Press(Key.F1);
        Assert.DoesNotContain("Help: ardiv keys", tui.Text, StringComparison.Ordinal);
        Assert.False(tui.QuitRequested);
    }

    [Fact]
    public void Help_scrolls_at_80x24()
    {
        using var tui = new TuiHarness();
        tui.Press(Key.F1);
        Assert.Contains("F10, n", tui.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("recording", tui.Text, StringComparison.Ordinal);
        tui.Press(Key.End);
        Assert.DoesNotContain("F10, n", tui.Text, StringComparison.Ordinal);
        Assert.Contains("recording", tui.Text, StringComparison.Ordinal);
        tui.Press(Key.Home, Key.PageDown);
        Assert.DoesNotContain("F10, n", tui.Text, StringComparison.Ordinal);
        tui.Press(new Key('q'));
        Assert.Null(tui.Controller.Overlay);
        Assert.False(tui.QuitRequested);
    }

    [Fact]
    public void Tab_cycles_the_lanes_and_Shift_Tab_goes_back()
    {
        using var tui = new TuiHarness();
        var names = tui.Snapshot.Lanes.Select(l => l.Name).ToArray();
        foreach (var name in names.Skip(1).Append(names[0]))
        {
            tui.Press(Key.Tab);
            Assert.Contains($"Steps · {name} ", tui.Text, StringComparison.Ordinal);
            Assert.Contains($"▶ {name}", tui.Lines[1], StringComparison.Ordinal);
        }

        tui.Press(Key.Tab.WithShift);
        Assert.Contains($"Steps · {names[^1]} ", tui.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("q")]
    [InlineData("Ctrl+Q")]
    [InlineData("Ctrl+C")]
    public void Quit_keys_quit(string key)
    {
        using var tui = new TuiHarness();
        Assert.True(Key.TryParse(key, out var parsed));
        tui.Press(parsed);
        Assert.True(tui.QuitRequested);
    }

    [Fact]
    public void Esc_closes_a_dialog_and_never_quits()
    {
        using var tui = new TuiHarness();
        tui.Press(new Key('i'));
        Assert.Contains("Scenario: is-ar-doomed", tui.Text, StringComparison.Ordinal);
        tui.Press(Key.Esc);
        Assert.False(tui.QuitRequested);
        Assert.DoesNotContain("Scenario: is-ar-doomed", tui.Text, StringComparison.Ordinal);
        tui.Press(Key.Esc);
        Assert.False(tui.QuitRequested);
        Assert.Contains("q quits", tui.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void F9_toggles_a_position_breakpoint_at_the_cursor_and_continue_stops_there()
    {
        using var tui = new TuiHarness("lecun-iid");
        tui.Press(Key.N, Key.N, Key.CursorDown, Key.F9);
        var breakpoint = Assert.Single(tui.Snapshot.Breakpoints);
        Assert.Equal(BreakpointKind.Position, breakpoint.Kind);
        Assert.Equal(3, breakpoint.Value);
        Assert.Contains("breakpoint 1: t = 3", tui.Text, StringComparison.Ordinal);
        Assert.Contains("●", tui.Lines.Single(l => l.Contains("3 (the step to come)", StringComparison.Ordinal)), StringComparison.Ordinal);

        tui.Press(Key.C);
        Assert.Equal(3, tui.Snapshot.T);
        Assert.Contains("hit in", tui.Text, StringComparison.Ordinal);

        tui.Press(Key.F9);
        Assert.Empty(tui.Snapshot.Breakpoints);
        Assert.Contains("breakpoint 1 removed", tui.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_breakpoint_dialog_adds_conditional_breakpoints()
    {
        using var tui = new TuiHarness("lecun-iid");
        tui.Press(Key.B.WithShift);
        Assert.Contains("Breakpoints", tui.Text, StringComparison.Ordinal);

        // kind: off_manifold → token_error_above → path_off_above; value 0.05; lane: the second lane.
        tui.Press(Key.CursorRight, Key.CursorRight);
        Assert.Contains("◀ path_off_above ▶", tui.Text, StringComparison.Ordinal);
        tui.Type("0.05");
        tui.Press(Key.CursorDown, Key.CursorRight, Key.CursorRight, Key.Enter);

        var lane = tui.Snapshot.Lanes[1].Name;
        var breakpoint = Assert.Single(tui.Snapshot.Breakpoints);
        Assert.Equal(new Breakpoint(1, BreakpointKind.PathOffAbove, 0.05, null, lane), breakpoint);
        Assert.Contains($"breakpoint 1: path_off > 0.05 in {lane}", tui.Text, StringComparison.Ordinal);

        tui.Press(Key.C);
        var expected = Expected.After("lecun-iid", new AddBreakpointCommand(BreakpointKind.PathOffAbove, 0.05, null, lane), new ContinueCommand());
        Assert.Equal(expected.Hit, tui.Snapshot.Hit);
        Assert.Contains(expected.Hit!.Describe(), tui.Text, StringComparison.Ordinal);

        // A bad value is refused in the dialog; a token breakpoint needs a token of the scenario.
        tui.Press(Key.B.WithShift, Key.CursorRight, Key.CursorRight, Key.CursorRight, Key.CursorRight);
        Assert.Contains("◀ position ▶", tui.Text, StringComparison.Ordinal);
        tui.Type("0");
        tui.Press(Key.Enter);
        Assert.Contains("t must be a whole number from 1 to", tui.Text, StringComparison.Ordinal);
        tui.Press(Key.Esc);
        Assert.Single(tui.Snapshot.Breakpoints);
    }

    [Fact]
    public void The_breakpoint_dialog_deletes_with_Del()
    {
        using var tui = new TuiHarness();
        Assert.Single(tui.Snapshot.Breakpoints);
        tui.Press(Key.B.WithShift, Key.CursorUp, Key.Delete);
        Assert.Empty(tui.Snapshot.Breakpoints);
    }

    [Fact]
    public void Seed_dialog_recompiles_with_the_new_seed()
    {
        using var tui = new TuiHarness("addition");
        tui.Press(Key.N, Key.S);
        Assert.Contains("Seed", tui.Text, StringComparison.Ordinal);
        tui.Press(Key.Backspace, Key.Backspace, Key.Backspace, Key.Backspace);
        tui.Type("42");
        tui.Press(Key.Enter);

        var expected = Expected.After("addition", new SetSeedCommand(42));
        Assert.Equal(42, tui.Snapshot.Seed);
        Assert.Equal(0, tui.Snapshot.T);
        Assert.Contains("seed 42 · t 0/", tui.Lines[0], StringComparison.Ordinal);
        Assert.Contains("prompt " + string.Join(' ', expected.Scenario.Prompt.Select(expected.TokenText)), tui.Lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Cursor_moves_over_steps_and_the_distribution_follows_it()
    {
        using var tui = new TuiHarness(width: 120, height: 40);
        tui.Press(Key.N, Key.N, Key.N, Key.N, Key.CursorUp, Key.CursorUp);
        Assert.Equal(2, tui.Controller.CursorT);
        Assert.False(tui.Controller.FollowLatest);
        tui.CursorRow(2);
        Assert.Contains("Top-5 · all lanes · t = 2", tui.Text, StringComparison.Ordinal);
        tui.Press(new Key('a'));
        Assert.Contains("Top-5 · ar · t = 2", tui.Text, StringComparison.Ordinal);

        var expected = Expected.After(Default, new StepCommand(), new StepCommand());
        var step = expected.Lane("ar").Steps[1];
        Assert.Contains($"emitted {expected.TokenText(step.Token)} ✓ p {Units.Probability(step.TokenProbability)}", tui.Text, StringComparison.Ordinal);

        // The cursor stays on t = 2 while stepping; End follows the latest step again.
        tui.Press(Key.N);
        Assert.Equal(2, tui.Controller.CursorT);
        tui.Press(Key.End);
        Assert.Equal(5, tui.Controller.CursorT);
        tui.Press(Key.Home);
        Assert.Equal(1, tui.Controller.CursorT);
    }

    [Fact]
    public void The_pane_key_pages_through_steps_top_k_chart_and_compute_at_80x24()
    {
        using var tui = new TuiHarness();
        tui.Press(Key.N, Key.N);
        Assert.Contains("Steps · ar", tui.Text, StringComparison.Ordinal);
        tui.Press(Key.V);
        Assert.Contains("Top-5 · all lanes · t = 2", tui.Text, StringComparison.Ordinal);
        tui.Press(Key.V);
        Assert.Contains("off_manifold vs t", tui.Text, StringComparison.Ordinal);
        Assert.Contains("● ar", tui.Text, StringComparison.Ordinal);
        Assert.Contains("○ lecun of ar", tui.Text, StringComparison.Ordinal);
        tui.Press(Key.V);
        Assert.Contains("Compute · totals", tui.Text, StringComparison.Ordinal);

        var expected = Expected.After(Default, new StepCommand(), new StepCommand());
        var rows = ComputeBars.Rows(expected);
        foreach (var row in rows)
        {
            var line = tui.Lines.Single(l => l.StartsWith(" " + row.Lane + " ", StringComparison.Ordinal));
            Assert.Contains(Units.Flops(row.Computed), line, StringComparison.Ordinal);
            Assert.Contains(row.RatioToCheapest is double r ? Units.Ratio(r) : "-", line, StringComparison.Ordinal);
        }

        tui.Press(Key.V);
        Assert.Contains("Steps · ar", tui.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void At_120x40_all_four_panes_show_at_once()
    {
        using var tui = new TuiHarness(width: 120, height: 40);
        tui.Press(Key.N);
        Assert.Contains("Steps · ar", tui.Text, StringComparison.Ordinal);
        Assert.Contains("Top-5 · all lanes", tui.Text, StringComparison.Ordinal);
        Assert.Contains("off_manifold vs t", tui.Text, StringComparison.Ordinal);
        Assert.Contains("Compute · totals", tui.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("v: page", tui.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void NO_COLOR_draws_no_colour_and_keeps_the_validity_symbols()
    {
        var options = TuiHarness.Defaults() with { NoColor = true };
        using var tui = new TuiHarness(options: options);
        tui.Press(Key.C);
        var hit = tui.Snapshot.Hit!;
        Assert.Contains($"✗@{hit.T}", tui.Text, StringComparison.Ordinal);
        Assert.Contains("✓", tui.Text, StringComparison.Ordinal);
        Assert.Contains("✗", tui.CursorRow(hit.T), StringComparison.Ordinal);
        var contents = tui.App.Driver!.Contents!;
        for (var row = 0; row < contents.GetLength(0); row++)
        {
            for (var column = 0; column < contents.GetLength(1); column++)
            {
                if (contents[row, column].Attribute is { } attribute)
                {
                    Assert.Equal(Color.None, attribute.Foreground);
                    Assert.Equal(Color.None, attribute.Background);
                }
            }
        }
    }

    [Fact]
    public void A_bad_file_from_the_open_dialog_shows_its_errors_and_the_session_goes_on()
    {
        using var folder = new TempFolder();
        var bad = folder.Write("bad.yaml", "name: bad\nlength: 3\nmanifold:\n  kind: automaton\n  start: s\n  states:\n    s:\n      - {token: a, to: q}\ngenerators:\n  - name: x\n    kind: autoregresive\n");
        var diagnostics = ArDivergence.Tui.Cli.ScenarioSource.Load(bad).Result.Diagnostics;
        Assert.NotEmpty(diagnostics);
        using var tui = new TuiHarness(width: 200, height: 40, options: TuiHarness.Defaults() with { WorkingDirectory = folder.Path });
        tui.Press(Key.N, Key.O.WithCtrl);
        tui.Type(bad);
        tui.Press(Key.Enter);
        Assert.Contains($"Cannot open {bad}", tui.Text, StringComparison.Ordinal);
        foreach (var diagnostic in diagnostics)
        {
            Assert.Contains(TuiHarness.Collapse(diagnostic.ToString()), tui.OverlayText, StringComparison.Ordinal);
        }

        tui.Press(Key.Esc, Key.Esc);
        Assert.Null(tui.Controller.Overlay);
        Assert.Equal("shipped:is-ar-doomed", tui.Controller.Session.Source.Path);
        tui.Press(Key.N);
        Assert.Equal(2, tui.Snapshot.T);
    }

    [Fact]
    public void The_browser_lists_folder_files_previews_them_and_opens_good_and_bad_ones()
    {
        using var folder = new TempFolder();
        var good = folder.Write("mine.yaml", ArDivergence.Scenarios.ShippedScenarios.Find("danke-schoen")!.Text.Replace("title: ", "title: My copy of ", StringComparison.Ordinal));
        var bad = folder.Write("zz-broken.yaml", "name: broken\nmanifold: {kind: nope}\n");
        var options = TuiHarness.Defaults() with { WorkingDirectory = folder.Path, BrowseFolders = ["."] };
        // Tall enough for every shipped scenario and the folder's files on one page.
        using var tui = new TuiHarness(width: 120, height: 46, options: options);

        tui.Press(Key.O);
        Assert.Contains("Open a scenario", tui.Text, StringComparison.Ordinal);
        Assert.Contains("lecun-iid", tui.Text, StringComparison.Ordinal);

        // End selects "open a file by path" (the folder's files follow the shipped scenarios, so the list scrolls to
        // them); one up is the broken file, two up the good one.
        tui.Press(Key.End, Key.CursorUp);
        Assert.Contains("mine.yaml", tui.Text, StringComparison.Ordinal);
        Assert.Contains("✗", tui.Text, StringComparison.Ordinal);
        tui.Press(Key.Enter);
        foreach (var diagnostic in ArDivergence.Tui.Cli.ScenarioSource.Load(bad).Result.Diagnostics)
        {
            Assert.Contains(TuiHarness.Collapse(diagnostic.ToString()), tui.OverlayText, StringComparison.Ordinal);
        }

        tui.Press(Key.Esc, Key.CursorUp);
        Assert.Contains("My copy of", tui.Text, StringComparison.Ordinal);
        tui.Press(Key.Enter);
        Assert.Null(tui.Controller.Overlay);
        Assert.Equal(good, tui.Controller.Session.Source.Path);
        Assert.Contains("danke-schoen", tui.Lines[0], StringComparison.Ordinal);
        tui.Press(Key.N);
        var expected = Expected.After("danke-schoen", new StepCommand());
        Assert.Equal(expected.Lanes.Select(l => l.Tokens.ToArray()), tui.Snapshot.Lanes.Select(l => l.Tokens.ToArray()));

        // Shipped scenarios open from the browser too.
        tui.Press(Key.O, Key.Home);
        tui.Press(Key.Enter);
        Assert.Equal("shipped:addition", tui.Controller.Session.Source.Path);
    }

    [Fact]
    public void Each_opened_session_gets_its_own_recorder_shown_to_the_user_and_ended_when_replaced()
    {
        var recorders = new List<FakeRecorder>();
        var options = TuiHarness.Defaults() with
        {
            RecorderFactory = info =>
            {
                var recorder = new FakeRecorder($"/logs/{recorders.Count}.jsonl", recorders.Count == 1 ? "disk full" : null);
                recorders.Add(recorder);
                return recorder;
            },
        };
        using (var tui = new TuiHarness(options: options))
        {
            tui.Press(Key.O, Key.Home, Key.Enter);
            Assert.Equal(2, recorders.Count);
            Assert.Contains("recording: disk full", tui.Text, StringComparison.Ordinal);
            Assert.Equal("shipped:addition", recorders[1].Info!.ScenarioPath);
            Assert.Equal(tui.Snapshot.Seed, recorders[1].Info!.Seed);
            Assert.True(recorders[0].Disposed);
            Assert.True(recorders[0].Ended);
            Assert.False(recorders[1].Disposed);
            tui.Press(Key.N, Key.N);
            Assert.Equal(2, recorders[1].Commands.Count);
            tui.Press(new Key('i'), Key.End);
            Assert.Contains("to /logs/1.jsonl", tui.Text, StringComparison.Ordinal);
            Assert.Contains("disk full", tui.Text, StringComparison.Ordinal);
        }

        Assert.True(recorders[1].Disposed);
    }

    [Fact]
    public void Monte_Carlo_fills_off_manifold_where_exact_is_out_of_reach_with_the_numbers_of_ardiv_run()
    {
        var sessionOptions = new SessionOptions { MaxExactStates = 1 };
        var options = TuiHarness.Defaults() with { SessionOptions = sessionOptions, MonteCarloSamples = 3_000 };
        using var tui = new TuiHarness(width: 120, height: 40, options: options);
        tui.Press(Key.N, Key.N);

        var session = Expected.Session(Default, sessionOptions);
        session.Execute(new StepCommand());
        var snapshot = session.Execute(new StepCommand());
        foreach (var lane in snapshot.Lanes)
        {
            lane.OffManifold.RunMonteCarlo(3_000);
        }

        var row = Expected.Row(snapshot, "ar", 2);
        var text = RunReport.OffManifoldText(row);
        Assert.EndsWith("(mc)", text, StringComparison.Ordinal);
        Assert.Contains(text, tui.CursorRow(2), StringComparison.Ordinal);
    }

    [Fact]
    public void Keys_keep_working_while_Monte_Carlo_runs_and_Esc_cancels_it()
    {
        var options = TuiHarness.Defaults() with
        {
            SessionOptions = new SessionOptions { MaxExactStates = 1 },
            MonteCarloSamples = 50_000_000,
        };
        using var tui = new TuiHarness(width: 120, height: 40, options: options, settle: false);
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!tui.Controller.Curves.Lanes.Any(l => l.Phase == ArDivergence.Tui.Views.Background.CurvePhase.MonteCarlo) && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(20);
            tui.Pump();
        }

        Assert.Contains("Monte Carlo", tui.Controller.BusyText, StringComparison.Ordinal);
        tui.Pump();
        Assert.Contains("Monte Carlo", tui.Text, StringComparison.Ordinal);

        // The UI thread is free: lanes switch, dialogs open and close.
        tui.PressNoWait(Key.Tab);
        Assert.Equal(1, tui.Controller.FocusedLane);
        tui.PressNoWait(new Key('?'));
        Assert.Contains("Help: ardiv keys", tui.Text, StringComparison.Ordinal);
        tui.PressNoWait(Key.Esc);
        Assert.Null(tui.Controller.Overlay);

        tui.PressNoWait(Key.Esc);
        tui.Settle();
        Assert.False(tui.QuitRequested);
        Assert.False(tui.Controller.IsWorking);
        Assert.Contains("cancelled", tui.Text, StringComparison.Ordinal);
        Assert.Contains(tui.Controller.Curves.Lanes, l => l.Phase == ArDivergence.Tui.Views.Background.CurvePhase.NeedsMonteCarlo);
        tui.Press(Key.N);
        Assert.Contains("om -", tui.Lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void While_a_long_command_runs_keys_wait_for_it_and_Esc_cancels_it_with_them()
    {
        var gate = new ManualResetEventSlim(false);
        var options = TuiHarness.Defaults() with { RecorderFactory = _ => new FakeRecorder(null, null) };
        using var tui = new TuiHarness(options: options);
        var recorder = (FakeRecorder)tui.Controller.Session.Driver.Recorder;
        recorder.Gate = gate;
        try
        {
            tui.PressNoWait(Key.C);
            Assert.True(SpinWait.SpinUntil(() => recorder.Waiting, TimeSpan.FromSeconds(10)));

            // The busy indicator is redrawn by a 100 ms timer: let one period of virtual time pass.
            tui.PumpFor(TimeSpan.FromMilliseconds(110));
            Assert.Contains("continue", tui.Controller.BusyText, StringComparison.Ordinal);
            Assert.Contains("Esc cancels", tui.Text, StringComparison.Ordinal);

            // n and Tab act on what continue brings, so they wait for it; Esc does not.
            tui.PressNoWait(Key.N);
            tui.PressNoWait(Key.Tab);
            Assert.Equal(0, tui.Controller.FocusedLane);
            Assert.Equal(2, tui.Controller.WaitingKeys);
            Assert.Contains("(2 keys wait)", tui.Controller.BusyText, StringComparison.Ordinal);
            tui.PressNoWait(Key.Esc);
            Assert.False(tui.QuitRequested);
            Assert.Contains("cancelling continue and 2 waiting keys", tui.Text, StringComparison.Ordinal);
        }
        finally
        {
            gate.Set();
        }

        tui.Settle();
        Assert.False(tui.Controller.IsWorking);
        Assert.Single(recorder.Commands);
        Assert.Equal(0, tui.Controller.FocusedLane);
    }
}
