using System;
using System.Collections.Generic;
using System.IO;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace ChinaLabour.Compliance.Yaml;

/// <summary>
/// Reads YAML text for rule files, rule tests and snapshots so that every way the text can be unreadable is a
/// <see cref="YamlException"/> with a position. YamlDotNet builds its nodes recursively, so nesting beyond
/// <see cref="MaxDepth"/> is refused as the events pass, before a deep enough text overflows the stack and ends
/// the process; and where YamlDotNet gives up with an <see cref="InvalidOperationException"/> (some unclosed flow
/// collections) or an <see cref="ArgumentException"/> (a value missing after a key), the position is added here.
/// </summary>
/// <remarks>
/// An alias is the node it names, met again by whoever reads the tree, so what an alias costs is the size of that node
/// with its own aliases expanded. The events carry everything needed to know it before anyone expands anything: each
/// anchored node's expanded size (characters of its scalars, plus one per node) is summed as it closes, and every
/// alias adds its node's size to the text's total; past <see cref="MaxAliasedSize"/> the alias is refused at its own
/// position. This bounds "billion laughs" and one huge scalar aliased a thousand times alike, for every reader of YAML.
/// </remarks>
internal sealed class BoundedYamlParser : IParser
{
    /// <summary>The deepest nesting of lists and mappings read; the same as System.Text.Json's default.</summary>
    public const int MaxDepth = 64;

    /// <summary>
    /// How much aliases may repeat, in characters of their scalars plus one per node: a megabyte of text, far beyond
    /// what a rule file or a snapshot shares through anchors, and far below what would strain the memory.
    /// </summary>
    public const long MaxAliasedSize = 1_000_000;

    private readonly IParser _inner;
    private readonly Dictionary<string, long> _anchored = new(StringComparer.Ordinal);
    private readonly Stack<(string? Anchor, long Size)> _open = new();
    private long _aliased;
    private int _depth;

    private BoundedYamlParser(IParser inner) => _inner = inner;

    public ParsingEvent? Current => _inner.Current;

    /// <summary>Loads <paramref name="text"/>; throws <see cref="YamlException"/>, with a position, for bad text.</summary>
    public static YamlStream Load(string text)
    {
        var stream = new YamlStream();
        var parser = new BoundedYamlParser(new Parser(new StringReader(text)));
        try
        {
            stream.Load(parser);
        }
        catch (InvalidOperationException)
        {
            var end = EndOf(text);
            throw new YamlException(end, end, YamlMessages.Unclosed);
        }
        catch (ArgumentException) when (parser.Current is { } current)
        {
            // YamlDotNet's node builder gives up this way when an event comes where it expects a value:
            // in 'a: "x"*b' the alias is read as a key, and the mapping ends before its value.
            throw new YamlException(current.Start, current.End, YamlMessages.Unexpected($"{current}"));
        }

        return stream;
    }

    public bool MoveNext()
    {
        if (!_inner.MoveNext())
        {
            return false;
        }

        switch (_inner.Current)
        {
            case SequenceStart or MappingStart when ++_depth > MaxDepth:
                throw new YamlException(_inner.Current.Start, _inner.Current.End, YamlMessages.TooDeepYaml(MaxDepth));
            case NodeEvent { Anchor: var anchor } and (SequenceStart or MappingStart):
                _open.Push((anchor.IsEmpty ? null : anchor.Value, 1));
                break;
            case SequenceEnd or MappingEnd:
                _depth--;
                if (_open.TryPop(out var closed))
                {
                    Close(closed.Anchor, closed.Size);
                }

                break;
            case Scalar scalar:
                Close(scalar.Anchor.IsEmpty ? null : scalar.Anchor.Value, 1L + scalar.Value.Length);
                break;
            case AnchorAlias alias:
                // An anchor still open (an alias inside the node it names) has no size yet; the depth limit ends that one.
                var size = _anchored.GetValueOrDefault(alias.Value.Value);
                _aliased = Math.Min(_aliased + size, long.MaxValue / 2);
                if (_aliased > MaxAliasedSize)
                {
                    throw new YamlException(alias.Start, alias.End, YamlMessages.TooMuchAliased(MaxAliasedSize));
                }

                Add(size);
                break;
        }

        return true;
    }

    private void Close(string? anchor, long size)
    {
        if (anchor is not null)
        {
            _anchored[anchor] = size;
        }

        Add(size);
    }

    private void Add(long size)
    {
        if (_open.TryPop(out var parent))
        {
            _open.Push((parent.Anchor, Math.Min(parent.Size + size, long.MaxValue / 2)));
        }
    }

    private static Mark EndOf(string text)
    {
        var lines = text.Split('\n');
        return new Mark(text.Length, lines.Length, lines[^1].Length + 1);
    }
}
