using System.Buffers;
using System.Linq;
using System.Text.Json;
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
        root.GetProperty("schema").GetString().Should().Be("compliance-batch-record/2");
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
}
