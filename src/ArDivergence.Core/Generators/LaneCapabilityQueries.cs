namespace ArDivergence.Core.Generators;

/// <summary>How callers ask a lane for a capability: the declared flag and, where one is needed, the interface.</summary>
public static class LaneCapabilityQueries
{
    extension(IGenerator lane)
    {
        public bool Can(LaneCapabilities capability) => (lane.Capabilities & capability) == capability;

        /// <summary>The lane's exact process, or null when it has none.</summary>
        public IExactProcess? ExactProcess =>
            lane.Can(LaneCapabilities.ExactProcess) && lane is IExactLane exact ? exact.Exact : null;

        /// <summary>
        /// The exact process of a lane known to have one. Kept so that code written against the old
        /// <c>IGenerator.Exact</c> (ExactOffManifold) still reads it; check <see cref="Can"/> first.
        /// </summary>
        public IExactProcess Exact =>
            lane.ExactProcess ?? throw new NotSupportedException($"lane {lane.Name} has no exact process");
    }
}
