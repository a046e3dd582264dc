using System.CommandLine;
using System.IO;
using System.Text;
using ChinaLabour.Compliance.Checking;
using ChinaLabour.Compliance.Reports;
using ChinaLabour.Compliance.Text;

namespace Compliance.Cli;

/// <summary>
/// The pages a batch writes for its employers, one each under <c>employers/</c>, as <c>check --format html</c> draws
/// them. Called in input order, so the names, and which employer gets which, are the same on every run. The
/// <see cref="RunFolder"/> removes an earlier run's pages before this run writes its own.
/// </summary>
internal sealed class EmployerPages
{
    public const string Folder = "employers";

    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly string _folder;
    private readonly EmployerPageChoice _choice;
    private readonly Language _language;
    private readonly PageNames _names = new();

    public EmployerPages(string output, EmployerPageChoice choice, Language language)
    {
        _folder = Path.Combine(output, Folder);
        _choice = choice;
        _language = language;
    }

    /// <summary>How many pages were written.</summary>
    public int Written { get; private set; }

    public static Option<string> Option()
    {
        var option = new Option<string>("--employer-pages")
        {
            Description = "Which employers get a page of their own, employers/<id>.html, linked from report.html: none, violations (those with a violation) or all.",
            DefaultValueFactory = _ => "violations",
        };
        option.AcceptOnlyFromAmong("none", "violations", "all");
        return option;
    }

    public static EmployerPageChoice Parse(string? text) => text switch
    {
        "none" => EmployerPageChoice.None,
        "all" => EmployerPageChoice.All,
        _ => EmployerPageChoice.Violations,
    };

    /// <summary>Writes <paramref name="report"/>'s page if the choice asks for it; returns its path relative to the batch's folder, or null.</summary>
    public string? Write(CheckReport report, bool violated)
    {
        if (_choice == EmployerPageChoice.None || (_choice == EmployerPageChoice.Violations && !violated))
        {
            return null;
        }

        var name = _names.Next(report.EnterpriseId) + ".html";
        Directory.CreateDirectory(_folder);
        AtomicFile.WriteText(Path.Combine(_folder, name), HtmlReport.Render(report, _language), s_utf8, durable: false);
        Written++;
        return Folder + "/" + name;
    }
}
