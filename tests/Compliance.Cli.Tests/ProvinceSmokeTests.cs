using System;
using System.IO;
using System.Linq;
using Compliance.Province;
using FluentAssertions;
using Xunit;

namespace Compliance.Cli.Tests;

/// <summary>
/// The province generator (bench/Compliance.Province) on a small batch, through <c>batch</c> as a user runs it: every
/// employer is accounted for, a known employer's known violation is found, and a seed gives the same files twice.
/// Results only, never timings: docs/benchmarks.md has those.
/// </summary>
public sealed class ProvinceSmokeTests
{
    private const int Employers = 200;

    [Fact]
    public void A_generated_province_is_checked_employer_by_employer_and_the_same_seed_gives_the_same_files()
    {
        var root = Directory.CreateTempSubdirectory("province-").FullName;
        try
        {
            var first = Path.Combine(root, "first");
            var summary = ProvinceGenerator.Generate(first, Employers, seed: 18);
            ProvinceGenerator.Generate(Path.Combine(root, "second"), Employers, seed: 18);
            var files = Directory.GetFiles(first).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
            files.Should().Equal("certificates.csv", "employers.csv", "posts.csv", "trainings.csv", "workers.csv");
            foreach (var file in files)
            {
                File.ReadAllBytes(Path.Combine(root, "second", file!)).Should().Equal(File.ReadAllBytes(Path.Combine(first, file!)), file);
            }

            var output = Path.Combine(root, "out");
            var (exit, stdout, stderr) = Cli.Run("batch", first, "--as-of", "2024-06-30", "--out", output, "--employer-pages", "none");

            exit.Should().Be(ExitCodes.Violations, stderr);
            summary.Employers.Should().Be(Employers);
            stdout.Should().Contain($"{Employers} employers: {Employers} checked (").And.Contain("0 rejected, 0 not checked");
            File.ReadLines(Path.Combine(output, "reports.jsonl")).Count().Should().Be(Employers);
            File.ReadAllText(Path.Combine(output, "rejected.csv")).Should().NotContain("E0000", "no generated row is rejected");

            // Every 50th employer from E0000001 on dispatches a quarter of its workers.
            File.ReadLines(Path.Combine(output, "violations.csv")).Should()
                .Contain(l => l.StartsWith("E0000001,", StringComparison.Ordinal) && l.Contains(",ldhtf-2012.dispatch.ratio,", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
