using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Compliance.Import;

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

    public static string NoSnapshot(string why) => "expected the rows to make a snapshot, found: " + why;

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
}
