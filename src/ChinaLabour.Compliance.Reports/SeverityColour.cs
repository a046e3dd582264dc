using System.Globalization;
using System.Text;
using ChinaLabour.Compliance.Catalogue;
using ChinaLabour.Compliance.Text;

namespace ChinaLabour.Compliance.Reports;

/// <summary>
/// One colour per severity, shared by the findings, the chart bars and the legend, so that a printed page tells a
/// critical finding from a minor one without reading its label. The three differ in hue and in lightness, so they
/// stay apart on a grey-scale printer too.
/// </summary>
internal static class SeverityColour
{
    public static string Of(Severity severity) => severity switch
    {
        Severity.Critical => "#b0171f",
        Severity.Major => "#e07b00",
        _ => "#8a8f98",
    };

    /// <summary>A line naming each colour, worst first, in <paramref name="language"/>.</summary>
    public static string Legend(Language language)
    {
        var legend = new StringBuilder("<p class=\"legend\">");
        foreach (var severity in new[] { Severity.Critical, Severity.Major, Severity.Minor })
        {
            legend.Append(CultureInfo.InvariantCulture, $"<span class=\"swatch\" style=\"background:{Of(severity)}\"></span>{Html.E(ReportWords.Severity(severity, language))} ");
        }

        return legend.ToString().TrimEnd() + "</p>\n";
    }
}
