using ArDivergence.Core.Specs;

namespace ArDivergence.Scenarios.Kinds;

/// <summary>
/// The loader's half of a generator kind: the keys its mapping allows (and the schema definition that
/// lists them) and how the mapping becomes the kind's spec record. Core's half is
/// <see cref="Core.Scenarios.Kinds.IGeneratorKind"/>; <see cref="ScenarioFormat.With{TKind}"/> registers a
/// class that implements both.
/// </summary>
public interface IGeneratorSyntax
{
    /// <summary>The <c>kind:</c> value, the same as the Core half's <c>Kind.Name</c>.</summary>
    string KindName { get; }

    /// <summary>Every key the mapping allows, <c>name</c> and <c>kind</c> included.</summary>
    KeySet Keys { get; }

    /// <summary>Keys that exist elsewhere in the format, with the message to give instead of "unknown key".</summary>
    IReadOnlyDictionary<string, string> Misplaced { get; }

    /// <summary>
    /// The spec, read through <paramref name="fields"/>, which reports every mistake at its position; where a
    /// value is bad the fields hand out null and the kind puts a stand-in (the spec is not used then).
    /// </summary>
    GeneratorSpec Map(string name, KindFields fields);
}
