using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace ArDivergence.Scenarios.Yaml;

/// <summary>
/// Checks on the raw input before YAML sees it: size, UTF-8, and characters YAML forbids.
/// YamlDotNet silently drops some control characters, so binary junk would otherwise parse as text.
/// </summary>
internal static class InputText
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    public static string? Decode(ReadOnlySpan<byte> bytes, DiagnosticBag bag)
    {
        if (bytes.Length > ScenarioLimits.MaxFileBytes)
        {
            bag.Add(SourcePosition.FileStart, TooLarge(bytes.Length));
            return null;
        }

        if (bytes.StartsWith(Utf8Bom))
        {
            bytes = bytes[Utf8Bom.Length..];
        }

        var chars = new char[bytes.Length];
        var status = Utf8.ToUtf16(bytes, chars, out var bytesRead, out var charsWritten, replaceInvalidSequences: false);
        if (status != OperationStatus.Done)
        {
            var position = PositionOf(chars.AsSpan(0, charsWritten));
            var badByte = bytesRead < bytes.Length ? bytes[bytesRead] : (byte)0;
            bag.Add(position, string.Create(CultureInfo.InvariantCulture,
                $"the file is not valid UTF-8 (byte 0x{badByte:X2} at offset {bytesRead}); save it as UTF-8"));
            return null;
        }

        return Prepared(new string(chars, 0, charsWritten), bag);
    }

    /// <summary>For text that is already a string: the same size and character checks; null after reporting a problem.</summary>
    public static string? Check(string text, DiagnosticBag bag)
    {
        if (text.Length > ScenarioLimits.MaxFileBytes || Encoding.UTF8.GetByteCount(text) > ScenarioLimits.MaxFileBytes)
        {
            bag.Add(SourcePosition.FileStart, TooLarge(Encoding.UTF8.GetByteCount(text)));
            return null;
        }

        return Prepared(text, bag);
    }

    /// <summary>
    /// The text with every line break as '\n' (a lone '\r' is one, as in editors and YAML), so that positions
    /// counted here, by the parser and by an editor agree; null after reporting a forbidden character.
    /// </summary>
    private static string? Prepared(string text, DiagnosticBag bag)
    {
        if (text.Contains('\r', StringComparison.Ordinal))
        {
            text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        }

        return CheckCharacters(text, bag) ? text : null;
    }

    private static string TooLarge(long bytes) => string.Create(CultureInfo.InvariantCulture,
        $"the file is {bytes:N0} bytes; scenario files are limited to {ScenarioLimits.MaxFileBytes:N0} bytes (1 MiB)");

    /// <summary>
    /// YAML 1.2 allows tab, line breaks and printable characters; anything else means binary data. NEL (U+0085)
    /// and the Unicode line and paragraph separators (U+2028, U+2029) are refused too: YamlDotNet (like YAML 1.1)
    /// counts them as line breaks and editors and YAML 1.2 do not, so every position after one would be wrong.
    /// </summary>
    private static bool CheckCharacters(string text, DiagnosticBag bag)
    {
        var start = text.StartsWith('\uFEFF') ? 1 : 0;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\u0085' or '\u2028' or '\u2029')
            {
                bag.Add(PositionOf(text.AsSpan(0, i)), string.Create(CultureInfo.InvariantCulture,
                    $"the file contains the character U+{(int)c:X4} ({BreakName(c)}), which YAML parsers and editors disagree about as a line break; use an ordinary line break or a space"));
                return false;
            }

            var forbidden = c switch
            {
                '\t' or '\n' => false,
                < ' ' or '\u007F' => true,
                >= '\u0080' and <= '\u009F' => true,
                '\uFFFE' or '\uFFFF' => true,
                _ when char.IsHighSurrogate(c) => i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]),
                _ when char.IsLowSurrogate(c) => i == 0 || !char.IsHighSurrogate(text[i - 1]),
                _ => false,
            };
            if (forbidden)
            {
                bag.Add(PositionOf(text.AsSpan(0, i)), string.Create(CultureInfo.InvariantCulture,
                    $"the file contains the character U+{(int)c:X4}, which YAML does not allow (is it a binary file?)"));
                return false;
            }
        }

        return true;
    }

    private static string BreakName(char c) => c switch
    {
        '\u0085' => "next line",
        '\u2028' => "line separator",
        _ => "paragraph separator",
    };

    /// <summary>The position just after <paramref name="before"/> (the text preceding the offending spot).</summary>
    private static SourcePosition PositionOf(ReadOnlySpan<char> before)
    {
        var line = 1 + before.Count('\n');
        var lastNewline = before.LastIndexOf('\n');
        return new SourcePosition(line, before.Length - lastNewline);
    }
}
