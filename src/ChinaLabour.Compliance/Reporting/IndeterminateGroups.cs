using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using ChinaLabour.Compliance.Checking;
using ChinaLabour.Compliance.Text;

namespace ChinaLabour.Compliance.Reporting;

/// <summary>
/// A record's indeterminate results keyed by what they lack: what the auditor acts on is the facts to collect, and an
/// employer's many indeterminate rules mostly lack the same few facts, one per worker. Each fact, generalised over
/// records (<c>workers[*].trainings</c>, the ids of the records lacking it once, at most
/// <see cref="BatchRecordWriter.IdsShown"/> and how many more), names the rules waiting on it by position in the
/// catalogue file. A reason is written only when it says more than how many facts are missing; the provisional
/// figures of an undecided rule are left to the full report. A fact the input has no place for is not grouped: the
/// rules waiting on it are listed under <c>notInInput</c>, and the fact is returned for the catalogue file to name once.
/// </summary>
internal static class IndeterminateGroups
{

    /// <returns>The facts missing that the input cannot carry, each with the position of a rule waiting on it; null when none.</returns>
    public static List<(string Fact, int Rule)>? Write(Utf8JsonWriter w, IReadOnlyList<RuleResult> results, Func<RuleResult, int> position, Language language, Func<string, bool>? carried)
    {
        var scratch = GroupScratch.ForThread();
        var facts = scratch.Facts;
        var groups = scratch.Groups;
        var any = false;
        List<(int Rule, string Reason)>? reasons = null;
        List<(string Fact, int Rule)>? outside = null;
        List<int>? waiting = null;
        IReadOnlyList<string>? previous = null;
        var last = 0;
        for (var r = 0; r < results.Count; r++)
        {
            var result = results[r];
            if (result.Outcome != Outcome.Indeterminate)
            {
                continue;
            }

            var rule = position(result);
            any = true;
            var missing = result.MissingFacts;

            // Rules in a row often lack the same facts (one per worker, the same path strings): their groups are the
            // last rule's, and only the rule is added to them. Matching every path again was the largest frame of the
            // record's profile (9% of its samples). A path seen again adds no id, so the ids come out the same.
            if (previous is null || !missing.SequenceEqual(previous, StringComparer.Ordinal))
            {
                previous = missing;
                groups.Clear();
                // By index: an enumerator through the interface would be allocated for every indeterminate result.
                for (var i = 0; i < missing.Count; i++)
                {
                    var path = missing[i];
                    var fact = Group(facts, path, carried, scratch, ref last, out var open, out var close);
                    if (fact.InInput)
                    {
                        fact.AddId(path, open, close);
                    }

                    if (!groups.Contains(fact))
                    {
                        groups.Add(fact);
                    }
                }
            }

            foreach (var fact in groups)
            {
                var added = fact.AddRule(rule);
                if (fact.InInput)
                {
                    continue;
                }

                if (added)
                {
                    (outside ??= []).Add((fact.Path, rule));
                }

                if (waiting is null || waiting[^1] != rule)
                {
                    (waiting ??= []).Add(rule);
                }
            }

            if (result.Reason is { } text && text != MessageCache.Missing(result.MissingFacts.Count))
            {
                (reasons ??= []).Add((rule, text.In(language)));
            }
            else if (result.MissingFacts.Count == 0)
            {
                // Undecided with neither a fact nor a reason of its own: still named, so that no rule goes unaccounted.
                (reasons ??= []).Add((rule, MessageCache.Missing(0).In(language)));
            }
        }

        if (!any)
        {
            return null;
        }

        if (waiting is not null)
        {
            Positions(w, "notInInput", waiting);
        }

        if (waiting is not null && facts.TrueForAll(f => !f.InInput))
        {
            WriteReasons(w, reasons);
            return outside;
        }

        w.WriteStartObject("indeterminate");
        foreach (var fact in facts)
        {
            if (!fact.InInput)
            {
                continue;
            }

            if (fact.IdCount == 0)
            {
                Positions(w, fact.Path, fact.Rules);
                continue;
            }

            w.WriteStartObject(fact.Path);
            Positions(w, "rules", fact.Rules);
            w.WriteStartArray("ids");
            foreach (var id in fact.Ids)
            {
                w.WriteStringValue(id);
            }

            w.WriteEndArray();
            if (fact.IdCount > BatchRecordWriter.IdsShown)
            {
                w.WriteNumber("more", fact.IdCount - BatchRecordWriter.IdsShown);
            }

            w.WriteEndObject();
        }

        w.WriteEndObject();
        WriteReasons(w, reasons);
        return outside;
    }

    private static void WriteReasons(Utf8JsonWriter w, List<(int Rule, string Reason)>? reasons)
    {
        if (reasons is null)
        {
            return;
        }

        w.WriteStartObject("indeterminateReasons");
        foreach (var (rule, reason) in reasons)
        {
            w.WriteString(rule.ToString(CultureInfo.InvariantCulture), reason);
        }

        w.WriteEndObject();
    }

    private static void Positions(Utf8JsonWriter w, string name, List<int> rules)
    {
        w.WriteStartArray(name);
        foreach (var rule in rules)
        {
            w.WriteNumberValue(rule);
        }

        w.WriteEndArray();
    }

    /// <summary>
    /// The facts with the first record id of each path replaced by <c>*</c> (<c>workers[W1].x</c> → <c>workers[*].x</c>,
    /// W1 kept), in order of first appearance; paths naming no record stay as they are.
    /// </summary>
    internal static List<FactGroup> Generalise(IReadOnlyList<string> paths)
    {
        var facts = new List<FactGroup>();
        var last = 0;
        foreach (var path in paths)
        {
            Group(facts, path, null, null, ref last, out var open, out var close).AddId(path, open, close);
        }

        return facts;
    }

    /// <summary>
    /// The group <paramref name="path"/> generalises to, added when new (from <paramref name="scratch"/> when given): a
    /// record's paths are matched in place, so only a new fact's pattern is made.
    /// </summary>
    private static FactGroup Group(List<FactGroup> facts, string path, Func<string, bool>? carried, GroupScratch? scratch, ref int last, out int open, out int close)
    {
        FactGroup.Brackets(path, out open, out close);

        // A rule's missing paths are mostly one fact over many records, so the group matched last is tried first:
        // an employer of 40,000 workers lacking it is spared a scan of the groups for each of their paths.
        if (last < facts.Count && facts[last].Matches(path, open, close))
        {
            return facts[last];
        }

        for (var i = 0; i < facts.Count; i++)
        {
            if (facts[i].Matches(path, open, close))
            {
                last = i;
                return facts[i];
            }
        }

        var pattern = FactGroup.PatternOf(path, out _, out _);
        var inInput = carried is null || carried(pattern);
        var group = scratch?.Take(pattern, inInput) ?? new FactGroup(pattern, inInput);
        last = facts.Count;
        facts.Add(group);
        return group;
    }
}
