using System.Globalization;

namespace ArDivergence.Core.Scenarios;

/// <summary>Small helpers the validator's messages share.</summary>
internal static class SpecText
{
    public static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    public static string Item(string path, int index) => Invariant($"{path}[{index}]");

    /// <summary>A few names for a message: "q, r, s" or "q, r, s, ... (12 in all)".</summary>
    public static string Some(IReadOnlyCollection<string> names) => names.Count <= 8
        ? string.Join(", ", names)
        : Invariant($"{string.Join(", ", names.Take(8))}, ... ({names.Count} in all)");
}
