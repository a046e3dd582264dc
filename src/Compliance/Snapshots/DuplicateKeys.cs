using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace Compliance.Snapshots;

/// <summary>
/// Finds a member written twice in one JSON object: System.Text.Json keeps the last silently, so
/// <c>{"form": "dispatched", "form": "laborContract"}</c> would be read as whichever came second, and nobody would know.
/// </summary>
internal static class DuplicateKeys
{
    /// <summary>The first repeated member, with its 1-based line and column and its JSON path; null when there is none.</summary>
    public static (int Line, int Column, string Path, string Name)? Find(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        // Each open object (with the names seen so far) or array (with the index of its next element), and its path.
        var scopes = new Stack<(HashSet<string>? Names, string Path, int Index)>();
        var path = "$";
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        var here = ElementPath(scopes) ?? path;
                        scopes.Push((reader.TokenType == JsonTokenType.StartObject ? new HashSet<string>(StringComparer.Ordinal) : null, here, 0));
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        scopes.Pop();
                        path = scopes.Count > 0 ? scopes.Peek().Path : "$";
                        break;
                    case JsonTokenType.PropertyName:
                        var (names, owner, _) = scopes.Peek();
                        var name = reader.GetString()!;
                        if (!names!.Add(name))
                        {
                            var (line, column) = Position(bytes, (int)reader.TokenStartIndex);
                            return (line, column, owner + "." + name, name);
                        }

                        path = owner + "." + name;
                        break;
                    default:
                        _ = ElementPath(scopes);
                        break;
                }
            }
        }
        catch (JsonException)
        {
            // Malformed JSON is the deserializer's to report, with its own position.
        }

        return null;
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

    private static (int Line, int Column) Position(byte[] bytes, int index)
    {
        int line = 1, start = 0;
        for (var i = 0; i < index; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                start = i + 1;
            }
        }

        return (line, Encoding.UTF8.GetCharCount(bytes, start, index - start) + 1);
    }
}
