namespace ArDivergence.Scenarios.Yaml;

internal sealed record MappingEntry(ScalarNode Key, Node Value);
