using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using ChinaLabour.Compliance.Catalogue;
using ChinaLabour.Compliance.Checking;

namespace ChinaLabour.Compliance.Reports;

/// <summary>
/// A batch's pass rates by clause (pass-rates.csv), a CSV table (<see cref="Csv"/>): for every document and every clause of the rules reported, how many employers of a batch passed
/// it (a rule of it decided, none violated), failed it (a rule violated), could not be judged on it (only
/// indeterminate or error) or were not bound by it, and the pass rate: passed over passed plus failed. Counted by
/// employer rather than by rule result, so that a clause with three rules weighs no more than one with one, as an
/// auditor reads "how many employers keep this clause". Rows follow the catalogue's order: each document, then its
/// clauses.
/// </summary>
/// <threadsafety>Not thread-safe: one batch adds its employers from one thread.</threadsafety>
public sealed class PassRates
{
    private readonly List<(string Document, string? Clause)> _keys = [];
    private readonly Dictionary<(string Document, string? Clause), int[]> _counts = [];
    private readonly Dictionary<(string Document, string? Clause), int> _rules = [];

    /// <summary>Starts a table with a row for every document and clause of <paramref name="rules"/>, no employer counted yet.</summary>
    /// <param name="rules">The rules reported: the catalogue's, or those a caller selected.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is null.</exception>
    public PassRates(IEnumerable<Rule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        foreach (var rule in rules)
        {
            foreach (var key in Keys(rule))
            {
                if (_counts.TryAdd(key, new int[4]))
                {
                    _keys.Add(key);
                }

                _rules[key] = _rules.GetValueOrDefault(key) + 1;
            }
        }

        // Each document's row before its clauses', whatever order the rules gave.
        _keys = [.. _keys.GroupBy(k => k.Document).SelectMany(g => g.OrderBy(k => k.Clause is not null))];
    }

    /// <summary>Counts one employer's results; a rule of none of the table's documents is not counted.</summary>
    /// <param name="report">The employer's report.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public void Add(CheckReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        foreach (var group in report.Results.SelectMany(r => Keys(r.Rule).Select(key => (key, r.Outcome))).GroupBy(p => p.key))
        {
            if (_counts.TryGetValue(group.Key, out var counts))
            {
                counts[Verdict(group.Select(p => p.Outcome).ToArray())]++;
            }
        }
    }

    /// <summary>Writes the table of the employers added so far: header first, lines ending CRLF like the batch's other tables.</summary>
    /// <param name="output">Where to write, best UTF-8 with a byte-order mark so that a spreadsheet reads the Chinese; it is neither flushed nor closed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> is null.</exception>
    public void Write(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Write(Render());
    }

    private string Render()
    {
        var text = new StringBuilder(Csv.Row(["document", "clause", "rules", "passed", "failed", "undecided", "notApplicable", "passRate"]));
        foreach (var key in _keys)
        {
            var c = _counts[key];
            var rate = c[0] + c[1] == 0 ? string.Empty : (100m * c[0] / (c[0] + c[1])).ToString("0.0", CultureInfo.InvariantCulture);
            text.Append(Csv.Row([key.Document, key.Clause ?? string.Empty, Text(_rules[key]), Text(c[0]), Text(c[1]), Text(c[2]), Text(c[3]), rate]));
        }

        return text.ToString();
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static (string Document, string? Clause)[] Keys(Rule rule) =>
        [(rule.Citation.Document, null), (rule.Citation.Document, rule.Citation.Clause)];

    /// <summary>0 passed, 1 failed, 2 undecided, 3 not applicable: a violation decides, then a compliance, then an undecided rule.</summary>
    private static int Verdict(Outcome[] outcomes) =>
        outcomes.Contains(Outcome.Violated) ? 1
        : outcomes.Contains(Outcome.Compliant) ? 0
        : outcomes.Any(o => o is Outcome.Indeterminate or Outcome.Error) ? 2
        : 3;
}
