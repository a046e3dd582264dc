using System;

namespace ChinaLabour.Compliance.Snapshots;

/// <summary>
/// Marks text whose empty value means "none" (a post that involves no special operation): a spreadsheet cell with a
/// word for none (无, 不涉及, none) reads as the empty text.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class EmptyMeansNoneAttribute : Attribute
{
}
