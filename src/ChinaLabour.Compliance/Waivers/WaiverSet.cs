using System;
using System.Collections.Generic;
using System.Linq;
using ChinaLabour.Compliance.Catalogue;
using ChinaLabour.Compliance.Checking;
using ChinaLabour.Compliance.Yaml;

namespace ChinaLabour.Compliance.Waivers;

/// <summary>
/// The waivers of one file, checked against the catalogue they waive rules of. <see cref="Apply"/> files a report's
/// violations by them on the report's own as-of date, so that an expired waiver stops applying without anyone
/// removing it.
/// </summary>
/// <threadsafety>Immutable; safe to share across threads.</threadsafety>
public sealed class WaiverSet
{
    internal WaiverSet(IReadOnlyList<Waiver> waivers) => Waivers = waivers;

    /// <summary>The waivers, in file order.</summary>
    public IReadOnlyList<Waiver> Waivers { get; }

    /// <summary>
    /// Reads a waiver file (docs/waivers.md). Never throws for bad text: every problem is a diagnostic with its line
    /// and column — bad YAML, unknown or missing keys, bad dates, an expiry before the grant, a rule or duty the
    /// catalogue does not hold, an employer not among <paramref name="knownEmployers"/>, a repeated waiver id.
    /// </summary>
    /// <param name="text">The file's text.</param>
    /// <param name="path">The file's path as diagnostics name it.</param>
    /// <param name="rules">The rules of the catalogue the waivers are applied with (<see cref="RuleCatalogue.Rules"/>).</param>
    /// <param name="knownEmployers">The employer ids the waivers may name; <see langword="null"/> to accept any.</param>
    /// <returns>The waivers, or every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/>, <paramref name="path"/> or <paramref name="rules"/> is null.</exception>
    public static WaiverLoadResult Load(string text, string path, IReadOnlyList<Rule> rules, IReadOnlySet<string>? knownEmployers = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(rules);
        var diagnostics = new DiagnosticBag(path);
        var waivers = WaiverFileParser.Parse(text, rules, knownEmployers, diagnostics);
        return diagnostics.HasErrors
            ? new WaiverLoadResult(null, diagnostics.ToSortedList())
            : new WaiverLoadResult(new WaiverSet(waivers), []);
    }

    /// <summary>Files the violations of <paramref name="report"/> by the waivers for its employer, on its as-of date.</summary>
    /// <param name="report">The report of one check.</param>
    /// <returns>The report with its violations filed; the report's outcomes are unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public WaiverFiling Apply(CheckReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var mine = Waivers.Where(w => string.Equals(w.EmployerId, report.EnterpriseId, StringComparison.Ordinal)).ToArray();
        var inForce = mine.Where(w => w.InForceOn(report.AsOf)).ToArray();
        var waived = report.Violations
            .Select(r => (Result: r, Waiver: inForce.FirstOrDefault(w => w.Matches(r))))
            .Where(x => x.Waiver is not null)
            .Select(x => new WaivedResult(x.Result, x.Waiver!))
            .ToArray();
        var expired = mine
            .Where(w => w.Expires < report.AsOf)
            .Select(w => new ExpiredWaiver(w, report.Violations.Where(r => w.Matches(r) && !waived.Any(x => ReferenceEquals(x.Result, r))).ToArray()))
            .ToArray();
        var unused = inForce.Where(w => !waived.Any(x => ReferenceEquals(x.Waiver, w))).ToArray();
        var pending = mine.Where(w => report.AsOf < w.Granted).ToArray();
        return new WaiverFiling(report, waived, expired, unused, pending);
    }
}
