namespace ArDivergence.Core.Text;

/// <summary>
/// Subset construction from a <see cref="ByteNfa"/> (over byte classes: bytes no NFA move tells apart
/// share a column), then trimming of states that cannot reach acceptance, then Moore's partition
/// refinement to the minimal automaton.
/// </summary>
public static class DfaBuilder
{
    public static ByteDfa Build(ByteNfa nfa)
    {
        ArgumentNullException.ThrowIfNull(nfa);
        var (classOf, representatives) = ByteClasses(nfa);
        var (next, accepting) = SubsetConstruction(nfa, representatives);
        var classCount = representatives.Length;
        var (trimmed, trimmedAccepting, start) = Trim(next, accepting, classCount);
        var (minimal, minimalAccepting, minimalStart) = Minimise(trimmed, trimmedAccepting, start, classCount);
        var table = new int[minimalAccepting.Length * 256];
        for (var s = 0; s < minimalAccepting.Length; s++)
        {
            for (var b = 0; b < 256; b++)
            {
                table[(s << 8) | b] = minimal[(s * classCount) + classOf[b]];
            }
        }

        return new ByteDfa(table, minimalAccepting, minimalStart);
    }

    private static (int[] ClassOf, byte[] Representatives) ByteClasses(ByteNfa nfa)
    {
        var cut = new bool[257];
        cut[0] = true;
        for (var s = 0; s < nfa.StateCount; s++)
        {
            foreach (var (low, high, _) in nfa.Moves(s))
            {
                cut[low] = true;
                cut[high + 1] = true;
            }
        }

        var classOf = new int[256];
        var representatives = new List<byte>();
        for (var b = 0; b < 256; b++)
        {
            if (cut[b])
            {
                representatives.Add((byte)b);
            }

            classOf[b] = representatives.Count - 1;
        }

        return (classOf, [.. representatives]);
    }

    private static (List<int> Next, List<bool> Accepting) SubsetConstruction(ByteNfa nfa, byte[] representatives)
    {
        var closure = new EpsilonClosure(nfa);
        var ids = new Dictionary<int[], int>(SetComparer.Instance);
        var sets = new List<int[]>();
        var next = new List<int>();
        var accepting = new List<bool>();

        int Intern(int[] set)
        {
            if (ids.TryGetValue(set, out var id))
            {
                return id;
            }

            if (sets.Count >= TextLimits.MaxDfaStates)
            {
                throw new TextPatternException($"the pattern needs more than {TextLimits.MaxDfaStates:N0} automaton states", 0);
            }

            ids[set] = sets.Count;
            sets.Add(set);
            accepting.Add(Array.BinarySearch(set, nfa.Accept) >= 0);
            return sets.Count - 1;
        }

        Intern(closure.Of([nfa.Start]));
        var targets = new List<int>();
        for (var current = 0; current < sets.Count; current++)
        {
            foreach (var value in representatives)
            {
                targets.Clear();
                foreach (var member in sets[current])
                {
                    foreach (var (low, high, target) in nfa.Moves(member))
                    {
                        if (value >= low && value <= high)
                        {
                            targets.Add(target);
                        }
                    }
                }

                next.Add(targets.Count == 0 ? ByteDfa.Dead : Intern(closure.Of(targets)));
            }
        }

        return (next, accepting);
    }

    /// <summary>Drops states from which no accepting state can be reached (they become dead).</summary>
    private static (int[] Next, bool[] Accepting, int Start) Trim(List<int> next, List<bool> accepting, int classCount)
    {
        var count = accepting.Count;
        var predecessors = new List<int>[count];
        for (var s = 0; s < count; s++)
        {
            predecessors[s] = [];
        }

        for (var s = 0; s < count; s++)
        {
            for (var c = 0; c < classCount; c++)
            {
                var target = next[(s * classCount) + c];
                if (target != ByteDfa.Dead)
                {
                    predecessors[target].Add(s);
                }
            }
        }

        var alive = new bool[count];
        var queue = new Queue<int>();
        for (var s = 0; s < count; s++)
        {
            if (accepting[s])
            {
                alive[s] = true;
                queue.Enqueue(s);
            }
        }

        while (queue.TryDequeue(out var s))
        {
            foreach (var p in predecessors[s].Where(p => !alive[p]))
            {
                alive[p] = true;
                queue.Enqueue(p);
            }
        }

        var renumber = new int[count];
        var kept = 0;
        for (var s = 0; s < count; s++)
        {
            renumber[s] = alive[s] ? kept++ : ByteDfa.Dead;
        }

        var trimmed = new int[kept * classCount];
        var trimmedAccepting = new bool[kept];
        for (var s = 0; s < count; s++)
        {
            if (!alive[s])
            {
                continue;
            }

            trimmedAccepting[renumber[s]] = accepting[s];
            for (var c = 0; c < classCount; c++)
            {
                var target = next[(s * classCount) + c];
                trimmed[(renumber[s] * classCount) + c] = target == ByteDfa.Dead ? ByteDfa.Dead : renumber[target];
            }
        }

        return (trimmed, trimmedAccepting, count == 0 ? ByteDfa.Dead : renumber[0]);
    }

    /// <summary>Moore's refinement: split blocks by (block, blocks of the successors) until nothing splits.</summary>
    private static (int[] Next, bool[] Accepting, int Start) Minimise(int[] next, bool[] accepting, int start, int classCount)
    {
        var count = accepting.Length;
        if (count == 0)
        {
            return ([], [], ByteDfa.Dead);
        }

        var block = accepting.Select(a => a ? 1 : 0).ToArray();
        var blocks = block.Distinct().Count();
        while (true)
        {
            var ids = new Dictionary<int[], int>(SetComparer.Instance);
            var refined = new int[count];
            for (var s = 0; s < count; s++)
            {
                var signature = new int[classCount + 1];
                signature[0] = block[s];
                for (var c = 0; c < classCount; c++)
                {
                    var target = next[(s * classCount) + c];
                    signature[c + 1] = target == ByteDfa.Dead ? -1 : block[target];
                }

                if (!ids.TryGetValue(signature, out var id))
                {
                    id = ids.Count;
                    ids[signature] = id;
                }

                refined[s] = id;
            }

            block = refined;
            if (ids.Count == blocks)
            {
                break;
            }

            blocks = ids.Count;
        }

        // Number blocks in order of first appearance from the start state's block, deterministically.
        var minimal = new int[blocks * classCount];
        var minimalAccepting = new bool[blocks];
        for (var s = 0; s < count; s++)
        {
            minimalAccepting[block[s]] = accepting[s];
            for (var c = 0; c < classCount; c++)
            {
                var target = next[(s * classCount) + c];
                minimal[(block[s] * classCount) + c] = target == ByteDfa.Dead ? ByteDfa.Dead : block[target];
            }
        }

        return (minimal, minimalAccepting, block[start]);
    }
}
