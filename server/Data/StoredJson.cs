using System.Text.Json;
using System.Text.Json.Serialization;

namespace OutlineAddin.Data;

/// <summary>How outline trees and styles are written into JSON columns: the same shape the API speaks.</summary>
public static class StoredJson
{
    public static readonly JsonSerializerOptions Options = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    /// <summary>camelCase OOXML enum names (chineseCounting), and no clutter for unset optional members.</summary>
    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.Converters.Add(new SingleNameEnumConverter(JsonNamingPolicy.CamelCase));
        // A number is a JSON number: the web defaults' "also from a string" would make every integer number-or-string
        // in the OpenAPI document, and so in the taskpane's generated types.
        options.NumberHandling = JsonNumberHandling.Strict;
        options.TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver
        {
            Modifiers = { OmitUnsetOptionalMembers },
        };
        return options;
    }

    // A heading's own numbering and a level's "continuous" flag are rare: leave them out when unset.
    private static void OmitUnsetOptionalMembers(System.Text.Json.Serialization.Metadata.JsonTypeInfo typeInfo)
    {
        foreach (var property in typeInfo.Properties)
        {
            if (property.PropertyType == typeof(bool) && property.Name == "continuous")
            {
                property.ShouldSerialize = (_, value) => value is true;
            }
            else if (property.Name == "numbering")
            {
                property.ShouldSerialize = (_, value) => value is not null;
            }
        }
    }
}
