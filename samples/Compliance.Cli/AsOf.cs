using System.CommandLine;
using System.IO;
using NodaTime;
using NodaTime.Text;

namespace Compliance.Cli;

/// <summary>The as-of date of a command: given as yyyy-MM-dd, or today in China from the clock.</summary>
internal static class AsOf
{
    /// <summary>The rules are Chinese, so is their calendar day.</summary>
    private const string Zone = "Asia/Shanghai";

    public static Option<string?> Option() => new("--as-of") { Description = "Check as of this date (yyyy-MM-dd); default: today in China." };

    public static LocalDate? Parse(string? text, IClock clock, TextWriter stderr)
    {
        if (text is null)
        {
            return clock.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb[Zone]).Date;
        }

        if (LocalDatePattern.Iso.Parse(text) is { Success: true } parsed)
        {
            return parsed.Value;
        }

        stderr.WriteLine($"error: --as-of must be a date written yyyy-MM-dd, e.g. 2024-06-30; found '{text}'");
        return null;
    }
}
