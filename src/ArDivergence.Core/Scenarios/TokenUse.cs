namespace ArDivergence.Core.Scenarios;

/// <summary>A token as written in the file, and where.</summary>
internal sealed record TokenUse(string Token, string Path);
