using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FluentAssertions;
using Xunit;

namespace Compliance.Cli.Tests;

/// <summary><c>batch --employer-pages</c>: a page for each employer, as <c>check --format html</c> draws it, linked from report.html.</summary>
public sealed class BatchEmployerPagesTests
{
    [Fact]
    public void By_default_each_employer_with_violations_gets_a_page_linked_from_the_batch_page()
    {
        var output = Directory.CreateTempSubdirectory("batch-pages-").FullName;
        try
        {
            Cli.Run("batch", Cli.Batch, "--as-of", "2024-06-30", "--out", output).Exit.Should().Be(1);

            // summary.csv: employer id in the second column, violated count in the sixth.
            var inBreach = File.ReadLines(Path.Combine(output, "summary.csv")).Skip(1).Select(l => l.Split(','))
                .Where(c => c[5] != "0").Select(c => c[1]).ToArray();
            inBreach.Should().NotBeEmpty().And.HaveCountLessThan(300, "the sample batch holds compliant employers too");
            var pages = Directory.GetFiles(Path.Combine(output, "employers")).Select(Path.GetFileName).ToArray();
            pages.Should().BeEquivalentTo(inBreach.Select(id => id + ".html"));
            pages.Should().OnlyContain(p => Regex.IsMatch(p!, @"^[A-Za-z0-9._-]+\.html$"));

            var batchPage = File.ReadAllText(Path.Combine(output, "report.html"));
            var links = Regex.Matches(batchPage, "<a href=\"(employers/[^\"]+)\">([^<]+)</a>").Select(m => (Href: m.Groups[1].Value, Id: m.Groups[2].Value)).ToArray();
            links.Should().Equal(inBreach.Select(id => ($"employers/{id}.html", id)), "every employer row links its own page, worst first as in summary.csv");

            var first = File.ReadAllText(Path.Combine(output, links[0].Href));
            first.Should().StartWith("<!DOCTYPE html>\n<html lang=\"en\">").And.Contain("Compliance report: 示例企业").And.Contain("<svg");
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    [Fact]
    public void Employer_pages_none_writes_no_page_and_all_writes_one_for_every_checked_employer_in_the_language_asked()
    {
        var output = Directory.CreateTempSubdirectory("batch-pages-").FullName;
        try
        {
            var none = Path.Combine(output, "none");
            var all = Path.Combine(output, "all");
            Cli.Run("batch", Cli.Batch, "--as-of", "2024-06-30", "--out", none, "--employer-pages", "none").Exit.Should().Be(1);
            Cli.Run("batch", Cli.Batch, "--as-of", "2024-06-30", "--out", all, "--employer-pages", "all", "--lang", "zh").Exit.Should().Be(1);

            Directory.Exists(Path.Combine(none, "employers")).Should().BeFalse();
            File.ReadAllText(Path.Combine(none, "report.html")).Should().NotContain("<a href=\"employers/");
            var pages = Directory.GetFiles(Path.Combine(all, "employers"));
            pages.Should().HaveCount(300);
            File.ReadAllText(pages.Order(StringComparer.Ordinal).First()).Should().Contain("<html lang=\"zh-CN\">").And.Contain("合规检查报告: 示例企业0001");

            // A second run into the same folder leaves only its own pages: none outlives its employer's findings.
            Cli.Run("batch", Cli.Batch, "--as-of", "2024-06-30", "--out", all).Exit.Should().Be(1);
            var inBreach = File.ReadLines(Path.Combine(all, "summary.csv")).Skip(1).Count(l => l.Split(',')[5] != "0");
            Directory.GetFiles(Path.Combine(all, "employers")).Should().HaveCount(inBreach).And.HaveCountLessThan(300);
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    [Fact]
    public void Ids_that_would_share_a_file_name_get_numbered_pages_in_input_order()
    {
        var input = Directory.CreateTempSubdirectory("batch-in-").FullName;
        try
        {
            // The Taiyuan sample breaks rules; three copies whose ids differ only where a file name cannot.
            foreach (var (file, id) in new[] { ("1.json", "E/1"), ("2.json", "E:1"), ("3.json", "e 1") })
            {
                var snapshot = JsonNode.Parse(File.ReadAllText(Cli.Sample("taiyuan-construction.json")))!;
                snapshot["enterprise"]!["id"] = id;
                File.WriteAllText(Path.Combine(input, file), snapshot.ToJsonString());
            }

            var output = Path.Combine(input, "out");
            Cli.Run("batch", input, "--as-of", "2024-06-30", "--out", output, "--parallel", "2").Exit.Should().Be(1);

            Directory.GetFiles(Path.Combine(output, "employers")).Select(Path.GetFileName).Order(StringComparer.Ordinal)
                .Should().Equal("E_1-2.html", "E_1.html", "e_1-3.html");
            File.ReadAllText(Path.Combine(output, "report.html")).Should()
                .Contain("<a href=\"employers/E_1.html\">E/1</a>").And.Contain("<a href=\"employers/E_1-2.html\">E:1</a>")
                .And.Contain("<a href=\"employers/e_1-3.html\">e 1</a>");
        }
        finally
        {
            Directory.Delete(input, recursive: true);
        }
    }
}
