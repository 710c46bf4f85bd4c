using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OutlineAddin.Data;

/// <summary>
/// Enums as their camelCase names, reading exactly one name. <see cref="JsonStringEnumConverter"/> also reads a
/// comma list as a combination ("viewer, editor" became owner, "decimal, upperRoman" a format no level has) and
/// cannot be told not to; a role or a number format is always one value.
/// </summary>
public sealed class SingleNameEnumConverter(JsonNamingPolicy namingPolicy) : JsonConverterFactory
{
    private readonly JsonStringEnumConverter names = new(namingPolicy, allowIntegerValues: false);

    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(
            typeof(SingleName<>).MakeGenericType(typeToConvert), names.CreateConverter(typeToConvert, options), namingPolicy)!;

    /// <summary>The names a converter of this factory reads, for the OpenAPI document; null for any other converter.</summary>
    public static IReadOnlyList<string>? NamesRead(JsonConverter converter) => (converter as INamed)?.Names;

    private interface INamed
    {
        IReadOnlyList<string> Names { get; }
    }

    private sealed class SingleName<TEnum>(JsonConverter<TEnum> nameWriter, JsonNamingPolicy namingPolicy) : JsonConverter<TEnum>, INamed
        where TEnum : struct, Enum
    {
        // A name the enum gives a member itself ([JsonStringEnumMemberName("removed-kept")]) wins over the policy's, as it does in the writer.
        private readonly Dictionary<string, TEnum> byName = Enum.GetValues<TEnum>().ToDictionary(
            value => typeof(TEnum).GetField(value.ToString())?.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name
                ?? namingPolicy.ConvertName(value.ToString()),
            StringComparer.OrdinalIgnoreCase);

        public IReadOnlyList<string> Names => [.. byName.Keys];

        public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var name = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            if (name is not null && byName.TryGetValue(name, out var value)) return value;
            throw new UnknownEnumNameException(name, [.. byName.Keys]);
        }

        public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) => nameWriter.Write(writer, value, options);
    }
}

/// <summary>A value that is not one of an enum's names; the serializer adds the path of the field.</summary>
public sealed class UnknownEnumNameException(string? given, IReadOnlyList<string> allowed)
    : JsonException($"\"{given}\" is not one of: {string.Join(", ", allowed)}.")
{
    public string? Given { get; } = given;
    public IReadOnlyList<string> Allowed { get; } = allowed;
}
