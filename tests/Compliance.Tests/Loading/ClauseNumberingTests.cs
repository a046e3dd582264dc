using System.Linq;
using Compliance.Tests.Support;
using FluentAssertions;
using Xunit;

namespace Compliance.Tests.Loading;

/// <summary>
/// A document's clause numbering is declared in its rule file (<c>document.clauses</c>) and checked against its text:
/// quotes within the clause they cite, and a coverage that lists exactly the clauses the text has.
/// </summary>
public sealed class ClauseNumberingTests
{
    private const string Articles = "  clauses: { pattern: '^第(?<n>[一二三四五六七八九十百零]+)条' }\n";

    private static readonly string s_header = TestRules.Header.Replace("rules:\n", Articles + "rules:\n", System.StringComparison.Ordinal);

    private const string Coverage = """
        coverage:
          - { clause: 第一条, status: not-checkable, reason: a general duty no fact shows }
          - { clause: 第二条, status: encoded }
        """;

    [Fact]
    public void Pattern_finds_the_clauses_of_the_text_in_order()
    {
        var catalogue = TestRules.Catalogue(s_header + TestRules.Rule("test.ratio") + "\n" + Coverage);

        catalogue.Documents.Single().Clauses.Should().Equal("第一条", "第二条");
    }

    [Fact]
    public void Quote_found_in_another_clause_is_an_error_at_the_quote()
    {
        var rule = TestRules.Rule("test.ratio").Replace("clause: 第二条", "clause: 第一条", System.StringComparison.Ordinal);

        var diagnostics = TestRules.Diagnostics(s_header + rule);

        diagnostics.Select(d => d.ToString()).Should().Equal(
            "test.yaml:15:14: error CR0203 [test.ratio]: the quote is in the document's text, but in clause '第二条', not in the cited clause '第一条'; cite '第二条' or quote clause '第一条'");
    }

    [Fact]
    public void Clause_the_text_lacks_is_an_error_at_the_clause()
    {
        var rule = TestRules.Rule("test.ratio").Replace("clause: 第二条", "clause: 第二十条", System.StringComparison.Ordinal);

        var diagnostics = TestRules.Diagnostics(s_header + rule);

        diagnostics.Select(d => d.ToString()).Should().Equal(
            "test.yaml:14:15: error CR0204 [test.ratio]: clause '第二十条' is not one the document's numbering finds in its text");
    }

    [Fact]
    public void Clause_the_coverage_does_not_encode_is_an_error_at_the_clause_not_the_id()
    {
        var coverage = Coverage.Replace("{ clause: 第二条, status: encoded }", "{ clause: 第二条, status: not-checkable, reason: r }", System.StringComparison.Ordinal);

        var diagnostics = TestRules.Diagnostics(s_header + TestRules.Rule("test.ratio") + "\n" + coverage);

        diagnostics.Select(d => d.ToString()).Should().Equal(
            "test.yaml:14:15: error CR0401 [test.ratio]: the rule cites clause '第二条', which the document's coverage does not list as encoded");
    }

    [Fact]
    public void Clause_deleted_from_the_coverage_is_an_error()
    {
        var coverage = Coverage.Replace("  - { clause: 第一条, status: not-checkable, reason: a general duty no fact shows }\n", string.Empty, System.StringComparison.Ordinal);

        var diagnostics = TestRules.Diagnostics(s_header + TestRules.Rule("test.ratio") + "\n" + coverage);

        diagnostics.Select(d => d.ToString()).Should().Equal(
            "test.yaml:25:15: error CR0406: clause '第一条' of the document's text is not in the coverage; list it, with its status (and a reason unless encoded)");
    }

    [Fact]
    public void Coverage_of_a_clause_the_text_lacks_or_out_of_order_is_an_error()
    {
        var coverage = """
            coverage:
              - { clause: 第二条, status: encoded }
              - { clause: 第一条, status: not-checkable, reason: r }
              - { clause: 第三条, status: not-checkable, reason: r }
            """;

        var diagnostics = TestRules.Diagnostics(s_header + TestRules.Rule("test.ratio") + "\n" + coverage);

        diagnostics.Select(d => d.ToString()).Should().Equal(
            "test.yaml:26:15: error CR0408: clause '第一条' is listed after '第二条', but the document's text has it before; list the coverage in the document's order",
            "test.yaml:27:15: error CR0407: coverage lists clause '第三条', which the document's numbering does not find in its text");
    }

    [Fact]
    public void Explicit_list_finds_headings_at_line_starts_in_order()
    {
        var header = TestRules.Header.Replace("rules:\n", "  clauses: { list: [ 测试文件, { clause: \"1\", at: 第一条 }, { clause: \"2\", at: 第二条 } ] }\nrules:\n", System.StringComparison.Ordinal);
        var rule = TestRules.Rule("test.ratio").Replace("clause: 第二条", "clause: \"2\"", System.StringComparison.Ordinal);

        var catalogue = TestRules.Catalogue(header + rule);

        catalogue.Documents.Single().Clauses.Should().Equal("测试文件", "1", "2");
    }

    [Fact]
    public void Numbering_that_finds_nothing_or_does_not_compile_is_an_error_at_clauses()
    {
        var none = TestRules.Header.Replace("rules:\n", "  clauses: { pattern: '^Article \\d+' }\nrules:\n", System.StringComparison.Ordinal);
        var broken = TestRules.Header.Replace("rules:\n", "  clauses: { pattern: '^第(' }\nrules:\n", System.StringComparison.Ordinal);
        var missing = TestRules.Header.Replace("rules:\n", "  clauses: { list: [ 第一条, 第九条 ] }\nrules:\n", System.StringComparison.Ordinal);

        TestRules.Diagnostics(none + TestRules.Rule("test.ratio")).Select(d => d.ToString()).Should().Equal(
            "test.yaml:8:12: error CR0205: the clause numbering finds no clause in the document's text; check 'pattern' against the text");
        TestRules.Diagnostics(broken + TestRules.Rule("test.ratio")).Should().ContainSingle()
            .Which.ToString().Should().StartWith("test.yaml:8:12: error CR0205: 'clauses.pattern' '^第(' is not a regular expression the loader runs:");
        TestRules.Diagnostics(missing + TestRules.Rule("test.ratio")).Select(d => d.ToString()).Should().Equal(
            "test.yaml:8:27: error CR0205: clause '第九条': no line of the document's text starts with '第九条' after clause '第一条'; set 'at' to the text its heading starts with");
    }

    [Fact]
    public void Misquote_gives_the_nearest_passage_of_the_cited_clause_with_the_differences_marked()
    {
        var rule = TestRules.Rule("test.ratio").Replace(TestRules.Quote, "劳务派遣用工人数不得超过用工总量的10%", System.StringComparison.Ordinal);

        TestRules.Diagnostics(s_header + rule).Select(d => d.ToString()).Should().Equal(
            "test.yaml:15:14: error CR0201 [test.ratio]: the quote is not found in the document's text (white space removed, full-width forms folded): '劳务派遣用工人数不得超过用工总量的10%'; the nearest passage, with the characters that differ marked «thus», is '劳务派遣用工«数量»不得超过用工总量的10%'");
    }
}
