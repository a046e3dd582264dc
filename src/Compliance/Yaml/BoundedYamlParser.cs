using System;
using System.IO;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Compliance.Yaml;

/// <summary>
/// Reads YAML text for rule files, rule tests and snapshots so that every way the text can be unreadable is a
/// <see cref="YamlException"/> with a position. YamlDotNet builds its nodes recursively, so nesting beyond
/// <see cref="MaxDepth"/> is refused as the events pass, before a deep enough text overflows the stack and ends
/// the process; and where YamlDotNet gives up with an <see cref="InvalidOperationException"/> (some unclosed flow
/// collections) or an <see cref="ArgumentException"/> (a value missing after a key), the position is added here.
/// </summary>
internal sealed class BoundedYamlParser : IParser
{
    /// <summary>The deepest nesting of lists and mappings read; the same as System.Text.Json's default.</summary>
    public const int MaxDepth = 64;

    private readonly IParser _inner;
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
            case SequenceEnd or MappingEnd:
                _depth--;
                break;
        }

        return true;
    }

    private static Mark EndOf(string text)
    {
        var lines = text.Split('\n');
        return new Mark(text.Length, lines.Length, lines[^1].Length + 1);
    }
}
