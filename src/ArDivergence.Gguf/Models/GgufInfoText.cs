using System.Globalization;
using ArDivergence.Gguf.Format;
using ArDivergence.Gguf.Planting;

namespace ArDivergence.Gguf.Models;

/// <summary>The lines `ardiv gguf info FILE` prints: one "label: value" per line, "-" where the file says nothing.</summary>
public static class GgufInfoText
{
    public static IReadOnlyList<string> Lines(string path, GgufFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var info = GgufModelInfo.From(file);
        var lines = new List<string>
        {
            $"file:           {path}",
            $"size:           {Bytes(info.FileSize)}",
            $"format:         GGUF v{info.Version}, {file.Metadata.Count} metadata keys, {file.Tensors.Count} tensors, alignment {file.Alignment}",
            $"architecture:   {info.Architecture ?? "-"}",
            $"name:           {info.Name ?? "-"}",
            $"parameters:     {Count(info.ParameterCount)} ({string.Join(", ", info.TensorTypes.Select(Total))})",
            $"context length: {Number(info.ContextLength)}",
            $"layers:         {Number(info.BlockCount)}",
            $"embedding:      {Number(info.EmbeddingLength)} (feed-forward {Number(info.FeedForwardLength)})",
            $"heads:          {Number(info.HeadCount)} (key/value heads {Number(info.HeadCountKv)})",
            $"vocabulary:     {(info.VocabularySize is { } size ? Count((ulong)size) + " tokens" : "-")} (tokenizer {info.TokenizerModel ?? "-"})",
            $"bos:            {Special(info.Bos)}",
            $"eos:            {Special(info.Eos)}",
        };
        if (file[PlantedKeys.Scenario]?.AsString() is { } scenario)
        {
            lines.Add($"planted from:   scenario {scenario}, lane {file[PlantedKeys.Lane]?.AsString() ?? "-"}");
        }

        return lines;
    }

    private static string Total(TensorTypeTotal total) =>
        $"{total.Type}: {total.Tensors} tensors, {Count(total.Parameters)} values, {(total.Bytes is { } bytes ? Bytes(bytes) : "size unknown")}";

    private static string Special(SpecialToken? token) =>
        token is null ? "-" : token.Text is null ? $"{token.Id}" : $"{token.Id} {Quoted(token.Text)}";

    /// <summary>A token's text with control characters escaped, so a line stays one line.</summary>
    private static string Quoted(string text)
    {
        var escaped = string.Concat(text.Select(c => char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString()));
        return $"'{escaped}'";
    }

    private static string Number(ulong? value) => value is { } v ? Count(v) : "-";

    private static string Count(ulong value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Bytes(ulong bytes)
    {
        string[] units = ["B", "KiB", "MiB", "GiB", "TiB"];
        var size = (double)bytes;
        var unit = 0;
        while (size >= 1024 && unit < units.Length - 1)
        {
            size /= 1024;
            unit++;
        }

        var text = unit == 0 ? $"{bytes} B" : string.Create(CultureInfo.InvariantCulture, $"{size:0.0} {units[unit]}");
        return unit == 0 ? text : $"{text} ({Count(bytes)} bytes)";
    }
}
