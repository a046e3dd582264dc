using System;
using System.IO;
using FluentAssertions;
using Xunit;
using Xunit.Abstractions;

namespace Compliance.Cli.Tests;

/// <summary>A user's mistakes with <c>--out</c> and <c>--parallel</c>: one line on standard error, naming the option and the value, and exit 2; never a stack trace.</summary>
public sealed class UsageErrorTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("usage-").FullName;
    private readonly ITestOutputHelper _output;

    public UsageErrorTests(ITestOutputHelper output) => _output = output;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Batch_out_in_a_folder_that_does_not_exist()
    {
        var missing = Path.Combine(_folder, "no-such-folder");
        var value = Path.Combine(missing, "out");

        OneLine(Cli.Run("batch", Cli.Samples, "--out", value)).Should().Be(UsageErrors.ParentMissing(value, missing));
        Directory.Exists(missing).Should().BeFalse();
    }

    [Fact]
    public void Batch_out_naming_a_file()
    {
        var file = Path.Combine(_folder, "report.txt");
        File.WriteAllText(file, "mine");

        OneLine(Cli.Run("batch", Cli.Samples, "--out", file)).Should().Be(UsageErrors.FileForFolder(file));
        File.ReadAllText(file).Should().Be("mine");
    }

    [Fact]
    public void Check_out_naming_a_folder()
    {
        OneLine(Cli.Run("check", Cli.Sample("shuozhou-coal-mine.json"), "--out", _folder)).Should().Be(UsageErrors.FolderForFile(_folder));
    }

    [Fact]
    public void Check_out_in_a_folder_that_does_not_exist()
    {
        var missing = Path.Combine(_folder, "no-such-folder");
        var value = Path.Combine(missing, "report.html");

        OneLine(Cli.Run("check", Cli.Sample("shuozhou-coal-mine.json"), "--out", value)).Should().Be(UsageErrors.ParentMissing(value, missing));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("0")]
    [InlineData("-3")]
    public void Parallel_that_is_not_a_count_of_one_or_more(string value)
    {
        OneLine(Cli.Run("batch", Cli.Samples, "--out", Path.Combine(_folder, "out"), "--parallel", value))
            .Should().Be($"error: {UsageErrors.Parallel(value)} (run with --help for usage)");
    }

    [Theory]
    [InlineData("--max-cell-length", "0", 2147483647L)]
    [InlineData("--max-cell-length", "2147483648", 2147483647L)]
    [InlineData("--max-workbook-size", "2G", 9223372036854775807L)]
    public void A_limit_that_is_not_a_positive_whole_number(string option, string value, long max)
    {
        OneLine(Cli.Run("batch", Cli.Tables, "--out", Path.Combine(_folder, "out"), option, value))
            .Should().Be($"error: {UsageErrors.Limit(option, value, max)} (run with --help for usage)");
    }

    [Fact]
    public void Check_given_a_folder_or_a_file_that_is_not_there()
    {
        OneLine(Cli.Run("check", _folder, "--as-of", "2024-06-30")).Should().Be(UsageErrors.FolderForSnapshot(_folder));
        var missing = Path.Combine(_folder, "missing.json");
        OneLine(Cli.Run("check", missing, "--as-of", "2024-06-30")).Should().Be(UsageErrors.NoSnapshot(missing));
    }

    [Theory]
    [InlineData("2024-02-30", "error: --as-of '2024-02-30' is not a date that exists: February 2024 has 29 days")]
    [InlineData("2023-13-01", "error: --as-of '2023-13-01' is not a date that exists: there is no month 13; write the date yyyy-MM-dd")]
    [InlineData("30/06/2024", "error: --as-of must be a date written yyyy-MM-dd, e.g. 2024-06-30; found '30/06/2024'")]
    public void As_of_a_date_that_does_not_exist_is_said_to_be_impossible(string value, string expected)
    {
        OneLine(Cli.Run("check", Cli.Sample("shuozhou-coal-mine.json"), "--as-of", value)).Should().Be(expected);
    }

    [Fact]
    public void Out_in_a_folder_that_cannot_be_written()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var locked = Path.Combine(_folder, "locked");
        Directory.CreateDirectory(locked);
        File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        try
        {
            if (Environment.UserName == "root" || CanWrite(locked))
            {
                // Root writes through chmod 555, so there is no mistake to make here: the assertion is skipped, said so in the test's output.
                _output.WriteLine("skipped: running as root, where a chmod 555 folder can still be written");
                return;
            }

            var batch = Path.Combine(locked, "out");
            OneLine(Cli.Run("batch", Cli.Samples, "--as-of", "2024-06-30", "--out", batch)).Should().StartWith($"error: --out '{batch}': cannot write there (");
            var report = Path.Combine(locked, "report.html");
            OneLine(Cli.Run("check", Cli.Sample("shuozhou-coal-mine.json"), "--as-of", "2024-06-30", "--out", report)).Should().StartWith($"error: --out '{report}': cannot write there (");
        }
        finally
        {
            File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    private static bool CanWrite(string folder)
    {
        try
        {
            File.WriteAllText(Path.Combine(folder, "probe"), string.Empty);
            File.Delete(Path.Combine(folder, "probe"));
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>The one line of standard error of a run that exited 2 and wrote nothing to standard output.</summary>
    private static string OneLine((int Exit, string Out, string Err) run)
    {
        run.Exit.Should().Be(ExitCodes.BadInput, run.Err);
        run.Out.Should().BeEmpty();
        run.Err.Should().NotContain("   at ");
        var lines = run.Err.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        lines.Should().ContainSingle(run.Err);
        return lines[0];
    }
}
