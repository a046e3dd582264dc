using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using ChinaLabour.Compliance.Snapshots;
using NodaTime;

namespace ChinaLabour.Compliance.Spreadsheets;

/// <summary>
/// The tables, headers and value words of a spreadsheet batch, derived once from the snapshot records
/// (<see cref="SnapshotModel"/>: each field's JSON name and <see cref="NamesAttribute"/>) and the words for yes, no
/// and none (<see cref="ValueWords"/>). Immutable and shared: every import and the generated column reference read
/// the same instance.
/// </summary>
internal sealed class ImportVocabulary
{
    private static readonly Lazy<ImportVocabulary> s_default = new(Load);

    private readonly Dictionary<string, bool> _booleans;
    private readonly HashSet<string> _none;
    private readonly Dictionary<string, Dictionary<string, string>> _enums;
    private readonly Dictionary<string, Dictionary<string, object>> _enumMembers;

    private ImportVocabulary(
        IReadOnlyList<TableSpec> tables,
        Dictionary<string, bool> booleans,
        Dictionary<string, Dictionary<string, string>> enums,
        Dictionary<string, Dictionary<string, object>> enumMembers,
        IReadOnlyDictionary<string, IReadOnlyList<(string Value, IReadOnlyList<string> Words)>> enumWords,
        IReadOnlyList<(bool Value, IReadOnlyList<string> Words)> booleanWords,
        IReadOnlyList<string> noneWords)
    {
        NoneWords = noneWords;
        _none = noneWords.Select(Normalise).ToHashSet(StringComparer.Ordinal);
        Tables = tables;
        _booleans = booleans;
        _enums = enums;
        _enumMembers = enumMembers;
        EnumWords = enumWords;
        BooleanWords = booleanWords;
    }

    /// <summary>The vocabulary shipped in the assembly.</summary>
    public static ImportVocabulary Default => s_default.Value;

    /// <summary>The tables, employers first, each parent table before the tables nested in it.</summary>
    public IReadOnlyList<TableSpec> Tables { get; }

    /// <summary>Each enum's values with the words that mean them, as the vocabulary lists them (for the docs).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<(string Value, IReadOnlyList<string> Words)>> EnumWords { get; }

    /// <summary>The words for yes and for no (for the docs).</summary>
    public IReadOnlyList<(bool Value, IReadOnlyList<string> Words)> BooleanWords { get; }

    /// <summary>The words that say "none" in a <see cref="ValueKind.TextOrNone"/> column, first the one written.</summary>
    public IReadOnlyList<string> NoneWords { get; }

    /// <summary>Whether a word says "none".</summary>
    public bool IsNone(string word) => _none.Contains(Normalise(word));

    /// <summary>
    /// A header or name as it is compared: case, white space, underscores, hyphens and a trailing note in brackets
    /// (<c>上岗日期（yyyy-mm-dd）</c>) do not count.
    /// </summary>
    public static string Normalise(string text)
    {
        var cut = text.AsSpan().IndexOfAny('(', '（');
        var kept = cut > 0 ? text.AsSpan(0, cut) : text.AsSpan();

        // Every enum and boolean cell comes through here, and ICU's NFKC is most of a cell's cost; text of ASCII and
        // CJK unified ideographs is already in that form, so it only needs the folding below.
        if (!InCompatibilityForm(kept))
        {
            kept = (cut > 0 ? text[..cut] : text).Normalize(NormalizationForm.FormKC);
        }
        else if (cut <= 0 && !Folds(kept))
        {
            return text;
        }

        var builder = new StringBuilder(kept.Length);
        foreach (var c in kept)
        {
            if (!Dropped(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Whether NFKC leaves the text as it is, decided without ICU for the text cells hold most: ASCII and the CJK
    /// unified ideographs (U+4E00–U+9FFF) have no decomposition and compose with nothing, so a text of them alone is
    /// in the form; any other character answers no, and the text goes through <see cref="string.Normalize(NormalizationForm)"/>.
    /// </summary>
    private static bool InCompatibilityForm(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAscii(c) && c is < '\u4E00' or > '\u9FFF')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether folding changes a text of ASCII and CJK ideographs: a character dropped or lowered. Ideographs have no
    /// case, so only A–Z lower (and <see cref="char.ToLowerInvariant(char)"/>, which asks ICU for them, is not called).
    /// </summary>
    private static bool Folds(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (Dropped(c) || char.IsAsciiLetterUpper(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Dropped(char c) => char.IsWhiteSpace(c) || c is '_' or '-';

    /// <summary>The table a file or sheet of this name holds, if any.</summary>
    public TableSpec? FindTable(string name)
    {
        var key = Normalise(name);
        return Tables.FirstOrDefault(t => t.Names.Any(n => Normalise(n) == key));
    }

    /// <summary>The boolean a word means, if it is one of the vocabulary's words.</summary>
    public bool? Boolean(string word) => _booleans.TryGetValue(Normalise(word), out var value) ? value : null;

    /// <summary>The enum value (camelCase, as the snapshot writes it) a word means, if any.</summary>
    public string? EnumValue(string enumName, string word) =>
        _enums[enumName].TryGetValue(Normalise(word), out var value) ? value : null;

    /// <summary>
    /// The enum member a word means, boxed once when the vocabulary loads (so a cell costs no allocation), if any.
    /// </summary>
    public object? EnumMember(string enumName, string word) =>
        _enumMembers[enumName].TryGetValue(Normalise(word), out var member) ? member : null;

    /// <summary>The canonical values of an enum, for messages.</summary>
    public IEnumerable<string> EnumValues(string enumName) => EnumWords[enumName].Select(v => v.Value);

    /// <summary>The English name of the employers table, one row per employer.</summary>
    public const string EmployersTable = "employers";

    private static ImportVocabulary Load()
    {
        var booleanWords = new List<(bool, IReadOnlyList<string>)>();
        var booleans = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var (value, words) in ValueWords.Booleans)
        {
            booleanWords.Add((value, words));
            foreach (var word in words)
            {
                Add(booleans, Normalise(word), value, "booleans");
            }
        }

        var enums = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        var enumWords = new Dictionary<string, IReadOnlyList<(string, IReadOnlyList<string>)>>(StringComparer.Ordinal);
        var enumMembers = new Dictionary<string, Dictionary<string, object>>(StringComparer.Ordinal);
        foreach (var type in SnapshotModel.Enums)
        {
            var map = new Dictionary<string, string>(StringComparer.Ordinal);
            var listed = new List<(string, IReadOnlyList<string>)>();
            foreach (var member in Enum.GetValues(type).Cast<Enum>())
            {
                var value = SnapshotModel.JsonNameOf(member);
                var words = SnapshotModel.NamesOf(member);
                listed.Add((value, words));
                Add(map, Normalise(value), value, type.Name);
                foreach (var word in words)
                {
                    Add(map, Normalise(word), value, type.Name);
                }
            }

            enums.Add(type.Name, map);
            var members = Enum.GetValues(type).Cast<Enum>().ToDictionary(SnapshotModel.JsonNameOf, m => (object)m, StringComparer.Ordinal);
            enumMembers.Add(type.Name, map.ToDictionary(w => w.Key, w => members[w.Value], StringComparer.Ordinal));
            enumWords.Add(type.Name, listed);
        }

        return new ImportVocabulary(ReadTables(), booleans, enums, enumMembers, enumWords, booleanWords, ValueWords.None);
    }

    /// <summary>
    /// The tables, from the snapshot records: the employers table holds the snapshot's own records' values
    /// (<c>enterprise.id</c>, <c>headcount.dispatched</c>, …); each list of records is a table, and a list inside
    /// those records a table nested in it (<c>workers.trainings</c>), named by the parent's identity.
    /// </summary>
    private static List<TableSpec> ReadTables()
    {
        var root = SnapshotModel.Root;
        var employerColumns = root.Fields
            .Select((f, slot) => (Field: f, Slot: slot))
            .Where(f => f.Field.Shape == SnapshotFieldShape.Record)
            .SelectMany(f => Columns(f.Field.Record!, f.Field.JsonName + ".", f.Slot))
            .ToArray();

        // Other tables name their employer with the employers' identity column, under its other headers.
        var identity = employerColumns.Single(c => c.IsIdentity);
        var employerKey = new ColumnSpec("employerId", ValueKind.Text, null, identity.Headers.Where(h => h is not "enterprise.id" and not "id").ToArray());
        var tables = new List<TableSpec> { new(EmployersTable, [EmployersTable, .. root.Names], null, null, employerColumns, identity, null) };
        foreach (var (list, listSlot) in root.Fields.Select((f, slot) => (f, slot)).Where(x => x.f.Shape == SnapshotFieldShape.List))
        {
            var record = list.Record!;
            var columns = Columns(record, string.Empty);
            tables.Add(new TableSpec(list.JsonName, [list.JsonName, .. list.Names], list.JsonName, null, columns, employerKey, null) { CollectionSlot = listSlot });
            foreach (var (nested, nestedSlot) in record.Fields.Select((f, slot) => (f, slot)).Where(x => x.f.Shape == SnapshotFieldShape.List))
            {
                var parentIdentity = columns.SingleOrDefault(c => c.IsIdentity)
                    ?? throw new InvalidOperationException($"{record.Type.Name} holds the list {nested.JsonName} but has no Id to name its rows' parent");
                var parentKey = new ColumnSpec(parentIdentity.Headers[1], ValueKind.Text, null, parentIdentity.Headers.Skip(1).ToArray());
                tables.Add(new TableSpec(nested.JsonName, [nested.JsonName, .. nested.Names], list.JsonName, nested.JsonName, Columns(nested.Record!, string.Empty), employerKey, parentKey)
                {
                    CollectionSlot = listSlot,
                    NestedSlot = nestedSlot,
                });
            }
        }

        foreach (var table in tables)
        {
            var seen = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var column in table.KeyColumns.Concat(table.ValueColumns))
            {
                foreach (var header in column.Headers)
                {
                    Add(seen, Normalise(header), column.Field, "headers of table " + table.Name);
                }
            }
        }

        return tables;
    }

    /// <summary>The value columns of a record; <paramref name="parentSlot"/> is the slot of the snapshot's record field they sit in, if any.</summary>
    private static ColumnSpec[] Columns(SnapshotRecord record, string prefix, int? parentSlot = null) =>
        record.Fields
            .Select((f, slot) => (f, slot))
            .Where(x => x.f.Shape == SnapshotFieldShape.Value)
            .Select(x =>
            {
                var (f, slot) = x;
                var field = prefix + f.JsonName;
                List<string> headers = prefix.Length == 0 ? [field] : [field, f.JsonName];
                headers.AddRange(f.Names);
                var kind = KindOf(f);
                return new ColumnSpec(field, kind, kind == ValueKind.Enum ? f.ValueType.Name : null, headers)
                {
                    Slots = parentSlot is { } parent ? [parent, slot] : [slot],
                };
            })
            .ToArray();

    private static ValueKind KindOf(SnapshotField field) => field.ValueType switch
    {
        var t when t == typeof(string) => field switch
        {
            { Personal: PersonalKind.IdNumber } => ValueKind.IdNumber,
            { Personal: PersonalKind.Name } => ValueKind.PersonalName,
            { IsCode: true } => ValueKind.Code,
            { EmptyMeansNone: true } => ValueKind.TextOrNone,
            _ => ValueKind.Text,
        },
        var t when t == typeof(int) => ValueKind.Integer,
        var t when t == typeof(decimal) => ValueKind.Number,
        var t when t == typeof(bool) => ValueKind.Boolean,
        var t when t == typeof(LocalDate) => ValueKind.Date,
        var t when t == typeof(DateOrNone) => ValueKind.DateOrNone,
        var t when t == typeof(YearMonth) => ValueKind.Month,
        { IsEnum: true } => ValueKind.Enum,
        var t => throw new InvalidOperationException($"{field.Property.DeclaringType?.Name}.{field.Property.Name}: no spreadsheet cell reads a {t.Name}"),
    };

    private static void Add<T>(Dictionary<string, T> map, string key, T value, string where)
    {
        if (map.TryGetValue(key, out var existing) && !EqualityComparer<T>.Default.Equals(existing, value))
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"the vocabulary says '{key}' means both {existing} and {value} in {where}"));
        }

        map[key] = value;
    }
}
