using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace ChinaLabour.Compliance.Snapshots;

/// <summary>The one set of JSON settings for snapshots: camelCase, dates as yyyy-MM-dd, enums by name, no unknown members.</summary>
internal static class SnapshotJson
{
    public static JsonSerializerOptions Options { get; } = CreateReadOnly();

    /// <summary>Gives <paramref name="options"/> the snapshot settings; the snapshot metadata is asked first, before any resolver it has.</summary>
    public static void Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        options.ReadCommentHandling = JsonCommentHandling.Skip;
        options.AllowTrailingCommas = true;
        options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        options.WriteIndented = true;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
#if NET9_0_OR_GREATER
        // An identity given as null is an error with its position, not a record nobody can name.
        options.RespectNullableAnnotations = true;
#endif
        options.Converters.Add(new CodeStringConverter());
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);

        // First in the chain: another resolver the options already have (ASP.NET Core's) still serves other types.
        options.TypeInfoResolverChain.Insert(0, SnapshotJsonContext.Default);
    }

    private static JsonSerializerOptions CreateReadOnly()
    {
        var options = new JsonSerializerOptions();
        Configure(options);
        options.MakeReadOnly();
        return options;
    }
}
