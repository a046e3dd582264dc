using System;
using System.Globalization;

namespace Compliance.Cli;

/// <summary>
/// One line of a progress bar for a terminal: <c>[█████░░░░░] 1,234/2,416   51%  820/s  ~2 s left</c>, fitted to a
/// width so that it never wraps; a wrapped line could not be redrawn in place with a carriage return.
/// </summary>
internal static class ProgressBar
{
    private const int MinBar = 5;
    private const int MaxBar = 30;

    /// <summary>The line for <paramref name="done"/> of <paramref name="total"/>; <paramref name="seconds"/> is the time left while running, the time taken once all are done.</summary>
    public static string Line(int done, int total, double rate, double seconds, int width)
    {
        var finished = done >= total;

        // Whole percents rounded down, so that 100% means every employer is done.
        var percent = 100L * done / Math.Max(1, total);
        var text = string.Create(CultureInfo.InvariantCulture, $" {done:N0}/{total:N0}  {percent,3}%  {rate:N0}/s  {(finished ? "in " : "~")}{Duration(seconds)}{(finished ? string.Empty : " left")}");

        // The last column is left empty: some terminals wrap as soon as it is written. The blocks are of ambiguous
        // East Asian width, two columns wide in many Chinese terminals, so the bar is given half the room it may take.
        var room = Math.Min(MaxBar, (width - 1 - text.Length - 2) / 2);
        if (room < MinBar)
        {
            text = text.TrimStart();
            return text.Length < width ? text : text[..Math.Max(0, width - 1)];
        }

        var filled = (int)((long)room * done / Math.Max(1, total));
        return "[" + new string('█', filled) + new string('░', room - filled) + "]" + text;
    }

    private static string Duration(double seconds) => seconds switch
    {
        < 60 => string.Create(CultureInfo.InvariantCulture, $"{seconds:0} s"),
        < 3600 => string.Create(CultureInfo.InvariantCulture, $"{(int)(seconds / 60)} min {(int)(seconds % 60)} s"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{(int)(seconds / 3600)} h {(int)(seconds % 3600 / 60)} min"),
    };
}
