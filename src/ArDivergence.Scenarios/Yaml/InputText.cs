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

        var text = new string(chars, 0, charsWritten);
        return CheckCharacters(text, bag) ? text : null;
    }

    /// <summary>For text that is already a string: the same size and character checks.</summary>
    public static bool Check(string text, DiagnosticBag bag)
    {
        if (text.Length > ScenarioLimits.MaxFileBytes || Encoding.UTF8.GetByteCount(text) > ScenarioLimits.MaxFileBytes)
        {
            bag.Add(SourcePosition.FileStart, TooLarge(Encoding.UTF8.GetByteCount(text)));
            return false;
        }

        return CheckCharacters(text, bag);
    }

    private static string TooLarge(long bytes) => string.Create(CultureInfo.InvariantCulture,
        $"the file is {bytes:N0} bytes; scenario files are limited to {ScenarioLimits.MaxFileBytes:N0} bytes (1 MiB)");

    /// <summary>YAML 1.2 allows tab, LF, CR, NEL and printable characters; anything else means binary data.</summary>
    private static bool CheckCharacters(string text, DiagnosticBag bag)
    {
        var start = text.StartsWith('\uFEFF') ? 1 : 0;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            var forbidden = c switch
            {
                '\t' or '\n' or '\r' or '\u0085' => false,
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

    /// <summary>The position just after <paramref name="before"/> (the text preceding the offending spot).</summary>
    private static SourcePosition PositionOf(ReadOnlySpan<char> before)
    {
        var line = 1 + before.Count('\n');
        var lastNewline = before.LastIndexOf('\n');
        return new SourcePosition(line, before.Length - lastNewline);
    }
}
