using System.Collections.Generic;

namespace Compliance.Cli;

/// <summary>
/// What <c>diff</c> reads of one employer's report: the catalogue hash, the date, the violated results in full and
/// every rule's outcome (read per report, and dropped once the report is compared).
/// </summary>
internal sealed record EmployerFindings(
    string EmployerId,
    string CatalogueHash,
    string AsOf,
    int Line,
    IReadOnlyDictionary<string, ViolatedFinding> Violated,
    IReadOnlyDictionary<string, string> Outcomes);
