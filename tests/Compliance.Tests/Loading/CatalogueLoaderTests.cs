using System.Linq;
using ChinaLabour.Compliance;
using ChinaLabour.Compliance.Yaml;
using Compliance.Tests.Support;
using FluentAssertions;
using Xunit;

namespace Compliance.Tests.Loading;

public sealed class CatalogueLoaderTests
{
    [Fact]
    public void Bundled_catalogue_loads_without_diagnostics()
    {
        var result = RuleCatalogue.LoadBundled();

        result.Diagnostics.Should().BeEmpty();
        result.Catalogue!.Rules.Select(r => r.Id).Should().Contain(
        [
            "jin-rsbf-2022-18.dispatch.ratio",
            "jin-rsbf-2022-18.dispatch.post-nature",
            "jin-rsbf-2022-18.dispatch.safety-post",
            "jin-rsbf-2022-18.dispatch.mine-underground",
        ]);
    }

    [Fact]
    public void Rule_folder_on_disk_gives_the_same_catalogue_as_the_bundled_one()
    {
        var bundled = RuleCatalogue.LoadBundled().Catalogue!;
        var folder = RuleCatalogue.LoadFolder(System.IO.Path.Combine(System.AppContext.BaseDirectory, "rules"));

        folder.Diagnostics.Should().BeEmpty();
        folder.Catalogue!.ContentHash.Should().Be(bundled.ContentHash);
    }

    [Fact]
    public void Rules_compiled_on_every_core_keep_the_files_order_and_every_diagnostic()
    {
        // Sixty rules, every third misspelling a fact: compiled at once, each rule and each diagnostic keeps its place.
        var ids = Enumerable.Range(0, 60).Select(i => $"test.r{i:00}").ToArray();
        var file = TestRules.Header + string.Join('\n', ids.Select((id, i) => i % 3 == 0
            ? TestRules.Rule(id, body: TestRules.DefaultBody.Replace("workforce.Dispatched", "workforce.Dispatchd", System.StringComparison.Ordinal))
            : TestRules.Rule(id)));

        var broken = TestRules.Diagnostics(file);
        broken.Select(d => d.RuleId).Should().Equal(ids.Where((_, i) => i % 3 == 0));
        broken.Should().OnlyContain(d => d.Message.Contains("'Dispatchd'", System.StringComparison.Ordinal));
        broken.Select(d => d.Position.Line).Should().BeInAscendingOrder();
        for (var again = 0; again < 5; again++)
        {
            TestRules.Diagnostics(file).Should().Equal(broken);
        }

        var mended = TestRules.Catalogue(file.Replace("Dispatchd", "Dispatched", System.StringComparison.Ordinal));
        mended.Rules.Select(r => r.Id).Should().Equal(ids);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Rules_compiled_within_the_callers_threads_give_the_same_catalogue(int threads)
    {
        var scheduler = new LimitedScheduler(threads);

        var loaded = scheduler.Run(RuleCatalogue.LoadBundled);

        loaded.Diagnostics.Should().BeEmpty();
        loaded.Catalogue!.ContentHash.Should().Be(Bundled.Catalogue.ContentHash);
        loaded.Catalogue.Rules.Select(r => r.Id).Should().Equal(Bundled.Catalogue.Rules.Select(r => r.Id));
    }

    [Fact]
    public void Well_formed_rule_loads_with_document_defaults()
    {
        var catalogue = TestRules.Catalogue(TestRules.Header + TestRules.Rule("test.ratio"));

        var rule = catalogue.Rules.Single();
        rule.Citation.Document.Should().Be("测试〔2024〕1号");
        rule.Applies.Regions.Should().Equal("14");
        rule.Applies.From.Should().Be(new NodaTime.LocalDate(2022, 6, 6));
        rule.Needs.Should().Equal("workforce");
    }

    [Fact]
    public void Three_different_mistakes_give_three_diagnostics_with_positions_and_no_catalogue()
    {
        var file = TestRules.Header + """
              - id: test.broken
                title: { zh: 测试规则, en: Test rule }
                reading: test reading
                citation:
                  clause: 第二条
                  quote: 劳务派遣用工数量不得超过用工总量的10%
                  en: Dispatched workers shall not exceed 10% of the total workforce.
                severty: major
                severity: major
                applies:
                  from: 2022-13-01
                needs: [workforce]
                check: workforce.Dispatchd * 10 <= workforce.Total
                message: { violated: { zh: 派遣, en: dispatched }, compliant: { zh: 派遣, en: dispatched } }
            """;

        var diagnostics = TestRules.Diagnostics(file);

        diagnostics.Select(d => d.ToString()).Should().Equal(
            "test.yaml:16:5: error CR0101 [test.broken]: unknown key 'severty'; did you mean 'severity'? Expected one of: id, title, reading, duty, citation, legalBasis, applies, severity, needs, let, check, evidence, message, remedy, average",
            "test.yaml:19:13: error CR0104 [test.broken]: 'from' must be a date written yyyy-MM-dd, e.g. 2022-06-06; found '2022-13-01'",
            "test.yaml:21:22: error CR0302 [test.broken]: check does not compile: No property or field 'Dispatchd' exists in type 'WorkforceFact'; did you mean 'Dispatched'?");
    }

    [Fact]
    public void Missing_citation_is_reported_at_the_rule()
    {
        var file = TestRules.Header + """
              - id: test.uncited
                title: { zh: 测试规则, en: Test rule }
                reading: test reading
                severity: major
                needs: [workforce]
                check: workforce.Dispatched == 0
                message: { violated: { zh: 派遣, en: dispatched }, compliant: { zh: 派遣, en: dispatched } }
            """;

        TestRules.Diagnostics(file).Should().ContainSingle().Which.ToString()
            .Should().Be("test.yaml:9:5: error CR0102 [test.uncited]: 'citation' is required in rule 'test.uncited' but is missing");
    }

    [Fact]
    public void Duplicate_ids_across_files_name_the_first_use()
    {
        var first = TestRules.Header + TestRules.Rule("test.same");
        var second = TestRules.Header + TestRules.Rule("test.same");

        var result = TestRules.Load(("a.yaml", first), ("b.yaml", second));

        result.Success.Should().BeFalse();
        result.Diagnostics.Should().ContainSingle().Which.ToString()
            .Should().Be("b.yaml:9:9: error CR0106 [test.same]: rule id 'test.same' is already used at a.yaml:9:9");
    }

    [Fact]
    public void Unknown_fact_names_are_errors_that_list_the_known_facts()
    {
        var diagnostics = TestRules.Diagnostics(TestRules.Header + TestRules.Rule("test.facts", needs: "[workforce, wrokers]"));

        diagnostics.Should().ContainSingle(d => d.Code == "CR0301").Which.Message
            .Should().Be("unknown fact 'wrokers'; known facts: accidents, enterprise, hiddenDangers, insurance, management, mines, posts, premises, principals, roster, tailingsPonds, vehicles, workers, workforce, workingHourSchedules");
    }

    [Fact]
    public void Reading_a_fact_not_listed_under_needs_does_not_compile()
    {
        var body = """
                check: workers.Count() == 0
                message: { violated: { zh: 派遣, en: dispatched }, compliant: { zh: 派遣, en: dispatched } }
            """;

        var diagnostics = TestRules.Diagnostics(TestRules.Header + TestRules.Rule("test.unlisted", body: body));

        diagnostics.Should().ContainSingle().Which.Message.Should().Contain("Unknown identifier 'workers'");
    }

    [Fact]
    public void Misspelled_property_is_a_load_error_not_a_silent_false()
    {
        // microsoft/RulesEngine#78: a misspelled member must never compile into a rule that quietly returns false.
        var body = """
                check: workers.All(w => !w.IsDispatchd)
                message: { violated: { zh: 派遣, en: dispatched }, compliant: { zh: 派遣, en: dispatched } }
            """;

        var diagnostics = TestRules.Diagnostics(TestRules.Header + TestRules.Rule("test.typo", needs: "[workers]", body: body));

        diagnostics.Should().ContainSingle().Which.Should().Match<Diagnostic>(d =>
            d.Code == "CR0302" && d.RuleId == "test.typo" && d.Message.Contains("IsDispatchd"));
    }

    [Fact]
    public void Check_that_is_not_true_or_false_is_rejected()
    {
        var body = """
                check: workforce.Dispatched
                message: { violated: { zh: 派遣, en: dispatched }, compliant: { zh: 派遣, en: dispatched } }
            """;

        TestRules.Diagnostics(TestRules.Header + TestRules.Rule("test.type", body: body)).Should().ContainSingle()
            .Which.Message.Should().Be("check must give true or false, but gives a whole number");
    }

    [Fact]
    public void Quote_not_in_the_source_text_is_an_error_naming_the_quote()
    {
        var file = (TestRules.Header + TestRules.Rule("test.quote")).Replace(TestRules.Quote, "劳务派遣用工数量不得超过用工总量的20%");

        TestRules.Diagnostics(file).Should().ContainSingle().Which.Should().Match<Diagnostic>(d =>
            d.Code == "CR0201" && d.RuleId == "test.quote" && d.Message.Contains("20%"));
    }

    [Fact]
    public void Quote_matches_across_white_space_and_full_width_forms()
    {
        // The source has "10%" in half-width; a full-width "１０％" with a line break still matches after folding.
        var file = (TestRules.Header + TestRules.Rule("test.nfkc")).Replace(TestRules.Quote, "劳务派遣用工数量不得超过用工总量的 １０％");

        TestRules.LoadFile(file).Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Template_naming_an_unknown_value_is_an_error()
    {
        var body = """
                let:
                  dispatched: workforce.Dispatched
                check: dispatched == 0
                message: { violated: { zh: "派遣 {dispatched} 人", en: "dispatched {dispached}" }, compliant: { zh: "派遣 {dispatched} 人", en: "dispatched {dispatched}" } }
            """;

        TestRules.Diagnostics(TestRules.Header + TestRules.Rule("test.template", body: body)).Should().ContainSingle()
            .Which.Message.Should().Be("message.violated.en: placeholder '{dispached}' names no value; named values: dispatched");
    }

    [Fact]
    public void Yaml_syntax_error_is_reported_with_its_position()
    {
        var diagnostics = TestRules.Diagnostics("document: [unclosed\nrules: []\n");

        diagnostics.Should().ContainSingle().Which.Code.Should().Be("CR0001");
        diagnostics[0].Position.Line.Should().BeGreaterThan(0);
    }

    [Fact]
    public void Missing_rule_folder_is_a_diagnostic_not_an_exception()
    {
        var result = RuleCatalogue.LoadFolder("/nonexistent/rules");

        result.Success.Should().BeFalse();
        result.Diagnostics.Should().ContainSingle().Which.Message.Should().Contain("does not exist");
    }
}
