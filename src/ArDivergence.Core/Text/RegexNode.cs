namespace ArDivergence.Core.Text;

/// <summary>A parsed pattern of the supported subset: sets of code points, sequences, alternatives, repetitions.</summary>
public abstract record RegexNode;
