using System.Collections.Generic;
using NodaTime;

namespace ChinaLabour.Compliance.Periods;

/// <summary>What would change for one employer after a date if its records stayed as they are.</summary>
/// <param name="EnterpriseId">The employer's id.</param>
/// <param name="EnterpriseName">The employer's name, when given.</param>
/// <param name="AsOf">The day the forecast starts from.</param>
/// <param name="Until">The last day it looks at.</param>
/// <param name="CatalogueHash">The content hash of the catalogue applied.</param>
/// <param name="Changes">The changes, by day, then in catalogue order.</param>
/// <threadsafety>Immutable.</threadsafety>
public sealed record ForecastReport(string EnterpriseId, string? EnterpriseName, LocalDate AsOf, LocalDate Until, string CatalogueHash, IReadOnlyList<ForecastChange> Changes);
