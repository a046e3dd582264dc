using System.Globalization;
using System.Linq;
using System.Text.Json;
using ChinaLabour.Compliance.Reporting;
using Compliance.Tests.Support;
using FluentAssertions;
using Xunit;

namespace Compliance.Tests.Reporting;

public sealed class ReportJsonTests
{
    [Fact]
    public void Same_input_gives_byte_identical_json_whatever_the_culture()
    {
        var snapshot = Employers.Mine(labor: 88, dispatched: 12);
        var original = CultureInfo.CurrentCulture;
        try
        {
            var outputs = new[] { "en-US", "de-DE", "zh-CN", "ar-SA", "fa-IR" }.Select(name =>
            {
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(name);
                return ReportJson.ToJson(Bundled.Checker.Check(snapshot, Employers.AsOf));
            }).ToArray();

            outputs.Should().AllBe(outputs[0]);
        }
        finally
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = original;
        }
    }

    [Fact]
    public void Report_carries_schema_catalogue_hash_date_citation_figures_and_evidence()
    {
        var json = ReportJson.ToJson(Bundled.Checker.Check(Employers.Mine(labor: 88, dispatched: 12), Employers.AsOf));

        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        root.GetProperty("schema").GetString().Should().Be("compliance-report/1");
        root.GetProperty("catalogue").GetProperty("hash").GetString().Should().Be(Bundled.Catalogue.ContentHash);
        root.GetProperty("asOf").GetString().Should().Be("2024-06-30");
        // The ratio, by the national article (劳动合同法 第六十六条) and the provincial clause that restates it.
        root.GetProperty("summary").GetProperty("violated").GetInt32().Should().Be(2);
        root.GetProperty("results").EnumerateArray().Where(r => r.GetProperty("outcome").GetString() == "violated")
            .Select(r => r.GetProperty("duty").GetString()).Should().Equal("dispatch.ratio", "dispatch.ratio");
        var ratio = root.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "jin-rsbf-2022-18.dispatch.ratio");
        ratio.GetProperty("outcome").GetString().Should().Be("violated");
        ratio.GetProperty("citation").GetProperty("clause").GetString().Should().Be("二（五）");
        ratio.GetProperty("values").EnumerateArray().Single(v => v.GetProperty("name").GetString() == "ratio").GetProperty("value").GetRawText().Should().Be("0.12");
        ratio.GetProperty("evidence").GetArrayLength().Should().Be(12);
        ratio.GetProperty("remedy").GetProperty("en").GetString().Should().Be("at most 10 dispatched workers; convert at least 2 to labour contracts");
        json.Should().Contain("晋人社办发〔2022〕18号", "Chinese is written as is, not escaped");
    }

    [Fact]
    public void Member_order_is_fixed()
    {
        var json = ReportJson.ToJson(Bundled.Checker.Check(Employers.Mine(labor: 88, dispatched: 12), Employers.AsOf));

        using var document = JsonDocument.Parse(json);
        document.RootElement.EnumerateObject().Select(p => p.Name).Should().Equal("schema", "catalogue", "asOf", "enterprise", "summary", "notices", "results");
    }
}
