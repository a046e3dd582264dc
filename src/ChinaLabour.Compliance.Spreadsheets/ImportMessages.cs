using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace ChinaLabour.Compliance.Spreadsheets;

/// <summary>
/// Every message of a spreadsheet import, in one place: each says what was expected, what was found (values already
/// quoted, personal data masked), and what happened to the data. Tests assert on these texts.
/// </summary>
internal static class ImportMessages
{
    public const string EmptyEmployerId = "expected the employer's id, found an empty cell; the employer was not checked";

    public const string EmptyRowEmployerId = "expected the id of the employer the row belongs to, found an empty cell; the row was left out";

    public static string RowLeftOut(string message) => message + "; the row was left out";

    public static string EmptyParentId(string parent) => $"expected the id of the {parent} the row belongs to, found an empty cell";

    public static string UnknownParent(string parent, string employerId, string collection, string quoted) =>
        $"expected a {parent} id of employer {employerId} in the {collection} table, found {quoted}, which is not there";

    public static string BadId(string quoted) => $"expected an id, found {quoted}";

    public static string EmptyRecordId(string record) => $"expected the {record}'s id, found an empty cell";

    public static string ValueLeftEmpty(string expected, string quoted, string field) => $"expected {expected}, found {quoted}; {field} is left empty";

    public static string RepeatedEmployer(string quoted, IEnumerable<int> rows) =>
        $"expected each employer id once, found {quoted} on rows {string.Join(", ", rows.Select(r => r.ToString(CultureInfo.InvariantCulture)))}; no row of it can be told apart, so the employer was not checked";

    public static string Unreadable(string what) => "expected a folder of CSV files or an .xlsx workbook that can be read, found: " + what;

    public static string NoEmployersTable(string names) => $"expected an employers table ({names}, as a .csv file in the folder or a sheet of the workbook), found none";

    public static string UnknownFile(string tables, string name) => $"expected a file named after a table ({tables}), found {name}; it was not read";

    public static string SecondFile(string table, string name) => $"expected one file for the {table} table, found a second ({name}); merge them or remove one";

    public static string UnknownSheet(string tables, string sheet) => $"expected a sheet named after a table ({tables}), found \"{sheet}\"; it was not read";

    public static string SecondSheet(string table, string sheet) => $"expected one sheet for the {table} table, found a second (\"{sheet}\"); merge them or remove one";

    public static string NoParentTable(string collection, string table) =>
        $"expected a {collection} table for the {table} rows to belong to, found none; the {table} table was not read";

    public static string SheetFull(int rows) => string.Create(CultureInfo.InvariantCulture,
        $"expected a sheet with room to spare, found one filled to its last row ({rows:N0}): what did not fit was cut off when it was exported; export the batch as CSV files, which have no row limit");

    public static string UnknownEmployer(string quoted) =>
        $"expected the id of an employer in the employers table, found {quoted}, which is not there; the row was left out";

    public static string OutOfOrder(string quoted, string quotedBefore, string table) =>
        $"expected the rows of each employer together and in the employers table's order, found a row of {quoted} after rows of {quotedBefore}, which the employers table lists later; sort the {table} table into the employers' order (by employer id when the employers table is sorted by id) and run again — the batch was not checked, so no employer is judged on part of its rows";

    public static string BadBytes(string detail) => $"expected text in the file's encoding, found bytes it cannot hold ({detail}); name the encoding with --encoding (utf-8, gb18030)";

    public static string UnreadableTable(string what) => "expected a table that can be read, found: " + what;

    public static string NoHeader(bool sheet) => $"expected a header row, found an empty {(sheet ? "sheet" : "file")}";

    public static string UnknownHeader(string table, string written) =>
        $"expected one of the {table} table's headers (docs/import-format.md), found \"{written}\"; the column was not read";

    public static string SecondColumn(string field, string first) => $"expected one column for {field}, found a second (\"{first}\" came first); this one was not read";

    public static string NoKeyColumn(string headers) => $"expected a column {headers} to place each row, found none among the headers";

    public static string UnclosedQuote(int line, int character) => Invariant(
        $"expected a closing quote for the cell opened by the quote at line {line}, character {character}, found the end of the file: every later line would have been read into that cell; close the quote (a quote inside a quoted cell is written twice: \"\")");

    public static string StrayQuote(int line, int character) => Invariant(
        $"expected a quote only at the start of a cell, found one inside a cell not in quotes at line {line}, character {character}; where this cell and the next ones end is not known, so the row was left out: put the whole cell in quotes and write the quote twice (\"5\"\" pipe\" for 5\" pipe)");

    public static string TextAfterQuote(int line, int character) => Invariant(
        $"expected a comma or the end of the line after a cell's closing quote, found more text at line {line}, character {character}; where this cell and the next ones end is not known, so the row was left out: write each quote inside a quoted cell twice (\"5\"\" pipe\" for 5\" pipe)");

    public static string CellTooLong(int limit, (int Line, int Character)? quote = null) => Invariant(
        $"expected a cell of at most {limit:N0} characters (the limit SpreadsheetOptions.MaxCellLength; batch --max-cell-length on the command line), found a longer one; the row was left out: raise the limit if the cell is meant to be that long")
        + (quote is (var line, var character)
            ? Invariant($"; the cell opens with a quote at line {line}, character {character}: if that quote is never closed, the cell runs on through the rest of the file")
            : string.Empty);

    public static string RowTooLong(int limit) => Invariant(
        $"expected a record of at most {limit:N0} characters (the limit SpreadsheetOptions.MaxRowLength; batch --max-row-length on the command line), found a longer one; the row was left out: raise the limit if the record is meant to be that long");

    public static string WorkbookTooLarge(long total, long limit, string largest, long largestSize) => Invariant(
        $"expected a workbook that unpacks to at most {limit:N0} bytes (the limit SpreadsheetOptions.MaxUncompressedSize; batch --max-workbook-size on the command line), found {total:N0} ({largest} alone {largestSize:N0}); the workbook was not unpacked: raise the limit, or export the batch as CSV files");

    public static string SharedStringsTooLarge(long size, long limit) => Invariant(
        $"expected a shared-string table (xl/sharedStrings.xml) of at most {limit:N0} bytes unpacked (the limit SpreadsheetOptions.MaxSharedStringsSize; batch --max-shared-strings-size on the command line), found {size:N0}: the reader holds it in memory whole; raise the limit on a machine with the memory, or export the batch as CSV files");

    public static string PartLongerThanDeclared(string part, long declared) => Invariant(
        $"expected {part} to unpack to the {declared:N0} bytes its zip directory declares, found more; the workbook is damaged or hostile and was not read: open and save it again, or export it again");

    public static string Dtd(string part, int line, int position) => Invariant(
        $"expected workbook XML without a document type declaration (DTD), found one in {part} at line {line}, position {position}; spreadsheet programs never write one, and it could make a reader expand entities or fetch files, so it was not read: export the workbook again");

    public static string BadXml(string part, int line, int position, string detail) => Invariant(
        $"expected well-formed XML in {part}, found at line {line}, position {position}: {detail}; the workbook is damaged: open and save it again, or export it again");

    public static string SharedStringOutOfRange(string found, int count) => Invariant(
        $"expected the number of a shared string, below {count:N0} (the strings xl/sharedStrings.xml holds), found \"{found}\"; the cell is left empty: open and save the workbook again in the program that made it, or export it again");

    public static string ExtraCells(int headers, int cells, string first, string last, string outcome) => Invariant(
        $"expected at most {headers} cells, one under each header, found {cells} (cells {first} to {last} have no header): a comma in a cell that is not in quotes splits it and moves every later value one column to the right; put such a cell in quotes (\"甲,乙\"); {outcome}");

    public const string RowOutcome = "the row was left out";

    public const string EmployerOutcome = "the employer was not checked";

    public const string Unheaded = "expected a header above every column that holds values, found values under none from this row on; the column was not read: give it a header (docs/import-format.md) or clear it";

    public static string NotPositive(string option, long value) => Invariant(
        $"SpreadsheetOptions.{option}: expected a positive limit, found {value}");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
