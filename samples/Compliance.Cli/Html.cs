using System;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text;

namespace Compliance.Cli;

/// <summary>Pieces the HTML reports share: escaping and an inline SVG bar chart.</summary>
internal static class Html
{
    public static string E(string text) => WebUtility.HtmlEncode(text);

    /// <summary>A horizontal bar chart in inline SVG: no script, no external file, prints as drawn.</summary>
    public static string Chart(string title, (string Label, int Value)[] bars)
    {
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<figure class=\"chart\"><figcaption>{E(title)}</figcaption>");
        var height = (bars.Length * 22) + 4;
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"640\" height=\"{height}\" role=\"img\" aria-label=\"{E(title)}\">");
        var max = Math.Max(1, bars.Select(b => b.Value).DefaultIfEmpty(0).Max());
        for (var i = 0; i < bars.Length; i++)
        {
            var (label, value) = bars[i];
            var width = (int)(300.0 * value / max);
            var y = (i * 22) + 2;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{y + 14}\">{E(label)}</text><rect x=\"300\" y=\"{y}\" width=\"{width}\" height=\"18\" fill=\"#d33\"/><text x=\"{305 + width}\" y=\"{y + 14}\">{value}</text>");
        }

        svg.Append("</svg></figure>\n");
        return svg.ToString();
    }
}
