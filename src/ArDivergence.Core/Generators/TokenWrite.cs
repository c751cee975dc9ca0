namespace ArDivergence.Core.Generators;

/// <summary>One token written at one position (1..L) of a lane's output.</summary>
public readonly record struct TokenWrite(int Position, int Token);
