namespace ChinaLabour.Compliance.Snapshots;

/// <summary>Why a snapshot could not be read, and where.</summary>
/// <param name="Source">The file or name the snapshot was read from.</param>
/// <param name="Line">The line, from 1; 0 when unknown.</param>
/// <param name="Column">The column, from 1; 0 when unknown.</param>
/// <param name="Path">The JSON path of the value at fault, e.g. <c>$.workers[0].start</c>.</param>
/// <param name="Message">What was expected and what was found.</param>
public sealed record SnapshotError(string Source, int Line, int Column, string? Path, string Message)
{
    /// <inheritdoc />
    public override string ToString() =>
        $"{Source}:{Line}:{Column}: {(Path is null ? string.Empty : $"at {Path}: ")}{Message}";
}
