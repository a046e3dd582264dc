using System.IO;
using FluentAssertions;
using Xunit;

namespace Compliance.Cli.Tests;

/// <summary>The exit codes of a batch by what it found and how much of its input it read, and the help that lists them.</summary>
public sealed class ExitCodeTests
{
    [Fact]
    public void A_batch_that_rejected_part_of_its_input_and_found_nothing_in_the_rest_exits_3_and_one_that_read_it_all_exits_0()
    {
        var input = Directory.CreateTempSubdirectory("exit-").FullName;
        try
        {
            File.Copy(Cli.Sample("compliant-employer.json"), Path.Combine(input, "compliant-employer.json"));
            Cli.Run("batch", input, "--as-of", "2024-06-30", "--out", Path.Combine(input, "clean")).Exit.Should().Be(ExitCodes.Clean);

            File.WriteAllText(Path.Combine(input, "broken.json"), "{ \"enterprise\": ");
            var (exit, stdout, _) = Cli.Run("batch", input, "--as-of", "2024-06-30", "--out", Path.Combine(input, "partial"));

            exit.Should().Be(ExitCodes.Partial);
            stdout.Should().StartWith("2 files: 1 checked (0 with violations, 0 violations in all), 1 rejected, 0 not checked");
        }
        finally
        {
            Directory.Delete(input, recursive: true);
        }
    }

    [Fact]
    public void The_help_of_batch_and_check_lists_the_codes_the_commands_give()
    {
        var batch = Cli.Run("batch", "--help").Out;
        foreach (var code in new[] { "Exit 0:", "1: violations found", "2: nothing checked", "3: part of the input rejected", "130: interrupted" })
        {
            batch.Should().Contain(code);
        }

        var check = Cli.Run("check", "--help").Out;
        foreach (var code in new[] { "Exit 0:", "1: violations", "2: nothing checked", "130: interrupted" })
        {
            check.Should().Contain(code);
        }
    }
}
