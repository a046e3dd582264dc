using System;
using ChinaLabour.Compliance;
using ChinaLabour.Compliance.Extensions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the compliance checker with a service collection.</summary>
public static class ComplianceServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="RuleCatalogue"/> and <see cref="ComplianceChecker"/> as singletons, built once, and a hosted
    /// service that builds them while the host starts: a bad catalogue then stops start-up with a
    /// <see cref="CatalogueLoadException"/> naming every problem's file, line and rule.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the options; the bundled catalogue and the default budgets when <see langword="null"/>.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddComplianceChecker(this IServiceCollection services, Action<ComplianceCheckerOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<ComplianceCheckerOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        return AddServices(services);
    }

    /// <summary>
    /// Registers the checker as <see cref="AddComplianceChecker(IServiceCollection, Action{ComplianceCheckerOptions}?)"/>
    /// does, its options bound from <paramref name="section"/>, e.g. <c>configuration.GetSection("Compliance")</c>
    /// (<see cref="ComplianceCheckerOptions.SectionName"/>).
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="section">The configuration section holding <see cref="ComplianceCheckerOptions"/>.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="section"/> is null.</exception>
    public static IServiceCollection AddComplianceChecker(this IServiceCollection services, IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(section);
        services.AddOptions<ComplianceCheckerOptions>().Bind(section);
        return AddServices(services);
    }

    private static IServiceCollection AddServices(IServiceCollection services)
    {
        services.TryAddSingleton<CheckerFactory>();
        services.TryAddSingleton(provider => provider.GetRequiredService<CheckerFactory>().Catalogue);
        services.TryAddSingleton(provider => provider.GetRequiredService<CheckerFactory>().Checker);
        services.AddHostedService<CatalogueWarmUp>();
        return services;
    }
}
