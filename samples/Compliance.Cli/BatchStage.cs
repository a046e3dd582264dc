namespace Compliance.Cli;

/// <summary>The stages of a batch's pipeline, as <c>--stats</c> times them.</summary>
internal enum BatchStage
{
    /// <summary>Reading and assembling the next employer (one thread: the input is read in order).</summary>
    Import,

    /// <summary>Reading a snapshot file (a folder of snapshots), on a checking thread.</summary>
    Read,

    /// <summary>Checking the employer against the rules, on a checking thread.</summary>
    Check,

    /// <summary>Writing the employer's record as JSON into a buffer, on a checking thread.</summary>
    Serialise,

    /// <summary>Writing the record, the tables' rows, the pages and the counts, in input order (one thread).</summary>
    Write,

    /// <summary>The writing thread waiting for the next employer in input order.</summary>
    WriterWaits,

    /// <summary>After the pipeline: writing report.xlsx from the tables (one thread).</summary>
    Workbook,

    /// <summary>After the pipeline: the tables renamed into place, catalogue.json, pass-rates.csv, SARIF, JUnit and report.html (one thread).</summary>
    Finish,
}
