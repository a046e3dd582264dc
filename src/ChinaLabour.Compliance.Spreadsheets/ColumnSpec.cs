using System.Collections.Generic;
using System.Linq;

namespace ChinaLabour.Compliance.Spreadsheets;

/// <summary>
/// One column a table may hold: the field it fills (a dotted path inside the table's record), how its cells are read,
/// and every header it may carry.
/// </summary>
/// <param name="Field">The dotted path inside the record, e.g. <c>headcount.dispatched</c> or <c>form</c>.</param>
/// <param name="Kind">How a cell is read.</param>
/// <param name="EnumName">For <see cref="ValueKind.Enum"/>, the name of the enum in the vocabulary.</param>
/// <param name="Headers">The headers, English first, then the Chinese and other names, as written in the vocabulary.</param>
internal sealed record ColumnSpec(string Field, ValueKind Kind, string? EnumName, IReadOnlyList<string> Headers)
{
    /// <summary>
    /// Where the field is in the record, as <see cref="RecordShape"/> slots: one for a field of the table's record,
    /// two for a field of a record inside it (<c>headcount.dispatched</c>); empty for a key column, which fills no field.
    /// </summary>
    public int[] Slots { get; init; } = [];

    /// <summary>The leading header, used when the importer names the column.</summary>
    public string Header => Headers[0];

    /// <summary>The header written in English: the field's name, and for an identity the key name (<c>workerId</c>).</summary>
    public string EnglishHeader => IsIdentity
        ? Headers.First(h => h is not "id" and not "enterprise.id" && h.All(char.IsAscii))
        : Field[(Field.LastIndexOf('.') + 1)..];

    /// <summary>The header written in Chinese: the first Chinese name the vocabulary gives.</summary>
    public string ChineseHeader => Headers.FirstOrDefault(h => !h.All(char.IsAscii)) ?? EnglishHeader;

    /// <summary>Whether the field is the record's identity (<c>id</c>, or <c>enterprise.id</c> for employers).</summary>
    public bool IsIdentity => Field is "id" or "enterprise.id";

    /// <summary>Whether the cell holds personal information that messages must not quote in full.</summary>
    public bool IsPersonal => Kind is ValueKind.IdNumber or ValueKind.PersonalName;
}
