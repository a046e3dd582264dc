using System;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text;
using ChinaLabour.Compliance.Catalogue;
using ChinaLabour.Compliance.Checking;
using ChinaLabour.Compliance.Text;

namespace ChinaLabour.Compliance.Reports;

/// <summary>Pieces the HTML reports share: escaping, the summary table and an inline SVG bar chart.</summary>
internal static class Html
{
    /// <summary>Where the bars start; labels are cut to fit left of it.</summary>
    private const int LabelWidth = 300;

    public static string E(string text) => WebUtility.HtmlEncode(text);

    /// <summary>
    /// A horizontal bar chart in inline SVG: no script, no external file, prints as drawn. Each bar takes its
    /// severity's colour; a label too long for the space left of the bars is cut with an ellipsis (SVG text does not
    /// wrap, and would run into its bar), and the whole label is the bar's tooltip.
    /// </summary>
    public static string Chart(string title, (string Label, int Value, Severity Severity)[] bars)
    {
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<figure class=\"chart\"><figcaption>{E(title)}</figcaption>");
        var height = (bars.Length * 22) + 4;
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"640\" height=\"{height}\" role=\"img\" aria-label=\"{E(title)}\">");
        var max = Math.Max(1, bars.Select(b => b.Value).DefaultIfEmpty(0).Max());
        for (var i = 0; i < bars.Length; i++)
        {
            var (label, value, severity) = bars[i];
            var width = (int)(300.0 * value / max);
            var y = (i * 22) + 2;
            svg.Append(CultureInfo.InvariantCulture, $"<g><title>{E(label)}</title><text x=\"0\" y=\"{y + 14}\">{E(Fit(label, LabelWidth - 8))}</text><rect x=\"{LabelWidth}\" y=\"{y}\" width=\"{width}\" height=\"18\" fill=\"{SeverityColour.Of(severity)}\"/><text x=\"{LabelWidth + 5 + width}\" y=\"{y + 14}\">{value}</text></g>");
        }

        svg.Append("</svg></figure>\n");
        return svg.ToString();
    }

    /// <summary>
    /// <paramref name="label"/> cut to about <paramref name="pixels"/> at the charts' 12px: a CJK character is one
    /// em wide, a Latin one about 0.6 em (counted generously, so that the cut text never reaches the bar).
    /// </summary>
    internal static string Fit(string label, int pixels)
    {
        var used = 0.0;
        for (var i = 0; i < label.Length; i++)
        {
            used += label[i] > 0x2E7F ? 12 : 7.5;
            if (used > pixels)
            {
                return label[..Math.Max(0, i - 1)].TrimEnd() + "…";
            }
        }

        return label;
    }

    /// <summary>The summary table of a page: one column per outcome, its word over its count.</summary>
    public static string OutcomeTable(Func<Outcome, int> count, Language language)
    {
        var table = new StringBuilder();
        table.Append(CultureInfo.InvariantCulture, $"<h2>{E(language == Language.Zh ? "概要" : "Summary")}</h2>\n<table id=\"summary\"><tr>");
        foreach (var outcome in Enum.GetValues<Outcome>())
        {
            table.Append(CultureInfo.InvariantCulture, $"<th>{E(ReportWords.Outcome(outcome, language))}</th>");
        }

        table.Append("</tr><tr>");
        foreach (var outcome in Enum.GetValues<Outcome>())
        {
            table.Append(CultureInfo.InvariantCulture, $"<td data-outcome=\"{outcome}\">{count(outcome)}</td>");
        }

        table.Append("</tr></table>\n");
        return table.ToString();
    }
}
