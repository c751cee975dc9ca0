using System.Text.Json;

namespace ArDivergence.Traces;

/// <summary>One JSON value of a recording (a whole response, or one streamed chunk) and the line it starts on.</summary>
public sealed record JsonChunk(JsonElement Root, int Line);
