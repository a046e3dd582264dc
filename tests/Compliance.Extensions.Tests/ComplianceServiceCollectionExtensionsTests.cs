using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using ChinaLabour.Compliance;
using ChinaLabour.Compliance.Checking;
using ChinaLabour.Compliance.Extensions;
using Compliance.Extensions.Tests.Support;
using FluentAssertions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Xunit;

namespace Compliance.Extensions.Tests;

public sealed class ComplianceServiceCollectionExtensionsTests
{
    [Fact]
    public async Task The_registered_checker_checks_the_sample_with_violations()
    {
        using var host = Hosts.Build(new CapturedLogs());
        await host.StartAsync();

        var checker = host.Services.GetRequiredService<ComplianceChecker>();
        var report = checker.Check(Hosts.Sample, Hosts.AsOf);

        report.Violations.Should().NotBeEmpty();
        report.Count(Outcome.Error).Should().Be(0);
        host.Services.GetRequiredService<ComplianceChecker>().Should().BeSameAs(checker);
        host.Services.GetRequiredService<RuleCatalogue>().Should().BeSameAs(checker.Catalogue);
        await host.StopAsync();
    }

    [Fact]
    public async Task Options_bind_from_a_configuration_section_and_reach_the_checker()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Compliance:Checker:MaxStepsPerRule"] = "1",
            ["Compliance:Checker:ShowIdNumbers"] = "true",
            ["Compliance:IncludeBundledRules"] = "true",
        };
        using var host = Hosts.Build(new CapturedLogs(), b => b.Services.AddComplianceChecker(b.Configuration.GetSection(ComplianceCheckerOptions.SectionName)), settings);
        await host.StartAsync();

        var options = host.Services.GetRequiredService<IOptions<ComplianceCheckerOptions>>().Value;
        options.Checker.Should().Be(new CheckerOptions { MaxStepsPerRule = 1, ShowIdNumbers = true });
        options.IncludeBundledRules.Should().BeTrue();
        options.RulesFolder.Should().BeNull();

        // One step is too few for any rule that reads a list: the budget bound from configuration is the one applied.
        var report = host.Services.GetRequiredService<ComplianceChecker>().Check(Hosts.Sample, Hosts.AsOf);
        report.Results.Should().Contain(r => r.Outcome == Outcome.Error && r.Reason!.En.Contains("more than 1 facts"));
        await host.StopAsync();
    }

    [Fact]
    public async Task Options_set_in_code_reach_the_checker()
    {
        using var host = Hosts.Build(new CapturedLogs(), s => s.AddComplianceChecker(o => o.Checker = o.Checker with { MaxStepsPerRule = 1 }));
        await host.StartAsync();

        var report = host.Services.GetRequiredService<ComplianceChecker>().Check(Hosts.Sample, Hosts.AsOf);

        report.Results.Should().Contain(r => r.Outcome == Outcome.Error && r.Reason!.En.Contains("more than 1 facts"));
        await host.StopAsync();
    }

    [Fact]
    public void Registering_twice_registers_one_checker_and_one_warm_up()
    {
        var services = new ServiceCollection();

        services.AddComplianceChecker().AddComplianceChecker();

        services.Count(d => d.ServiceType == typeof(ComplianceChecker)).Should().Be(1);
        services.Count(d => d.ServiceType == typeof(IHostedService)).Should().Be(1);
    }
}
