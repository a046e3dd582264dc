using System;
using System.Collections.Generic;
using System.Linq;
using ChinaLabour.Compliance.Checking;

namespace Compliance.Benchmarks;

/// <summary>One rule decided by hand: the outcome and the ids of the records that break it, ordered ordinally.</summary>
internal readonly record struct HandWrittenDecision(string RuleId, Outcome Outcome, string[] Evidence)
{
    /// <summary>A duty kept or not, with no records to name.</summary>
    public static HandWrittenDecision Holds(string id, bool compliant) => new(id, compliant ? Outcome.Compliant : Outcome.Violated, []);

    /// <summary>A rule that does not bind, or whose exemption holds.</summary>
    public static HandWrittenDecision NotApplicable(string id) => new(id, Outcome.NotApplicable, []);

    /// <summary>Violated by the records <paramref name="ids"/> names, compliant when it names none.</summary>
    public static HandWrittenDecision Breaking(string id, IEnumerable<string> ids)
    {
        var found = ids.Order(StringComparer.Ordinal).ToArray();
        return new(id, found.Length == 0 ? Outcome.Compliant : Outcome.Violated, found);
    }
}
