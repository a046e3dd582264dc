using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using FluentAssertions;
using Xunit;

namespace Compliance.Cli.Tests;

/// <summary>The <c>diff</c> command: two runs' reports compared, per employer and per duty.</summary>
public sealed class DiffCommandTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("diff-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void Two_batch_runs_a_quarter_apart_list_exactly_the_new_resolved_and_persisting_findings()
    {
        // The second quarter's exports: one employer put its rules in place, another lost them, a third is gone.
        var input = SecondQuarter("q2-input");
        File.Delete(Path.Combine(input, "employer-0003.json"));
        var q1 = Batch(Cli.Batch, "2024-03-31", "q1");
        var q2 = Batch(input, "2024-06-30", "q2");

        var (exit, stdout, stderr) = Cli.Run("diff", q1, q2, "--format", "json");

        stderr.Should().BeEmpty();
        exit.Should().Be(1);
        var expected = Expected(Path.Combine(q1, "reports.jsonl"), Path.Combine(q2, "reports.jsonl"));
        var diff = JsonNode.Parse(stdout)!;
        diff["schema"]!.GetValue<string>().Should().Be("compliance-diff/1");
        var actual = diff["findings"]!.AsArray()
            .Select(f => $"{f!["employer"]} {f["ruleId"]} {f["change"]} {f["now"]}")
            .Order(StringComparer.Ordinal);
        actual.Should().Equal(expected.Order(StringComparer.Ordinal));
        expected.Should().Contain(e => e.Contains(" new ", StringComparison.Ordinal))
            .And.Contain(e => e.Contains(" resolved compliant", StringComparison.Ordinal))
            .And.Contain(e => e.Contains(" persisting ", StringComparison.Ordinal));
        diff["employersRemoved"]!.AsArray().Select(e => e!.GetValue<string>()).Should().Equal("B0003");
        diff["summary"]!["new"]!.GetValue<int>().Should().Be(expected.Count(e => e.Contains(" new ", StringComparison.Ordinal)));

        var html = Cli.Run("diff", q1, q2, "--format", "html");
        html.Exit.Should().Be(1);
        html.Out.Should().StartWith("<!DOCTYPE html>").And.EndWith("</body></html>\n")
            .And.Contain($"<h2 id=\"new\">New findings ({diff["summary"]!["new"]})</h2>")
            .And.Contain($"<h2 id=\"resolved\">Resolved findings ({diff["summary"]!["resolved"]})</h2>")
            .And.Contain("<h2 id=\"duties\">By duty</h2>").And.Contain("removed: B0003")
            .And.NotContain("id=\"persisting\"", "persisting findings are counted, not listed");
        (html.Out.Split("<tr><td>").Length - 1).Should().Be(
            expected.Count(e => !e.Contains(" persisting ", StringComparison.Ordinal)) + CountDuties(diff), "a row per finding that changed, and one per duty");

        var text = Cli.Run("diff", q1, q2);
        text.Exit.Should().Be(1);
        text.Out.Should().Contain("resolved").And.Contain("now compliant (was rulesAndProcedures=false)");
        text.Out.TrimEnd().Split('\n')[^1].Should().Be(
            $"{diff["summary"]!["new"]} new, {diff["summary"]!["resolved"]} resolved, 0 no longer decidable (facts missing), {diff["summary"]!["persisting"]} persisting, 0 changed in figures; 0 employer(s) added, 1 removed");
    }

    [Fact]
    public void Runs_of_summary_records_give_the_findings_of_full_reports()
    {
        var input = SecondQuarter("q2-records-input");
        string Findings(string detail)
        {
            var (exit, stdout, stderr) = Cli.Run("diff", Batch(Cli.Batch, "2024-03-31", "q1-" + detail, detail), Batch(input, "2024-06-30", "q2-" + detail, detail), "--format", "json");
            stderr.Should().BeEmpty();
            exit.Should().Be(1);
            var findings = JsonNode.Parse(stdout)!["findings"]!.AsArray().Select(f => f!.ToJsonString()).ToArray();
            findings.Should().NotBeEmpty();
            return string.Join('\n', findings);
        }

        // A record does not say which of the two a rule it leaves out was: the rest of each finding is the same.
        var full = Findings("full").Replace("\"now\":\"compliant\"", "\"now\":\"compliantOrNotApplicable\"", StringComparison.Ordinal)
            .Replace("\"now\":\"notApplicable\"", "\"now\":\"compliantOrNotApplicable\"", StringComparison.Ordinal);
        Findings("summary").Should().Be(full);
    }

    [Fact]
    public void The_same_run_twice_shows_no_change()
    {
        var run = Batch(Cli.Batch, "2024-06-30", "same");

        var (exit, stdout, _) = Cli.Run("diff", run, Path.Combine(run, "reports.jsonl"));

        exit.Should().Be(0);
        stdout.TrimEnd().Split('\n')[^1].Should().StartWith("no change: 0 new, 0 resolved, 0 no longer decidable (facts missing), ").And.EndWith("0 employer(s) added, 0 removed");
    }

    [Fact]
    public void Reports_of_different_catalogues_are_refused_unless_compared_anyway()
    {
        var old = Check(Cli.Sample("shuozhou-coal-mine.json"), "old.json");
        var node = JsonNode.Parse(File.ReadAllText(old))!;
        var hash = node["catalogue"]!["hash"]!.GetValue<string>();
        node["catalogue"]!["hash"] = "0000";
        node["results"]![0]!["title"]!["en"] = "A changed title";
        var changed = Path.Combine(_temp, "changed.json");
        File.WriteAllText(changed, node.ToJsonString());

        var refused = Cli.Run("diff", old, changed);

        refused.Exit.Should().Be(2);
        refused.Err.Should().Be(UsageErrors.CataloguesDiffer(hash, "0000") + Environment.NewLine);
        refused.Err.Should().Contain("--compare-anyway");

        var anyway = Cli.Run("diff", old, changed, "--compare-anyway", "--format", "json");

        anyway.Exit.Should().Be(1);
        var rules = JsonNode.Parse(anyway.Out)!["rulesChanged"]!.AsArray();
        rules.Select(r => $"{r!["ruleId"]} {r["change"]}").Should().Equal($"{node["results"]![0]!["ruleId"]} text");
    }

    [Fact]
    public void A_malformed_line_is_an_error_with_its_position_and_no_stack_trace()
    {
        var run = Check(Cli.Sample("shuozhou-coal-mine.json"), "one.json");
        var jsonl = Path.Combine(_temp, "reports.jsonl");
        File.WriteAllLines(jsonl, [File.ReadAllText(run).ReplaceLineEndings(string.Empty), "{\"schema\": \"compliance-report/1\", oops"]);

        var (exit, stdout, stderr) = Cli.Run("diff", run, jsonl);

        exit.Should().Be(2);
        stdout.Should().BeEmpty();
        stderr.Should().StartWith($"error: {jsonl}:2: expected one JSON report (compliance-report/1), found text that is not JSON").And.NotContain(" at ");
        stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(1);
    }

    [Fact]
    public void Fewer_dispatched_workers_resolve_the_ratio_finding_with_its_figures()
    {
        var snapshot = JsonNode.Parse(File.ReadAllText(Cli.Sample("shuozhou-coal-mine.json")))!;
        foreach (var worker in snapshot["workers"]!.AsArray().Where(w => w!["form"]!.GetValue<string>() == "dispatched").Take(4))
        {
            worker!["form"] = "laborContract";
        }

        var modified = Path.Combine(_temp, "fewer-dispatched.json");
        File.WriteAllText(modified, snapshot.ToJsonString());
        var old = Check(Cli.Sample("shuozhou-coal-mine.json"), "before.json");
        var now = Check(modified, "after.json");

        var (exit, stdout, _) = Cli.Run("diff", old, now, "--format", "json");

        exit.Should().Be(1);
        var ratio = JsonNode.Parse(stdout)!["findings"]!.AsArray().Single(f => f!["ruleId"]!.GetValue<string>() == "jin-rsbf-2022-18.dispatch.ratio")!;
        ratio["change"]!.GetValue<string>().Should().Be("resolved");
        ratio["now"]!.GetValue<string>().Should().Be("compliant");
        ratio["oldValues"]!.GetValue<string>().Should().Contain("dispatched=12").And.Contain("ratio=0.12").And.Contain("excess=2");
    }

    /// <summary>"employer rule change now" for every finding of either run, worked out from the two files apart from the command.</summary>
    [Fact]
    public void One_dispatched_worker_fewer_changes_the_ratio_figures_but_not_the_finding()
    {
        var (old, now) = BeforeAndAfter("one-fewer-dispatched.json", snapshot =>
            snapshot["workers"]!.AsArray().First(w => w!["form"]!.GetValue<string>() == "dispatched")!["form"] = "laborContract");

        var (exit, stdout, _) = Cli.Run("diff", old, now, "--format", "json");

        exit.Should().Be(1);
        var ratio = Finding(stdout, "jin-rsbf-2022-18.dispatch.ratio");
        ratio["change"]!.GetValue<string>().Should().Be("changed", "11 of 100 is still over 10%");
        ratio["now"]!.GetValue<string>().Should().Be("violated");
        ratio["oldValues"]!.GetValue<string>().Should().Contain("dispatched=12");
        ratio["newValues"]!.GetValue<string>().Should().Contain("dispatched=11");
    }

    [Fact]
    public void A_finding_whose_facts_went_missing_is_no_longer_decidable_not_resolved()
    {
        var (old, now) = BeforeAndAfter("forms-missing.json", snapshot =>
        {
            // The dispatched workers' form no longer recorded: the share cannot be computed, and nothing was fixed.
            foreach (var worker in snapshot["workers"]!.AsArray().Where(w => w!["form"]!.GetValue<string>() == "dispatched"))
            {
                worker!.AsObject().Remove("form");
            }
        });

        var (exit, stdout, _) = Cli.Run("diff", old, now, "--format", "json");
        var (_, text, _) = Cli.Run("diff", old, now);

        exit.Should().Be(1);
        var ratio = Finding(stdout, "jin-rsbf-2022-18.dispatch.ratio");
        ratio["change"]!.GetValue<string>().Should().Be("noLongerDecidable");
        ratio["now"]!.GetValue<string>().Should().Be("indeterminate");
        text.Should().Contain("facts missing, not a fix");
    }

    [Fact]
    public void Summary_records_name_a_rule_whose_facts_went_missing_so_it_is_no_longer_decidable()
    {
        // The indeterminate rules of a record are named by position in catalogue.json, under the facts they lack.
        var folders = new[] { "summary-before", "summary-after" }.Select(n => Directory.CreateDirectory(Path.Combine(_temp, n)).FullName).ToArray();
        var snapshot = JsonNode.Parse(File.ReadAllText(Cli.Sample("shuozhou-coal-mine.json")))!;
        File.WriteAllText(Path.Combine(folders[0], "mine.json"), snapshot.ToJsonString());
        foreach (var worker in snapshot["workers"]!.AsArray().Where(w => w!["form"]!.GetValue<string>() == "dispatched"))
        {
            worker!.AsObject().Remove("form");
        }

        File.WriteAllText(Path.Combine(folders[1], "mine.json"), snapshot.ToJsonString());

        var now = Path.Combine(_temp, "new-summary");
        Cli.Run("batch", folders[1], "--as-of", "2024-06-30", "--out", now, "--employer-pages", "none").Exit.Should().Be(0, "nothing is violated once the share cannot be computed");

        var (exit, stdout, _) = Cli.Run("diff", Batch(folders[0], "2024-06-30", "old-summary", "summary"), now, "--format", "json");

        exit.Should().Be(1);
        var ratio = Finding(stdout, "jin-rsbf-2022-18.dispatch.ratio");
        ratio["change"]!.GetValue<string>().Should().Be("noLongerDecidable");
        ratio["now"]!.GetValue<string>().Should().Be("indeterminate");
        File.ReadAllText(Path.Combine(_temp, "new-summary", "reports.jsonl")).Should().Contain("\"indeterminate\":{");
    }

    private (string Old, string Now) BeforeAndAfter(string name, Action<JsonNode> edit)
    {
        var snapshot = JsonNode.Parse(File.ReadAllText(Cli.Sample("shuozhou-coal-mine.json")))!;
        edit(snapshot);
        var modified = Path.Combine(_temp, name);
        File.WriteAllText(modified, snapshot.ToJsonString());
        return (Check(Cli.Sample("shuozhou-coal-mine.json"), "before-" + name), Check(modified, "after-" + name));
    }

    private static JsonNode Finding(string diffJson, string ruleId) =>
        JsonNode.Parse(diffJson)!["findings"]!.AsArray().Single(f => f!["ruleId"]!.GetValue<string>() == ruleId)!;

    private static List<string> Expected(string oldFile, string newFile)
    {
        var old = Read(oldFile);
        var now = Read(newFile);
        var expected = new List<string>();
        foreach (var (employer, results) in old)
        {
            foreach (var (rule, (outcome, values)) in results.Where(r => r.Value.Outcome == "violated"))
            {
                var after = now.TryGetValue(employer, out var n) ? n.GetValueOrDefault(rule, ("ruleAbsent", string.Empty)) : ("employerAbsent", string.Empty);
                expected.Add(after.Item1 == "violated"
                    ? $"{employer} {rule} {(after.Item2 == values ? "persisting" : "changed")} violated"
                    : $"{employer} {rule} {(after.Item1 == "indeterminate" ? "noLongerDecidable" : "resolved")} {after.Item1}");
            }
        }

        foreach (var (employer, results) in now)
        {
            foreach (var rule in results.Where(r => r.Value.Outcome == "violated").Select(r => r.Key))
            {
                if (!old.TryGetValue(employer, out var o) || o.GetValueOrDefault(rule).Outcome != "violated")
                {
                    expected.Add($"{employer} {rule} new violated");
                }
            }
        }

        return expected;
    }

    private static Dictionary<string, Dictionary<string, (string Outcome, string Values)>> Read(string file) =>
        File.ReadLines(file).Select(line => JsonDocument.Parse(line)).ToDictionary(
            d => d.RootElement.GetProperty("enterprise").GetProperty("id").GetString()!,
            d => d.RootElement.GetProperty("results").EnumerateArray().ToDictionary(
                r => r.GetProperty("ruleId").GetString()!,
                r => (r.GetProperty("outcome").GetString()!, r.TryGetProperty("values", out var v) ? v.GetRawText() : string.Empty)));

    /// <summary>The second quarter's exports: one employer put its rules in place, another lost them.</summary>
    private string SecondQuarter(string name)
    {
        var input = Path.Combine(_temp, name);
        Directory.CreateDirectory(input);
        foreach (var file in Directory.GetFiles(Cli.Batch))
        {
            File.Copy(file, Path.Combine(input, Path.GetFileName(file)));
        }

        Edit(Path.Combine(input, "employer-0001.json"), "\"rulesAndProcedures\": false", "\"rulesAndProcedures\": true");
        Edit(Path.Combine(input, "employer-0002.json"), "\"rulesAndProcedures\": true", "\"rulesAndProcedures\": false");
        return input;
    }

    private static void Edit(string file, string from, string to)
    {
        var text = File.ReadAllText(file);
        text.Should().Contain(from);
        File.WriteAllText(file, text.Replace(from, to, StringComparison.Ordinal));
    }

    /// <summary>A batch run; full reports unless <paramref name="detail"/> says otherwise, as these tests read every result.</summary>
    private string Batch(string input, string asOf, string name, string detail = "full")
    {
        var output = Path.Combine(_temp, name);
        Cli.Run("batch", input, "--as-of", asOf, "--out", output, "--employer-pages", "none", "--detail", detail).Exit.Should().Be(1);
        return output;
    }

    private string Check(string snapshot, string name)
    {
        var output = Path.Combine(_temp, name);
        Cli.Run("check", snapshot, "--as-of", "2024-06-30", "--format", "json", "--out", output).Exit
            .Should().BeOneOf([0, 1], "the check runs: 1 with violations, 0 without");
        return output;
    }

    private static int CountDuties(JsonNode diff) =>
        diff["findings"]!.AsArray().Select(f => f!["duty"]!.GetValue<string>()).Distinct(StringComparer.Ordinal).Count();
}
