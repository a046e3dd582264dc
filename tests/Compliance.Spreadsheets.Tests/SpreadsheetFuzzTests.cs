using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using ChinaLabour.Compliance.Spreadsheets;
using Compliance.Tests.Support;
using FluentAssertions;
using FsCheck.Fluent;
using Xunit;

namespace Compliance.Tests.Fuzzing;

/// <summary>
/// The sample employers written as CSV tables and as a workbook, then damaged the ways exports and attackers damage
/// them — quotes, separators and line breaks where they do not belong, cut and doubled text, cells past the limits,
/// formulas, DTDs, indexes that point nowhere — and read back: every read ends in employers or positioned problems,
/// never an exception; every employer row is accounted for; the same bytes read the same way twice.
/// </summary>
public sealed class SpreadsheetFuzzTests
{
    // Small limits, so that damage reaches them without writing megabytes.
    private static readonly SpreadsheetOptions s_options = new() { MaxCellLength = 200, MaxRowLength = 2_000, MaxUncompressedSize = 4_000_000, MaxSharedStringsSize = 400_000 };

    private static readonly string[] s_csvInserts =
    [
        "\"", "\"\"", ",", "\n", "\r\n", "\r", "\"x\"y", "=cmd|'/c calc'!A1", "\0", "\uFEFF", "\uD800", new string('长', 300),
        ",,,,,,,,,,,,,,,,,,,,", "\"" + new string(',', 50), "2024-02-30", "99999999999999999999", "-1",
    ];

    private static readonly string[] s_xmlInserts =
    [
        "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>", "&e;", "<", ">", "\"", "<v>999999</v>", "t=\"s\"",
        "<c r=\"ZZ99\" t=\"s\"><v>4000000</v></c>", "<x>" + new string('x', 5_000) + "</x>", "]]>", "&#0;", "\uD800",
    ];

    [Fact]
    public void Damaged_csv_tables_read_to_employers_or_positioned_problems()
    {
        var gen =
            from table in Gen.Elements(TableNames())
            from damages in Gen.Choose(1, 4)
            from edits in Gen.ArrayOf(Gen.Zip(Gen.Choose(0, int.MaxValue), Gen.Elements(s_csvInserts)).Zip(Gen.Choose(0, 3)), damages)
            select (table, edits);

        var seen = new SortedSet<string>(StringComparer.Ordinal);
        Fuzz.Check(Prop.ForAll(gen.ToArbitrary(), input =>
        {
            var folder = Directory.CreateTempSubdirectory("fuzz-csv-").FullName;
            try
            {
                SpreadsheetWriter.WriteCsv(Employers.Samples, folder);
                var path = Path.Combine(folder, input.table);
                var text = new StringBuilder(File.ReadAllText(path));
                foreach (var ((at, insert), cut) in input.edits)
                {
                    var offset = at % (text.Length + 1);
                    text.Remove(offset, Math.Min(cut, text.Length - offset)).Insert(offset, insert);
                }

                // Encoded with replacement, as a lone surrogate half cannot be written in UTF-8: it arrives as U+FFFD.
                File.WriteAllBytes(path, Encoding.UTF8.GetBytes(text.ToString()));
                ReadsToAnAccount(folder, seen);
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }), cases: 40);

        // The damage must reach the refusals and the rejections, or the property proves little.
        seen.Should().Contain([nameof(ImportConsequence.BatchRefused), nameof(ImportConsequence.RecordRejected)]);
    }

    [Fact]
    public void Damaged_workbooks_read_to_employers_or_positioned_problems()
    {
        var folder = Directory.CreateTempSubdirectory("fuzz-xlsx-").FullName;
        var original = Path.Combine(folder, "original.xlsx");
        SpreadsheetWriter.WriteWorkbook(Employers.Samples, original);
        string[] parts;
        using (var zip = ZipFile.OpenRead(original))
        {
            parts = zip.Entries.Select(e => e.FullName).Where(n => n.EndsWith(".xml", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray();
        }

        var gen =
            from part in Gen.Elements(parts)
            from damages in Gen.Choose(1, 3)
            from edits in Gen.ArrayOf(Gen.Zip(Gen.Choose(0, int.MaxValue), Gen.Elements(s_xmlInserts)).Zip(Gen.Choose(0, 20)), damages)
            select (part, edits);

        var seen = new SortedSet<string>(StringComparer.Ordinal);
        try
        {
            Fuzz.Check(Prop.ForAll(gen.ToArbitrary(), input =>
            {
                var damaged = Path.Combine(folder, "damaged.xlsx");
                File.Copy(original, damaged, overwrite: true);
                using (var zip = ZipFile.Open(damaged, ZipArchiveMode.Update))
                {
                    var entry = zip.GetEntry(input.part)!;
                    string xml;
                    using (var reader = new StreamReader(entry.Open()))
                    {
                        xml = reader.ReadToEnd();
                    }

                    var text = new StringBuilder(xml);
                    foreach (var ((at, insert), cut) in input.edits)
                    {
                        var offset = at % (text.Length + 1);
                        text.Remove(offset, Math.Min(cut, text.Length - offset)).Insert(offset, insert);
                    }

                    entry.Delete();
                    using var stream = zip.CreateEntry(input.part).Open();
                    stream.Write(Encoding.UTF8.GetBytes(text.ToString()));
                }

                ReadsToAnAccount(damaged, seen);
            }), cases: 30);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        seen.Should().Contain(nameof(ImportConsequence.BatchRefused));
    }

    private static string[] TableNames()
    {
        var folder = Directory.CreateTempSubdirectory("fuzz-tables-").FullName;
        try
        {
            SpreadsheetWriter.WriteCsv(Employers.Samples, folder);
            return Directory.EnumerateFiles(folder).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToArray();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void ReadsToAnAccount(string path, SortedSet<string> seen)
    {
        var first = Account(path);
        Account(path).Should().Equal(first, "the same bytes read the same way twice");
        foreach (var line in first)
        {
            seen.Add(line.Split('|')[0]);
        }
    }

    // What a read gave, one line each: the problems (consequence, position, message) and the employers; throws
    // nothing but the assertions' own failures.
    private static List<string> Account(string path)
    {
        var account = new List<string>();
        var opened = SpreadsheetBatch.Open(path, s_options);
        foreach (var problem in opened.Problems)
        {
            account.Add(Line(problem));
        }

        if (!opened.Success)
        {
            opened.Problems.Should().Contain(p => p.Consequence == ImportConsequence.BatchRefused, "a batch not opened says why");
            return account;
        }

        var employers = opened.Batch.Employers().ToArray();
        employers.Should().HaveCount(opened.Batch.EmployerRows, "every employer row is read or rejected, none lost");
        foreach (var employer in employers)
        {
            (employer.Snapshot is not null || employer.Problems.Count > 0).Should().BeTrue("a rejected employer says why: {0}", employer.Position);
            account.Add($"employer|{employer.Position}|{employer.EmployerId}|{employer.Rejected}");
            account.AddRange(employer.Problems.Select(Line));
        }

        return account;
    }

    private static string Line(ImportProblem problem)
    {
        problem.Source.Should().NotBeNullOrEmpty();
        problem.Message.Should().NotBeNullOrEmpty();
        problem.Message.Should().NotContain("   at ", "a problem is a sentence, not a stack trace");
        return $"{problem.Consequence}|{problem.Position}|{problem.Message}";
    }
}
