using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using ChinaLabour.Compliance.Text;
using NodaTime;

namespace ChinaLabour.Compliance.Snapshots;

/// <summary>
/// docs/snapshot-reference.md: every record and field of the employer snapshot, with its JSON name, type, what its
/// absence means, whether it is personal information and its meaning, written from <see cref="SnapshotModel"/> and the
/// XML docs of the records, so the reference cannot fall behind the code.
/// </summary>
/// <threadsafety>Stateless; safe to use from many threads.</threadsafety>
internal static class SnapshotReference
{
    /// <summary>The reference as Markdown, its meanings from the XML documentation beside the assembly.</summary>
    /// <returns>The page.</returns>
    public static string Markdown() => Markdown(XmlDocs.Load(typeof(EmployerSnapshot).Assembly));

    /// <summary>The reference as Markdown.</summary>
    /// <param name="docs">The assembly's XML documentation (Compliance.xml); without it, meanings are left out.</param>
    /// <returns>The page.</returns>
    public static string Markdown(XDocument? docs)
    {
        // A field named in a description is written as the JSON writes it (`postId`, not `PostId`).
        var summaries = XmlDocs.Summaries(docs, cref => cref[(cref.LastIndexOf('.') + 1)..] is var name && cref.StartsWith("P:", StringComparison.Ordinal)
            ? JsonNamingPolicy.CamelCase.ConvertName(name)
            : name);
        var md = new StringBuilder();
        md.Append("# The employer snapshot: reference\n\n");
        md.Append("<!-- Generated from the snapshot records (src/ChinaLabour.Compliance/Snapshots) and their XML docs; a test keeps it current (APPROVE_DOCS=1 dotnet test regenerates it). -->\n\n");
        md.Append("One employer's records, as an HR or ERP system sends them: a JSON document (or YAML with the same names) whose every record and field is listed below, ");
        md.Append("the snapshot itself first, then each record in the order the snapshot reaches it. ");
        md.Append("The JSON Schema [`snapshot.schema.json`](../src/ChinaLabour.Compliance/Snapshots/snapshot.schema.json) is derived from the same records, for validating before sending; ");
        md.Append("[import-format.md](import-format.md) gives the spreadsheet tables and headers that fill the same fields.\n\n");
        md.Append("**Names.** Members are written in camelCase, as listed. A member not listed is an error, reported with line, column and JSON path ");
        md.Append("(a misspelled `undergound` would otherwise silently be a missing fact).\n\n");
        md.Append("**Types.** `string`; `code`, a string holding a code of the standard its description names (a bare number is read as its digits, ");
        md.Append("but write codes as strings: `\"0610\"` keeps its leading zero); `integer`; `number` (decimal point `.`); `boolean` (`true` or `false`); ");
        md.Append("`date`, written `yyyy-MM-dd`; `month`, written `yyyy-MM`; `DateOrNone`, a date or the word `\"none\"`; an enum, one of the values listed ");
        md.Append("(their meanings are under [Enumerations](#enumerations)); a record, an object described in its own section; a list of records, an array of such objects.\n\n");
        md.Append("**Absence** (column *if absent*). A member left out, or written `null`, is not recorded. *required*: the snapshot is refused without it; ");
        md.Append("only ids are required (the enterprise's, and each listed record's, to name it in a report). *not recorded*: a fact not given, which makes the rules ");
        md.Append("that need it Indeterminate, never Compliant and never Violated. *none*: absence is itself the answer \"there is none\", because that is how ");
        md.Append("the records are kept (a worker's `end` while the worker stays); rules read it and never find it missing. To say there is none ");
        md.Append("where absence means not recorded: give a list empty (`\"accidents\": []`), a `DateOrNone` as `\"none\"` (`\"lastDrill\": \"none\"`), ");
        md.Append("and a string whose type says `\"\"` = none as the empty string.\n\n");
        md.Append("**Personal data** (column *personal*). A *name* or an *ID number* is personal information: no rule reads it, reports show the record's `id` ");
        md.Append("instead, and messages never quote a name and show an ID number only masked (`140602********1234`).\n\n");

        var paths = Paths();
        foreach (var record in SnapshotModel.Records)
        {
            md.Append(CultureInfo.InvariantCulture, $"## {record.Type.Name}\n\n");
            var summary = summaries.GetValueOrDefault(XmlDocs.Id(record.Type)) ?? string.Empty;
            md.Append(summary.Length > 0 ? summary + " " : string.Empty);
            md.Append(record.Type == typeof(EmployerSnapshot) ? "The root of the document.\n\n" : $"At `{paths[record.Type]}`.\n\n");
            md.Append("| field | type | if absent | personal | description |\n| --- | --- | --- | --- | --- |\n");
            foreach (var field in record.Fields)
            {
                var description = summaries.GetValueOrDefault(XmlDocs.Id(field.Property)) ?? string.Empty;
                md.Append(CultureInfo.InvariantCulture, $"| `{field.JsonName}` | {Cell(Type(field))} | {Absence(field)} | {Personal(field)} | {Cell(description)} |\n");
            }

            md.Append('\n');
        }

        md.Append("## Enumerations\n\n| enum | value | meaning |\n| --- | --- | --- |\n");
        foreach (var type in SnapshotModel.Enums.OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            foreach (var value in Enum.GetValues(type).Cast<Enum>())
            {
                md.Append(CultureInfo.InvariantCulture, $"| {type.Name} | `{SnapshotModel.JsonNameOf(value)}` | {Cell(summaries.GetValueOrDefault(XmlDocs.Id(value)) ?? string.Empty)} |\n");
            }
        }

        return md.ToString();
    }

    /// <summary>Where each record first appears, as a JSON path from the snapshot (<c>workers[].trainings[]</c>).</summary>
    private static Dictionary<Type, string> Paths()
    {
        var paths = new Dictionary<Type, string> { [typeof(EmployerSnapshot)] = string.Empty };
        foreach (var record in SnapshotModel.Records)
        {
            foreach (var field in record.Fields.Where(f => f.Shape != SnapshotFieldShape.Value && !paths.ContainsKey(f.ValueType)))
            {
                var parent = paths[record.Type];
                paths[field.ValueType] = (parent.Length > 0 ? parent + "." : string.Empty) + field.JsonName + (field.Shape == SnapshotFieldShape.List ? "[]" : string.Empty);
            }
        }

        return paths;
    }

    private static string Type(SnapshotField field)
    {
        var type = field.ValueType;
        var anchor = $"[{type.Name}](#{type.Name.ToLowerInvariant()})";
        return field.Shape switch
        {
            SnapshotFieldShape.Record => "record " + anchor,
            SnapshotFieldShape.List => "list of " + anchor,
            _ when type == typeof(string) && field.IsCode => "code",
            _ when type == typeof(string) && field.EmptyMeansNone => "string; `\"\"` = none",
            _ when type == typeof(string) => "string",
            _ when type == typeof(int) => "integer",
            _ when type == typeof(decimal) => "number",
            _ when type == typeof(bool) => "boolean",
            _ when type == typeof(LocalDate) => "date",
            _ when type == typeof(YearMonth) => "month",
            _ when type == typeof(DateOrNone) => "DateOrNone: a date or `\"none\"`",
            _ when type.IsEnum => "enum: " + string.Join(", ", Enum.GetValues(type).Cast<Enum>().Select(v => $"`{SnapshotModel.JsonNameOf(v)}`")),
            _ => throw new InvalidOperationException($"{field.Property.DeclaringType!.Name}.{field.Property.Name}: the snapshot reference does not know how to describe {type.Name}; add it to {nameof(SnapshotReference)}."),
        };
    }

    private static string Absence(SnapshotField field) =>
        field.IsIdentity || field.Property.IsDefined(typeof(RequiredMemberAttribute), inherit: false) ? "**required**"
        : field.AbsentMeansNone ? "none"
        : "not recorded";

    private static string Personal(SnapshotField field) => field.Personal switch
    {
        PersonalKind.Name => "name",
        PersonalKind.IdNumber => "ID number",
        _ => string.Empty,
    };

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
