using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace ChinaLabour.Compliance.Validation;

/// <summary>
/// Reads the code tables that travel inside the assembly (Validation/Tables/*.tsv): UTF-8, one header line, one
/// row a line, cells separated by tabs, no quoting.
/// </summary>
/// <threadsafety>Stateless; safe to call from any thread.</threadsafety>
internal static class CodeTable
{
    /// <summary>Opens an embedded table.</summary>
    /// <param name="logicalName">The resource's logical name, e.g. tables/gb2260.tsv.</param>
    /// <returns>A reader over the table; the caller disposes it.</returns>
    /// <exception cref="InvalidOperationException">The assembly carries no such resource.</exception>
    public static TextReader OpenResource(string logicalName)
    {
        var stream = typeof(CodeTable).Assembly.GetManifestResourceStream(logicalName)
            ?? throw new InvalidOperationException($"The assembly carries no resource named {logicalName}.");
        return new StreamReader(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true));
    }

    /// <summary>Reads all rows of a table after checking its header.</summary>
    /// <param name="reader">The table; read to the end, not disposed.</param>
    /// <param name="header">The exact header line expected; it also fixes the number of cells a row has.</param>
    /// <returns>The rows in file order, each as its cells.</returns>
    /// <exception cref="InvalidDataException">The header differs, or a row has the wrong number of cells.</exception>
    public static IReadOnlyList<string[]> ReadRows(TextReader reader, string header)
    {
        var first = reader.ReadLine();
        if (!string.Equals(first, header, StringComparison.Ordinal))
        {
            throw new InvalidDataException($"Expected the header '{header}', found '{first}'.");
        }

        var columns = header.Split('\t').Length;
        var rows = new List<string[]>();
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            var cells = line.Split('\t');
            if (cells.Length != columns)
            {
                throw new InvalidDataException($"Line {lineNumber}: expected {columns} cells, found {cells.Length}.");
            }

            rows.Add(cells);
        }

        return rows;
    }

    /// <summary>True when <paramref name="text"/> is non-empty and holds only the ASCII digits 0 to 9.</summary>
    public static bool IsDigits(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }
}
