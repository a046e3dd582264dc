using System.Linq;
using Compliance.Tests.Support;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace Compliance.Tests.Periods;

/// <summary>What changes next for the Shuozhou sample if its records stay as they are, each change confirmed by checking its day.</summary>
public sealed class ForecastTests
{
    private static readonly LocalDate s_asOf = new(2024, 6, 30);

    [Fact]
    public void The_Shuozhou_forecast_names_its_changes_and_checking_each_day_confirms_them()
    {
        var sample = Employers.Samples.Single(s => s.Enterprise.Id == "E-SZ-001");
        var forecast = Bundled.Checker.Forecast(sample, s_asOf, s_asOf.PlusDays(365));
        forecast.Changes.Should().NotBeEmpty();
        forecast.Changes.Select(c => c.On).Should().BeInAscendingOrder().And.OnlyContain(d => d > s_asOf && d <= s_asOf.PlusDays(365));
        foreach (var change in forecast.Changes)
        {
            var index = Bundled.Catalogue.Rules.ToList().FindIndex(r => r.Id == change.Rule.Id);
            var dayBefore = Bundled.Checker.Check(sample, change.On.PlusDays(-1)).Results[index];
            var onTheDay = Bundled.Checker.Check(sample, change.On).Results[index];
            dayBefore.Outcome.Should().Be(change.Before, $"{change.Rule.Id} the day before {change.On}");
            onTheDay.Outcome.Should().Be(change.After, $"{change.Rule.Id} on {change.On}");
            (dayBefore.Outcome != onTheDay.Outcome || !dayBefore.Evidence.SequenceEqual(onTheDay.Evidence)).Should().BeTrue();
            change.Causes.Should().NotBeEmpty().And.OnlyContain(c => c.Zh.Length > 0 && c.En.Length > 0);
        }
    }

    [Fact]
    public void A_certificate_that_expires_is_named_with_the_worker_and_the_day_after_its_last_day()
    {
        var sample = Employers.Samples.Single(s => s.Enterprise.Id == "E-SZ-001");
        var holder = sample.Workers!.First(w => w.Certificates is { Count: > 0 } c && c.Any(x => x.ValidUntil > s_asOf));
        var certificate = holder.Certificates!.First(c => c.ValidUntil > s_asOf);
        var snapshot = sample with { Workers = sample.Workers!.Select(w => w.Id == holder.Id ? w with { Certificates = [certificate with { ValidUntil = s_asOf.PlusDays(10) }] } : w).ToArray() };

        var change = Bundled.Checker.Forecast(snapshot, s_asOf, s_asOf.PlusDays(30)).Changes.Should()
            .Contain(c => c.On == s_asOf.PlusDays(11) && c.Rule.Duty == "certificate.special-operation").Which;
        change.Causes.Select(c => c.En).Should().Contain(c => c.Contains($"workers[{holder.Id}].certificates[0].validUntil was {s_asOf.PlusDays(10):yyyy-MM-dd}"))
            .And.Contain($"worker {holder.Id} is now among the records in breach");
    }

    [Fact]
    public void Nothing_changes_when_nothing_can()
    {
        var snapshot = Employers.Mine(labor: 95, dispatched: 5);
        Bundled.Checker.Forecast(snapshot, s_asOf, s_asOf.PlusDays(90)).Changes.Should().BeEmpty();
    }
}
