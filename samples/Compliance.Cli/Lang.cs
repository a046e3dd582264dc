using System.CommandLine;
using ChinaLabour.Compliance.Text;

namespace Compliance.Cli;

/// <summary><c>--lang</c>: the language of a report, zh or en, as <c>check</c> takes it.</summary>
internal static class Lang
{
    public static Option<string> Option(string description)
    {
        var option = new Option<string>("--lang") { Description = description, DefaultValueFactory = _ => "en" };
        option.AcceptOnlyFromAmong("zh", "en");
        return option;
    }

    public static Language Parse(string? text) => text == "zh" ? Language.Zh : Language.En;
}
