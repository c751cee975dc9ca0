namespace ArDivergence.Core.Specs;

/// <summary>A breakpoint preset in the file. <see cref="Lane"/> null means any lane.</summary>
public sealed record BreakpointSpec(BreakpointKind When, double? Value = null, string? Token = null, string? Lane = null);
