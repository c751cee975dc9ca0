using System.Diagnostics;
using ArDivergence.Core.Models;
using LLama;
using LLama.Native;

namespace ArDivergence.Models;

/// <summary>One llama.cpp context (one KV cache, sequence 0); decodes in batches and copies the last logits out.</summary>
internal sealed class LlamaDecoder(LLamaContext context, int batchSize) : ILanguageModelDecoder
{
    private readonly LLamaBatch _batch = new();

    public int CachedPositions { get; private set; }

    public void RemoveFrom(int position)
    {
        if (position < CachedPositions)
        {
            context.NativeHandle.MemorySequenceRemove(LLamaSeqId.Zero, position, -1);
            CachedPositions = position;
        }
    }

    public double Decode(ReadOnlySpan<int> tokens, Span<float> lastLogits)
    {
        if (CachedPositions + tokens.Length > context.ContextSize)
        {
            throw new InvalidOperationException($"the context of {context.ContextSize} positions is full");
        }

        var clock = Stopwatch.StartNew();
        for (var start = 0; start < tokens.Length; start += batchSize)
        {
            var end = Math.Min(tokens.Length, start + batchSize);
            _batch.Clear();
            for (var i = start; i < end; i++)
            {
                _batch.Add((LLamaToken)tokens[i], CachedPositions + i, LLamaSeqId.Zero, i == tokens.Length - 1);
            }

            var result = context.NativeHandle.Decode(_batch);
            if (result != DecodeResult.Ok)
            {
                throw new InvalidOperationException($"llama.cpp decode failed: {result}");
            }
        }

        context.NativeHandle.GetLogitsIth(_batch.TokenCount - 1).CopyTo(lastLogits);
        CachedPositions += tokens.Length;
        return clock.Elapsed.TotalMilliseconds;
    }

    public void Dispose() => context.Dispose();
}
