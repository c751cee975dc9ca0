namespace ArDivergence.Tui.Output;

public sealed record TopRow(string Token, double Probability, bool Valid);
