using System.Text.RegularExpressions;
using YamlDotNet.Core;

namespace ArDivergence.Scenarios.Yaml;

/// <summary>Turns YamlDotNet's syntax errors into a position and a message for a diagnostic.</summary>
internal static partial class ParserErrors
{
    /// <summary>
    /// Where the parser's error is. YamlDotNet reports a tab used as indentation at the start of the mapping
    /// it was reading; the tab itself — the first line from there indented with one — is more helpful.
    /// </summary>
    public static SourcePosition Position(string text, YamlException ex)
    {
        var position = SourcePosition.From(ex.Start);
        if (!ex.Message.Contains("tab", StringComparison.OrdinalIgnoreCase))
        {
            return position;
        }

        var lines = text.Split('\n');
        for (var line = position.Line - 1; line < lines.Length; line++)
        {
            var indentation = lines[line].Length - lines[line].TrimStart(' ', '\t').Length;
            var tab = lines[line].IndexOf('\t', StringComparison.Ordinal);
            if (tab >= 0 && tab < indentation)
            {
                return new SourcePosition(line + 1, tab + 1);
            }
        }

        return position;
    }

    /// <summary>YamlException messages start with "(Line: 1, Col: 2, Idx: 1) - (Line: ...): "; the diagnostic already says where.</summary>
    public static string Message(YamlException ex) => MarkPrefix().Replace(ex.Message, string.Empty);

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ")]
    private static partial Regex MarkPrefix();
}
