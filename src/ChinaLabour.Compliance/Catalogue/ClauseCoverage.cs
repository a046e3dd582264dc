using System.Collections.Generic;

namespace ChinaLabour.Compliance.Catalogue;

/// <summary>One clause of a source document in the coverage matrix.</summary>
/// <param name="Clause">The clause in the document's own numbering, e.g. 二（五）, （二十一）, 34.</param>
/// <param name="Status">Whether it is encoded, a government duty, or not checkable.</param>
/// <param name="RuleIds">The rules that encode it, when encoded.</param>
/// <param name="Reason">Why it is not encoded, otherwise.</param>
public sealed record ClauseCoverage(string Clause, CoverageStatus Status, IReadOnlyList<string> RuleIds, string? Reason);
