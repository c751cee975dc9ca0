namespace ArDivergence.Core.Models;

/// <summary>
/// The model tokens a gguf lane has generated, carried in <see cref="Generators.LaneState.Scratch"/>: a token
/// outside V has no scenario id of its own, so the lane keeps the model's ids to decode from.
/// </summary>
public sealed record GeneratedModelTokens(int[] Tokens)
{
    public static GeneratedModelTokens Empty { get; } = new([]);

    public static GeneratedModelTokens Of(object? scratch) => scratch as GeneratedModelTokens ?? Empty;

    public GeneratedModelTokens Append(int token) => new([.. Tokens, token]);
}
