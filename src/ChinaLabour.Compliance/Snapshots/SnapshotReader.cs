using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Text.Json.Nodes;
using YamlDotNet.Core;

namespace ChinaLabour.Compliance.Snapshots;

/// <summary>Reads employer snapshots from JSON or YAML (camelCase names, dates as yyyy-MM-dd).</summary>
/// <threadsafety>Stateless; safe to use from many threads.</threadsafety>
public static class SnapshotReader
{
    /// <summary>Reads a snapshot file, as YAML when it ends in <c>.yaml</c> or <c>.yml</c>, else as JSON.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The snapshot, or an error with line, column and JSON path. Never throws for bad content.</returns>
    public static SnapshotReadResult ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail(new SnapshotError(path, 0, 0, null, e.Message));
        }

        var yaml = path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);
        return yaml ? ReadYaml(text, path) : ReadJson(text, path);
    }

    /// <summary>Reads a snapshot from JSON text.</summary>
    /// <param name="json">The JSON.</param>
    /// <param name="source">A name for the text in error messages.</param>
    /// <returns>The snapshot, or an error with line, column and JSON path.</returns>
    public static SnapshotReadResult ReadJson(string json, string source = "(json)")
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            var snapshot = JsonSerializer.Deserialize<EmployerSnapshot>(json, SnapshotJson.Options);
            if (JsonOutline.Read(json, positions: false).Repeated is { } repeated)
            {
                return Fail(new SnapshotError(source, repeated.Line, repeated.Column, repeated.Path,
                    $"'{repeated.Name}' is written twice in the same object; keep one, since which one is meant cannot be told"));
            }

            return Check(snapshot, source, Mistakes, path => JsonOutline.Read(json, positions: true).ValueOf(path));
        }
        catch (JsonException e)
        {
            // The deserializer stops at the first mistake; the contract names them all, where it can judge them.
            var errors = Mistakes();
            if (errors.Count > 0)
            {
                return SnapshotReadResult.Failed(errors);
            }

            var line = (int)(e.LineNumber ?? -1) + 1;
            var column = (int)(e.BytePositionInLine ?? -1) + 1;
            return Fail(new SnapshotError(source, line, column, e.Path, Describe(e)));
        }
        catch (ArgumentException) when (LoneSurrogate(json) is { } at)
        {
            // System.Text.Json cannot transcode half of a surrogate pair to UTF-8; text read from a file never
            // holds one (the decoder replaces it), but a string built in memory can.
            return Fail(new SnapshotError(source, at.Line, at.Column, null, $"expected text, found half of a UTF-16 surrogate pair (U+{(int)json[at.Index]:X4})"));
        }

        IReadOnlyList<SnapshotError> Mistakes()
        {
            var outline = JsonOutline.Read(json, positions: true);
            return Contract(() => JsonNode.Parse(json, null, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }),
                (path, name, message) => At(source, name ? outline.NameOf(path) : outline.ValueOf(path), path, message));
        }
    }

    /// <summary>Reads a snapshot from YAML text.</summary>
    /// <param name="yaml">The YAML.</param>
    /// <param name="source">A name for the text in error messages.</param>
    /// <returns>The snapshot, or an error with line, column and JSON path.</returns>
    public static SnapshotReadResult ReadYaml(string yaml, string source = "(yaml)")
    {
        ArgumentNullException.ThrowIfNull(yaml);
        return FromYaml(() => YamlToJson.Convert(yaml), source);
    }

    /// <summary>
    /// Checks a snapshot built in code, with object initializers, as a read one is checked once its JSON fits the
    /// records: the enterprise and every record must have an id, and no list may hold a null.
    /// </summary>
    /// <remarks>
    /// The types themselves hold what the JSON contract checks of text (dates are dates, enums are members), and the
    /// checker needs only the enterprise; an id left blank would name nothing in the report.
    /// </remarks>
    /// <param name="snapshot">The snapshot.</param>
    /// <param name="source">A name for the snapshot in error messages.</param>
    /// <returns>The snapshot, or the first record without an id, by JSON path (line and column 0: there is no text).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="snapshot"/> is null.</exception>
    public static SnapshotReadResult Validate(EmployerSnapshot snapshot, string source = "(object)")
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return Check(snapshot, source);
    }

    /// <summary>Reads a snapshot written as a node of a larger YAML file; errors point into that file.</summary>
    internal static SnapshotReadResult ReadYaml(YamlDotNet.RepresentationModel.YamlNode yaml, string source) =>
        FromYaml(() => YamlToJson.Convert(yaml), source);

    /// <summary>One way for YAML text and YAML nodes: convert, then read as JSON, errors pointing into the YAML.</summary>
    private static SnapshotReadResult FromYaml(Func<(JsonNode? Node, YamlJsonMap Map)> convert, string source)
    {
        JsonNode? node;
        YamlJsonMap map;
        try
        {
            (node, map) = convert();
        }
        catch (YamlException e)
        {
            return Fail(YamlError(e, source));
        }

        try
        {
            return Check(node.Deserialize<EmployerSnapshot>(SnapshotJson.Options), source, Mistakes, path => Position(map.Find(path)));
        }
        catch (JsonException e)
        {
            var errors = Mistakes();
            if (errors.Count > 0)
            {
                return SnapshotReadResult.Failed(errors);
            }

            var mark = map.Find(e.Path);
            return Fail(new SnapshotError(source, (int)mark.Line, (int)mark.Column, e.Path, Describe(e)));
        }

        IReadOnlyList<SnapshotError> Mistakes() => Contract(() => node, (path, _, message) => At(source, Position(map.Find(path)), path, message));
    }

    /// <summary>
    /// What a snapshot that read must still hold: records in its lists, not nulls, and an id for each record. Read from
    /// text, a null record is the contract's to describe (<paramref name="mistakes"/>: the deserializer takes one in a
    /// list as it is), and an error points where <paramref name="locate"/> finds its path; built in code, there is no
    /// position (line and column 0).
    /// </summary>
    private static SnapshotReadResult Check(
        EmployerSnapshot? snapshot, string source, Func<IReadOnlyList<SnapshotError>>? mistakes = null, Func<string, (int Line, int Column)>? locate = null)
    {
        if (snapshot is null)
        {
            return Fail(new SnapshotError(source, 1, 1, "$", "expected an object with 'enterprise', found null"));
        }

        if (NullRecords.Find(snapshot) is { } entry)
        {
            if (mistakes?.Invoke() is { Count: > 0 } errors)
            {
                return SnapshotReadResult.Failed(errors);
            }

            return Fail(Located($"$.{entry}", "expected a record, found null; remove the entry or give the record"));
        }

        return SnapshotIdentity.FindBlank(snapshot) is { } path
            ? Fail(Located(path, "expected an id, found an empty or missing one; every record needs an id to be named in a report"))
            : SnapshotReadResult.Read(snapshot);

        SnapshotError Located(string path, string message) =>
            locate?.Invoke(path) is { } at ? new(source, at.Line, at.Column, path, message) : new(source, 0, 0, path, message);
    }

    private static SnapshotReadResult Fail(SnapshotError error) => SnapshotReadResult.Failed(error);

    private static IReadOnlyList<SnapshotError> Contract(Func<JsonNode?> parse, Func<string, bool, string, SnapshotError> error)
    {
        try
        {
            return SnapshotContract.Check(parse(), error);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentException)
        {
            // Not even well-formed, a text holding half a surrogate pair, a member written twice: the deserializer's
            // one error says so.
            return [];
        }
    }

    private static SnapshotError At(string source, (int Line, int Column) at, string path, string message) => new(source, at.Line, at.Column, path, message);

    private static (int Line, int Column) Position(Mark mark) => ((int)mark.Line, (int)mark.Column);

    private static SnapshotError YamlError(YamlException e, string source) =>
        new(source, (int)e.Start.Line, (int)e.Start.Column, null, e.InnerException?.Message ?? e.Message);

    private static (int Index, int Line, int Column)? LoneSurrogate(string text)
    {
        var (line, lineStart) = (1, 0);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return (i, line, i - lineStart + 1);
            }
            else if (text[i] == '\n')
            {
                (line, lineStart) = (line + 1, i + 1);
            }
        }

        return null;
    }

    private static string Describe(JsonException e)
    {
        // System.Text.Json appends "Path: … | LineNumber: …" to its messages; the error carries those as values.
        if (e.InnerException is NodaTime.Text.UnparsableValueException date)
        {
            return $"expected a date written yyyy-MM-dd, e.g. 2024-06-30: {date.Message}";
        }

        var message = e.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        message = cut > 0 ? message[..cut] : message;
        if (e.InnerException is { } inner && inner is not JsonException)
        {
            message += " " + inner.Message;
        }

        return message.Replace("ChinaLabour.Compliance.Snapshots.", string.Empty, StringComparison.Ordinal).Trim();
    }
}
