using System.IO;
using System.Linq;
using NodaTime;

namespace Compliance.Cli;

/// <summary>The days <c>check</c> judges, as the command line gives them: one day (<c>--as-of</c>) or a period (<c>--from</c> and <c>--to</c>).</summary>
internal sealed record When(string? AsOf, string? From, string? To)
{
    /// <summary>The days to judge, one for a check of a day; null after saying what is wrong.</summary>
    public DateInterval? Parse(string[] formats, IClock clock, TextWriter stderr)
    {
        if (From is null && To is null)
        {
            if (formats.FirstOrDefault(f => !CheckFormats.Names.Contains(f)) is { } periodOnly)
            {
                stderr.WriteLine(UsageErrors.DayFormat(periodOnly));
                return null;
            }

            return Cli.AsOf.Parse(AsOf, clock, stderr) is { } day ? new DateInterval(day, day) : null;
        }

        if (AsOf is not null)
        {
            stderr.WriteLine(UsageErrors.AsOfWithPeriod);
            return null;
        }

        if (From is null || To is null)
        {
            stderr.WriteLine(UsageErrors.HalfPeriod(From is null ? "--from" : "--to"));
            return null;
        }

        if (formats.FirstOrDefault(f => !PeriodFormats.Names.Contains(f)) is { } format)
        {
            stderr.WriteLine(UsageErrors.PeriodFormat(format, PeriodFormats.Names));
            return null;
        }

        if (Cli.AsOf.Date(From, "--from", stderr) is not { } first || Cli.AsOf.Date(To, "--to", stderr) is not { } last)
        {
            return null;
        }

        if (last < first)
        {
            stderr.WriteLine(UsageErrors.PeriodBackwards(From, To));
            return null;
        }

        return new DateInterval(first, last);
    }
}
