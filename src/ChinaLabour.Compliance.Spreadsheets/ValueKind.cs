namespace ChinaLabour.Compliance.Spreadsheets;

/// <summary>How a spreadsheet cell is read into a snapshot field.</summary>
internal enum ValueKind
{
    /// <summary>Text, trimmed; a number cell is written without a decimal point when whole.</summary>
    Text,

    /// <summary>Text where a word for "none" (无, 不涉及, none) gives the empty text the snapshot uses for none.</summary>
    TextOrNone,

    /// <summary>A code such as a credit or region code: text, and a number cell must be whole.</summary>
    Code,

    /// <summary>A resident ID number: text only (a number cell has lost digits), masked wherever it is quoted.</summary>
    IdNumber,

    /// <summary>A person's name: text, never quoted in a message.</summary>
    PersonalName,

    /// <summary>A whole number.</summary>
    Integer,

    /// <summary>A decimal number.</summary>
    Number,

    /// <summary>Yes or no, in any of the words the vocabulary lists.</summary>
    Boolean,

    /// <summary>A calendar date in one of the accepted forms, or an Excel serial date.</summary>
    Date,

    /// <summary>A date, or a word for none (无, 未设置, none): "none" is an answer, an empty cell is not.</summary>
    DateOrNone,

    /// <summary>A year and month.</summary>
    Month,

    /// <summary>One of an enum's values, in any of the words the vocabulary lists.</summary>
    Enum,
}
