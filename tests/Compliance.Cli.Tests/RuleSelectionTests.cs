using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using FluentAssertions;
using Xunit;

namespace Compliance.Cli.Tests;

/// <summary><c>--rule</c>, <c>--duty</c>, <c>--document</c> and <c>--severity</c> on <c>check</c> and <c>batch</c>.</summary>
public sealed class RuleSelectionTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("selection-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string[] RuleIds(params string[] selection)
    {
        var (_, output, error) = Cli.Run(["check", Cli.Sample("shuozhou-coal-mine.json"), "--as-of", "2024-06-30", "--format", "json", .. selection]);
        error.Should().BeEmpty();
        using var report = JsonDocument.Parse(output);
        return [.. report.RootElement.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("ruleId").GetString()!)];
    }

    [Fact]
    public void A_rule_glob_keeps_only_the_rules_it_matches()
    {
        var ids = RuleIds("--rule", "jin-rsbf-2022-18.*");

        ids.Should().NotBeEmpty().And.OnlyContain(id => id.StartsWith("jin-rsbf-2022-18.", StringComparison.Ordinal));
        RuleIds("--rule", "jin-rsbf-2022-18").Should().Equal(ids, "a prefix that ends before a dot selects the document's rules");
    }

    [Fact]
    public void A_document_is_named_by_its_number_its_file_or_its_id_prefix()
    {
        var byNumber = RuleIds("--document", "晋人社办发〔2022〕18号");

        byNumber.Should().NotBeEmpty().And.OnlyContain(id => id.StartsWith("jin-rsbf-2022-18.", StringComparison.Ordinal));
        RuleIds("--document", "jin-ren-she-ban-fa-2022-18").Should().Equal(byNumber);
        RuleIds("--document", "jin-rsbf-2022-18").Should().Equal(byNumber);
    }

    [Fact]
    public void Options_combine_as_and_and_values_as_or()
    {
        var critical = RuleIds("--severity", "critical");
        var ratio = RuleIds("--duty", "dispatch.ratio");

        ratio.Should().Contain(["ldhtf-2012.dispatch.ratio", "jin-rsbf-2022-18.dispatch.ratio"]);
        RuleIds("--severity", "critical", "--severity", "major").Length.Should().BeGreaterThan(critical.Length);
        RuleIds("--duty", "dispatch.ratio", "--severity", "major").Should().Equal(ratio, "every ratio rule is major");
        var (exit, _, error) = Cli.Run("check", Cli.Sample("shuozhou-coal-mine.json"), "--duty", "dispatch.ratio", "--severity", "critical");
        exit.Should().Be(2);
        error.Should().Be(UsageErrors.EmptySelection() + Environment.NewLine);
    }

    [Fact]
    public void Unselected_rules_leave_the_exit_code_too()
    {
        // The mine's violations are major and critical; its minor rules alone break nothing.
        var (exit, _, _) = Cli.Run("check", Cli.Sample("shuozhou-coal-mine.json"), "--as-of", "2024-06-30", "--severity", "minor");

        exit.Should().Be(0);
    }

    [Fact]
    public void A_mistyped_rule_id_is_refused_with_the_nearest_id()
    {
        var (exit, stdout, error) = Cli.Run("check", Cli.Sample("shuozhou-coal-mine.json"), "--rule", "jin-rsbf-2022-18.dispach.ratio");

        exit.Should().Be(2);
        stdout.Should().BeEmpty();
        error.Should().Be(UsageErrors.MatchesNothing("--rule", "jin-rsbf-2022-18.dispach.ratio", " (did you mean 'jin-rsbf-2022-18.dispatch.ratio'?)") + Environment.NewLine);
    }

    [Fact]
    public void A_mistyped_document_is_refused_with_the_nearest_document_and_every_mistake_is_told()
    {
        var (exit, _, error) = Cli.Run("check", Cli.Sample("shuozhou-coal-mine.json"), "--document", "晋人社办发〔2022〕19号", "--duty", "nothing-like-it");

        exit.Should().Be(2);
        error.Should().Contain("--document '晋人社办发〔2022〕19号' matches no rule of the catalogue (did you mean '晋人社办发〔2022〕18号'?)")
            .And.Contain("--duty 'nothing-like-it' matches no rule of the catalogue; run 'rules list'");
    }

    [Fact]
    public void A_batch_reports_only_the_selection_and_records_it_in_the_manifest()
    {
        var input = Path.Combine(_folder, "in");
        var output = Path.Combine(_folder, "out");
        Directory.CreateDirectory(input);
        foreach (var file in Directory.GetFiles(Cli.Batch, "employer-00*.json").Order(StringComparer.Ordinal).Take(5))
        {
            File.Copy(file, Path.Combine(input, Path.GetFileName(file)));
        }

        Cli.Run("batch", input, "--as-of", "2024-06-30", "--out", output, "--rule", "ldhtf-2012.*", "--severity", "major").Exit.Should().NotBe(2);

        // The records name rules by id (violated) or by position in catalogue.json (indeterminate): the catalogue file holds the selection only.
        using (var catalogue = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(output, "catalogue.json"))))
        {
            catalogue.RootElement.GetProperty("rules").EnumerateObject()
                .Should().NotBeEmpty().And.OnlyContain(r => r.Name.StartsWith("ldhtf-2012.", StringComparison.Ordinal) && r.Value.GetProperty("severity").GetString() == "major");
        }

        foreach (var line in File.ReadLines(Path.Combine(output, "reports.jsonl")))
        {
            using var report = JsonDocument.Parse(line);
            var violated = report.RootElement.TryGetProperty("violated", out var v) ? v.EnumerateArray().ToArray() : [];
            violated.Where(r => !r.GetProperty("ruleId").GetString()!.StartsWith("ldhtf-2012.", StringComparison.Ordinal)).Should().BeEmpty();
        }

        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(output, "manifest.json")));
        var options = manifest.RootElement.GetProperty("options");
        options.GetProperty("rule").GetString().Should().Be("ldhtf-2012.*");
        options.GetProperty("severity").GetString().Should().Be("major");
    }
}
