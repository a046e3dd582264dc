using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace ChinaLabour.Compliance.Snapshots;

/// <summary>
/// A date, or "none": for facts where "it never happened" or "none was set" is an answer the records can give — the
/// last emergency drill, a hidden danger's rectification deadline. Written <c>"2024-03-31"</c> or <c>"none"</c> in
/// JSON and YAML, a date or a word for none (无, 未设置, none) in spreadsheets. A field of this type that is absent
/// (<see langword="null"/>) is "not recorded", which makes the rules that need it Indeterminate; only
/// <see cref="None"/> says there is none.
/// </summary>
/// <threadsafety>Immutable value; safe to share across threads.</threadsafety>
[JsonConverter(typeof(DateOrNoneJsonConverter))]
public readonly record struct DateOrNone
{
    private readonly LocalDate _date;
    private readonly bool _hasDate;

    /// <summary>Creates the value for <paramref name="date"/>.</summary>
    /// <param name="date">The date.</param>
    public DateOrNone(LocalDate date)
    {
        _date = date;
        _hasDate = true;
    }

    /// <summary>"None": recorded as never having happened, or as not set.</summary>
    public static DateOrNone None => default;

    /// <summary>The date; <see langword="null"/> for <see cref="None"/>.</summary>
    public LocalDate? Date => _hasDate ? _date : null;

    /// <summary>Whether this is <see cref="None"/>.</summary>
    public bool IsNone => !_hasDate;

    /// <summary>The value for <paramref name="date"/>.</summary>
    /// <param name="date">The date.</param>
    public static implicit operator DateOrNone(LocalDate date) => new(date);

    /// <summary>The value as JSON writes it: <c>yyyy-MM-dd</c> or <c>none</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => _hasDate ? LocalDatePattern.Iso.Format(_date) : NoneWord;

    /// <summary>How JSON and YAML write <see cref="None"/>.</summary>
    internal const string NoneWord = "none";
}
