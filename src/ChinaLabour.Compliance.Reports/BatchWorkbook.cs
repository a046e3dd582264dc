using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using ChinaLabour.Compliance.Text;

namespace ChinaLabour.Compliance.Reports;

/// <summary>
/// A batch's workbook (report.xlsx) for auditors' follow-up: one sheet per CSV table the batch wrote
/// (<see cref="BatchCsvTables"/>, or a caller's own, <see cref="Csv"/>), headers in the report's language, counts as
/// numbers a spreadsheet sorts, the header row frozen and filtered, each sheet printing on A4 landscape one page wide.
/// A column that repeats few texts (rules, documents, clauses, quotes) has them once, in the shared-string table, and
/// its cells name them by number: the violations sheet of a province was a third rule text, deflated again for each row.
/// A table longer than a sheet goes on over further sheets (<c>violations (2)</c>, …), each with the header. Each CSV is
/// read twice, a row at a time — once to measure the columns, once to write the cells straight into the zip — so no
/// table is held in memory. The zip's compression, most of the work, runs on up to eight of the machine's cores in
/// chunks of a fixed size while the cells are written; the same tables give the same bytes whatever the number of
/// cores or the machine's load.
/// </summary>
/// <threadsafety>Static and stateless: safe to call from any thread, for different outputs. It uses the thread pool for the compression and returns once all of it is done.</threadsafety>
public static class BatchWorkbook
{
    /// <summary>How many rows, the header included, a sheet of an XLSX workbook holds.</summary>
    public const int MaxSheetRows = 1_048_576;

    // Past this many, threads compressing would outrun the one writing the XML and only hold more memory.
    private const int MaxThreads = 8;

    /// <summary>
    /// The most distinct texts a column may show and still be shared: a batch's rules, documents, clauses and quotes
    /// fit many times over; employers' names, figures and evidence do not, and stay in their cells.
    /// </summary>
    internal const int MaxSharedPerColumn = 1_024;

    /// <summary>The most bytes of distinct text a shared column may hold, so that the table stays small whatever the CSV holds.</summary>
    internal const int MaxSharedBytes = 1 << 19;

    /// <summary>
    /// Writes a workbook of one sheet per CSV table: sheet <c>name</c> from the file <c>name.csv</c> in
    /// <paramref name="folder"/>, whose first line is its header.
    /// </summary>
    /// <remarks>
    /// The sheets are compressed on as many threads as there are processors, at most as many as the caller's task
    /// scheduler allows: a task on a scheduler of one thread writes the workbook on that thread alone.
    /// </remarks>
    /// <param name="output">Where the workbook goes; it is neither flushed nor closed.</param>
    /// <param name="folder">The folder of the CSV files.</param>
    /// <param name="sheets">The sheets' names, in order: summary, violations, … .</param>
    /// <param name="language">The language of the headers: Chinese, or the CSV's own English.</param>
    /// <returns>Null: the workbook was written. (A table longer than a sheet once left no workbook and said why here; it now goes on over further sheets.)</returns>
    /// <exception cref="ArgumentNullException"><paramref name="output"/>, <paramref name="folder"/> or <paramref name="sheets"/> is null.</exception>
    /// <exception cref="IOException">A CSV file cannot be read.</exception>
    public static string? Write(Stream output, string folder, IReadOnlyList<string> sheets, Language language)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(sheets);
        Write(output, folder, sheets, language, MaxSheetRows);
        return null;
    }

    /// <summary>
    /// The workbook with sheets of at most <paramref name="maxSheetRows"/> rows, header included, its entries deflated on
    /// <paramref name="threads"/> threads in chunks of <paramref name="chunkSize"/> bytes: a test's small values stand for
    /// the format's and the machine's.
    /// </summary>
    internal static void Write(
        Stream output, string folder, IReadOnlyList<string> tables, Language language, int maxSheetRows, int threads = 0, int chunkSize = ParallelDeflater.DefaultChunkSize)
    {
        var shapes = new List<TableShape>(tables.Count);
        var shared = new SharedTexts();
        foreach (var table in tables)
        {
            shapes.Add(Measure(table, Path.Combine(folder, table + ".csv"), language, shared));
        }

        var sheets = Plan(shapes, maxSheetRows - 1);
        var zip = new ZipWriter(output);
        using var deflater = new ParallelDeflater(zip, threads > 0 ? threads : Math.Clamp(Math.Min(Environment.ProcessorCount, TaskScheduler.Current.MaximumConcurrencyLevel), 1, MaxThreads), chunkSize);
        Part(deflater, "[Content_Types].xml", WorkbookXml.ContentTypes(sheets.Count));
        Part(deflater, "_rels/.rels", WorkbookXml.PackageRelationships());
        Part(deflater, "xl/workbook.xml", WorkbookXml.Workbook(sheets));
        Part(deflater, "xl/_rels/workbook.xml.rels", WorkbookXml.WorkbookRelationships(sheets.Count));
        Part(deflater, "xl/styles.xml", WorkbookXml.Styles());
        deflater.Begin("xl/sharedStrings.xml");
        SheetXml.SharedStrings(deflater, shared);
        deflater.End();
        var number = 0;
        foreach (var shape in shapes)
        {
            using var csv = new CsvReader(Path.Combine(folder, shape.Name + ".csv"));
            csv.Read();
            foreach (var sheet in sheets)
            {
                if (sheet.Table != shape)
                {
                    continue;
                }

                number++;
                deflater.Begin(string.Create(CultureInfo.InvariantCulture, $"xl/worksheets/sheet{number}.xml"));
                var xml = new SheetXml(deflater, sheet, language, shared, selected: number == 1);
                xml.Begin();
                for (var row = 0L; row < sheet.Rows && csv.Read(); row++)
                {
                    xml.Row(csv);
                }

                xml.End();
                deflater.End();
            }
        }

        zip.Finish();
    }

    /// <summary>
    /// The measuring pass: the header, each column's longest text, how many rows follow the header, and which columns
    /// repeat few texts; those texts join <paramref name="shared"/>, column by column in the order first seen.
    /// </summary>
    private static TableShape Measure(string name, string path, Language language, SharedTexts shared)
    {
        using var csv = new CsvReader(path);
        csv.Read();
        var header = new string[csv.Count];
        for (var i = 0; i < header.Length; i++)
        {
            header[i] = Encoding.UTF8.GetString(csv[i]);
        }

        var longest = Array.ConvertAll(header, h => WorkbookColumns.Measure(WorkbookColumns.Header(h, language)));

        // Counts are numbers, never shared; any other column is, until it shows too many texts.
        var seen = Array.ConvertAll(header, h => WorkbookColumns.IsCount(h) ? null : new SharedTexts());
        var held = new long[header.Length];
        var rows = 0L;
        while (csv.Read())
        {
            rows++;
            for (var i = 0; i < csv.Count && i < longest.Length; i++)
            {
                var text = csv[i];
                longest[i] = Math.Max(longest[i], WorkbookColumns.Measure(text));
                // Added, then the column judged if the text was new to it: one lookup a cell.
                if (seen[i] is { } texts && !text.IsEmpty)
                {
                    var known = texts.Count;
                    texts.Add(text);
                    if (texts.Count > known && ((held[i] += text.Length) > MaxSharedBytes || texts.Count > MaxSharedPerColumn))
                    {
                        seen[i] = null;
                    }
                }
            }
        }

        foreach (var texts in seen)
        {
            foreach (var text in texts?.Texts ?? [])
            {
                shared.Add(text);
            }
        }

        return new TableShape(name, header, longest, rows, Array.ConvertAll(seen, s => s is not null));
    }

    /// <summary>Each table's sheets, in order: one, or as many as its rows need, named <c>name</c>, <c>name (2)</c>, … .</summary>
    private static List<WorkbookSheet> Plan(List<TableShape> shapes, long rowsPerSheet)
    {
        var sheets = new List<WorkbookSheet>();
        foreach (var shape in shapes)
        {
            var left = shape.Rows;
            for (var part = 1; part == 1 || left > 0; part++)
            {
                var rows = Math.Min(left, rowsPerSheet);
                sheets.Add(new WorkbookSheet(part == 1 ? shape.Name : string.Create(CultureInfo.InvariantCulture, $"{shape.Name} ({part})"), shape, rows));
                left -= rows;
            }
        }

        return sheets;
    }

    private static void Part(ParallelDeflater deflater, string name, string xml)
    {
        deflater.Begin(name);
        deflater.Write(xml);
        deflater.End();
    }
}
