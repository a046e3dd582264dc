using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace ChinaLabour.Compliance.Snapshots;

/// <summary>The one set of JSON settings for snapshots: camelCase, dates as yyyy-MM-dd, enums by name, no unknown members.</summary>
internal static class SnapshotJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            ReadCommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            WriteIndented = true,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
#if NET9_0_OR_GREATER
            // An identity given as null is an error with its position, not a record nobody can name.
            RespectNullableAnnotations = true,
#endif
        };
        options.Converters.Add(new CodeStringConverter());
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
        options.TypeInfoResolver = SnapshotJsonContext.Default;
        options.MakeReadOnly();
        return options;
    }
}
