namespace ChinaLabour.Compliance.Reports;

/// <summary>
/// One employer's rows of a batch's CSV tables, formatted ahead by <see cref="BatchCsvTables.Format"/> — on whatever
/// thread checked the employer — so that <see cref="BatchCsvTables.Add(BatchCsvRows)"/> only appends text.
/// </summary>
/// <threadsafety>Immutable: safe to hand from one thread to another.</threadsafety>
public sealed class BatchCsvRows
{
    internal BatchCsvRows(int critical, int major, int violations, int undecided, string id, string summary, string violationRows)
    {
        Critical = critical;
        Major = major;
        Violations = violations;
        Undecided = undecided;
        Id = id;
        Summary = summary;
        ViolationRows = violationRows;
    }

    internal int Critical { get; }

    internal int Major { get; }

    internal int Violations { get; }

    internal int Undecided { get; }

    internal string Id { get; }

    /// <summary>The employer's summary.csv row, CRLF included; ranked when the tables are complete.</summary>
    internal string Summary { get; }

    /// <summary>The employer's violations.csv rows, one per rule violated, each with its CRLF.</summary>
    internal string ViolationRows { get; }
}
