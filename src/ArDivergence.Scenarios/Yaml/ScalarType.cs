namespace ArDivergence.Scenarios.Yaml;

/// <summary>What a scalar means under the YAML 1.2 core schema (the schema editors and JSON Schema tools use).</summary>
internal enum ScalarType
{
    Null,
    Bool,
    Int,
    Float,
    String,
}
