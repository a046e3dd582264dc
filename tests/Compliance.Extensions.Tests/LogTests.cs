using System.Linq;
using System.Threading.Tasks;
using ChinaLabour.Compliance;
using ChinaLabour.Compliance.Checking;
using Compliance.Extensions.Tests.Support;
using FluentAssertions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;

namespace Compliance.Extensions.Tests;

public sealed class LogTests
{
    private const string WorkerName = "张三丰";
    private const string WorkerIdNumber = "140602199001011234";

    [Fact]
    public async Task Loading_the_catalogue_logs_its_rule_count_and_hash()
    {
        var logs = new CapturedLogs();
        using var host = Hosts.Build(logs);
        await host.StartAsync();

        var catalogue = host.Services.GetRequiredService<RuleCatalogue>();
        var loaded = logs.Named("CatalogueLoaded").Single();

        loaded.Event.Id.Should().Be(1);
        loaded.Level.Should().Be(LogLevel.Information);
        loaded.Category.Should().Be("ChinaLabour.Compliance");
        loaded.Values["RuleCount"].Should().Be(catalogue.Rules.Count);
        loaded.Values["ContentHash"].Should().Be(catalogue.ContentHash);
        loaded.Values.Should().ContainKey("ElapsedMilliseconds");
        await host.StopAsync();
    }

    [Fact]
    public async Task Checks_are_logged_at_debug_with_counts_and_never_with_personal_data()
    {
        var logs = new CapturedLogs();
        using var host = Hosts.Build(logs, s => s.AddComplianceChecker(o => o.Checker = o.Checker with { ShowIdNumbers = true }));
        await host.StartAsync();
        var named = Hosts.Sample with
        {
            Workers = [Hosts.Sample.Workers![0] with { Name = WorkerName, IdNumber = WorkerIdNumber }, .. Hosts.Sample.Workers.Skip(1)],
        };

        var report = host.Services.GetRequiredService<ComplianceChecker>().Check(named, Hosts.AsOf);

        var check = logs.Named("Checked").Single();
        check.Level.Should().Be(LogLevel.Debug);
        check.Event.Id.Should().Be(3);
        check.Values["Violated"].Should().Be(report.Count(Outcome.Violated));
        check.Values["Indeterminate"].Should().Be(report.Count(Outcome.Indeterminate));
        logs.Entries.Should().NotBeEmpty().And.OnlyContain(e =>
            !e.Message.Contains(WorkerName) && !e.Message.Contains(WorkerIdNumber)
            && !e.Values.Values.Any(v => v != null && (v.ToString()!.Contains(WorkerName) || v.ToString()!.Contains(WorkerIdNumber))));
        await host.StopAsync();
    }
}
