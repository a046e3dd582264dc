using System;

namespace ChinaLabour.Compliance.Snapshots;

/// <summary>
/// Marks a field rules do not read directly, because a fact derived from it stands in its place (the headcount
/// totals are read as <c>workforce</c>, together with the roster).
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class NotReadByRulesAttribute : Attribute
{
}
