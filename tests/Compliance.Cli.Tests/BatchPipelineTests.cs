using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Compliance.Province;
using FluentAssertions;
using Xunit;

namespace Compliance.Cli.Tests;

/// <summary>
/// The batch as a pipeline (import, check on N threads, serialise, write in input order): one thread and two write the
/// same bytes in every file, in either detail; the summary records hold only what needs acting on and count the rest.
/// </summary>
public sealed class BatchPipelineTests
{
    [Theory]
    [InlineData("summary")]
    [InlineData("full")]
    public void One_thread_and_two_write_byte_identical_files(string detail)
    {
        var root = Directory.CreateTempSubdirectory("pipeline-").FullName;
        try
        {
            var input = Path.Combine(root, "in");
            ProvinceGenerator.Generate(input, 120, seed: 18);
            var outputs = new[] { "1", "2" }.Select(threads =>
            {
                var output = Path.Combine(root, "t" + threads);
                var (exit, _, stderr) = Cli.Run("batch", input, "--as-of", "2024-06-30", "--out", output, "--parallel", threads, "--detail", detail);
                exit.Should().Be(ExitCodes.Violations, stderr);
                return output;
            }).ToArray();

            var names = Directory.GetFiles(outputs[0], "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(outputs[0], f)).Order(StringComparer.Ordinal).ToArray();
            names.Should().Contain(["reports.jsonl", "catalogue.json", "summary.csv", "manifest.json"]);
            Directory.GetFiles(outputs[1], "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(outputs[1], f)).Order(StringComparer.Ordinal).Should().Equal(names);
            foreach (var name in names)
            {
                File.ReadAllBytes(Path.Combine(outputs[1], name)).Should().Equal(File.ReadAllBytes(Path.Combine(outputs[0], name)), name);
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_summary_record_lists_the_results_to_act_on_and_counts_the_rest(bool tables)
    {
        var folder = Directory.CreateTempSubdirectory("records-").FullName;
        var input = Path.Combine(folder, "input");
        var output = Path.Combine(folder, "run");
        try
        {
            if (tables)
            {
                // The sample tables without two of them: what they would have given is missing for every employer.
                Directory.CreateDirectory(input);
                foreach (var file in Directory.GetFiles(Cli.Tables, "*.csv").Where(f => Path.GetFileName(f) is not ("hiddenDangers.csv" or "overtime.csv")))
                {
                    File.Copy(file, Path.Combine(input, Path.GetFileName(file)));
                }
            }

            Cli.Run("batch", tables ? input : Cli.Samples, "--as-of", "2024-06-30", "--out", output, "--employer-pages", "none").Exit.Should().Be(ExitCodes.Violations);

            using var catalogue = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(output, "catalogue.json")));
            catalogue.RootElement.GetProperty("schema").GetString().Should().Be("compliance-batch-catalogue/2");
            var rules = catalogue.RootElement.GetProperty("rules").EnumerateObject().ToArray();

            // Facts the tables have no column for are named once, for the run; snapshot files can give any fact.
            var notInInput = catalogue.RootElement.GetProperty("notInInput").EnumerateObject().ToDictionary(f => f.Name, f => f.Value.EnumerateArray().Select(p => p.GetInt32()).ToHashSet());
            if (tables)
            {
                notInInput.Should().ContainKey("hiddenDangers", "the batch has no hidden-dangers table")
                    .And.ContainKey("workers[*].overtime", "the batch has no overtime table")
                    .And.NotContainKey("workers[*].trainings", "the batch has a trainings table");
            }
            else
            {
                notInInput.Should().BeEmpty();
            }

            foreach (var line in File.ReadLines(Path.Combine(output, "reports.jsonl")))
            {
                using var record = JsonDocument.Parse(line);
                var root = record.RootElement;
                root.GetProperty("schema").GetString().Should().Be("compliance-batch-record/3");
                root.GetProperty("catalogue").GetProperty("hash").GetString().Should().Be(catalogue.RootElement.GetProperty("catalogue").GetProperty("hash").GetString());
                var violated = root.TryGetProperty("violated", out var v) ? v.EnumerateArray().ToArray() : [];
                foreach (var result in violated)
                {
                    result.TryGetProperty("citation", out _).Should().BeFalse("the rules' words are in catalogue.json");
                    result.TryGetProperty("severity", out _).Should().BeFalse("the rule's severity is in catalogue.json");
                    rules.Should().Contain(r => r.Name == result.GetProperty("ruleId").GetString());
                    result.GetProperty("remedy").ValueKind.Should().Be(JsonValueKind.String, "a record speaks the run's language");
                    result.GetProperty("values").ValueKind.Should().Be(JsonValueKind.Object);
                }

                // Each indeterminate rule is named by position in catalogue.json under every fact it lacks.
                var undecided = new HashSet<int>();
                if (root.TryGetProperty("indeterminate", out var facts))
                {
                    foreach (var fact in facts.EnumerateObject())
                    {
                        var positions = fact.Value.ValueKind == JsonValueKind.Array ? fact.Value : fact.Value.GetProperty("rules");
                        undecided.UnionWith(positions.EnumerateArray().Select(p => p.GetInt32()));
                        if (fact.Name.Contains("[*]", StringComparison.Ordinal))
                        {
                            fact.Value.GetProperty("ids").GetArrayLength().Should().BeInRange(1, 5);
                        }
                    }
                }

                if (root.TryGetProperty("notInInput", out var waiting))
                {
                    tables.Should().BeTrue("only a spreadsheet batch lacks a place for a fact");
                    var positions = waiting.EnumerateArray().Select(p => p.GetInt32()).ToArray();
                    positions.Should().OnlyContain(p => notInInput.Values.Any(r => r.Contains(p)), "catalogue.json names the facts these rules wait on");
                    undecided.UnionWith(positions);
                }

                if (root.TryGetProperty("indeterminateReasons", out var reasons))
                {
                    undecided.UnionWith(reasons.EnumerateObject().Select(r => int.Parse(r.Name, System.Globalization.CultureInfo.InvariantCulture)));
                }

                undecided.Should().OnlyContain(p => p >= 0 && p < rules.Length);
                var summary = root.GetProperty("summary");
                violated.Length.Should().Be(summary.GetProperty("violated").GetInt32());
                undecided.Count.Should().Be(summary.GetProperty("indeterminate").GetInt32());
                (root.TryGetProperty("errors", out var errors) ? errors.GetArrayLength() : 0).Should().Be(summary.GetProperty("error").GetInt32());
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Stats_name_every_stage_from_the_start_to_the_manifest_and_the_collectors_work()
    {
        var output = Directory.CreateTempSubdirectory("stats-").FullName;
        try
        {
            var (exit, _, stderr) = Cli.Run("batch", Cli.Tables, "--as-of", "2024-06-30", "--out", output, "--employer-pages", "none", "--parallel", "2", "--stats");

            exit.Should().Be(ExitCodes.Violations, stderr);
            var lines = stderr.ReplaceLineEndings("\n").Split('\n');
            var stages = lines.Single(l => l.StartsWith("stages (2 thread(s), ", StringComparison.Ordinal));
            System.Text.RegularExpressions.Regex.Matches(stages, @" ([a-z]+) \d+\.\d\d s \(\d+%\)").Select(m => m.Groups[1].Value).Should().Equal(
                "start", "import", "read", "check", "serialise", "write", "waits", "workbook", "finish", "manifest");
            lines.Should().ContainSingle(l => System.Text.RegularExpressions.Regex.IsMatch(
                l, @"^collector: paused \d+\.\d\d s \(\d+%\), \d+ collections \(generation 1: \d+, generation 2: \d+\), \d+\.\d\d GB allocated$"));
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }
}
