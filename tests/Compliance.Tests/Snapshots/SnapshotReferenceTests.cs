using System;
using System.IO;
using System.Linq;
using ChinaLabour.Compliance.Snapshots;
using Compliance.Tests.Support;
using FluentAssertions;
using Xunit;

namespace Compliance.Tests.Snapshots;

/// <summary>
/// docs/snapshot-reference.md is generated from the snapshot records and their XML docs; this test generates it again
/// and fails when the two differ, so that the reference integrators write snapshots from never drifts from the model.
/// </summary>
public sealed class SnapshotReferenceTests
{
    private static readonly string s_page = SnapshotReference.Markdown();

    [Fact]
    public void The_generated_snapshot_reference_is_current()
    {
        var path = Repository.Path("docs", "snapshot-reference.md");
        if (Environment.GetEnvironmentVariable("APPROVE_DOCS") == "1")
        {
            File.WriteAllText(path, s_page);
        }

        File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal).Should().Be(s_page,
            "docs/snapshot-reference.md is generated from the snapshot records; regenerate it with APPROVE_DOCS=1 dotnet test");
    }

    [Fact]
    public void Every_record_has_a_section_the_snapshot_first()
    {
        var sections = s_page.Split('\n').Where(l => l.StartsWith("## ", StringComparison.Ordinal)).Select(l => l[3..]).ToArray();

        sections.Should().StartWith("EmployerSnapshot").And.EndWith("Enumerations");
        sections.Should().Contain(SnapshotModel.Records.Select(r => r.Type.Name)).And.HaveCount(SnapshotModel.Records.Count + 1);
    }

    [Fact]
    public void Rows_give_enum_values_dates_or_none_absence_and_personal_data()
    {
        s_page.Should().Contain("| `form` | enum: `laborContract`, `dispatched`, `outsourced`, `flexible`, `partTime`, `intern` | not recorded |  | How the worker is engaged. |")
            .And.Contain("| `lastDrill` | DateOrNone: a date or `\"none\"` | not recorded |  | When the last emergency drill was held; `none` when no drill has been held. |")
            .And.Contain("| `idNumber` | string | not recorded | ID number | The resident identity card number (GB 11643-1999). Personal information: reports show `id` only")
            .And.Contain("| `name` | string | not recorded | name | The worker's name.")
            .And.Contain("| `end` | date | none |  | Last day of work; `null` while the worker stays. |")
            .And.Contain("| `regionCode` | code | not recorded |  | GB/T 2260 administrative division code");
    }
}
