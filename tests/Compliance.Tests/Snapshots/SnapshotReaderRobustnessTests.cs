using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using ChinaLabour.Compliance.Snapshots;
using Compliance.Tests.Support;
using FluentAssertions;
using Xunit;

namespace Compliance.Tests.Snapshots;

/// <summary>
/// Bad snapshots are errors with their positions, never an exception or a crash: the bundled samples, damaged a
/// few hundred ways with a fixed seed, and the inputs that once escaped as exceptions.
/// </summary>
public sealed class SnapshotReaderRobustnessTests
{
    private const int Seed = 20240701;

    private const int MutationsPerFile = 50;

    private const int FileMutationsPerFile = 5;

    private static readonly string s_samples = Path.Combine(AppContext.BaseDirectory, "samples");

    public static TheoryData<string> Samples() =>
        new(Directory.EnumerateFiles(s_samples).Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Samples))]
    public void Damaged_sample_reads_to_an_error_with_a_position_never_an_exception(string name)
    {
        var text = File.ReadAllText(Path.Combine(s_samples, name));
        var json = name.EndsWith(".json", StringComparison.Ordinal);
        var mutator = new Mutator(Seed + name.Length, json);
        var failures = new List<string>();

        for (var i = 0; i < MutationsPerFile; i++)
        {
            var (what, damaged) = mutator.Mutate(text);
            var input = $"{name} #{i}: {what}";
            if (json)
            {
                Expect(input + " (as JSON)", () => SnapshotReader.ReadJson(damaged, name), failures);
            }

            // JSON is nearly YAML, so a JSON sample also exercises the YAML reader with braces and quotes.
            Expect(input + " (as YAML)", () => SnapshotReader.ReadYaml(damaged, name), failures);
        }

        failures.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Damaged_sample_file_reads_to_an_error_with_a_position_never_an_exception(string name)
    {
        var text = File.ReadAllText(Path.Combine(s_samples, name));
        var mutator = new Mutator(Seed - name.Length, name.EndsWith(".json", StringComparison.Ordinal));
        var failures = new List<string>();
        var folder = Directory.CreateTempSubdirectory("compliance-snapshots-").FullName;
        try
        {
            var path = Path.Combine(folder, name);
            for (var i = 0; i < FileMutationsPerFile; i++)
            {
                var (what, damaged) = mutator.Mutate(text);
                File.WriteAllText(path, damaged, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
                Expect($"{name} #{i}: {what}", () => SnapshotReader.ReadFile(path), failures);
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        failures.Should().BeEmpty();
    }

    [Fact]
    public void Half_a_surrogate_pair_in_json_text_is_an_error_at_its_position()
    {
        // Was: ArgumentException from System.Text.Json, which cannot transcode it to UTF-8.
        var error = SnapshotReader.ReadJson("{ \"enterprise\":\n  { \"id\": \"E\uD800\" } }", "e.json").Error!;

        error.ToString().Should().Be("e.json:2:13: expected text, found half of a UTF-16 surrogate pair (U+D800)");
    }

    [Fact]
    public void Yaml_nested_deeper_than_json_allows_is_an_error_not_an_exception()
    {
        // Was: InvalidOperationException from System.Text.Json, which writes at most 64 levels.
        var error = SnapshotReader.ReadYaml("enterprise: " + new string('[', 100) + new string(']', 100), "e.yaml").Error!;

        error.ToString().Should().Be(
            "e.yaml:1:76: lists and mappings are nested more than 64 deep; an alias that refers to itself or to its own parent nests without end");
    }

    [Fact]
    public void Yaml_nested_deep_enough_to_overflow_the_stack_is_an_error()
    {
        // Was: YamlDotNet builds nodes recursively and the process died of a stack overflow.
        var error = SnapshotReader.ReadYaml("enterprise: " + new string('[', 100_000)).Error!;

        error.Line.Should().Be(1);
        error.Message.Should().StartWith("lists and mappings are nested more than 64 deep");
    }

    [Fact]
    public void Alias_that_contains_itself_is_an_error_not_a_stack_overflow()
    {
        // Was: the conversion to JSON followed the alias without end and the process died.
        var error = SnapshotReader.ReadYaml("enterprise: &a [*a]", "e.yaml").Error!;

        error.ToString().Should().StartWith("e.yaml:1:13: lists and mappings are nested more than 64 deep");
    }

    [Fact]
    public void Aliases_of_aliases_are_refused_before_they_exhaust_the_memory()
    {
        // Was: nine levels of ten aliases each expanded to 10^9 values ("billion laughs"); six took 25 s and 4 GB.
        var yaml = "l0: &l0 [x, x, x, x, x, x, x, x, x, x]\n" + string.Concat(Enumerable.Range(1, 9).Select(i =>
            $"l{i}: &l{i} [{string.Join(", ", Enumerable.Repeat($"*l{i - 1}", 10))}]\n")) + "enterprise: { id: E1 }\n";

        var error = SnapshotReader.ReadYaml(yaml, "e.yaml").Error!;

        // Each l4 is 211,111 characters and nodes; the aliases before l5 repeat 234,540: the fourth *l4 passes a million.
        error.ToString().Should().Be("e.yaml:6:25: " + TooMuchAliased);
    }

    [Fact]
    public void A_large_value_aliased_many_times_is_refused_by_its_size_not_its_count()
    {
        // Was: a 10 MB scalar aliased 1,000 times passed a cap that counted nodes, and the conversion needed 10 GB.
        var yaml = "big: &big " + new string('x', 100_000) + "\nenterprise:\n  id: E1\n  notes: [" + string.Join(", ", Enumerable.Repeat("*big", 1_000)) + "]\n";

        var error = SnapshotReader.ReadYaml(yaml, "e.yaml").Error!;

        error.ToString().Should().Be("e.yaml:4:" + (11 + (9 * 6)) + ": " + TooMuchAliased, "the tenth alias passes a million characters");
    }

    private const string TooMuchAliased =
        "aliases repeat more than 1,000,000 characters of text; write the values out instead of aliasing large values or aliases of aliases";

    [Fact]
    public void Alias_read_as_a_key_without_a_value_is_an_error_not_an_exception()
    {
        // Was: ArgumentException ("The current event is of an unsupported type") from YamlDotNet's node builder.
        var error = SnapshotReader.ReadYaml("enterprise: \"x\"*b\n", "e.yaml").Error!;

        error.Line.Should().Be(2);
        error.Message.Should().StartWith("a value is missing");
    }

    private static void Expect(string input, Func<SnapshotReadResult> read, List<string> failures)
    {
        SnapshotReadResult result;
        try
        {
            result = read();
        }
        catch (Exception e)
        {
            failures.Add($"{input}: {e.GetType().Name}: {e.Message}");
            return;
        }

        // SnapshotError documents 0 for a line or column it cannot tell; never less.
        if (!result.Success && (result.Error.Line < 0 || result.Error.Column < 0 || string.IsNullOrWhiteSpace(result.Error.Message)))
        {
            failures.Add($"{input}: error without a position or message: {result.Error}");
        }
    }
}
