using NodaTime;

namespace ChinaLabour.Compliance.Periods;

/// <summary>A date on record that rules read, and where it is: <c>workers[W12].certificates[0].validUntil</c>.</summary>
/// <param name="Date">The date, or the first day of a recorded month.</param>
/// <param name="Path">The field, named by the ids of the records that hold it (by position where a record has none).</param>
internal sealed record DatedRecord(LocalDate Date, string Path);
