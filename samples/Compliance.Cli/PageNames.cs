using System.Collections.Generic;
using System.Text;

namespace Compliance.Cli;

/// <summary>
/// File names for employers' pages, made from their ids alone (never from a worker's data): characters outside
/// [A-Za-z0-9._-] become <c>_</c>, and a name already given gets <c>-2</c>, <c>-3</c>, … in the order asked, so the
/// same batch always gives the same names.
/// </summary>
internal sealed class PageNames
{
    // Well under any file system's limit on a name, with room for a suffix and the extension.
    private const int MaxLength = 100;

    // Case-insensitive because Windows and macOS would put "E1" and "e1" in one file.
    private readonly HashSet<string> _given = new(System.StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> _nextSuffix = new(System.StringComparer.OrdinalIgnoreCase);

    /// <summary>A name, without extension, that no earlier call returned.</summary>
    public string Next(string id)
    {
        var safe = Safe(id);
        if (_given.Add(safe))
        {
            return safe;
        }

        // Remembered per name so that many employers of one id do not each count up from 2.
        var suffix = _nextSuffix.GetValueOrDefault(safe, 2);
        string name;
        do
        {
            name = $"{safe}-{suffix++}";
        }
        while (!_given.Add(name));
        _nextSuffix[safe] = suffix;
        return name;
    }

    private static bool IsDeviceName(string name)
    {
        var stem = name.Split('.')[0].ToUpperInvariant();
        return stem is "CON" or "PRN" or "AUX" or "NUL"
            || (stem.Length == 4 && (stem.StartsWith("COM", System.StringComparison.Ordinal) || stem.StartsWith("LPT", System.StringComparison.Ordinal)) && stem[3] is >= '1' and <= '9');
    }

    private static string Safe(string id)
    {
        var safe = new StringBuilder(System.Math.Min(id.Length, MaxLength));
        foreach (var c in id)
        {
            if (safe.Length == MaxLength)
            {
                break;
            }

            safe.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' ? c : '_');
        }

        // An empty name, or one starting with a dot, would make a hidden file on Unix; a device name (CON, NUL,
        // COM1, …) with or without an extension cannot be a file on Windows, where an auditor may open the folder.
        if (safe.Length == 0 || safe[0] == '.' || IsDeviceName(safe.ToString()))
        {
            safe.Insert(0, '_');
        }

        return safe.ToString();
    }
}
