namespace ArDivergence.Core.Models;

/// <summary>
/// What one <see cref="PrefixDecoder.Follow"/> did: positions [<paramref name="From"/>, <paramref name="To"/>) were
/// decoded, attending to the cached [0, From); <paramref name="RolledBack"/> cached positions were dropped first.
/// </summary>
public readonly record struct DecodeWork(int From, int To, int RolledBack, double Milliseconds)
{
    public int Decoded => To - From;
}
