using System.Linq;
using ChinaLabour.Compliance.Checking;
using ChinaLabour.Compliance.Snapshots;
using Compliance.Tests.Support;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace Compliance.Tests.Periods;

/// <summary>
/// The dispatch ratio over a year: a company within 10% on 31 December can be over it on the monthly averages of
/// the year, as published disputes about listed companies turn on.
/// </summary>
public sealed class PeriodAverageTests
{
    private static readonly LocalDate s_yearEnd = new(2024, 12, 31);
    private static readonly DateInterval s_year = new(new LocalDate(2024, 1, 1), s_yearEnd);

    /// <summary>
    /// 91 employees and 9 dispatched workers all year (9% on 31 December), and four more dispatched workers from
    /// January to November: 13 of 104 (12.5%) on those days, 12.2% on average over the year.
    /// </summary>
    private static EmployerSnapshot Roster()
    {
        var mine = Employers.Mine(labor: 91, dispatched: 9);
        var seasonal = Employers.Workers("S", 4, EmploymentForm.Dispatched, "AUX").Select(w => w with { End = new LocalDate(2024, 11, 30) });
        return mine with { Workers = [.. mine.Workers!, .. seasonal] };
    }

    [Fact]
    public void Within_ten_percent_on_the_day_is_over_it_on_the_monthly_averages_with_the_months_named()
    {
        var snapshot = Roster();
        var onTheDay = Bundled.Checker.Check(snapshot, s_yearEnd).Results.Single(r => r.Rule.Id == "ldhtf-2012.dispatch.ratio");
        onTheDay.Outcome.Should().Be(Outcome.Compliant);
        onTheDay.Message!.En.Should().StartWith("dispatched 9 of 100 (9.0%)");

        var ratio = Bundled.Checker.CheckPeriod(snapshot, s_year).Rules.Single(r => r.Rule.Id == "ldhtf-2012.dispatch.ratio");
        var months = ratio.Averages.Where(a => a.Month is not null).ToArray();
        months.Should().HaveCount(12);
        months.Where(a => a.Exceeds).Select(a => a.Month!.Value.Month).Should().Equal(Enumerable.Range(1, 11));
        months[0].Share.Should().Be(13m / 104m);
        months[0].DaysCounted.Should().Be(31);
        months[11].Share.Should().Be(0.09m);
        months[11].Exceeds.Should().BeFalse("December's average is 9%");

        var year = ratio.Averages[^1];
        year.Month.Should().BeNull();
        year.DaysCounted.Should().Be(366);
        year.Share.Should().BeApproximately(((13m * 335) + (9m * 31)) / ((104m * 335) + (100m * 31)), 0.0000001m);
        year.Exceeds.Should().BeTrue();

        ratio.Outcome.Should().Be(Outcome.Violated);
        ratio.Intervals(Outcome.Violated).Should().Equal(new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2024, 11, 30)));
        ratio.Intervals(Outcome.Compliant).Should().Equal(new DateInterval(new LocalDate(2024, 12, 1), s_yearEnd));
        ratio.Days(Outcome.Violated).Should().Be(335);
        ratio.FirstViolated.Should().Be(new LocalDate(2024, 1, 1));
        ratio.LastViolated.Should().Be(new LocalDate(2024, 11, 30));
        ratio.Worst!.Result.Values.Single(v => v.Name == "ratio").Value.Should().Be(13m / 104m);
    }

    [Fact]
    public void Days_the_rule_was_not_decided_are_not_counted_in_the_average()
    {
        // The national rule binds from 2016-03-01: February's days before it are not counted.
        var snapshot = Roster() with { Workers = Roster().Workers!.Select(w => w with { Start = new LocalDate(2016, 1, 1), End = null }).ToArray() };
        var ratio = Bundled.Checker.CheckPeriod(snapshot, new DateInterval(new LocalDate(2016, 2, 1), new LocalDate(2016, 3, 31)))
            .Rules.Single(r => r.Rule.Id == "ldhtf-2012.dispatch.ratio");
        ratio.Averages.Select(a => a.DaysCounted).Should().Equal(0, 31, 31);
        ratio.Averages[0].Exceeds.Should().BeFalse("no day of February was decided");
        ratio.Averages[1].Exceeds.Should().BeTrue();
        ratio.Intervals(Outcome.NotApplicable).Should().Equal(new DateInterval(new LocalDate(2016, 2, 1), new LocalDate(2016, 2, 29)));
    }

    [Fact]
    public void Rules_without_a_share_have_no_averages()
    {
        var report = Bundled.Checker.CheckPeriod(Roster(), s_year);
        report.Rules.Where(r => r.Rule.Average is null).Should().OnlyContain(r => r.Averages.Count == 0);
        report.Rules.Where(r => r.Rule.Average is not null).Select(r => r.Rule.Id).Should().BeEquivalentTo("ldhtf-2012.dispatch.ratio", "jin-rsbf-2022-18.dispatch.ratio");
    }

    [Fact]
    public void Headcount_totals_without_a_roster_are_read_on_every_day_and_the_report_says_so()
    {
        var totals = new EmployerSnapshot { Enterprise = Employers.Shuozhou(), Headcount = new Headcount { LaborContract = 88, Dispatched = 12 } };
        var report = Bundled.Checker.CheckPeriod(totals, s_year);
        report.Notices.Select(n => n.Code).Should().Contain("headcount-over-period");
        report.Rules.Single(r => r.Rule.Id == "ldhtf-2012.dispatch.ratio").Intervals(Outcome.Violated).Should().Equal(s_year);
        Bundled.Checker.CheckPeriod(Roster(), s_year).Notices.Select(n => n.Code).Should().NotContain("headcount-over-period");
    }
}
