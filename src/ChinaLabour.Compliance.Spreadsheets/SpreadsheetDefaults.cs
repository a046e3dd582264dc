namespace ChinaLabour.Compliance.Spreadsheets;

/// <summary>The spreadsheet reader's limits by default, in one place (docs/import-format.md explains each).</summary>
internal static class SpreadsheetDefaults
{
    /// <summary>
    /// Excel's own limit for a cell: whatever a spreadsheet program wrote fits, and a longer CSV cell could not be opened
    /// in one without being cut.
    /// </summary>
    public const int MaxCellLength = 32_767;

    /// <summary>
    /// 32 cells at the cell limit, a hundred times any real record (the widest table has about 50 columns); it bounds
    /// what one record holds in memory, a row of a million empty cells included.
    /// </summary>
    public const int MaxRowLength = 1_048_576;

    /// <summary>
    /// A workbook Excel writes takes about 30 bytes a cell unpacked (an HR export of 200,000 rows and 9 columns: 56 MB of
    /// sheet and 12 MB of shared strings), so a province's workbook with a full million-row workers sheet and its
    /// companion sheets comes to 1–1.5 GB; beyond 2 GiB a workbook takes many minutes to read, and CSV is the way.
    /// </summary>
    public const long MaxUncompressedSize = 2L * 1024 * 1024 * 1024;

    /// <summary>
    /// The reader holds the shared-string table in memory whole, once for each sheet being read (up to one per table):
    /// 128 MiB is twice the table of a million-worker export (about 60 bytes of unique ids and ID numbers a row).
    /// </summary>
    public const long MaxSharedStringsSize = 128L * 1024 * 1024;
}
