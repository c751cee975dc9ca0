using System.Globalization;
using System.Text.Json;
using ArDivergence.Core.Debugging;

namespace ArDivergence.Tui.Recording;

/// <summary>
/// Debugger commands as flat log properties (<c>Command</c> plus its arguments) and back, so a recorded
/// session can be re-executed.
/// </summary>
public static class CommandCodec
{
    public static IReadOnlyList<(string Name, object? Value)> ToProperties(DebuggerCommand command) => command switch
    {
        StepCommand step => [("Command", "step"), ("Lane", step.Lane)],
        StepBackCommand back => [("Command", "step_back"), ("Lane", back.Lane)],
        ContinueCommand run => [("Command", "continue"), ("Lane", run.Lane), ("Rounds", run.MaxRounds)],
        ResetCommand => [("Command", "reset")],
        SetSeedCommand seed => [("Command", "set_seed"), ("Seed", seed.Seed)],
        AddBreakpointCommand add =>
            [("Command", "add_breakpoint"), ("Kind", add.Kind.ToName()), ("Value", add.Value), ("Token", add.Token), ("Lane", add.Lane)],
        RemoveBreakpointCommand remove => [("Command", "remove_breakpoint"), ("Id", remove.Id)],
        ForceTokenCommand { TokenId: int id } force =>
            [("Command", "force"), ("Lane", force.Lane), ("T", force.T), ("Token", force.Token), ("TokenId", id)],
        ForceTokenCommand force => [("Command", "force"), ("Lane", force.Lane), ("T", force.T), ("Token", force.Token)],
        ShowTraceCommand show => [("Command", "show_trace"), ("Lane", show.Lane), ("Index", show.Index)],
        _ => throw new ArgumentOutOfRangeException(nameof(command), command, "unknown command"),
    };

    /// <summary>The command of a recorded event, or null (with a reason) when it cannot be read.</summary>
    public static DebuggerCommand? FromJson(JsonElement e, out string? problem)
    {
        problem = null;
        var name = Text(e, "Command");
        try
        {
            return name switch
            {
                "step" => new StepCommand(Text(e, "Lane")),
                "step_back" => new StepBackCommand(Text(e, "Lane")),
                "continue" => new ContinueCommand(Text(e, "Lane"), Number(e, "Rounds") is double rounds ? (int)rounds : null),
                "reset" => new ResetCommand(),
                "set_seed" => new SetSeedCommand(e.GetProperty("Seed").GetInt64()),
                "add_breakpoint" => new AddBreakpointCommand(
                    BreakpointKindNames.FromName(Text(e, "Kind") ?? "") ?? throw new FormatException($"unknown breakpoint kind '{Text(e, "Kind")}'"),
                    Number(e, "Value"),
                    Text(e, "Token"),
                    Text(e, "Lane")),
                "remove_breakpoint" => new RemoveBreakpointCommand(e.GetProperty("Id").GetInt32()),
                "force" => new ForceTokenCommand(
                    Text(e, "Lane") ?? throw new FormatException("force without Lane"),
                    e.GetProperty("T").GetInt32(),
                    Text(e, "Token") ?? throw new FormatException("force without Token"))
                {
                    TokenId = Number(e, "TokenId") is double id ? (int)id : null,
                },
                "show_trace" => new ShowTraceCommand(
                    Text(e, "Lane") ?? throw new FormatException("show_trace without Lane"),
                    Number(e, "Index") is double index ? (int)index : null),
                _ => throw new FormatException($"unknown command '{name}'"),
            };
        }
        catch (Exception ex) when (ex is FormatException or KeyNotFoundException or InvalidOperationException)
        {
            problem = ex.Message;
            return null;
        }
    }

    /// <summary>A short human form, e.g. "force lane=ar t=3 token=b".</summary>
    public static string Describe(DebuggerCommand command) => string.Join(
        ' ',
        ToProperties(command).Where(p => p.Value is not null).Select(p => p.Name == "Command"
            ? (string)p.Value!
            : $"{p.Name.ToLowerInvariant()}={Convert.ToString(p.Value, CultureInfo.InvariantCulture)}"));

    internal static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    internal static double? Number(JsonElement e, string name) =>
        e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;
}
