using ArDivergence.Core.Generators;

namespace ArDivergence.Core.Models;

/// <summary>
/// A lane that runs a real model: it steps with a decoder it is given, so that Monte Carlo runs on other
/// threads use KV caches of their own and never disturb the session's.
/// </summary>
public interface IDecoderLane : IGenerator
{
    DecoderPool Decoders { get; }

    StepOutcome Step(LaneState state, IReadOnlyList<int> prefix, int? forcedToken, PrefixDecoder decoder);
}
