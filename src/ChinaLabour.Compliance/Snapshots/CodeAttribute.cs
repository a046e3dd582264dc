using System;

namespace ChinaLabour.Compliance.Snapshots;

/// <summary>Marks text that is a code (a credit, region or industry code): a spreadsheet number cell must be whole.</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class CodeAttribute : Attribute
{
}
