using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using FluentAssertions;
using Xunit;

namespace Compliance.Cli.Tests;

/// <summary>
/// The batch's output folder: manifest.json says what the run was and did, the same bytes for the same input; a
/// previous run's outputs are replaced and nothing else in the folder is touched; a folder of other files is refused.
/// </summary>
public sealed class BatchOutputFolderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("batch-out-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_rerun_into_a_previous_runs_folder_replaces_its_outputs_byte_for_byte_and_leaves_other_files()
    {
        var output = Path.Combine(_folder, "out");
        Cli.Run("batch", Cli.Samples, "--as-of", "2024-06-30", "--out", output).Exit.Should().Be(1);
        var bytes = File.ReadAllBytes(Path.Combine(output, "manifest.json"));

        // What the auditor added, what a killed run left (temporaries), and a page of an employer since put right.
        File.WriteAllText(Path.Combine(output, "notes.txt"), "the auditor's own notes");
        File.WriteAllText(Path.Combine(output, ".summary.csv.partial"), "source,empl");
        File.WriteAllText(Path.Combine(output, "employers", ".E-TY-100.html.partial"), "<html");
        File.WriteAllText(Path.Combine(output, "employers", "E-TY-100.html"), "<html>a page of an earlier run</html>");

        Cli.Run("batch", Cli.Samples, "--as-of", "2024-06-30", "--out", output, "--parallel", "1").Exit.Should().Be(1);

        File.ReadAllBytes(Path.Combine(output, "manifest.json")).Should().Equal(bytes, "two runs of the same input give the same manifest");
        File.ReadAllText(Path.Combine(output, "notes.txt")).Should().Be("the auditor's own notes");
        Directory.GetFiles(output, "*.partial", SearchOption.AllDirectories).Should().BeEmpty();
        File.Exists(Path.Combine(output, "employers", "E-TY-100.html")).Should().BeFalse("E-TY-100 has no violation, so this run wrote no page for it");
        File.ReadLines(Path.Combine(output, "summary.csv")).Should().HaveCount(8);

        using var manifest = JsonDocument.Parse(bytes);
        var root = manifest.RootElement;
        root.GetProperty("complete").GetBoolean().Should().BeTrue();
        root.GetProperty("interrupted").GetBoolean().Should().BeFalse();
        root.GetProperty("asOf").GetString().Should().Be("2024-06-30");
        root.GetProperty("input").GetProperty("files").GetInt32().Should().Be(7);
        root.GetProperty("input").GetProperty("sha256").GetString().Should().Be(InputHash(Cli.Samples));
        root.GetProperty("catalogue").GetProperty("sha256").GetString().Should().MatchRegex("^[0-9a-f]{64}$");
        var counts = root.GetProperty("counts");
        counts.GetProperty("total").GetInt32().Should().Be(7);
        counts.GetProperty("checked").GetInt32().Should().Be(7);
        counts.GetProperty("rejected").GetInt32().Should().Be(0);
        counts.GetProperty("notChecked").GetInt32().Should().Be(0);
        counts.GetProperty("violations").GetInt32().Should().Be(22);
        counts.GetProperty("employersWithViolations").GetInt32().Should().Be(5);
        var results = File.ReadLines(Path.Combine(output, "reports.jsonl")).Sum(line => JsonDocument.Parse(line).RootElement.GetProperty("summary").EnumerateObject().Sum(o => o.Value.GetInt32()));
        counts.GetProperty("outcomes").EnumerateObject().Sum(o => o.Value.GetInt32()).Should().Be(results);
        root.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("name").GetString()).Should()
            .Equal("reports.jsonl", "catalogue.json", "summary.csv", "violations.csv", "rejected.csv", "not-checked.csv", "report.xlsx", "report.html", "pass-rates.csv");
        // Each file as it is on disk once the run is over: the tables are hashed while the workbook is written.
        foreach (var file in root.GetProperty("files").EnumerateArray())
        {
            var written = File.ReadAllBytes(Path.Combine(output, file.GetProperty("name").GetString()!));
            file.GetProperty("bytes").GetInt64().Should().Be(written.Length);
            file.GetProperty("sha256").GetString().Should().Be(Convert.ToHexStringLower(SHA256.HashData(written)), file.GetProperty("name").GetString());
        }

        Encoding.UTF8.GetString(bytes).Should().NotContain(_folder, "no path of this machine");
    }

    [Fact]
    public void A_folder_of_other_files_is_refused_and_left_as_it_was()
    {
        var output = Path.Combine(_folder, "mine");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "summary.csv"), "someone else's summary");

        var (exit, stdout, stderr) = Cli.Run("batch", Cli.Samples, "--as-of", "2024-06-30", "--out", output);

        exit.Should().Be(ExitCodes.BadInput);
        stdout.Should().BeEmpty();
        stderr.Should().Be(UsageErrors.NotARunFolder(output) + Environment.NewLine);
        Directory.GetFileSystemEntries(output).Should().Equal(Path.Combine(output, "summary.csv"));
        File.ReadAllText(Path.Combine(output, "summary.csv")).Should().Be("someone else's summary");
    }

    /// <summary>The input hash as README.md describes it, computed here independently.</summary>
    private static string InputHash(string folder)
    {
        var bytes = new MemoryStream();
        foreach (var file in Directory.GetFiles(folder).Where(f => Path.GetExtension(f) is ".json" or ".yaml" or ".yml").Order(StringComparer.Ordinal))
        {
            var content = File.ReadAllBytes(file);
            bytes.Write(Encoding.UTF8.GetBytes($"{Path.GetFileName(file)}\n{content.Length}\n"));
            bytes.Write(content);
        }

        return Convert.ToHexStringLower(SHA256.HashData(bytes.ToArray()));
    }
}
