using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime.Text;

namespace ChinaLabour.Compliance.Snapshots;

/// <summary>Reads and writes <see cref="DateOrNone"/> as <c>"yyyy-MM-dd"</c> or <c>"none"</c>.</summary>
internal sealed class DateOrNoneJsonConverter : JsonConverter<DateOrNone>
{
    public override DateOrNone Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"expected a date written yyyy-MM-dd or \"{DateOrNone.NoneWord}\"");
        }

        var text = reader.GetString()!;
        if (text == DateOrNone.NoneWord)
        {
            return DateOrNone.None;
        }

        var parsed = LocalDatePattern.Iso.Parse(text);
        return parsed.Success
            ? parsed.Value
            : throw new JsonException($"expected a date written yyyy-MM-dd or \"{DateOrNone.NoneWord}\", found \"{text}\"");
    }

    public override void Write(Utf8JsonWriter writer, DateOrNone value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
}
