using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using ChinaLabour.Compliance;
using ChinaLabour.Compliance.Checking;
using ChinaLabour.Compliance.Snapshots;
using NodaTime;

namespace Compliance.Tests.Support;

/// <summary>One case of a rule test file.</summary>
internal sealed record RuleCase(string Name, LocalDate AsOf, JsonObject Snapshot, IReadOnlyList<(string Rule, string Outcome)> Expected)
{
    /// <summary>The rules the case expects to be violated.</summary>
    public IEnumerable<string> Violated => Expected.Where(e => e.Outcome == "violated").Select(e => e.Rule);

    /// <summary>The rules the case expects to be compliant.</summary>
    public IEnumerable<string> Compliant => Expected.Where(e => e.Outcome == "compliant").Select(e => e.Rule);

    /// <summary>The case's snapshot, read.</summary>
    public EmployerSnapshot Read(JsonObject? snapshot = null) =>
        SnapshotReader.ReadJson((snapshot ?? Snapshot).ToJsonString(), Name) is var read && read.Success
            ? read.Snapshot
            : throw new InvalidOperationException($"{Name}: the snapshot does not read: {read.Error}");

    /// <summary>The outcome of <paramref name="rule"/> for <paramref name="snapshot"/> (default: the case's).</summary>
    public RuleResult Result(ComplianceChecker checker, string rule, EmployerSnapshot? snapshot = null) =>
        checker.Check(snapshot ?? Read(), AsOf).Results.Single(r => r.Rule.Id == rule);
}
