using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using ChinaLabour.Compliance.Snapshots;
using Compliance.Tests.Support;
using FluentAssertions;
using NJsonSchema;
using NodaTime;
using Xunit;

namespace Compliance.Tests.Snapshots;

/// <summary>
/// src/ChinaLabour.Compliance/Snapshots/snapshot.schema.json is derived from the C# snapshot records; this test derives it again
/// and fails when the two differ, so that the schema HR systems validate against never drifts from the model.
/// </summary>
public sealed class SnapshotSchemaTests
{
    private static string SchemaPath => Path.Combine(Repository.Root, "src", "ChinaLabour.Compliance", "Snapshots", "snapshot.schema.json");

    [Fact]
    public void Schema_file_matches_the_csharp_model()
    {
        var derived = Derive().ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";

        if (Environment.GetEnvironmentVariable("APPROVE_SCHEMA") == "1")
        {
            File.WriteAllText(SchemaPath, derived);
        }

        derived.Should().Be(File.ReadAllText(SchemaPath).Replace("\r\n", "\n", StringComparison.Ordinal),
            "the snapshot model changed; regenerate the schema with APPROVE_SCHEMA=1 dotnet test");
    }

    [Fact]
    public async Task Every_sample_snapshot_validates_against_the_schema()
    {
        var schema = await JsonSchema.FromJsonAsync(await File.ReadAllTextAsync(SchemaPath));
        var samples = Path.Combine(Repository.Root, "samples", "data");

        foreach (var file in Directory.EnumerateFiles(samples, "*.json"))
        {
            schema.Validate(await File.ReadAllTextAsync(file)).Should().BeEmpty(file);
        }
    }

    [Fact]
    public async Task Schema_rejects_a_misspelled_member_as_the_reader_does()
    {
        var schema = await JsonSchema.FromJsonAsync(await File.ReadAllTextAsync(SchemaPath));

        var errors = schema.Validate("""{ "enterprise": { "id": "E1", "regionCod": "140602" } }""");
        errors.Should().NotBeEmpty();
        SnapshotReader.ReadJson("""{ "enterprise": { "id": "E1", "regionCod": "140602" } }""").Success.Should().BeFalse();
    }

    private static JsonObject Derive()
    {
        var definitions = new SortedDictionary<string, JsonNode>(StringComparer.Ordinal);
        var root = ObjectSchema(typeof(EmployerSnapshot), definitions);
        root["$schema"] = "http://json-schema.org/draft-07/schema#";
        root["title"] = "Employer snapshot";
        root["description"] = "One employer's records, as the Compliance library reads them (camelCase; dates yyyy-MM-dd).";
        var defs = new JsonObject();
        foreach (var (name, node) in definitions)
        {
            defs[name] = node;
        }

        root["definitions"] = defs;
        return root;
    }

    private static JsonObject ObjectSchema(Type type, SortedDictionary<string, JsonNode> definitions)
    {
        var properties = new JsonObject();
        var required = new JsonArray();
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            properties[name] = TypeSchema(property.PropertyType, definitions);
            if (property.GetCustomAttribute<RequiredMemberAttribute>() is not null || property.IsDefined(typeof(RequiredMemberAttribute)))
            {
                required.Add(name);
            }
        }

        var schema = new JsonObject { ["type"] = "object", ["additionalProperties"] = false };
        if (required.Count > 0)
        {
            schema["required"] = required;
        }

        schema["properties"] = properties;
        return schema;
    }

    private static JsonNode TypeSchema(Type type, SortedDictionary<string, JsonNode> definitions)
    {
        var underlying = System.Nullable.GetUnderlyingType(type);
        if (underlying is not null)
        {
            return OrNull(TypeSchema(underlying, definitions));
        }

        if (type == typeof(string))
        {
            return new JsonObject { ["type"] = new JsonArray("string", "null") };
        }

        if (type == typeof(DateOrNone))
        {
            return new JsonObject
            {
                ["oneOf"] = new JsonArray(
                    new JsonObject { ["type"] = "string", ["pattern"] = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" },
                    new JsonObject { ["type"] = "string", ["enum"] = new JsonArray("none") }),
            };
        }

        if (type == typeof(bool) || type == typeof(int) || type == typeof(decimal) || type == typeof(LocalDate) || type == typeof(YearMonth) || type.IsEnum)
        {
            return type switch
            {
                _ when type == typeof(bool) => new JsonObject { ["type"] = "boolean" },
                _ when type == typeof(int) => new JsonObject { ["type"] = "integer" },
                _ when type == typeof(decimal) => new JsonObject { ["type"] = "number" },
                _ when type == typeof(LocalDate) => new JsonObject { ["type"] = "string", ["pattern"] = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" },
                _ when type == typeof(YearMonth) => new JsonObject { ["type"] = "string", ["pattern"] = "^[0-9]{4}-[0-9]{2}$" },
                _ => new JsonObject { ["enum"] = new JsonArray([.. Enum.GetNames(type).Select(n => (JsonNode)JsonNamingPolicy.CamelCase.ConvertName(n))]) },
            };
        }

        var element = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) ? type.GetGenericArguments()[0] : null;
        if (element is not null)
        {
            return new JsonObject { ["type"] = new JsonArray("array", "null"), ["items"] = TypeSchema(element, definitions) };
        }

        if (!definitions.ContainsKey(type.Name))
        {
            definitions[type.Name] = new JsonObject();
            definitions[type.Name] = ObjectSchema(type, definitions);
        }

        return new JsonObject { ["$ref"] = $"#/definitions/{type.Name}" };
    }

    private static JsonNode OrNull(JsonNode schema) => new JsonObject { ["oneOf"] = new JsonArray(schema, new JsonObject { ["type"] = "null" }) };
}
