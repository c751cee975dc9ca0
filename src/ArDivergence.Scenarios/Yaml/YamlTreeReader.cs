using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ArDivergence.Scenarios.Yaml;

/// <summary>
/// Builds a <see cref="Node"/> tree from YamlDotNet's parser events. We do not use YamlStream: it recurses
/// once per nesting level (a file of 10,000 '[' overflows the stack and kills the process), throws on the
/// first duplicate key, and does not bound alias expansion. Here nesting is iterative and capped, duplicate
/// keys and tags are reported with their positions, and aliases may add at most
/// <see cref="ScenarioLimits.MaxAliasExpansion"/> nodes in total (sizes are memoised per anchored node, so
/// a billion-laughs file is rejected after a few dozen events).
/// </summary>
internal sealed class YamlTreeReader
{
    /// <summary>Stands for a key that was not a scalar, so that its value is dropped rather than taken as the next key.</summary>
    private static readonly ScalarNode InvalidKey = new(SourcePosition.FileStart, SourcePosition.FileStart, string.Empty, ScalarStyle.Plain);

    private readonly DiagnosticBag _bag;
    private readonly Stack<OpenCollection> _open = new();
    private readonly Dictionary<string, Node> _anchors = new(StringComparer.Ordinal);
    private readonly HashSet<string> _openAnchors = new(StringComparer.Ordinal);
    private long _aliasExpansion;
    private SourcePosition _lastEnd = SourcePosition.FileStart;
    private Node? _root;
    private bool _failed;
    private bool _tagSeen;

    private YamlTreeReader(DiagnosticBag bag) => _bag = bag;

    /// <summary>The single document's root node, or null after reporting why there is none.</summary>
    public static Node? Read(string text, DiagnosticBag bag) => new YamlTreeReader(bag).ReadDocument(text);

    private Node? ReadDocument(string text)
    {
        var parser = new Parser(new StringReader(text));
        var documents = 0;
        try
        {
            while (!_failed && MoveNext(parser))
            {
                _lastEnd = SourcePosition.From(parser.Current!.End);
                switch (parser.Current)
                {
                    case DocumentStart start:
                        if (++documents > 1)
                        {
                            Fail(SourcePosition.From(start.Start), "a scenario file holds one YAML document; remove the second '---'");
                        }

                        break;
                    case Scalar scalar:
                        OnScalar(scalar);
                        break;
                    case SequenceStart sequence:
                        Open(sequence, new SequenceNode(SourcePosition.From(sequence.Start)));
                        break;
                    case MappingStart mapping:
                        Open(mapping, new MappingNode(SourcePosition.From(mapping.Start)));
                        break;
                    case SequenceEnd or MappingEnd:
                        Close();
                        break;
                    case AnchorAlias alias:
                        OnAlias(alias);
                        break;
                }
            }
        }
        catch (YamlException ex)
        {
            Fail(ParserErrors.Position(text, ex), "not valid YAML: " + ParserErrors.Message(ex));
        }
        catch (ParserCrash)
        {
            // YamlDotNet's scanner throws plain exceptions on some broken input (": {\ns" throws
            // InvalidOperationException without a position); the last event read is the best place we know.
            // The exception's type means nothing to a user, so the message names only the likely mistakes.
            Fail(_lastEnd, "not valid YAML: the parser gave up after this point; look for an unclosed '{' or '[' or a stray ':' here");
        }

        if (_failed || _tagSeen)
        {
            return null;
        }

        if (_root is null)
        {
            Fail(SourcePosition.FileStart, "the file is empty; a scenario is a mapping with at least name, manifold and generators");
        }

        return _failed ? null : _root;
    }

    /// <summary>The parser's next event; any exception but a <see cref="YamlException"/> is its bug, wrapped so it is told apart from ours.</summary>
    private static bool MoveNext(Parser parser)
    {
        try
        {
            return parser.MoveNext();
        }
        catch (Exception ex) when (ex is not (YamlException or OutOfMemoryException))
        {
            throw new ParserCrash(ex);
        }
    }

    private void OnScalar(Scalar scalar)
    {
        RejectTag(scalar);
        var node = new ScalarNode(SourcePosition.From(scalar.Start), SourcePosition.From(scalar.End), scalar.Value, scalar.Style);
        RememberAnchor(scalar, node);
        Attach(node);
    }

    private void Open(NodeEvent start, Node node)
    {
        RejectTag(start);
        if (_open.Count >= ScenarioLimits.MaxDepth)
        {
            Fail(node.Start, string.Create(CultureInfo.InvariantCulture,
                $"lists and mappings are nested more than {ScenarioLimits.MaxDepth} levels deep"));
            return;
        }

        if (!start.Anchor.IsEmpty)
        {
            _openAnchors.Add(start.Anchor.Value);
        }

        _open.Push(new OpenCollection(node, start.Anchor.IsEmpty ? null : start.Anchor.Value));
    }

    private void Close()
    {
        var frame = _open.Pop();
        if (frame.Anchor is not null)
        {
            _openAnchors.Remove(frame.Anchor);
            _anchors[frame.Anchor] = frame.Node;
        }

        Attach(frame.Node);
    }

    private void OnAlias(AnchorAlias alias)
    {
        var position = SourcePosition.From(alias.Start);
        var name = alias.Value.Value;
        if (_openAnchors.Contains(name))
        {
            Fail(position, $"alias *{name} refers to a node that contains it");
            return;
        }

        if (!_anchors.TryGetValue(name, out var target))
        {
            Fail(position, $"alias *{name} refers to no anchor &{name} before it");
            return;
        }

        _aliasExpansion = CoreSchema.SaturatingAdd(_aliasExpansion, target.ExpandedSize);
        if (_aliasExpansion > ScenarioLimits.MaxAliasExpansion)
        {
            Fail(position, string.Create(CultureInfo.InvariantCulture,
                $"aliases expand to more than {ScenarioLimits.MaxAliasExpansion:N0} nodes (alias *{name} alone is {target.ExpandedSize:N0}); is this a 'billion laughs' file?"));
            return;
        }

        Attach(target);
    }

    private void RememberAnchor(NodeEvent nodeEvent, Node node)
    {
        if (!nodeEvent.Anchor.IsEmpty)
        {
            _anchors[nodeEvent.Anchor.Value] = node;
        }
    }

    /// <summary>Tags could name types to instantiate (<c>!!python/object</c>); no tag ever means anything here.</summary>
    private void RejectTag(NodeEvent nodeEvent)
    {
        if (!nodeEvent.Tag.IsEmpty)
        {
            // Reported but not fatal, so that every tag in the file is listed; the tree is discarded at the end.
            _bag.Add(SourcePosition.From(nodeEvent.Start), $"tags are not allowed (found '{MessageText.Quote(nodeEvent.Tag.Value)}')");
            _tagSeen = true;
        }
    }

    private void Attach(Node node)
    {
        if (_open.Count == 0)
        {
            _root = node;
            return;
        }

        var frame = _open.Peek();
        switch (frame.Node)
        {
            case SequenceNode sequence:
                sequence.Add(node);
                break;
            case MappingNode mapping when frame.PendingKey is null:
                if (node is ScalarNode key)
                {
                    frame.PendingKey = key;
                }
                else
                {
                    // Keep the mapping's key/value rhythm: the value that follows is dropped.
                    _bag.Add(node.Start, $"a key must be a plain word, not {node.Describe()}");
                    frame.PendingKey = InvalidKey;
                }

                break;
            case MappingNode mapping:
                AddEntry(mapping, frame.PendingKey!, node);
                frame.PendingKey = null;
                break;
        }
    }

    private void AddEntry(MappingNode mapping, ScalarNode key, Node value)
    {
        if (ReferenceEquals(key, InvalidKey))
        {
            return;
        }

        var earlier = mapping.TryAdd(new MappingEntry(key, value));
        if (earlier is not null)
        {
            _bag.Add(key.Start, string.Create(CultureInfo.InvariantCulture,
                $"duplicate key '{MessageText.Quote(key.Value)}' (first given at line {earlier.Key.Start.Line}, column {earlier.Key.Start.Column})"));
        }
    }

    private void Fail(SourcePosition position, string message)
    {
        _bag.Add(position, message);
        _failed = true;
    }
}

/// <summary>An exception other than <see cref="YamlException"/> thrown inside YamlDotNet's parser.</summary>
internal sealed class ParserCrash(Exception inner) : Exception("the YAML parser failed", inner);
