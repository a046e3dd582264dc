using System.Collections.Generic;
using ChinaLabour.Compliance.Checking;

namespace ChinaLabour.Compliance.Waivers;

/// <summary>A waiver for the employer whose last day is before the report's as-of date: it no longer waives anything.</summary>
/// <param name="Waiver">The expired waiver.</param>
/// <param name="Unwaived">The violations it would cover were it in force, reported as violations.</param>
public sealed record ExpiredWaiver(Waiver Waiver, IReadOnlyList<RuleResult> Unwaived);
