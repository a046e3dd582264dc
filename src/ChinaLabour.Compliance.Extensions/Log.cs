using Microsoft.Extensions.Logging;

namespace ChinaLabour.Compliance.Extensions;

/// <summary>
/// Every message the companion logs, with fixed event ids. None names an employer, a worker or anything a snapshot
/// says: only counts, durations and the catalogue's hash and diagnostics.
/// </summary>
internal static partial class Log
{
    /// <summary>The category the messages are logged under.</summary>
    public const string Category = "ChinaLabour.Compliance";

    [LoggerMessage(EventId = 1, EventName = "CatalogueLoaded", Level = LogLevel.Information,
        Message = "Compliance catalogue loaded from {Source}: {RuleCount} rules, content hash {ContentHash}, in {ElapsedMilliseconds} ms")]
    public static partial void CatalogueLoaded(ILogger logger, string source, int ruleCount, string contentHash, long elapsedMilliseconds);

    [LoggerMessage(EventId = 2, EventName = "CatalogueFailed", Level = LogLevel.Critical,
        Message = "Compliance catalogue from {Source} did not load: {DiagnosticCount} problem(s), the first {FirstDiagnostic}")]
    public static partial void CatalogueFailed(ILogger logger, string source, int diagnosticCount, string firstDiagnostic);

    [LoggerMessage(EventId = 3, EventName = "Checked", Level = LogLevel.Debug,
        Message = "Checked an employer in {ElapsedMilliseconds} ms: {Violated} violated, {Compliant} compliant, {Indeterminate} indeterminate, {NotApplicable} not applicable, {Errors} errors")]
    public static partial void Checked(ILogger logger, double elapsedMilliseconds, int violated, int compliant, int indeterminate, int notApplicable, int errors);
}
