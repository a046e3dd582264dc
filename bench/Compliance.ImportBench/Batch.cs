using System;
using System.Globalization;
using System.IO;
using System.Text;

namespace Compliance.ImportBench;

/// <summary>A seeded CSV batch: employers, workers and one training per worker, grouped by employer; cached by size.</summary>
internal static class Batch
{
    public static string Generate(int employers, int workersEach)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"compliance-import-{employers}x{workersEach}");
        if (File.Exists(Path.Combine(folder, "done")))
        {
            return folder;
        }

        Directory.CreateDirectory(folder);
        var random = new Random(20241123);
        var utf8 = new UTF8Encoding(false);
        using (var e = new StreamWriter(Path.Combine(folder, "employers.csv"), false, utf8))
        using (var w = new StreamWriter(Path.Combine(folder, "workers.csv"), false, utf8))
        using (var t = new StreamWriter(Path.Combine(folder, "trainings.csv"), false, utf8))
        {
            e.Write("企业编号,企业名称,行政区划代码,行业代码\n");
            w.Write("企业编号,人员编号,身份证号码,用工形式,岗位编号,上岗日期,劳务派遣单位\n");
            t.Write("企业编号,人员编号,培训日期,学时,考核合格\n");
            for (var i = 0; i < employers; i++)
            {
                var id = string.Create(CultureInfo.InvariantCulture, $"E{i:D7}");
                e.Write(string.Create(CultureInfo.InvariantCulture, $"{id},示例企业{i},140602,0610\n"));
                for (var j = 0; j < workersEach; j++)
                {
                    var dispatched = random.Next(10) == 0;
                    var start = new DateOnly(2015, 1, 1).AddDays(random.Next(3000));
                    w.Write(string.Create(CultureInfo.InvariantCulture,
                        $"{id},W{j:D5},1406021990{random.Next(1, 13):D2}{random.Next(1, 29):D2}{random.Next(1000):D3}X,{(dispatched ? "劳务派遣" : "劳动合同")},P1,{start:yyyy-MM-dd},{(dispatched ? "示例人力资源公司" : string.Empty)}\n"));
                    t.Write(string.Create(CultureInfo.InvariantCulture, $"{id},W{j:D5},{start.AddDays(-3):yyyy/M/d},24,是\n"));
                }
            }
        }

        File.WriteAllText(Path.Combine(folder, "done"), string.Empty);
        return folder;
    }

    /// <summary>The same batch as one workbook (Chinese headers, date cells), written once beside the CSV files.</summary>
    public static string Workbook(string folder)
    {
        var path = folder + ".xlsx";
        if (!File.Exists(path))
        {
            var snapshots = new System.Collections.Generic.List<ChinaLabour.Compliance.Snapshots.EmployerSnapshot>();
            foreach (var employer in ChinaLabour.Compliance.Spreadsheets.SpreadsheetBatch.Open(folder).Batch!.Employers())
            {
                snapshots.Add(employer.Snapshot!);
            }

            ChinaLabour.Compliance.Spreadsheets.SpreadsheetWriter.WriteWorkbook(snapshots, path);
        }

        return path;
    }
}
