using System.Buffers;
using System.Linq;
using System.Text.Json;
using ChinaLabour.Compliance.Checking;
using ChinaLabour.Compliance.Reporting;
using ChinaLabour.Compliance.Text;
using Compliance.Tests.Support;
using FluentAssertions;
using Xunit;

namespace Compliance.Tests.Reporting;

public sealed class BatchRecordWriterTests
{
    [Fact]
    public void A_violated_result_keeps_its_figures_and_words_and_says_how_much_evidence_it_leaves_out()
    {
        var report = Bundled.Checker.Check(Employers.Mine(labor: 88, dispatched: 12), Employers.AsOf);
        var output = new ArrayBufferWriter<byte>();

        new BatchRecordWriter(Bundled.Catalogue.Rules, Language.En).Write(report, output);

        using var record = JsonDocument.Parse(output.WrittenMemory);
        var root = record.RootElement;
        root.GetProperty("schema").GetString().Should().Be("compliance-batch-record/3");
        root.GetProperty("lang").GetString().Should().Be("en");
        var ratio = root.GetProperty("violated").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "jin-rsbf-2022-18.dispatch.ratio");
        ratio.TryGetProperty("severity", out _).Should().BeFalse("catalogue.json states it");
        ratio.GetProperty("values").GetProperty("ratio").GetRawText().Should().Be("0.12");
        ratio.GetProperty("evidence").GetProperty("worker").GetArrayLength().Should().Be(BatchRecordWriter.EvidenceShown);
        ratio.GetProperty("evidenceMore").GetInt32().Should().Be(2, "12 dispatched workers are the evidence, 10 are listed");
        ratio.GetProperty("remedy").GetString().Should().Be("at most 10 dispatched workers; convert at least 2 to labour contracts");
    }

    [Fact]
    public void Missing_facts_are_generalised_over_records_with_each_id_once_in_order()
    {
        var facts = IndeterminateGroups.Generalise(["workers[W1].trainings", "management.trainingArchive", "workers[W2].trainings", "workers[W2].contracts[0].end"]);

        facts.Select(f => f.Path).Should().Equal("workers[*].trainings", "management.trainingArchive", "workers[*].contracts[0].end");
        facts[0].Ids.Should().Equal("W1", "W2");
        facts[1].Ids.Should().BeEmpty();
        facts[2].Ids.Should().Equal("W2");
    }

    [Fact]
    public void Facts_the_input_has_no_place_for_are_named_once_in_the_catalogue_file_and_the_record_lists_the_rules_waiting()
    {
        var report = Bundled.Checker.Check(Employers.Mine(labor: 88, dispatched: 12), Employers.AsOf);
        var missing = report.Results.Where(r => r.Outcome == Outcome.Indeterminate).SelectMany(r => IndeterminateGroups.Generalise(r.MissingFacts)).Select(f => f.Path).Distinct().ToArray();
        missing.Should().HaveCountGreaterThan(1, "the test needs an employer missing several facts");
        var absent = missing[0];
        var writer = new BatchRecordWriter(Bundled.Catalogue.Rules, Language.En, fact => fact != absent);
        var output = new ArrayBufferWriter<byte>();

        writer.Write(report, output);
        using var catalogueFile = new System.IO.MemoryStream();
        writer.WriteCatalogue(Bundled.Catalogue.ContentHash, catalogueFile);

        using var record = JsonDocument.Parse(output.WrittenMemory);
        var root = record.RootElement;
        var rules = Bundled.Catalogue.Rules.ToList();
        var waiting = report.Results.Where(r => r.MissingFacts.Any(f => IndeterminateGroups.Generalise([f])[0].Path == absent)).Select(r => rules.IndexOf(r.Rule)).ToArray();
        root.GetProperty("notInInput").EnumerateArray().Select(p => p.GetInt32()).Should().Equal(waiting);
        root.GetProperty("indeterminate").TryGetProperty(absent, out _).Should().BeFalse("the catalogue file names it once for the run");
        root.GetProperty("indeterminate").TryGetProperty(missing[1], out _).Should().BeTrue("a fact the input could give is named in the record");
        using var catalogue = JsonDocument.Parse(catalogueFile.ToArray());
        catalogue.RootElement.GetProperty("notInInput").EnumerateObject().Select(f => f.Name).Should().Equal(absent);
        catalogue.RootElement.GetProperty("notInInput").GetProperty(absent).EnumerateArray().Select(p => p.GetInt32()).Should().Equal(waiting);
    }

    [Fact]
    public void Rules_in_a_row_lacking_the_same_facts_are_each_listed_under_them_and_each_record_counted_once()
    {
        string[] lacking = ["workers[W1].trainings", "workers[W1].unheardOf", "workers[W2].trainings"];
        string[][] missing = [lacking, [.. lacking], ["workers[W3].trainings"], [.. lacking], [], [.. lacking]];
        var rules = Bundled.Catalogue.Rules;
        var results = missing.Select((facts, i) => new RuleResult { Rule = rules[i], Outcome = Outcome.Indeterminate, MissingFacts = facts }).ToArray();
        var report = new CheckReport("E1", null, Employers.AsOf, Bundled.Catalogue.ContentHash, results, []);
        var writer = new BatchRecordWriter(rules, Language.En, fact => fact != "workers[*].unheardOf");
        var output = new ArrayBufferWriter<byte>();

        writer.Write(report, output);
        using var catalogueFile = new System.IO.MemoryStream();
        writer.WriteCatalogue(Bundled.Catalogue.ContentHash, catalogueFile);

        using var record = JsonDocument.Parse(output.WrittenMemory);
        var trainings = record.RootElement.GetProperty("indeterminate").GetProperty("workers[*].trainings");
        trainings.GetProperty("rules").EnumerateArray().Select(p => p.GetInt32()).Should().Equal(0, 1, 2, 3, 5);
        trainings.GetProperty("ids").EnumerateArray().Select(p => p.GetString()).Should().Equal("W1", "W2", "W3");
        record.RootElement.GetProperty("notInInput").EnumerateArray().Select(p => p.GetInt32()).Should().Equal(0, 1, 3, 5);
        record.RootElement.GetProperty("indeterminateReasons").EnumerateObject().Select(p => p.Name).Should().Equal(["4"], "the rule lacking nothing and giving no reason is still named");
        using var catalogue = JsonDocument.Parse(catalogueFile.ToArray());
        catalogue.RootElement.GetProperty("notInInput").GetProperty("workers[*].unheardOf").EnumerateArray().Select(p => p.GetInt32()).Should().Equal(0, 1, 3, 5);
    }

    [Fact]
    public void A_record_writes_the_messages_of_the_violations_and_leaves_those_of_the_compliant_results_unwritten()
    {
        var report = Bundled.Checker.Check(Employers.Mine(labor: 88, dispatched: 12), Employers.AsOf);

        new BatchRecordWriter(Bundled.Catalogue.Rules, Language.En).Write(report, new ArrayBufferWriter<byte>());

        var compliant = report.Results.Where(r => r.Outcome == Outcome.Compliant).ToArray();
        compliant.Should().NotBeEmpty().And.OnlyContain(r => !r.DeferredMessage!.IsRendered, "a record counts compliant rules and states none of their messages");
        report.Violations.Should().NotBeEmpty().And.OnlyContain(r => r.DeferredMessage!.IsRendered);
    }

    [Fact]
    public void A_thread_writing_record_after_record_writes_each_as_a_fresh_thread_would_and_the_catalogue_file_names_every_rule_waiting()
    {
        var rules = Bundled.Catalogue.Rules;
        CheckReport Report(string id, params string[][] missing) =>
            new(id, null, Employers.AsOf, Bundled.Catalogue.ContentHash, missing.Select((facts, i) => new RuleResult { Rule = rules[i], Outcome = Outcome.Indeterminate, MissingFacts = facts }).ToArray(), []);
        static bool Carried(string fact) => fact != "workers[*].overtime";
        static byte[] Write(BatchRecordWriter writer, CheckReport report)
        {
            var output = new ArrayBufferWriter<byte>();
            writer.Write(report, output);
            return output.WrittenSpan.ToArray();
        }

        // More ids than a reused group keeps its set for, then fewer and other facts: nothing of one record may
        // reach the next.
        var many = Enumerable.Range(1, 1_500).Select(i => $"workers[W{i}].trainings").ToArray();
        CheckReport[] reports =
        [
            Report("E1", many, ["management.trainingArchive", "workers[W1].overtime"], many),
            Report("E2", ["workers[W9].trainings"], ["posts[P1].nature", "posts[P2].nature"]),
            Report("E3", ["workers[W2].overtime", "workers[W3].overtime"], ["workers[W5].overtime"], ["workers[W4].trainings"]),
            Report("E1", many, ["management.trainingArchive", "workers[W1].overtime"], many),
        ];
        var reused = new BatchRecordWriter(rules, Language.En, Carried);

        var written = reports.Select(report => Write(reused, report)).ToArray();

        for (var i = 0; i < reports.Length; i++)
        {
            byte[]? fresh = null;
            var thread = new System.Threading.Thread(() => fresh = Write(new BatchRecordWriter(rules, Language.En, Carried), reports[i]));
            thread.Start();
            thread.Join();
            written[i].Should().Equal(fresh, $"record {i + 1} is the same written alone");
        }

        using var first = JsonDocument.Parse(written[0]);
        first.RootElement.GetProperty("indeterminate").GetProperty("workers[*].trainings").GetProperty("more").GetInt32().Should().Be(1_500 - BatchRecordWriter.IdsShown);
        using var second = JsonDocument.Parse(written[1]);
        second.RootElement.GetProperty("indeterminate").GetProperty("workers[*].trainings").GetProperty("ids").EnumerateArray().Select(e => e.GetString()).Should().Equal("W9");
        using var catalogueFile = new System.IO.MemoryStream();
        reused.WriteCatalogue(Bundled.Catalogue.ContentHash, catalogueFile);
        using var catalogue = JsonDocument.Parse(catalogueFile.ToArray());
        catalogue.RootElement.GetProperty("notInInput").GetProperty("workers[*].overtime").EnumerateArray().Select(p => p.GetInt32())
            .Should().Equal([0, 1], "the third record names rule 0 beside rule 1, which the first named");
    }
}
