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
        List<(string Path, List<int> Rules, HashSet<string> Seen, List<string> Ids)>? facts = null;
        List<(int Rule, string Reason)>? reasons = null;
        List<(string Fact, int Rule)>? outside = null;
        List<int>? waiting = null;
        foreach (var result in results)
        {
            if (result.Outcome != Outcome.Indeterminate)
            {
                continue;
            }

            var rule = position(result);
            facts ??= [];
            foreach (var fact in Generalise(result.MissingFacts))
            {
                if (carried is not null && !carried(fact.Path))
                {
                    (outside ??= []).Add((fact.Path, rule));
                    if (waiting is null || waiting[^1] != rule)
                    {
                        (waiting ??= []).Add(rule);
                    }

                    continue;
                }

                var at = facts.FindIndex(f => string.Equals(f.Path, fact.Path, StringComparison.Ordinal));
                if (at < 0)
                {
                    facts.Add((fact.Path, [], new HashSet<string>(StringComparer.Ordinal), []));
                    at = facts.Count - 1;
                }

                var entry = facts[at];
                entry.Rules.Add(rule);
                foreach (var id in fact.Ids)
                {
                    if (entry.Seen.Add(id))
                    {
                        entry.Ids.Add(id);
                    }
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

        if (facts is null)
        {
            return null;
        }

        if (waiting is not null)
        {
            Positions(w, "notInInput", waiting);
        }

        if (facts.Count == 0 && waiting is not null)
        {
            WriteReasons(w, reasons);
            return outside;
        }

        w.WriteStartObject("indeterminate");
        foreach (var (path, rules, _, ids) in facts)
        {
            if (ids.Count == 0)
            {
                Positions(w, path, rules);
                continue;
            }

            w.WriteStartObject(path);
            Positions(w, "rules", rules);
            w.WriteStartArray("ids");
            foreach (var id in ids.Take(BatchRecordWriter.IdsShown))
            {
                w.WriteStringValue(id);
            }

            w.WriteEndArray();
            if (ids.Count > BatchRecordWriter.IdsShown)
            {
                w.WriteNumber("more", ids.Count - BatchRecordWriter.IdsShown);
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
    internal static List<GeneralisedFact> Generalise(IReadOnlyList<string> paths)
    {
        var facts = new List<GeneralisedFact>();
        foreach (var path in paths)
        {
            var open = path.IndexOf('[', StringComparison.Ordinal);
            var close = open < 0 ? -1 : path.IndexOf(']', open);
            var pattern = close < 0 ? path : string.Concat(path.AsSpan(0, open + 1), "*", path.AsSpan(close));
            var fact = facts.Find(f => string.Equals(f.Path, pattern, StringComparison.Ordinal));
            if (fact is null)
            {
                fact = new GeneralisedFact(pattern, []);
                facts.Add(fact);
            }

            if (close >= 0)
            {
                fact.Ids.Add(path[(open + 1)..close]);
            }
        }

        return facts;
    }
}
