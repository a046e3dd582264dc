using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ChinaLabour.Compliance;
using ChinaLabour.Compliance.Extensions;
using Compliance.Extensions.Tests.Support;
using FluentAssertions;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Compliance.Extensions.Tests;

public sealed class CatalogueWarmUpTests
{
    [Fact]
    public async Task A_bad_rules_folder_stops_start_up_naming_the_file_and_line()
    {
        using var folder = new TempFolder();
        File.WriteAllText(Path.Combine(folder.Path, "broken.yaml"), "document:\n  number: [unclosed\n");
        var logs = new CapturedLogs();
        using var host = Hosts.Build(logs, s => s.AddComplianceChecker(o => o.RulesFolder = folder.Path));

        var start = () => host.StartAsync();

        var thrown = (await start.Should().ThrowAsync<CatalogueLoadException>()).Which;
        thrown.Diagnostics.Should().NotBeEmpty();
        var first = thrown.Diagnostics[0];
        first.Position.ToString().Should().StartWith("broken.yaml:");
        thrown.Message.Should().Contain(first.ToString()).And.Contain($"broken.yaml:{first.Position.Line}:");
        logs.Named("CatalogueFailed").Should().ContainSingle();

        // Remembered, not loaded again: resolving the checker fails with the same problems.
        var resolve = () => host.Services.GetRequiredService<ComplianceChecker>();
        resolve.Should().Throw<CatalogueLoadException>().Which.Diagnostics.Should().Equal(thrown.Diagnostics);
        logs.Named("CatalogueFailed").Should().ContainSingle();
    }

    [Fact]
    public async Task The_catalogue_is_loaded_once_at_start_up_and_reused_by_every_resolve()
    {
        var logs = new CapturedLogs();
        using var host = Hosts.Build(logs);

        await host.StartAsync();
        logs.Named("CatalogueLoaded").Should().ContainSingle("the warm-up loads it while the host starts");
        var checkers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => host.Services.GetRequiredService<ComplianceChecker>())));
        var catalogue = host.Services.GetRequiredService<RuleCatalogue>();

        checkers.Should().OnlyContain(c => ReferenceEquals(c, checkers[0]) && ReferenceEquals(c.Catalogue, catalogue));
        logs.Named("CatalogueLoaded").Should().ContainSingle();
        await host.StopAsync();
    }
}
