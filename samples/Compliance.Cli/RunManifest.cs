using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ChinaLabour.Compliance;
using ChinaLabour.Compliance.Checking;
using NodaTime;
using NodaTime.Text;

namespace Compliance.Cli;

/// <summary>
/// manifest.json of a batch's folder: what the run was (tool, as-of date, input and catalogue hashes, options), and,
/// once every other output is in place, what it did (counts, and each output file's size and SHA-256). Written first
/// with <c>"complete": false</c> and rewritten last, <c>"complete": true</c> unless the run was interrupted, so the
/// folder says whether it can be trusted. It holds nothing that differs between two runs of the same input: no times,
/// no paths of this machine.
/// </summary>
internal sealed class RunManifest
{
    public const string FileName = "manifest.json";

    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly LocalDate _asOf;
    private readonly BatchSource _input;
    private readonly string _inputHash;
    private readonly RuleCatalogue _catalogue;
    private readonly IReadOnlyList<(string Name, string Value)> _options;

    private RunManifest(LocalDate asOf, BatchSource input, string inputHash, RuleCatalogue catalogue, IReadOnlyList<(string Name, string Value)> options)
    {
        _asOf = asOf;
        _input = input;
        _inputHash = inputHash;
        _catalogue = catalogue;
        _options = options;
    }

    /// <summary>The library that checked, with the commit it was built from: deterministic for one build.</summary>
    public static string Tool { get; } = "Compliance " + (typeof(RuleCatalogue).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown");

    /// <summary>The manifest of a run of <paramref name="input"/>, whose files are hashed here, once.</summary>
    public static RunManifest For(LocalDate asOf, BatchSource input, RuleCatalogue catalogue, IReadOnlyList<(string Name, string Value)> options) =>
        new(asOf, input, input.Hash, catalogue, options);

    /// <summary>
    /// Whether <paramref name="path"/> is a manifest this tool wrote, whole or incomplete: what makes a folder a previous
    /// run's, whose outputs a new run may replace. Anything else, unreadable or not, is not.
    /// </summary>
    public static bool IsOne(string path)
    {
        try
        {
            // A manifest is a few hundred bytes; a large file of that name is someone else's.
            if (!File.Exists(path) || new FileInfo(path).Length > 1 << 20)
            {
                return false;
            }

            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = document.RootElement;
            return root.ValueKind == JsonValueKind.Object
                && root.TryGetProperty("format", out var format) && format.ValueKind == JsonValueKind.Number
                && root.TryGetProperty("tool", out var tool) && tool.ValueKind == JsonValueKind.String
                && tool.GetString()!.StartsWith("Compliance ", StringComparison.Ordinal);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            return false;
        }
    }

    /// <summary>The manifest of a run under way: what it is, and nothing of what it did.</summary>
    public string Incomplete() => Json(null, []);

    /// <summary>The manifest of a finished run: <paramref name="summary"/>'s counts and the <paramref name="files"/> it wrote.</summary>
    public string Complete(BatchSummary summary, IReadOnlyList<(string Name, long Bytes, string Sha256)> files) => Json(summary, files);

    private string Json(BatchSummary? done, IReadOnlyList<(string Name, long Bytes, string Sha256)> files)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("format", 1);
            json.WriteString("tool", Tool);
            // Complete only when the run ended of itself: every employer checked or rejected, every output written.
            json.WriteBoolean("complete", done is { Interrupted: false });
            if (done is null)
            {
                json.WriteNull("interrupted");
            }
            else
            {
                json.WriteBoolean("interrupted", done.Interrupted);
            }

            json.WriteString("asOf", LocalDatePattern.Iso.Format(_asOf));
            json.WriteStartObject("input");
            json.WriteString("unit", _input.Unit);
            json.WriteNumber("files", _input.Files.Count);
            json.WriteString("sha256", _inputHash);
            json.WriteEndObject();
            json.WriteStartObject("catalogue");
            json.WriteNumber("rules", _catalogue.Rules.Count);
            json.WriteString("sha256", _catalogue.ContentHash);
            json.WriteEndObject();
            json.WriteStartObject("options");
            foreach (var (name, value) in _options)
            {
                json.WriteString(name, value);
            }

            json.WriteEndObject();
            if (done is null)
            {
                json.WriteNull("counts");
            }
            else
            {
                WriteCounts(json, done);
            }

            json.WriteStartArray("files");
            foreach (var (name, bytes, sha256) in files)
            {
                json.WriteStartObject();
                json.WriteString("name", name);
                json.WriteNumber("bytes", bytes);
                json.WriteString("sha256", sha256);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return s_utf8.GetString(buffer.ToArray()) + "\n";
    }

    private static void WriteCounts(Utf8JsonWriter json, BatchSummary done)
    {
        json.WriteStartObject("counts");
        json.WriteNumber("total", done.Total);
        json.WriteNumber("checked", done.Checked);
        json.WriteNumber("rejected", done.Rejected);
        json.WriteNumber("notChecked", done.NotChecked);
        json.WriteNumber("violations", done.Violations);
        json.WriteNumber("employersWithViolations", done.EmployersInBreach);
        json.WriteNumber("employersFailing", done.EmployersFailing);
        json.WriteNumber("inputProblems", done.Problems);
        json.WriteNumber("problemsOutsideEmployers", done.OtherProblems);
        json.WriteNumber("employerPages", done.Pages);
        json.WriteStartObject("outcomes");
        foreach (var outcome in Enum.GetValues<Outcome>())
        {
            json.WriteNumber(JsonNamingPolicy.CamelCase.ConvertName(outcome.ToString()), done.Outcomes[(int)outcome]);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }
}
