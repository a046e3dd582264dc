using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;

namespace ChinaLabour.Compliance.Extensions;

/// <summary>
/// Loads and compiles the catalogue and builds the checker while the host starts, so that the first request does
/// not pay for it, and a bad catalogue stops start-up with its diagnostics instead of failing every request.
/// </summary>
internal sealed class CatalogueWarmUp(CheckerFactory factory) : IHostedService
{
    /// <exception cref="CatalogueLoadException">The catalogue did not load; the host does not start.</exception>
    public Task StartAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();

        // On the starting thread: loading computes and never waits, and start-up must not finish before it has.
        _ = factory.Checker;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
