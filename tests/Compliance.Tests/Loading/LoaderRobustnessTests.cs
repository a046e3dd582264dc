using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using ChinaLabour.Compliance;
using ChinaLabour.Compliance.Loading;
using ChinaLabour.Compliance.Yaml;
using Compliance.Tests.Support;
using FluentAssertions;
using Xunit;

namespace Compliance.Tests.Loading;

/// <summary>
/// Bad rule files get diagnostics with their positions, never an exception or a crash: the bundled rule files,
/// damaged a few hundred ways with a fixed seed, and the inputs that once escaped as exceptions.
/// </summary>
public sealed class LoaderRobustnessTests
{
    private const int Seed = 20240630;

    private const int MutationsPerFile = 50;

    private const int FolderMutationsPerFile = 4;

    private static readonly string s_rules = Path.Combine(AppContext.BaseDirectory, "rules");

    private static readonly RuleFileSource[] s_sources = Directory.EnumerateFiles(Path.Combine(s_rules, "sources"), "*.txt")
        .Order(StringComparer.Ordinal)
        .Select(f => new RuleFileSource("sources/" + Path.GetFileName(f), File.ReadAllText(f)))
        .ToArray();

    public static TheoryData<string> RuleFiles() =>
        new(Directory.EnumerateFiles(s_rules, "*.yaml").Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(RuleFiles))]
    public void Damaged_rule_file_gives_diagnostics_with_positions_never_an_exception(string name)
    {
        var text = File.ReadAllText(Path.Combine(s_rules, name));
        var mutator = new Mutator(Seed + name.Length, json: false);
        var failures = new List<string>();

        for (var i = 0; i < MutationsPerFile; i++)
        {
            var (what, damaged) = mutator.Mutate(text);
            Expect($"{name} #{i}: {what}", () => RuleCatalogue.Load([new RuleFileSource(name, damaged), .. s_sources]), failures);
        }

        failures.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(RuleFiles))]
    public void Damaged_rule_folder_gives_diagnostics_with_positions_never_an_exception(string name)
    {
        var text = File.ReadAllText(Path.Combine(s_rules, name));
        var mutator = new Mutator(Seed - name.Length, json: false);
        var failures = new List<string>();
        var folder = Directory.CreateTempSubdirectory("compliance-rules-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(folder, "sources"));
            foreach (var source in s_sources)
            {
                File.WriteAllText(Path.Combine(folder, source.Path), source.Content);
            }

            for (var i = 0; i < FolderMutationsPerFile; i++)
            {
                var (what, damaged) = mutator.Mutate(text);

                // Written as a file would be: half a surrogate pair becomes U+FFFD, as any UTF-8 writer makes it.
                File.WriteAllText(Path.Combine(folder, name), damaged, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
                Expect($"{name} #{i}: {what}", () => RuleCatalogue.LoadFolder(folder), failures);
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        failures.Should().BeEmpty();
    }

    [Fact]
    public void Half_a_surrogate_pair_in_a_quote_is_a_quote_not_found_not_an_exception()
    {
        // Was: ArgumentException from string.Normalize while folding the quote.
        var file = TestRules.Header + TestRules.Rule("test.ratio").Replace(TestRules.Quote, TestRules.Quote + "\uD800", StringComparison.Ordinal);

        var diagnostic = TestRules.Diagnostics(file).Should().ContainSingle().Which;

        diagnostic.Code.Should().Be("CR0201");
        diagnostic.Position.Line.Should().Be(14);
    }

    [Fact]
    public void Half_a_surrogate_pair_in_a_source_text_does_not_stop_loading()
    {
        // Was: ArgumentException from string.Normalize while folding the source text.
        var result = RuleCatalogue.Load(
        [
            new RuleFileSource("test.yaml", TestRules.Header + TestRules.Rule("test.ratio")),
            new RuleFileSource("sources/test.txt", TestRules.SourceText + "\uDC00"),
        ]);

        result.Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Literal_the_parser_fails_inside_is_a_diagnostic_that_names_the_expression_not_the_parser()
    {
        // Found by the rule-file fuzzer: the parser threw ArgumentNullException ("Parameter 'key'") on 1e30m.
        var file = TestRules.Header + TestRules.Rule("test.ratio", body: """
                check: workforce.Total > 1e30m
                message: { violated: { zh: x, en: x }, compliant: { zh: x, en: x } }
            """);

        var diagnostic = TestRules.Diagnostics(file).Should().ContainSingle().Which;

        diagnostic.Code.Should().Be("CR0302");
        diagnostic.Message.Should().Be(
            "check does not compile: the expression parser could not read it; write numbers in full (1e30m is not a decimal literal it reads) and check brackets and quotes");
    }

    [Fact]
    public void Path_given_twice_is_a_diagnostic_not_an_exception()
    {
        // Was: ArgumentException from the dictionary of source texts by path.
        var result = RuleCatalogue.Load(
        [
            new RuleFileSource("test.yaml", TestRules.Header + TestRules.Rule("test.ratio")),
            new RuleFileSource("sources/test.txt", TestRules.SourceText),
            new RuleFileSource("sources/test.txt", TestRules.SourceText),
        ]);

        result.Diagnostics.Should().ContainSingle().Which.ToString().Should().Be(
            "sources/test.txt:1:1: error CR0002: the path 'sources/test.txt' is given to the loader more than once; only the first file with it is read");
    }

    [Fact]
    public void Nesting_too_deep_is_a_yaml_diagnostic_not_a_stack_overflow()
    {
        // Was: YamlDotNet builds nodes recursively and the process died of a stack overflow.
        var diagnostic = TestRules.Diagnostics("document: " + new string('[', 100_000)).Should().ContainSingle().Which;

        diagnostic.Code.Should().Be("CR0001");
        diagnostic.Position.Should().Be(new SourcePosition("test.yaml", 1, 74));
        diagnostic.Message.Should().Be(
            "the file is not valid YAML: lists and mappings are nested more than 64 deep; an alias that refers to itself or to its own parent nests without end");
    }

    [Fact]
    public void Alias_read_as_a_key_without_a_value_is_a_yaml_diagnostic_not_an_exception()
    {
        // Was: ArgumentException ("The current event is of an unsupported type") from YamlDotNet's node builder.
        var diagnostic = TestRules.Diagnostics("document: \"x\"*b\n").Should().ContainSingle().Which;

        diagnostic.Code.Should().Be("CR0001");
        diagnostic.Position.Line.Should().Be(2);
        diagnostic.Message.Should().StartWith("the file is not valid YAML: a value is missing");
    }

    [Theory]
    [InlineData("", 1, 1)]
    [InlineData("# a comment\n- a list\n", 2, 1)]
    public void File_that_is_not_a_mapping_is_reported_at_a_real_position(string text, int line, int column)
    {
        // Was: line 0, column 0, from a default YamlDotNet Mark.
        var diagnostic = TestRules.Diagnostics(text).Should().ContainSingle().Which;

        diagnostic.Code.Should().Be("CR0103");
        diagnostic.Position.Should().Be(new SourcePosition("test.yaml", line, column));
    }

    [Fact]
    public void Brackets_nested_too_deep_in_an_expression_are_a_diagnostic_at_the_bracket_not_a_stack_overflow()
    {
        // Was: System.Linq.Dynamic.Core's parser recursed once per bracket and the process died (at about 1,700 on
        // a thread of the default stack size).
        var check = new string('(', 1_900) + "true" + new string(')', 1_900);
        var file = TestRules.Header + TestRules.Rule("test.deep", body: $$"""
                check: {{check}}
                message: { violated: { zh: 深, en: deep }, compliant: { zh: 深, en: deep } }
            """);

        var diagnostic = TestRules.Diagnostics(file).Should().ContainSingle().Which;

        diagnostic.Code.Should().Be("CR0306");
        diagnostic.Position.Column.Should().Be(12 + ExpressionCompiler.MaxBrackets);
        diagnostic.Message.Should().Be("check nests brackets more than 32 deep; name the inner parts under 'let'");
    }

    [Fact]
    public void The_longest_deepest_expression_allowed_compiles_on_a_thread_of_the_smallest_default_stack()
    {
        // The rules compile on the thread pool, whose threads get 1 MiB of stack on Windows and 1.5 MiB on Linux: an
        // expression at every limit at once (brackets as deep as allowed around a chain of additions as long as
        // allowed) must compile there, as it does on a main thread.
        var inner = new string('(', ExpressionCompiler.MaxBrackets) + "workforce.Total" + new string(')', ExpressionCompiler.MaxBrackets);
        var chain = inner + string.Concat(Enumerable.Repeat(" + 1", (ExpressionCompiler.MaxLength - inner.Length - 4) / 4)) + " > 0";
        chain.Length.Should().BeLessThanOrEqualTo(ExpressionCompiler.MaxLength).And.BeGreaterThan(ExpressionCompiler.MaxLength - 8);
        var file = TestRules.Header + TestRules.Rule("test.long", body: $$"""
                check: {{chain}}
                message: { violated: { zh: 长, en: long }, compliant: { zh: 长, en: long } }
            """);

        CatalogueLoadResult? result = null;
        var thread = new System.Threading.Thread(() => result = TestRules.LoadFile(file), maxStackSize: 1 << 20);
        thread.Start();
        thread.Join();

        result!.Diagnostics.Should().BeEmpty();
        result.Catalogue!.Rules.Should().ContainSingle();
    }

    [Fact]
    public void Very_long_expression_is_a_diagnostic_not_a_stack_overflow()
    {
        // Was: the expression guard recursed once per operator of 1 + 1 + … and the process died.
        var check = "1" + string.Concat(Enumerable.Repeat(" + 1", 30_000)) + " > 0";
        var file = TestRules.Header + TestRules.Rule("test.long", body: $$"""
                check: {{check}}
                message: { violated: { zh: 长, en: long }, compliant: { zh: 长, en: long } }
            """);

        var diagnostic = TestRules.Diagnostics(file).Should().ContainSingle().Which;

        diagnostic.Code.Should().Be("CR0306");
        diagnostic.Message.Should().StartWith("check has 120005 characters, more than 4000");
    }

    private static void Expect(string input, Func<CatalogueLoadResult> load, List<string> failures)
    {
        CatalogueLoadResult result;
        try
        {
            result = load();
        }
        catch (Exception e)
        {
            failures.Add($"{input}: {e.GetType().Name}: {e.Message}");
            return;
        }

        if (result.Success)
        {
            return;
        }

        if (result.Diagnostics.Count == 0)
        {
            failures.Add($"{input}: no catalogue and no diagnostic");
        }

        failures.AddRange(result.Diagnostics
            .Where(d => d.Position.Line < 1 || d.Position.Column < 1 || string.IsNullOrWhiteSpace(d.Message))
            .Select(d => $"{input}: diagnostic without a position or message: {d}"));
    }
}
