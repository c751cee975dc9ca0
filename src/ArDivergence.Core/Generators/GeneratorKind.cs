namespace ArDivergence.Core.Generators;

public enum GeneratorKind
{
    Autoregressive,
    NonAutoregressive,
    Mpc,
}
