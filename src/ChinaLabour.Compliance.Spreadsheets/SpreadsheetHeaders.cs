namespace ChinaLabour.Compliance.Spreadsheets;

/// <summary>Which headers and value words <see cref="SpreadsheetWriter"/> writes.</summary>
public enum SpreadsheetHeaders
{
    /// <summary>Chinese headers and words (用工形式, 劳务派遣, 是/否), as Chinese HR systems export them.</summary>
    Chinese,

    /// <summary>English headers and the snapshot's own values (form, dispatched, true/false).</summary>
    English,
}
