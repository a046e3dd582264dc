namespace ChinaLabour.Compliance.Spreadsheets;

/// <summary>What a problem in a spreadsheet batch cost: from one field to the whole batch.</summary>
public enum ImportConsequence
{
    /// <summary>
    /// The cell could not be read, so its field is left empty: the record is kept, and a rule that needs the field is
    /// Indeterminate rather than decided on a guess.
    /// </summary>
    ValueIgnored,

    /// <summary>The row could not be placed (no id, or no such employer or parent record) and was left out.</summary>
    RecordRejected,

    /// <summary>The employer's identity is broken (no id, or an id given twice), so it was not checked.</summary>
    EmployerRejected,

    /// <summary>A column whose header is not in the vocabulary, or repeats another's field, was not read.</summary>
    ColumnIgnored,

    /// <summary>A file or sheet that is not one of the batch's tables, or cannot be joined, was not read.</summary>
    TableIgnored,

    /// <summary>The batch cannot be read as a whole (no employers table, a key column missing, rows not grouped).</summary>
    BatchRefused,
}
