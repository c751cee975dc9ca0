using System.Reflection;
using ArDivergence.Core.Debugging;
using ArDivergence.Tui.Presentation;
using ArDivergence.Tui.Views;
using ArDivergence.Tui.Views.Overlays;
using ArDivergence.Tui.Views.Rendering;
using ArDivergence.Tui.Views.State;

namespace ArDivergence.Tui.Tests.Views;

/// <summary>The parts the controller was split into, driven without a screen.</summary>
public class ControllerPartsTests
{
    [Fact]
    public void Every_action_of_the_key_table_has_exactly_one_handler()
    {
        Assert.Equal(
            KeyTable.Default.Bindings.Select(b => b.Action).Order(),
            ActionHandlers.Handled.Order());
    }

    [Fact]
    public void No_pane_painter_or_dialog_refers_to_the_controller()
    {
        var assembly = typeof(DebuggerController).Assembly;
        var types = assembly.GetTypes().Where(t =>
            t.Namespace is "ArDivergence.Tui.Views.Rendering" or "ArDivergence.Tui.Views.Overlays" or "ArDivergence.Tui.Presentation");
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        foreach (var type in types)
        {
            var used = type.GetFields(all).Select(f => f.FieldType)
                .Concat(type.GetProperties(all).Select(p => p.PropertyType))
                .Concat(type.GetMethods(all).SelectMany(m => m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType)))
                .Concat(type.GetConstructors(all).SelectMany(c => c.GetParameters().Select(p => p.ParameterType)));
            Assert.DoesNotContain(typeof(DebuggerController), used);
        }
    }

    [Fact]
    public void The_cursor_stays_between_t_1_and_the_step_to_come_and_follows_only_from_the_latest_step()
    {
        var snapshot = Expected.After("is-ar-doomed", new StepCommand(), new StepCommand(), new StepCommand());
        var start = CursorState.Start(snapshot);
        Assert.Equal(3, start.CursorT);
        Assert.True(start.FollowLatest);

        var up = start.Move(-CursorState.PageSize, snapshot);
        Assert.Equal(1, up.CursorT);
        Assert.False(up.FollowLatest);
        Assert.Equal(1, up.Settle(snapshot).CursorT);

        var down = up.Move(CursorState.PageSize, snapshot);
        Assert.Equal(snapshot.Lanes[0].T + 1, down.CursorT);
        Assert.True(down.FollowLatest);
        Assert.Equal(snapshot.Lanes[0].T, down.Settle(snapshot).CursorT);
        Assert.Equal(1, down.First(snapshot).CursorT);
        Assert.Equal(3, up.Latest(snapshot).CursorT);
    }

    [Fact]
    public void Focusing_lanes_wraps_around_and_the_column_scroll_stays_in_range()
    {
        var snapshot = Expected.After("is-ar-doomed", new StepCommand());
        var count = snapshot.Lanes.Count;
        var state = CursorState.Start(snapshot);
        Assert.Equal(count - 1, state.FocusLane(-1, snapshot).FocusedLane);
        Assert.Equal(0, state.FocusLane(count, snapshot).FocusedLane);

        Assert.Equal(0, state.ScrollColumns(-1, 12).ColumnScroll);
        var right = Enumerable.Range(0, 20).Aggregate(state, (s, _) => s.ScrollColumns(1, 12));
        Assert.Equal(12 - 3, right.ColumnScroll);
    }

    [Fact]
    public void A_key_waits_for_a_result_to_come_unless_it_stops_a_long_command()
    {
        var keys = KeyTable.Default;
        var queue = new TypeAheadQueue();
        var n = new KeyPress("n", "n");
        var esc = new KeyPress("Esc", null);
        var q = new KeyPress("q", "q");

        Assert.False(queue.MustWait(n, resultToCome: false, longCommandRuns: false, dialogOpen: false, keys));
        Assert.True(queue.MustWait(n, resultToCome: true, longCommandRuns: false, dialogOpen: false, keys));
        Assert.True(queue.MustWait(esc, resultToCome: true, longCommandRuns: false, dialogOpen: false, keys));
        Assert.False(queue.MustWait(esc, resultToCome: true, longCommandRuns: true, dialogOpen: false, keys));
        Assert.False(queue.MustWait(q, resultToCome: true, longCommandRuns: true, dialogOpen: false, keys));
        Assert.True(queue.MustWait(q, resultToCome: true, longCommandRuns: true, dialogOpen: true, keys));

        queue.Add(n);
        Assert.True(queue.MustWait(n, resultToCome: false, longCommandRuns: false, dialogOpen: false, keys));
        Assert.True(queue.MustWait(q, resultToCome: true, longCommandRuns: true, dialogOpen: false, keys));
    }

    [Fact]
    public void The_type_ahead_queue_keeps_keys_in_order_up_to_its_capacity()
    {
        var queue = new TypeAheadQueue();
        for (var i = 0; i < TypeAheadQueue.Capacity + 5; i++)
        {
            queue.Add(new KeyPress(i.ToString(System.Globalization.CultureInfo.InvariantCulture), null));
        }

        Assert.Equal(TypeAheadQueue.Capacity, queue.Count);
        Assert.True(queue.TryTake(out var first));
        Assert.Equal("0", first.Name);
        Assert.Equal(TypeAheadQueue.Capacity - 1, queue.Clear());
        Assert.False(queue.TryTake(out _));
    }

    [Fact]
    public void Esc_closes_the_top_dialog_only_when_the_dialog_does_not_use_it()
    {
        var stack = new OverlayStack();
        var below = new KeyEater("below", usesEsc: false);
        var top = new KeyEater("top", usesEsc: true);
        stack.Push(below);
        stack.Push(top);

        stack.Route(new KeyPress("Esc", null));
        Assert.Same(top, stack.Top);
        top.Close();
        stack.Route(new KeyPress("x", "x"));
        Assert.Same(below, stack.Top);
        stack.Route(new KeyPress("Esc", null));
        Assert.Null(stack.Top);
    }

    private sealed class KeyEater(string title, bool usesEsc) : Overlay(null!)
    {
        public override string Title => title;

        public override void Draw(ICanvas canvas)
        {
        }

        public override bool HandleKey(KeyPress key) => usesEsc || key.Name != "Esc";
    }
}
