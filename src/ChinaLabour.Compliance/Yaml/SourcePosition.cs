namespace ChinaLabour.Compliance.Yaml;

/// <summary>A place in a text file, 1-based, as editors show it.</summary>
/// <param name="File">The file's path as given to the loader.</param>
/// <param name="Line">The line, from 1.</param>
/// <param name="Column">The column, from 1.</param>
public readonly record struct SourcePosition(string File, int Line, int Column)
{
    /// <inheritdoc />
    public override string ToString() => $"{File}:{Line}:{Column}";
}
