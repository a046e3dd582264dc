using System;
using System.Collections.Generic;

namespace ChinaLabour.Compliance.Reporting;

/// <summary>
/// A missing fact generalised over records (<c>workers[*].trainings</c>): the rules waiting on it, in order, and the
/// ids of the records that lack it, each once. A record keeps the first <see cref="BatchRecordWriter.IdsShown"/> ids and
/// counts the rest, so an employer of 40,000 workers lacking a fact costs a set of ids, not a list of paths.
/// </summary>
internal sealed class FactGroup(string path, bool inInput)
{
    /// <summary>How many ids a group's set may hold and still be kept for the next record: an employer of 40,000 workers does not hold its set's memory for the thread's life.</summary>
    private const int SeenKept = 1_024;

    private HashSet<string>? _seen;

    /// <summary>The fact with its first record id replaced by <c>*</c>; as given when it names no record.</summary>
    public string Path { get; private set; } = path;

    /// <summary>Whether the batch's input has a place for the fact; if not, the catalogue file names it instead of the record.</summary>
    public bool InInput { get; private set; } = inInput;

    /// <summary>The positions of the rules waiting on the fact, each once, in order.</summary>
    public List<int> Rules { get; } = [];

    /// <summary>The first ids of the records lacking the fact, in order of first appearance.</summary>
    public List<string> Ids { get; } = [];

    /// <summary>How many distinct records lack the fact.</summary>
    public int IdCount => _seen?.Count ?? 0;

    /// <summary>Makes this the group of another fact, with no rules and no ids yet: for <see cref="GroupScratch"/>, once a record is written.</summary>
    public void Reuse(string path, bool inInput)
    {
        Path = path;
        InInput = inInput;
        Rules.Clear();
        Ids.Clear();
        if (_seen is { Count: > SeenKept })
        {
            _seen = null;
        }

        _seen?.Clear();
    }

    /// <summary>
    /// The fact's generalised form: <c>workers[W1].x</c> becomes <c>workers[*].x</c>; <paramref name="open"/> and
    /// <paramref name="close"/> are the positions of the first brackets, -1 when the path names no record.
    /// </summary>
    public static string PatternOf(string path, out int open, out int close)
    {
        Brackets(path, out open, out close);
        return close < 0 ? path : string.Concat(path.AsSpan(0, open + 1), "*", path.AsSpan(close));
    }

    /// <summary>Finds the first brackets of <paramref name="path"/>, -1 each when it names no record.</summary>
    public static void Brackets(string path, out int open, out int close)
    {
        open = path.IndexOf('[', StringComparison.Ordinal);
        close = open < 0 ? -1 : path.IndexOf(']', open);
        if (close < 0)
        {
            open = -1;
        }
    }

    /// <summary>Whether <paramref name="path"/>, with brackets at <paramref name="open"/> and <paramref name="close"/>, generalises to this group's fact; nothing is allocated.</summary>
    public bool Matches(string path, int open, int close)
    {
        if (close < 0)
        {
            return string.Equals(Path, path, StringComparison.Ordinal);
        }

        var tail = path.AsSpan(close);
        var pattern = Path.AsSpan();
        return pattern.Length == open + 2 + tail.Length
            && pattern[open + 1] == '*'
            && pattern[..(open + 1)].SequenceEqual(path.AsSpan(0, open + 1))
            && pattern[(open + 2)..].SequenceEqual(tail);
    }

    /// <summary>Notes that the rule at <paramref name="rule"/> waits on the fact; a rule's many records lacking it note it once.</summary>
    /// <returns>Whether the rule was new to the fact.</returns>
    public bool AddRule(int rule)
    {
        if (Rules.Count > 0 && Rules[^1] == rule)
        {
            return false;
        }

        Rules.Add(rule);
        return true;
    }

    /// <summary>Notes the record id between <paramref name="open"/> and <paramref name="close"/> of <paramref name="path"/>; the id's text is made only for a record not seen before.</summary>
    public void AddId(string path, int open, int close)
    {
        if (close < 0)
        {
            return;
        }

        var id = path.AsSpan(open + 1, close - open - 1);
        _seen ??= new HashSet<string>(StringComparer.Ordinal);
#if NET9_0_OR_GREATER
        var seen = _seen.GetAlternateLookup<ReadOnlySpan<char>>();
        if (seen.Add(id) && Ids.Count < BatchRecordWriter.IdsShown)
        {
            seen.TryGetValue(id, out var text);
            Ids.Add(text!);
        }
#else
        var text = id.ToString();
        if (_seen.Add(text) && Ids.Count < BatchRecordWriter.IdsShown)
        {
            Ids.Add(text);
        }
#endif
    }
}
