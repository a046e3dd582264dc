using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using MiniExcelLibs;

namespace Compliance.Tests.Support;

/// <summary>A temporary folder of CSV tables or a workbook, written from test text, deleted on dispose.</summary>
internal sealed class TempTables : IDisposable
{
    private static readonly Encoding s_utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    public TempTables()
    {
        Folder = Directory.CreateTempSubdirectory("tables-").FullName;
    }

    public string Folder { get; }

    public static Encoding Gb18030 { get; } = CodePagesEncodingProvider.Instance.GetEncoding(54936)!;

    /// <summary>Writes <c>name</c> (e.g. workers.csv) from lines, in UTF-8 without a byte-order mark unless told.</summary>
    public TempTables Csv(string name, string text, Encoding? encoding = null, bool bom = false)
    {
        var bytes = (encoding ?? s_utf8).GetBytes(text.Replace("\r\n", "\n", StringComparison.Ordinal));
        return Bytes(name, bom ? [0xEF, 0xBB, 0xBF, .. bytes] : bytes);
    }

    /// <summary>Writes <c>name</c> byte for byte: line breaks as given, bytes that are not text.</summary>
    public TempTables Bytes(string name, byte[] bytes)
    {
        File.WriteAllBytes(System.IO.Path.Combine(Folder, name), bytes);
        return this;
    }

    /// <summary>Writes a workbook whose sheets hold typed cells (strings, doubles, DateTimes, null), header first.</summary>
    public string Workbook(params (string Sheet, object?[][] Rows)[] sheets)
    {
        var path = System.IO.Path.Combine(Folder, "batch.xlsx");
        var content = new Dictionary<string, object>();
        foreach (var (sheet, rows) in sheets)
        {
            var header = rows[0].Select(h => (string)h!).ToArray();
            content[sheet] = rows.Skip(1).Select(r => header.Select((h, i) => (h, i)).ToDictionary(p => p.h, p => p.i < r.Length ? r[p.i] : null)).ToArray();
        }

        MiniExcel.SaveAs(path, content, overwriteFile: true);
        return path;
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
