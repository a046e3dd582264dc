namespace Compliance.Import;

/// <summary>Where an employer's own row is: the employers file or workbook, its sheet, and the row.</summary>
internal readonly record struct ImportedEmployerPosition(string Source, string? Sheet, int Row);
