using OutlineAddin.Data;

namespace OutlineAddin.Http;

public static class JsonConfiguration
{
    /// <summary>The API speaks the same JSON as the database stores: camelCase, OOXML enum names.</summary>
    public static IServiceCollection AddOutlineJson(this IServiceCollection services) =>
        services.ConfigureHttpJsonOptions(options => StoredJson.Configure(options.SerializerOptions));
}
