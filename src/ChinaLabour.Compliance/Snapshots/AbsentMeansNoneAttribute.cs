using System;

namespace ChinaLabour.Compliance.Snapshots;

/// <summary>
/// Marks a field whose absence means "none" rather than "not recorded": a worker's last day while the worker stays,
/// a hidden danger's rectification date while it is open. Rules read such a field as a nullable value and never
/// find it missing; every other optional field, absent, is a missing fact.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class AbsentMeansNoneAttribute : Attribute
{
}
