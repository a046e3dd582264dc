using System;
using System.IO;
using System.Linq;
using FluentAssertions;
using Xunit;

namespace Compliance.Cli.Tests;

/// <summary><c>check</c> with several <c>--format</c> values: one file per format in the <c>--out</c> folder.</summary>
public sealed class CheckFormatsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("check-formats-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Several_formats_write_one_file_each_into_the_out_folder_the_same_as_each_alone()
    {
        var output = Path.Combine(_folder, "reports");

        var (exit, stdout, error) = Cli.Run("check", Cli.Sample("shuozhou-coal-mine.json"), "--as-of", "2024-06-30",
            "--format", "text", "--format", "json", "--format", "html", "--format", "sarif", "--format", "junit", "--out", output);

        exit.Should().Be(1);
        error.Should().BeEmpty();
        stdout.Should().BeEmpty();
        Directory.GetFiles(output).Select(Path.GetFileName).Should().BeEquivalentTo("report.txt", "report.json", "report.html", "report.sarif", "junit.xml");
        foreach (var (format, file) in new[] { ("text", "report.txt"), ("json", "report.json"), ("sarif", "report.sarif") })
        {
            File.ReadAllText(Path.Combine(output, file)).Should().Be(Cli.Run("check", Cli.Sample("shuozhou-coal-mine.json"), "--as-of", "2024-06-30", "--format", format).Out, format);
        }

        Schemas.JUnitErrors(Path.Combine(output, "junit.xml")).Should().BeEmpty();
    }

    [Fact]
    public void Several_formats_without_out_are_refused_before_anything_is_checked()
    {
        var (exit, stdout, error) = Cli.Run("check", Cli.Sample("shuozhou-coal-mine.json"), "--format", "json", "--format", "sarif");

        exit.Should().Be(2);
        stdout.Should().BeEmpty();
        error.Should().Be(UsageErrors.SeveralFormatsNeedFolder("json --format sarif") + Environment.NewLine);
    }

    [Fact]
    public void Several_formats_into_a_file_are_refused()
    {
        var file = Path.Combine(_folder, "report.json");
        File.WriteAllText(file, "{}");

        var (exit, _, error) = Cli.Run("check", Cli.Sample("shuozhou-coal-mine.json"), "--format", "json", "--format", "sarif", "--out", file);

        exit.Should().Be(2);
        error.Should().Be(UsageErrors.FileForFormats(file) + Environment.NewLine);
        File.ReadAllText(file).Should().Be("{}");
    }
}
