using ChinaLabour.Compliance.Snapshots;
using Compliance.Tests.Support;
using FluentAssertions;
using Xunit;

namespace Compliance.Tests.Snapshots;

/// <summary>What a reader must not decide silently: which of two values meant the same thing, which document counts.</summary>
public sealed class SnapshotReaderStrictnessTests
{
    [Fact]
    public void A_member_written_twice_is_an_error_with_its_position_and_path_never_the_last_one_silently()
    {
        var read = SnapshotReader.ReadJson("""
            { "enterprise": { "id": "E1" },
              "workers": [ { "id": "W1", "form": "dispatched" },
                           { "id": "W2", "form": "dispatched", "form": "laborContract" } ] }
            """);

        read.Success.Should().BeFalse();
        read.Error!.Path.Should().Be("$.workers[1].form");
        (read.Error.Line, read.Error.Column).Should().Be((3, 52));
        read.Error.Message.Should().Contain("written twice");
    }

    [Fact]
    public void A_null_record_in_a_nested_list_is_an_error_with_its_position_never_a_record_the_rules_cannot_read()
    {
        // The deserializer takes a null in a list as it is; the check after it names it where the text has it.
        var json = SnapshotReader.ReadJson("""
            { "enterprise": { "id": "E1" },
              "workers": [ { "id": "W1", "trainings": [ { "kind": "safety" }, null ] } ] }
            """);
        var yaml = SnapshotReader.ReadYaml("enterprise: { id: E1 }\nworkers:\n  - id: W1\n    trainings:\n      - kind: safety\n      - null\n");

        json.Errors.Should().ContainSingle().Which.Should().Be(new SnapshotError("(json)", 2, 67, "$.workers[0].trainings[1]", "expected an object (a training), found null"));
        yaml.Errors.Should().ContainSingle().Which.Should().Be(new SnapshotError("(yaml)", 6, 9, "$.workers[0].trainings[1]", "expected an object (a training), found null"));
    }

    [Fact]
    public void A_blank_id_read_from_text_is_an_error_at_the_id()
    {
        var read = SnapshotReader.ReadJson("""
            { "enterprise": { "id": "E1" },
              "workers": [ { "id": "W1" }, { "id": " " } ] }
            """);

        read.Success.Should().BeFalse();
        (read.Error!.Path, read.Error.Line, read.Error.Column).Should().Be(("$.workers[1].id", 2, 40));
    }

    [Fact]
    public void A_yaml_file_with_a_second_document_is_an_error_at_it_not_half_read()
    {
        var read = SnapshotReader.ReadYaml("enterprise: { id: E1 }\n---\nenterprise: { id: E2 }\n");

        read.Success.Should().BeFalse();
        read.Error!.Line.Should().Be(3);
        read.Error.Message.Should().Contain("2 YAML documents");
    }

    [Fact]
    public void A_rule_file_with_a_second_document_is_a_diagnostic()
    {
        TestRules.Diagnostics(TestRules.Header + TestRules.Rule("test.one") + "\n---\nrules: []\n")
            .Should().Contain(d => d.Code == "CR0001" && d.Message.Contains("2 YAML documents", System.StringComparison.Ordinal));
    }
}
