using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ChinaLabour.Compliance.Text;
using NodaTime;
using NodaTime.Text;

namespace ChinaLabour.Compliance.Snapshots;

/// <summary>
/// A snapshot's JSON checked against the records before it is read, so that every mistake is named at once, in the
/// project's words, with the allowed values and the nearest one; the deserializer stops at the first and speaks of
/// .NET types. What this passes, the deserializer reads; what it cannot judge, the deserializer still reports.
/// </summary>
internal static partial class SnapshotContract
{
    /// <summary>The mistakes of <paramref name="root"/>, in document order; empty when it fits the records.</summary>
    /// <param name="root">The snapshot as JSON.</param>
    /// <param name="error">Makes an error at a JSON path: at the member's name when <c>name</c> is true, else at its value.</param>
    public static IReadOnlyList<SnapshotError> Check(JsonNode? root, Func<string, bool, string, SnapshotError> error)
    {
        var errors = new List<SnapshotError>();
        if (root is not null)
        {
            Record(root, SnapshotModel.Root, "$", errors, error);
        }

        return errors;
    }

    private static void Record(JsonNode node, SnapshotRecord record, string path, List<SnapshotError> errors, Func<string, bool, string, SnapshotError> error)
    {
        if (node is not JsonObject members)
        {
            errors.Add(error(path, false, $"expected an object ({Describe(record)}), found {Found(node)}"));
            return;
        }

        foreach (var (name, value) in members)
        {
            var here = $"{path}.{name}";
            if (record.Fields.FirstOrDefault(f => f.JsonName == name) is not { } field)
            {
                var known = record.Fields.Select(f => f.JsonName).ToArray();
                var near = Nearest.To(name, known);
                var guess = near.Count > 0 ? $"did you mean {string.Join(" or ", near.Select(n => $"'{n}'"))}? " : string.Empty;
                errors.Add(error(here, true, $"'{name}' is not a member of {Describe(record)}; {guess}its members: {string.Join(", ", known)}"));
                continue;
            }

            if (value is null)
            {
                if (field.Property.PropertyType.IsValueType && Nullable.GetUnderlyingType(field.Property.PropertyType) is null)
                {
                    errors.Add(error(here, false, $"expected {Expected(field.ValueType)}, found null; leave the member out if it is not known"));
                }

                continue;
            }

            switch (field.Shape)
            {
                case SnapshotFieldShape.Record:
                    Record(value, field.Record!, here, errors, error);
                    break;
                case SnapshotFieldShape.List when value is JsonArray items:
                    for (var i = 0; i < items.Count; i++)
                    {
                        var item = items[i];
                        var at = $"{here}[{i}]";
                        var records = field.ValueType.IsClass && field.ValueType != typeof(string);
                        if (item is null)
                        {
                            errors.Add(error(at, false, $"expected {(records ? $"an object ({Describe(field.Record!)})" : Expected(field.ValueType))}, found null"));
                        }
                        else if (records)
                        {
                            Record(item, field.Record!, at, errors, error);
                        }
                        else
                        {
                            Value(item, field.ValueType, at, errors, error);
                        }
                    }

                    break;
                case SnapshotFieldShape.List:
                    errors.Add(error(here, false, $"expected a list, found {Found(value)}"));
                    break;
                default:
                    Value(value, field.ValueType, here, errors, error);
                    break;
            }
        }
    }

    private static void Value(JsonNode node, Type type, string path, List<SnapshotError> errors, Func<string, bool, string, SnapshotError> error)
    {
        if (Problem(node, type) is { } problem)
        {
            errors.Add(error(path, false, problem));
        }
    }

    private static string? Problem(JsonNode node, Type type)
    {
        var kind = node.GetValueKind();
        var text = kind == JsonValueKind.String ? node.GetValue<string>() : null;
        if (type == typeof(string))
        {
            // Codes often come as bare numbers (140602); the reader takes them as written.
            return kind is JsonValueKind.String or JsonValueKind.Number ? null : $"expected a text, found {Found(node)}";
        }

        if (type == typeof(bool))
        {
            return kind is JsonValueKind.True or JsonValueKind.False ? null : $"expected true or false, found {Found(node)}";
        }

        if (type == typeof(int) || type == typeof(long) || type == typeof(decimal))
        {
            var number = kind == JsonValueKind.Number ? node.ToJsonString() : null;
            var fits = number is not null && (type == typeof(decimal)
                ? decimal.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
                : type == typeof(int)
                    ? int.TryParse(number, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _)
                    : long.TryParse(number, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _));
            return fits ? null : $"expected {Expected(type)}, found {Found(node)}";
        }

        if (type == typeof(LocalDate) || type == typeof(DateOrNone))
        {
            var none = type == typeof(DateOrNone);
            if (text is null || (none && text == DateOrNone.NoneWord) || LocalDatePattern.Iso.Parse(text).Success)
            {
                return text is null ? $"expected {Expected(type)}, found {Found(node)}" : null;
            }

            return Impossible(text) ?? $"expected {Expected(type)}, found {Found(node)}";
        }

        if (type == typeof(YearMonth))
        {
            return text is not null && YearMonthPattern.Iso.Parse(text).Success ? null : $"expected {Expected(type)}, found {Found(node)}";
        }

        if (type.IsEnum)
        {
            var names = Enum.GetValues(type).Cast<Enum>().Select(SnapshotModel.JsonNameOf).ToArray();
            if (text is not null && names.Contains(text, StringComparer.OrdinalIgnoreCase))
            {
                return null;
            }

            // A word the spreadsheets take for a value ("dispatch", 派遣) points straight at it.
            var meant = text is null ? null : Enum.GetValues(type).Cast<Enum>()
                .FirstOrDefault(v => SnapshotModel.NamesOf(v).Contains(text, StringComparer.OrdinalIgnoreCase));
            var suggestion = meant is not null ? $"; did you mean '{SnapshotModel.JsonNameOf(meant)}'?" : Nearest.Suggestion(text ?? string.Empty, names);
            return $"expected one of {string.Join(", ", names)}, found {Found(node)}{suggestion}";
        }

        return null;
    }

    /// <summary>A date written the right way that does not exist: 2024-02-30, 2023-13-01.</summary>
    private static string? Impossible(string text)
    {
        var match = IsoShape().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var (year, month, day) = (int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture));
        if (month is < 1 or > 12)
        {
            return $"'{text}' is not a date that exists: there is no month {month}; dates are written yyyy-MM-dd";
        }

        var days = CalendarSystem.Iso.GetDaysInMonth(year, month);
        return day < 1 || day > days
            ? $"'{text}' is not a date that exists: {new LocalDate(year, month, 1).ToString("MMMM yyyy", CultureInfo.InvariantCulture)} has {days} days"
            : null;
    }

    private static string Expected(Type type) => type switch
    {
        _ when type == typeof(int) || type == typeof(long) => "a whole number",
        _ when type == typeof(decimal) => "a number",
        _ when type == typeof(LocalDate) => "a date written yyyy-MM-dd, e.g. 2024-06-30",
        _ when type == typeof(DateOrNone) => $"a date written yyyy-MM-dd, e.g. 2024-06-30, or \"{DateOrNone.NoneWord}\"",
        _ when type == typeof(YearMonth) => "a month written yyyy-MM, e.g. 2024-06",
        _ => "a value",
    };

    private static string Describe(SnapshotRecord record) => record.Type == typeof(EmployerSnapshot) ? "the snapshot" : $"a {JsonNamingPolicy.CamelCase.ConvertName(record.Type.Name)}";

    private static string Found(JsonNode node) => node switch
    {
        JsonObject => "an object",
        JsonArray => "a list",
        _ when node.GetValueKind() == JsonValueKind.String => Quoted(node.GetValue<string>()),
        _ => node.ToJsonString(),
    };

    private static string Quoted(string text) => text.Length > 40 ? $"\"{text[..40]}…\"" : $"\"{text}\"";

    [GeneratedRegex(@"^(\d{4})-(\d{2})-(\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoShape();
}
