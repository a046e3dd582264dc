using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Xml.Linq;
using FluentAssertions;
using Xunit;

namespace Compliance.Cli.Tests;

/// <summary><c>batch --format json --format sarif --format junit</c>: every format from one run, valid and listed in the manifest.</summary>
public sealed class BatchFormatsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("batch-formats-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void The_300_employer_batch_writes_json_sarif_and_junit_from_one_run_each_valid_and_in_the_manifest()
    {
        var output = Path.Combine(_folder, "out");

        var (exit, _, _) = Cli.Run("batch", Cli.Batch, "--as-of", "2024-06-30", "--out", output, "--format", "json", "--format", "sarif", "--format", "junit");

        exit.Should().Be(1);
        var sarifText = File.ReadAllText(Path.Combine(output, "report.sarif"));
        Schemas.SarifErrors(sarifText).Should().BeEmpty();
        Schemas.JUnitErrors(Path.Combine(output, "junit.xml")).Should().BeEmpty();
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(output, "manifest.json")));
        var root = manifest.RootElement;
        root.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("name").GetString()).Should()
            .Equal("reports.jsonl", "catalogue.json", "summary.csv", "violations.csv", "rejected.csv", "not-checked.csv", "report.xlsx", "report.html", "pass-rates.csv", "report.sarif", "junit.xml");
        root.GetProperty("options").GetProperty("formats").GetString().Should().Be("json,sarif,junit");

        // The same findings in every format: SARIF's failures, JUnit's failures and the manifest's violations.
        var violations = root.GetProperty("counts").GetProperty("violations").GetInt32();
        using var sarif = JsonDocument.Parse(sarifText);
        sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Count(r => r.GetProperty("kind").GetString() == "fail").Should().Be(violations);
        var suites = XDocument.Load(Path.Combine(output, "junit.xml")).Root!.Elements("testsuite").ToArray();
        suites.Should().HaveCount(root.GetProperty("counts").GetProperty("checked").GetInt32());
        suites.Sum(s => int.Parse(s.Attribute("failures")!.Value, System.Globalization.CultureInfo.InvariantCulture)).Should().Be(violations);
        suites.Select(s => s.Attribute("id")!.Value).Should().Equal(Enumerable.Range(0, suites.Length).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Without_format_a_batch_writes_what_it_always_did_and_a_later_run_removes_the_extra_formats()
    {
        var output = Path.Combine(_folder, "out");
        var input = Path.Combine(_folder, "in");
        Directory.CreateDirectory(input);
        foreach (var file in Directory.GetFiles(Cli.Batch, "employer-00*.json").Order(StringComparer.Ordinal).Take(5))
        {
            File.Copy(file, Path.Combine(input, Path.GetFileName(file)));
        }

        Cli.Run("batch", input, "--as-of", "2024-06-30", "--out", output, "--format", "sarif", "--format", "junit");
        File.Exists(Path.Combine(output, "report.sarif")).Should().BeTrue();

        Cli.Run("batch", input, "--as-of", "2024-06-30", "--out", output);

        File.Exists(Path.Combine(output, "report.sarif")).Should().BeFalse("a run's folder holds that run's outputs only");
        File.Exists(Path.Combine(output, "junit.xml")).Should().BeFalse();
        File.ReadAllText(Path.Combine(output, "manifest.json")).Should().NotContain("formats").And.NotContain("report.sarif");
    }
}
