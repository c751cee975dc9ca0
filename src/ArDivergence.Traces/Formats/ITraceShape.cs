using ArDivergence.Core.Traces;

namespace ArDivergence.Traces.Formats;

/// <summary>One family of server responses: how to recognise it, read it, and ask that server for logprobs.</summary>
internal interface ITraceShape
{
    /// <summary>The format name written into traces (<see cref="TraceFormats"/>).</summary>
    string Format { get; }

    /// <summary>What to add to the request so that this server returns log-probabilities.</summary>
    string HowToRequest { get; }

    bool Recognizes(JsonAt root);

    /// <summary>Every generation in the chunks (one response, or the chunks of one stream), in order.</summary>
    IReadOnlyList<RecordedTrace> Read(IReadOnlyList<JsonAt> chunks, string format);
}
