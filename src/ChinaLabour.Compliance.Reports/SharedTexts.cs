using System;
using System.Collections.Generic;

namespace ChinaLabour.Compliance.Reports;

/// <summary>
/// Texts numbered once each, in the order they were first added: a workbook's shared-string table
/// (<c>xl/sharedStrings.xml</c>), or the texts one column has shown so far. Held as their UTF-8 bytes, so that looking
/// a cell up makes no string of it.
/// </summary>
internal sealed class SharedTexts
{
    // A text's hash to the first text with it; texts that share a hash are chained through _next.
    private readonly Dictionary<int, int> _first = [];
    private readonly List<byte[]> _texts = [];
    private readonly List<int> _next = [];

    /// <summary>How many texts are held.</summary>
    public int Count => _texts.Count;

    /// <summary>The texts, by number.</summary>
    public IReadOnlyList<byte[]> Texts => _texts;

    /// <summary>The number of <paramref name="text"/>; -1 when it is not held.</summary>
    public int IndexOf(ReadOnlySpan<byte> text)
    {
        if (!_first.TryGetValue(Hash(text), out var index))
        {
            return -1;
        }

        while (index >= 0 && !text.SequenceEqual(_texts[index]))
        {
            index = _next[index];
        }

        return index;
    }

    /// <summary>Adds <paramref name="text"/> unless it is held; its number either way.</summary>
    public int Add(ReadOnlySpan<byte> text)
    {
        var hash = Hash(text);
        if (_first.TryGetValue(hash, out var index))
        {
            for (var i = index; i >= 0; i = _next[i])
            {
                if (text.SequenceEqual(_texts[i]))
                {
                    return i;
                }
            }
        }

        // Chained in front: which text of a hash is looked at first does not change any number.
        _next.Add(_first.TryGetValue(hash, out var chained) ? chained : -1);
        _first[hash] = _texts.Count;
        _texts.Add(text.ToArray());
        return _texts.Count - 1;
    }

    private static int Hash(ReadOnlySpan<byte> text)
    {
        var hash = default(HashCode);
        hash.AddBytes(text);
        return hash.ToHashCode();
    }
}
