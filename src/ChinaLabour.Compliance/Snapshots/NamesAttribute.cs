using System;
using System.Collections.Generic;

namespace ChinaLabour.Compliance.Snapshots;

/// <summary>
/// The other names a field, a table or a value is written with in the spreadsheets HR systems export, Chinese
/// first: the headers of a column (the first Chinese one is written on export), the names of a table's file or
/// sheet (on a list), the words for an enumeration value. The English name is always the field's own JSON name.
/// </summary>
/// <param name="names">The names, in the order the vocabulary lists them.</param>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Class | AttributeTargets.Field)]
internal sealed class NamesAttribute(params string[] names) : Attribute
{
    /// <summary>The names, in the order given.</summary>
    public IReadOnlyList<string> Names { get; } = names;
}
