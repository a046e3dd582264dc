using System;
using System.Diagnostics;
using System.Threading;
using ChinaLabour.Compliance.Checking;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChinaLabour.Compliance.Extensions;

/// <summary>
/// Loads and compiles the catalogue once, for the warm-up and the singletons alike, and builds the one checker; a
/// failed load is remembered, so every later request fails with the same diagnostics rather than loading again.
/// </summary>
/// <threadsafety>Safe to use from many threads; the catalogue is loaded once whoever asks first.</threadsafety>
internal sealed class CheckerFactory
{
    private readonly Lazy<RuleCatalogue> _catalogue;
    private readonly Lazy<ComplianceChecker> _checker;

    /// <param name="options">The options.</param>
    /// <param name="loggers">The host's loggers; none when the services have no logging.</param>
    public CheckerFactory(IOptions<ComplianceCheckerOptions> options, ILoggerFactory? loggers = null)
    {
        var settings = options.Value;
        var logger = (loggers ?? NullLoggerFactory.Instance).CreateLogger(Log.Category);
        _catalogue = new Lazy<RuleCatalogue>(() => Load(settings, logger), LazyThreadSafetyMode.ExecutionAndPublication);
        _checker = new Lazy<ComplianceChecker>(() => Build(_catalogue.Value, settings.Checker, logger), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The catalogue, loaded on first use.</summary>
    /// <exception cref="CatalogueLoadException">The catalogue did not load.</exception>
    public RuleCatalogue Catalogue => _catalogue.Value;

    /// <summary>The checker, built on first use.</summary>
    /// <exception cref="CatalogueLoadException">The catalogue did not load.</exception>
    /// <exception cref="ArgumentException">The checker's settings are invalid.</exception>
    public ComplianceChecker Checker => _checker.Value;

    private static RuleCatalogue Load(ComplianceCheckerOptions settings, ILogger logger)
    {
        var started = Stopwatch.GetTimestamp();
        var (loaded, source) = settings.RulesFolder switch
        {
            null => (RuleCatalogue.LoadBundled(), "the bundled rules"),
            var folder when settings.IncludeBundledRules => (RuleCatalogue.LoadBundledWith(folder), $"the bundled rules and {folder}"),
            var folder => (RuleCatalogue.LoadFolder(folder), folder),
        };

        if (!loaded.Success)
        {
            Log.CatalogueFailed(logger, source, loaded.Diagnostics.Count, loaded.Diagnostics[0].ToString());
            throw new CatalogueLoadException(source, loaded.Diagnostics);
        }

        Log.CatalogueLoaded(logger, source, loaded.Catalogue.Rules.Count, loaded.Catalogue.ContentHash, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return loaded.Catalogue;
    }

    private static ComplianceChecker Build(RuleCatalogue catalogue, CheckerOptions settings, ILogger logger)
    {
        // Debug only, and counts only: a check is routine, and the report's contents may name people.
        var observed = logger.IsEnabled(LogLevel.Debug)
            ? settings with { Observer = (report, elapsed) => Checked(logger, report, elapsed) }
            : settings;
        return ComplianceChecker.Create(catalogue, observed);
    }

    private static void Checked(ILogger logger, CheckReport report, TimeSpan elapsed) =>
        Log.Checked(logger, elapsed.TotalMilliseconds, report.Count(Outcome.Violated), report.Count(Outcome.Compliant),
            report.Count(Outcome.Indeterminate), report.Count(Outcome.NotApplicable), report.Count(Outcome.Error));
}
