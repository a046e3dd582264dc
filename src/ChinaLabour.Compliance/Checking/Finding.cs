using System.Collections.Generic;
using ChinaLabour.Compliance.Catalogue;

namespace ChinaLabour.Compliance.Checking;

/// <summary>
/// One broken duty: the violated rules that state it, one per document — the national law first, then the local
/// documents that restate it — so that a report shows the finding once with every clause it breaks.
/// </summary>
/// <param name="Duty">The rules' shared duty key, or the rule id of a duty that stands alone.</param>
/// <param name="Severity">The gravest severity among the violated rules.</param>
/// <param name="Results">The violated rules, national first, then in catalogue order.</param>
public sealed record Finding(string Duty, Severity Severity, IReadOnlyList<RuleResult> Results)
{
    /// <summary>
    /// The rules of the same duty that applied but were not violated — a local rule looser or stricter than the
    /// national one, or one that could not be decided — so that the report shows every verdict on the duty.
    /// </summary>
    public IReadOnlyList<RuleResult> OtherVerdicts { get; init; } = [];
}
