using System;

namespace ChinaLabour.Compliance.Snapshots;

/// <summary>
/// Marks personal information (a name, an ID number): rules cannot read it, and messages never quote it in full.
/// </summary>
/// <param name="kind">What kind of personal information the field holds.</param>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class PersonalAttribute(PersonalKind kind) : Attribute
{
    /// <summary>What kind of personal information the field holds.</summary>
    public PersonalKind Kind { get; } = kind;
}
