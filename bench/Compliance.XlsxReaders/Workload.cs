using System;
using System.Globalization;
using System.IO;

namespace Compliance.XlsxReaders;

/// <summary>
/// An HR worker export of <c>rows</c> workers, seeded and deterministic, cached in the temp folder. Sheet
/// "workers": a header row, then one row per worker; before each fifth of the workers two sheet rows are left out
/// (fully empty rows), one row in the middle is an explicit empty <c>&lt;row/&gt;</c> with a custom height, and
/// one worker row has only employerId, id and directedByEmployer (a row with gaps). A second sheet "说明" holds a
/// note, so that sheet listing has something to list.
/// </summary>
internal static class Workload
{
    public const int Columns = 9;

    private static readonly string[] s_header =
        ["employerId", "id", "idNumber", "form", "postId", "start", "end", "agency", "directedByEmployer"];

    private static readonly string[] s_agencies =
    [
        "山西晋才人力资源服务有限公司", "朔州市恒通劳务派遣有限公司", "大同众信人力资源有限公司", "忻州诚达劳务服务有限公司",
        "太原鑫源人力资源开发有限公司", "吕梁安泰劳务派遣有限公司",
    ];

    private static readonly string[] s_regions = ["140602", "140603", "140621", "140622", "140623", "140624", "140681", "140105"];
    private static readonly int[] s_weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    public static string Ensure(int rows, int seed)
    {
        var folder = Path.Combine(Path.GetTempPath(), "compliance-xlsx-readers");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"workers-{rows}-seed{seed}-v1.xlsx"));
        if (File.Exists(path))
        {
            return path;
        }

        var partial = path + ".partial";
        Write(partial, rows, seed);
        File.Move(partial, path, overwrite: true);
        return path;
    }

    private static void Write(string path, int rows, int seed)
    {
        var random = new Random(seed);
        var fifth = Math.Max(rows / 5, 1);
        var emptyRowAt = rows / 2 + 1;
        var gapRowAt = rows / 4 + 1;
        var lastRow = 1 + rows + 2 * ((rows - 1) / fifth) + 1;

        using var writer = new SheetWriter(path);
        writer.StartSheet("workers", "A1:I" + lastRow.ToString(CultureInfo.InvariantCulture));
        writer.StartRow(1);
        for (var c = 0; c < Columns; c++)
        {
            writer.Text(c, s_header[c]);
        }

        writer.EndRow();

        var row = 1;
        for (var i = 0; i < rows; i++)
        {
            row++;
            if (i > 0 && i % fifth == 0)
            {
                row += 2;
            }

            if (i == emptyRowAt)
            {
                writer.StartRow(row, customHeight: true);
                writer.EndRow();
                row++;
            }

            writer.StartRow(row);
            Worker(writer, random, i, gap: i == gapRowAt);
            writer.EndRow();
        }

        writer.StartSheet("说明", "A1:A2");
        writer.StartRow(1);
        writer.Text(0, "职工花名册导出（基准测试用，随机生成）");
        writer.EndRow();
        writer.StartRow(2);
        writer.Text(0, string.Create(CultureInfo.InvariantCulture, $"{rows} 行，种子 {seed}"));
        writer.EndRow();
    }

    private static void Worker(SheetWriter writer, Random random, int index, bool gap)
    {
        writer.Text(0, "E" + random.Next(1, 2000).ToString("D6", CultureInfo.InvariantCulture));
        writer.Text(1, "W" + (index + 1).ToString("D8", CultureInfo.InvariantCulture));
        var dispatched = random.Next(100) < 30;
        var birth = new DateTime(1965, 1, 1).AddDays(random.Next(0, 13000));
        var idNumber = IdNumber(s_regions[random.Next(s_regions.Length)], birth, random.Next(1000));
        var post = random.Next(1, 500);
        var start = new DateTime(2005, 1, 1).AddDays(random.Next(0, 7100));
        var endRoll = random.Next(100);
        var agency = s_agencies[random.Next(s_agencies.Length)];
        var directed = random.Next(100) < 80 ? "是" : "否";
        if (gap)
        {
            writer.Text(8, directed);
            return;
        }

        writer.Text(2, idNumber);
        writer.Text(3, dispatched ? "劳务派遣" : "劳动合同");
        writer.Number(4, post);
        writer.Date(5, start);
        if (endRoll < 15)
        {
            writer.Date(6, start.AddDays(30 + endRoll * 200), SheetWriter.DateBuiltIn14);
        }
        else if (endRoll < 25)
        {
            writer.StyledEmpty(6, SheetWriter.DateBuiltIn14);
        }

        if (dispatched)
        {
            writer.Text(7, agency);
        }
        else if (endRoll >= 95)
        {
            writer.Text(7, string.Empty);
        }

        writer.Text(8, directed);
    }

    private static string IdNumber(string region, DateTime birth, int sequence)
    {
        var body = region + birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture)
            + sequence.ToString("D3", CultureInfo.InvariantCulture);
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (body[i] - '0') * s_weights[i];
        }

        return body + "10X98765432"[sum % 11];
    }
}
