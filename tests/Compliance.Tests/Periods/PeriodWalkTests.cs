using System;
using System.Linq;
using ChinaLabour.Compliance;
using ChinaLabour.Compliance.Periods;
using ChinaLabour.Compliance.Snapshots;
using Compliance.Tests.Fuzzing;
using Compliance.Tests.Support;
using FluentAssertions;
using FsCheck.Fluent;
using NodaTime;
using Xunit;

namespace Compliance.Tests.Periods;

/// <summary>
/// A period decided on its change points says, for every day, what checking that day says: for the bundled
/// catalogue over every sample, and for generated rules whose expressions compare, shift and take apart the as-of
/// date in every way the allow-list permits.
/// </summary>
public sealed class PeriodWalkTests
{
    private static readonly DateInterval s_year = new(new LocalDate(2023, 12, 1), new LocalDate(2024, 12, 31));

    [Fact]
    public void Every_day_of_a_period_reads_as_the_check_of_that_day_for_every_sample()
    {
        foreach (var sample in Employers.Samples)
        {
            AgreesWithEveryDay(Bundled.Checker, sample, s_year);
        }
    }

    [Fact]
    public void Every_day_reads_as_its_check_for_generated_rules()
    {
        var period = new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2024, 8, 31));
        var file = RuleFileFuzzTests.Rule().Select(r => TestRules.Header + r.Replace("{ID}", "fuzz.r0", StringComparison.Ordinal));
        var checkedPeriods = 0;
        Fuzz.Check(Prop.ForAll(file.ToArbitrary(), text =>
        {
            if (TestRules.LoadFile(text).Catalogue is not { } catalogue)
            {
                return;
            }

            var checker = ComplianceChecker.Create(catalogue, new CheckerOptions { MaxStepsPerRule = 100_000 });
            foreach (var sample in Employers.Samples.Take(3))
            {
                AgreesWithEveryDay(checker, sample, period, text);
            }

            checkedPeriods++;
        }), cases: 25);
        checkedPeriods.Should().BeGreaterThan(5, "most generated rules load, or the property proves little");
    }

    /// <summary>Every way an expression can make its answer follow the as-of date, each turning inside the period.</summary>
    [Theory]
    [InlineData("asOf < Fn.Date(2024, 3, 15)")]
    [InlineData("asOf.PlusDays(1) >= Fn.Date(2024, 3, 15)")]
    [InlineData("Fn.Date(2024, 3, 15) > asOf.PlusMonths(1)")]
    [InlineData("workers.Count(w => w.Start.PlusMonths(2) < asOf) < 3")]
    [InlineData("roster.Count(w => w.End == null || asOf <= w.End.Value) > 4")]
    [InlineData("roster.Count(w => w.End != null && w.End.Value >= asOf) > 1")]
    [InlineData("roster.All(w => (w.End != null && w.End.Value < asOf ? w.End.Value : asOf) <= Fn.Date(2024, 4, 10))")]
    [InlineData("asOf.Month != 5")]
    [InlineData("workers.Count(w => Fn.DaysBetween(w.Start, asOf) > 40) < 4")]
    [InlineData("workers.Count(w => Fn.MonthsBetween(w.Start, asOf) >= 1) < 4")]
    [InlineData("checkedOn != Fn.Date(2024, 6, 1)")]
    [InlineData("later > checkedOn")]
    public void Every_day_reads_as_its_check_whatever_the_shape_that_reads_the_date(string check)
    {
        var body = $$"""
                let:
                  checkedOn: asOf
                  later: Fn.Date(2024, 5, 20)
                check: '{{check}}'
                message: { violated: { zh: 违反, en: broken }, compliant: { zh: 符合, en: kept } }
            """;
        var catalogue = TestRules.Catalogue(TestRules.Header + TestRules.Rule("period.shape", needs: "[workers, roster]", body: body));
        var start = new LocalDate(2024, 1, 10);
        var snapshot = new EmployerSnapshot
        {
            Enterprise = Employers.Shuozhou(),
            Workers = Enumerable.Range(0, 6).Select(i => new Worker
            {
                Id = $"W{i}",
                Form = EmploymentForm.LaborContract,
                Start = start.PlusDays(17 * i),
                End = i % 2 == 0 ? start.PlusDays(40 + (23 * i)) : null,
            }).ToArray(),
        };
        var checker = ComplianceChecker.Create(catalogue);
        var period = new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2024, 7, 31));
        AgreesWithEveryDay(checker, snapshot, period, check);
        checker.CheckPeriod(snapshot, period).Rules[0].Spans.Select(s => s.Result.Outcome).Distinct().Should().HaveCountGreaterThan(1, "the rule turns within the period, or the shape is not tried");
    }

    [Fact]
    public void A_period_is_decided_on_far_fewer_days_than_it_has()
    {
        var sample = Employers.Samples.Single(s => s.Enterprise.Id == "E-SZ-001");
        var report = Bundled.Checker.CheckPeriod(sample, s_year);
        report.DaysChecked.Should().HaveCountLessThan(s_year.Length / 4).And.StartWith(s_year.Start).And.BeInAscendingOrder();
    }

    [Fact]
    public void A_one_day_period_is_the_check_of_that_day()
    {
        var sample = Employers.Samples[0];
        var day = new DateInterval(Employers.AsOf, Employers.AsOf);
        var report = Bundled.Checker.CheckPeriod(sample, day);
        var check = Bundled.Checker.Check(sample, Employers.AsOf);
        report.DaysChecked.Should().Equal(Employers.AsOf);
        report.Rules.Select(r => r.Spans.Single().Result.Outcome).Should().Equal(check.Results.Select(r => r.Outcome));
    }

    private static void AgreesWithEveryDay(ComplianceChecker checker, EmployerSnapshot snapshot, DateInterval period, string? because = null)
    {
        var report = checker.CheckPeriod(snapshot, period);
        report.Rules.Should().OnlyContain(r => r.Spans.Sum(s => s.Days.Length) == period.Length, "the spans cover every day once");
        foreach (var day in period)
        {
            var check = checker.Check(snapshot, day);
            for (var i = 0; i < check.Results.Count; i++)
            {
                var span = report.Rules[i].Spans.Single(s => s.Days.Contains(day));
                var daily = check.Results[i];
                if (!SpanMerger.Same(span.Result, daily))
                {
                    // A named value that is the as-of date itself (checkedOn: asOf) reads differently every day by design.
                    var where = $"{daily.Rule.Id} on {day} for {snapshot.Enterprise.Id} (span {span.Days})\n{because}";
                    span.Result.Outcome.Should().Be(daily.Outcome, where);
                    span.Result.Evidence.Should().Equal(daily.Evidence, where);
                    span.Result.Values.Should().Contain(v => v.Value is LocalDate, $"{daily.Rule.Id} on {day} differs only in a value that is a date\n{because}");
                }
            }
        }
    }
}
