namespace Compliance.Cli;

/// <summary>The stages of a batch's pipeline, as <c>--stats</c> times them.</summary>
internal enum BatchStage
{
    /// <summary>Before the pipeline: the runtime started, the rules loaded and compiled, the input and the output folder opened (one thread).</summary>
    Start,

    /// <summary>Reading and assembling the next employer (one worker at a time: the input is read in order).</summary>
    Import,

    /// <summary>Reading a snapshot file (a folder of snapshots), as part of checking it.</summary>
    Read,

    /// <summary>Checking the employer against the rules.</summary>
    Check,

    /// <summary>Writing the employer's record as JSON into a buffer, and its rows of the tables as text.</summary>
    Serialise,

    /// <summary>Writing the records, the tables' rows, the pages and the counts, in input order (one worker at a time).</summary>
    Write,

    /// <summary>Workers waiting for a job: the employer next in order is still being checked and the window is full, or the input is read by another.</summary>
    Waits,

    /// <summary>After the pipeline: writing report.xlsx from the tables (one thread).</summary>
    Workbook,

    /// <summary>After the pipeline: the tables renamed into place, catalogue.json, pass-rates.csv, SARIF, JUnit and report.html (one thread).</summary>
    Finish,

    /// <summary>After the pipeline: every output hashed for manifest.json, and the manifest written (one thread, each file hashed on its own).</summary>
    Manifest,
}
