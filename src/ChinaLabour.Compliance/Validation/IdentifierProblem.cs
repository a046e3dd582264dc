namespace ChinaLabour.Compliance.Validation;

/// <summary>Why an identifier is not valid.</summary>
public enum IdentifierProblem
{
    /// <summary>No identifier was given.</summary>
    Missing,

    /// <summary>The identifier does not have the length its standard prescribes.</summary>
    WrongLength,

    /// <summary>A character is not one the standard allows in its position.</summary>
    InvalidCharacter,

    /// <summary>A resident ID number's characters 7 to 14 are not a real date.</summary>
    InvalidBirthDate,

    /// <summary>The last character is not the check character computed from the others.</summary>
    WrongCheckCharacter,
}
