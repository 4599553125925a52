namespace GridStaff.Assessments;

using System.Text.Json;
using System.Text.Json.Serialization;

/// <summary>
/// Stores an indicator line as <c>["I01","Rated","Director",8.30,10,6.64]</c> (code, kind, group, value,
/// max score, points; nulls where the line has none) instead of an object that repeats six property
/// names: a result has about 50 lines, so the stored breakdown is half the size, and a city's compile
/// writes 50,000 of them. Reads the object form too, as results compiled before were stored.
/// </summary>
public sealed class IndicatorBreakdownArrayConverter : JsonConverter<IndicatorBreakdown>
{
    public override void Write(Utf8JsonWriter writer, IndicatorBreakdown value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        writer.WriteStringValue(value.Code);
        writer.WriteStringValue(EnumName(value.Kind));
        if (value.Group is { } group) writer.WriteStringValue(EnumName(group)); else writer.WriteNullValue();
        WriteNumber(writer, value.Value);
        WriteNumber(writer, value.MaxScore);
        writer.WriteNumberValue(value.Points);
        writer.WriteEndArray();
    }

    public override IndicatorBreakdown Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.StartObject) return ReadObject(ref reader);
        if (reader.TokenType != JsonTokenType.StartArray) throw new JsonException("An indicator line is an array or an object.");
        Next(ref reader);
        var code = reader.GetString() ?? throw new JsonException("An indicator line has a code.");
        Next(ref reader);
        var kind = Enum.Parse<IndicatorKind>(reader.GetString()!, ignoreCase: true);
        Next(ref reader);
        RaterGroupKind? group = reader.TokenType == JsonTokenType.Null ? null : Enum.Parse<RaterGroupKind>(reader.GetString()!, ignoreCase: true);
        Next(ref reader);
        var value = ReadNumber(ref reader);
        Next(ref reader);
        var max = ReadNumber(ref reader);
        Next(ref reader);
        var points = reader.GetDecimal();
        Next(ref reader);
        if (reader.TokenType != JsonTokenType.EndArray) throw new JsonException("An indicator line has six items.");
        return new IndicatorBreakdown(code, kind, group, value, max, points);
    }

    /// <summary>The form stored before: <c>{"code":"I01","kind":"Rated","group":"Director","value":8.30,"maxScore":10,"points":6.64}</c>.</summary>
    private static IndicatorBreakdown ReadObject(ref Utf8JsonReader reader)
    {
        string? code = null;
        IndicatorKind kind = default;
        RaterGroupKind? group = null;
        decimal? value = null, max = null;
        decimal points = 0;
        while (true)
        {
            Next(ref reader);
            if (reader.TokenType == JsonTokenType.EndObject) break;
            var name = reader.GetString();
            Next(ref reader);
            switch (name?.ToLowerInvariant())
            {
                case "code": code = reader.GetString(); break;
                case "kind": kind = Enum.Parse<IndicatorKind>(reader.GetString()!, ignoreCase: true); break;
                case "group": group = reader.TokenType == JsonTokenType.Null ? null : Enum.Parse<RaterGroupKind>(reader.GetString()!, ignoreCase: true); break;
                case "value": value = ReadNumber(ref reader); break;
                case "maxscore": max = ReadNumber(ref reader); break;
                case "points": points = reader.GetDecimal(); break;
                default: reader.Skip(); break;
            }
        }
        return new IndicatorBreakdown(code ?? throw new JsonException("An indicator line has a code."), kind, group, value, max, points);
    }

    private static void Next(ref Utf8JsonReader reader)
    {
        if (!reader.Read()) throw new JsonException("The indicator line ends early.");
    }

    private static decimal? ReadNumber(ref Utf8JsonReader reader) => reader.TokenType == JsonTokenType.Null ? null : reader.GetDecimal();

    private static void WriteNumber(Utf8JsonWriter writer, decimal? value)
    {
        if (value is { } v) writer.WriteNumberValue(v); else writer.WriteNullValue();
    }

    // Names as the string-enum converter writes them, looked up rather than formatted per line.
    private static readonly Dictionary<IndicatorKind, string> KindNames = Names<IndicatorKind>();
    private static readonly Dictionary<RaterGroupKind, string> GroupNames = Names<RaterGroupKind>();
    private static string EnumName(IndicatorKind kind) => KindNames.TryGetValue(kind, out var name) ? name : kind.ToString();
    private static string EnumName(RaterGroupKind group) => GroupNames.TryGetValue(group, out var name) ? name : group.ToString();
    private static Dictionary<T, string> Names<T>() where T : struct, Enum => Enum.GetValues<T>().ToDictionary(v => v, v => v.ToString());
}
