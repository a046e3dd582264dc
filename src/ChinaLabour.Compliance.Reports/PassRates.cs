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
    /// <summary>The slot of a row's counts that holds its verdict for the employer being added.</summary>
    private const int Scratch = 4;

    private readonly List<(string Document, string? Clause)> _keys = [];
    private readonly Dictionary<(string Document, string? Clause), int[]> _counts = [];
    private readonly Dictionary<(string Document, string? Clause), int> _rules = [];
    // Keyed by the rule itself, by reference: hashing each result's rule id cost more than counting it (profiled).
    private readonly Dictionary<Rule, int[][]> _rows = new(ReferenceEqualityComparer.Instance);
    private readonly List<int[]> _touched = [];
    private (Rule? Rule, int[][] Rows)[] _byPosition = [];

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
                if (_counts.TryAdd(key, new int[Scratch + 1]))
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

        // Each row's verdict for this employer is kept in its counts' fifth slot, then counted and cleared: no allocation per report.
        var results = report.Results;
        if (_byPosition.Length < results.Count)
        {
            Array.Resize(ref _byPosition, results.Count);
        }

        for (var i = 0; i < results.Count; i++)
        {
            var result = results[i];
            var rank = Rank(result.Outcome);

            // A batch's reports list the same rules in the same order: the rows found for a position serve the next
            // report while its rule there is the same one, and a lookup by rule is made only when it is not.
            ref var known = ref _byPosition[i];
            if (!ReferenceEquals(known.Rule, result.Rule))
            {
                known = (result.Rule, Rows(result.Rule));
            }

            foreach (var counts in known.Rows)
            {
                if (counts[Scratch] == 0)
                {
                    _touched.Add(counts);
                }

                counts[Scratch] = Math.Max(counts[Scratch], rank);
            }
        }

        foreach (var counts in _touched)
        {
            // Columns: 0 passed, 1 failed, 2 undecided, 3 not applicable.
            counts[counts[Scratch] switch { 4 => 1, 3 => 0, 2 => 2, _ => 3 }]++;
            counts[Scratch] = 0;
        }

        _touched.Clear();
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

    /// <summary>
    /// An outcome's weight in a row's verdict, the strongest winning: a violation decides (failed, 4), then a compliance
    /// (passed, 3), then an undecided rule (2); otherwise not applicable (1).
    /// </summary>
    private static int Rank(Outcome outcome) => outcome switch
    {
        Outcome.Violated => 4,
        Outcome.Compliant => 3,
        Outcome.Indeterminate or Outcome.Error => 2,
        _ => 1,
    };

    /// <summary>The counts of a rule's rows (its document's and its clause's, once each), found once per rule id.</summary>
    private int[][] Rows(Rule rule)
    {
        if (!_rows.TryGetValue(rule, out var rows))
        {
            var found = new List<int[]>(2);
            foreach (var key in Keys(rule))
            {
                if (_counts.TryGetValue(key, out var counts) && !found.Contains(counts))
                {
                    found.Add(counts);
                }
            }

            _rows[rule] = rows = [.. found];
        }

        return rows;
    }
}
