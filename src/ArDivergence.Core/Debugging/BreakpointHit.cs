namespace ArDivergence.Core.Debugging;

/// <summary>A breakpoint that fired at step <paramref name="T"/> of <paramref name="Lane"/>.</summary>
public sealed record BreakpointHit(Breakpoint Breakpoint, string Lane, int T)
{
    public string Describe() => $"breakpoint {Breakpoint.Id} ({Breakpoint.Describe()}) hit in {Lane} at t = {T}";
}
