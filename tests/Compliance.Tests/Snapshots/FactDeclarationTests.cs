using System.Linq;
using ChinaLabour.Compliance;
using ChinaLabour.Compliance.Checking;
using ChinaLabour.Compliance.Snapshots;
using Compliance.Tests.Support;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace Compliance.Tests.Snapshots;

/// <summary>
/// A fact declared once, on its snapshot record, reaches every place that reads facts: the JSON reader, the
/// spreadsheet columns (tests/Compliance.Spreadsheets.Tests/FactDeclarationTests.cs), the views rule expressions read and the missing-fact paths. Vehicle.InServiceSince was added
/// by its declaration alone; these tests hold it to that.
/// </summary>
public sealed class FactDeclarationTests
{
    private const string Rule = """
          - id: test.vehicle.in-service
            title: { zh: 测试, en: Test }
            reading: test reading
            citation:
              clause: 第二条
              quote: 劳务派遣用工数量不得超过用工总量的10%
              en: test
            severity: minor
            needs: [vehicles]
            let:
              newer: vehicles.Count(v => v.InServiceSince >= inForce)
            check: newer == 0
            message: { violated: { zh: "{newer}", en: "{newer}" }, compliant: { zh: "{newer}", en: "{newer}" } }
        """;

    [Fact]
    public void A_declared_field_is_read_from_json()
    {
        var read = SnapshotReader.ReadJson("""{ "enterprise": { "id": "E1" }, "vehicles": [ { "id": "V1", "inServiceSince": "2018-03-01" } ] }""");

        read.Snapshot!.Vehicles![0].InServiceSince.Should().Be(new LocalDate(2018, 3, 1));
    }

    [Fact]
    public void A_declared_field_is_readable_by_rules_and_names_itself_when_missing()
    {
        var checker = ComplianceChecker.Create(TestRules.Catalogue(TestRules.Header + Rule));
        var snapshot = new EmployerSnapshot
        {
            Enterprise = new Enterprise { Id = "E1", RegionCode = "140602" },
            Vehicles = [new Vehicle { Id = "V1", InServiceSince = new LocalDate(2023, 1, 1) }, new Vehicle { Id = "V2" }],
        };

        var result = checker.Check(snapshot, new LocalDate(2024, 6, 30)).Results.Single();

        result.Outcome.Should().Be(Outcome.Indeterminate);
        result.MissingFacts.Should().Equal("vehicles[V2].inServiceSince");
        checker.Check(snapshot with { Vehicles = snapshot.Vehicles.Take(1).ToArray() }, new LocalDate(2024, 6, 30)).Results.Single()
            .Outcome.Should().Be(Outcome.Violated);
    }
}
