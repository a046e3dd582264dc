using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace ChinaLabour.Compliance.Snapshots;

/// <summary>
/// Where each member and element of a JSON text is, by JSON path (<c>$.workers[2].start</c>), and the first member
/// written twice in one object: System.Text.Json keeps the last silently, so
/// <c>{"form": "dispatched", "form": "laborContract"}</c> would be read as whichever came second, and nobody would know.
/// </summary>
internal sealed class JsonOutline
{
    private readonly Dictionary<string, (int Line, int Column)> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Line, int Column)> _values = new(StringComparer.Ordinal);

    private JsonOutline()
    {
    }

    /// <summary>The first repeated member, with its 1-based line and column and its JSON path; null when there is none.</summary>
    public (int Line, int Column, string Path, string Name)? Repeated { get; private set; }

    /// <summary>Where the member or element at <paramref name="path"/> is written: its name for a member, else its value.</summary>
    public (int Line, int Column) NameOf(string path) => _names.TryGetValue(path, out var at) ? at : ValueOf(path);

    /// <summary>Where the value at <paramref name="path"/> begins, or the nearest enclosing value's.</summary>
    public (int Line, int Column) ValueOf(string? path)
    {
        while (!string.IsNullOrEmpty(path))
        {
            if (_values.TryGetValue(path, out var at))
            {
                return at;
            }

            var cut = path.LastIndexOfAny(['.', '[']);
            path = cut > 0 ? path[..cut] : null;
        }

        return (1, 1);
    }

    /// <summary>Reads the outline of <paramref name="json"/>; what is malformed is the deserializer's to report.</summary>
    /// <param name="json">The text.</param>
    /// <param name="positions">
    /// Whether to record where every member and element is: only a snapshot that did not read needs them, so a
    /// snapshot that did pays for the search for a repeated member alone.
    /// </param>
    public static JsonOutline Read(string json, bool positions)
    {
        var outline = new JsonOutline();
        var bytes = Encoding.UTF8.GetBytes(json);
        var lines = new LineIndex(bytes);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });

        // Each open object (with the names seen so far) or array (with the index of its next element), and its path.
        var scopes = new Stack<(HashSet<string>? Names, string Path, int Index)>();
        string? pending = null;
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.PropertyName)
                {
                    var (names, owner, _) = scopes.Peek();
                    var name = reader.GetString()!;
                    pending = owner + "." + name;
                    if (positions)
                    {
                        outline._names.TryAdd(pending, lines.Position((int)reader.TokenStartIndex));
                    }

                    if (!names!.Add(name) && outline.Repeated is null)
                    {
                        var at = lines.Position((int)reader.TokenStartIndex);
                        outline.Repeated = (at.Line, at.Column, pending, name);
                    }

                    continue;
                }

                if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
                {
                    scopes.Pop();
                    continue;
                }

                var path = pending ?? ElementPath(scopes) ?? "$";
                pending = null;
                if (positions)
                {
                    outline._values.TryAdd(path, lines.Position((int)reader.TokenStartIndex));
                }

                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    scopes.Push((reader.TokenType == JsonTokenType.StartObject ? new HashSet<string>(StringComparer.Ordinal) : null, path, 0));
                }
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // Malformed JSON, or a name holding half a surrogate pair, is the deserializer's to report, with its position.
        }

        return outline;
    }

    /// <summary>For a value inside an array, its path (<c>$.workers[2]</c>), moving the array on to its next element.</summary>
    private static string? ElementPath(Stack<(HashSet<string>? Names, string Path, int Index)> scopes)
    {
        if (scopes.Count == 0 || scopes.Peek().Names is not null)
        {
            return null;
        }

        var array = scopes.Pop();
        scopes.Push(array with { Index = array.Index + 1 });
        return $"{array.Path}[{array.Index}]";
    }

    /// <summary>Line and column (in characters, from 1) of byte offsets read in increasing order.</summary>
    private sealed class LineIndex(byte[] bytes)
    {
        private int _line = 1;
        private int _lineStart;
        private int _scanned;

        public (int Line, int Column) Position(int index)
        {
            for (; _scanned < index; _scanned++)
            {
                if (bytes[_scanned] == (byte)'\n')
                {
                    _line++;
                    _lineStart = _scanned + 1;
                }
            }

            return (_line, Encoding.UTF8.GetCharCount(bytes, _lineStart, index - _lineStart) + 1);
        }
    }
}
