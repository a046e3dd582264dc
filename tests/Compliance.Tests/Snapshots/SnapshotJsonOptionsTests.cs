using System;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ChinaLabour.Compliance.Snapshots;
using Compliance.Tests.Support;
using FluentAssertions;
using Xunit;

namespace Compliance.Tests.Snapshots;

public sealed class SnapshotJsonOptionsTests
{
    private static readonly string s_sample = File.ReadAllText(Repository.Path("samples", "data", "shuozhou-coal-mine.json"));

    [Fact]
    public void The_default_options_are_read_only_and_read_what_the_reader_reads()
    {
        SnapshotJsonOptions.Default.IsReadOnly.Should().BeTrue();

        var bound = JsonSerializer.Deserialize<EmployerSnapshot>(s_sample, SnapshotJsonOptions.Default);

        bound.Should().BeEquivalentTo(SnapshotReader.ReadJson(s_sample).Snapshot, o => o.WithStrictOrdering());
    }

    [Fact]
    public void Options_of_a_web_host_read_snapshots_and_still_serve_other_types()
    {
        // As ASP.NET Core makes them: web defaults with the reflection resolver.
        var web = new JsonSerializerOptions(JsonSerializerDefaults.Web) { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };

        SnapshotJsonOptions.ApplyTo(web);

        JsonSerializer.Deserialize<EmployerSnapshot>(s_sample, web).Should().BeEquivalentTo(SnapshotReader.ReadJson(s_sample).Snapshot, o => o.WithStrictOrdering());
        JsonSerializer.Deserialize<Reply>("""{ "enterpriseId": "E1" }""", web).Should().Be(new Reply("E1"));
    }

    [Fact]
    public void Options_given_the_settings_refuse_an_unknown_member_as_the_reader_does()
    {
        var options = SnapshotJsonOptions.ApplyTo(new JsonSerializerOptions());

        var bind = () => JsonSerializer.Deserialize<EmployerSnapshot>("""{ "enterprise": { "id": "E1" }, "employees": [] }""", options);

        bind.Should().Throw<JsonException>().WithMessage("*employees*");
        SnapshotReader.ReadJson("""{ "enterprise": { "id": "E1" }, "employees": [] }""").Error!.Path.Should().Be("$.employees");
    }

    [Fact]
    public void Read_only_options_cannot_be_given_the_settings()
    {
        var apply = () => SnapshotJsonOptions.ApplyTo(SnapshotJsonOptions.Default);

        apply.Should().Throw<InvalidOperationException>();
    }

    private sealed record Reply(string EnterpriseId);
}
