namespace Compliance.Province;

/// <summary>What a generated batch holds.</summary>
/// <param name="Employers">Employer rows.</param>
/// <param name="WorkerRows">Worker rows.</param>
/// <param name="Rows">Data rows in all tables, headers not counted.</param>
internal sealed record ProvinceSummary(int Employers, long WorkerRows, long Rows);
