using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using ChinaLabour.Compliance;
using ChinaLabour.Compliance.Waivers;

namespace Compliance.Cli;

/// <summary><c>--waivers FILE</c>: an auditor's waivers, loaded against the catalogue and the employers checked.</summary>
internal static class WaiverFile
{
    public static Option<FileInfo?> Option() => new("--waivers")
    {
        Description = "An auditor's waiver file (YAML, docs/waivers.md). A violation a waiver in force covers is reported apart, with its waiver, and does not count toward the exit code or --fail-on; an expired waiver waives nothing and the report says so.",
    };

    /// <summary>
    /// The waivers, or null after writing why not to <paramref name="stderr"/>: every problem of the file as
    /// <c>file:line:column: error CODE [waiver]: message</c>, as the rule loader writes its own.
    /// </summary>
    public static WaiverSet? Load(FileInfo file, RuleCatalogue catalogue, IReadOnlySet<string>? employers, TextWriter stderr)
    {
        if (!File.Exists(file.FullName))
        {
            stderr.WriteLine(UsageErrors.NoWaivers(file.ToString()));
            return null;
        }

        var loaded = WaiverSet.Load(File.ReadAllText(file.FullName), file.ToString(), catalogue.Rules, employers);
        if (loaded.Success)
        {
            return loaded.Waivers;
        }

        foreach (var diagnostic in loaded.Diagnostics)
        {
            stderr.WriteLine(diagnostic);
        }

        return null;
    }

    /// <summary>Names, on <paramref name="stderr"/>, each waiver that expired: its findings are violations again.</summary>
    public static void WriteExpired(WaiverFiling filing, TextWriter stderr)
    {
        foreach (var expired in filing.Expired)
        {
            var findings = string.Join(", ", System.Linq.Enumerable.Select(expired.Unwaived, r => r.Rule.Id));
            stderr.WriteLine(findings.Length == 0
                ? $"note: {filing.Report.EnterpriseId}: waiver {expired.Waiver.Id} expired {NodaTime.Text.LocalDatePattern.Iso.Format(expired.Waiver.Expires)}"
                : $"note: {filing.Report.EnterpriseId}: waiver {expired.Waiver.Id} expired {NodaTime.Text.LocalDatePattern.Iso.Format(expired.Waiver.Expires)}; reported as violations again: {findings}");
        }
    }
}
