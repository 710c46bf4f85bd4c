using System.ComponentModel.DataAnnotations;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Microsoft.OpenApi;
using OutlineAddin.Data;

namespace OutlineAddin.Http;

/// <summary>
/// /openapi/v1.json as a client generator needs it (the taskpane's types come from it, through openapi-typescript):
/// every property that is always there is required, optional ones are not, enums are strings, and the document is
/// the same on every machine (no server address, schemas in name order), so it can be checked in and compared.
/// </summary>
public static class OpenApiDocumentation
{
    public static IServiceCollection AddOutlineOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(options =>
        {
            options.AddSchemaTransformer((schema, context, _) =>
            {
                MarkRequiredProperties(schema, context.JsonTypeInfo);
                // An optional enum (ListNumbering?) is described as the enum, or null.
                var enumType = Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) ?? context.JsonTypeInfo.Type;
                if (enumType.IsEnum)
                {
                    schema.Type = enumType == context.JsonTypeInfo.Type ? JsonSchemaType.String : JsonSchemaType.String | JsonSchemaType.Null;
                    // The generator lists the names only for the framework's own enum converter, not for the one the API reads with.
                    var converter = context.JsonTypeInfo.Options.GetTypeInfo(enumType).Converter;
                    if (SingleNameEnumConverter.NamesRead(converter) is { } names) schema.Enum = [.. names.Select(name => (JsonNode)name)];
                }
                return Task.CompletedTask;
            });
            options.AddOperationTransformer(OpenApiCommonAnswers.DescribeAsync);
            options.AddDocumentTransformer((document, _, _) =>
            {
                // The address the document was fetched from is no part of the API: clients are given theirs.
                document.Servers = [];
                OpenApiCommonAnswers.AddBearerScheme(document);
                if (document.Components?.Schemas is { } schemas)
                {
                    // Required means never null (see MarkRequiredProperties); a nullable reference is only wrapped in
                    // oneOf [null, $ref] after the schema transformers have run, so it is unwrapped here.
                    foreach (var schema in schemas.Values.OfType<OpenApiSchema>())
                    {
                        foreach (var name in schema.Required ?? new HashSet<string>())
                        {
                            if (schema.Properties?.TryGetValue(name, out var property) == true) schema.Properties[name] = WithoutNull(property)!;
                        }
                    }
                    // An enum's schema is shared by every property of its type, so it lists only the names: whether a
                    // property may be null is the property's business (an optional one is left out; a required one never is).
                    foreach (var schema in schemas.Values.OfType<OpenApiSchema>().Where(schema => schema.Enum is { Count: > 0 }))
                    {
                        Strip(schema);
                    }
                    document.Components.Schemas = new SortedDictionary<string, IOpenApiSchema>(schemas, StringComparer.Ordinal)
                        .ToDictionary(entry => entry.Key, entry => entry.Value);
                }
                return Task.CompletedTask;
            });
        });

    /// <summary>
    /// Required: what every answer carries and every request must send. A property marked [Required] (a request field
    /// the server refuses to do without; it is then not null either); else one that is neither nullable, nor has a
    /// default value, nor is left out when unset (see StoredJson). The generator on its own lists every constructor
    /// parameter, which would make a client send each optional field of a request, as null.
    /// </summary>
    private static void MarkRequiredProperties(OpenApiSchema schema, JsonTypeInfo type)
    {
        if (type.Kind != JsonTypeInfoKind.Object || schema.Properties is null) return;
        var required = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in type.Properties)
        {
            if (!schema.Properties.TryGetValue(property.Name, out var propertySchema)) continue;
            if (property.AttributeProvider?.IsDefined(typeof(RequiredAttribute), inherit: true) == true)
            {
                schema.Properties[property.Name] = WithoutNull(propertySchema)!;
                required.Add(property.Name);
            }
            else if (property.AssociatedParameter is not { HasDefaultValue: true } && property.ShouldSerialize is null && !IsNullable(propertySchema))
            {
                required.Add(property.Name);
            }
        }
        schema.Required = required;
        foreach (var (name, propertySchema) in schema.Properties)
        {
            if (propertySchema is not OpenApiSchema concrete) continue;
            concrete.Items = WithoutNull(concrete.Items);
            // openapi-typescript makes a property with a default required; an optional one's default goes into its description.
            if (concrete.Default is { } value && !required.Contains(name))
            {
                concrete.Description = $"{concrete.Description} Default: {value.ToJsonString()}.".TrimStart();
                concrete.Default = null;
            }
        }
    }

    // A list never holds null (the server refuses one that does), though request types say List<T?> to be able to say so;
    // nor does a field the server requires.
    private static IOpenApiSchema? WithoutNull(IOpenApiSchema? items) => items switch
    {
        OpenApiSchema { OneOf: [{ Type: JsonSchemaType.Null }, var other] } => other,
        OpenApiSchema { Type: { } types } concrete when types.HasFlag(JsonSchemaType.Null) => Strip(concrete),
        _ => items,
    };

    private static OpenApiSchema Strip(OpenApiSchema schema)
    {
        schema.Type &= ~JsonSchemaType.Null;
        return schema;
    }

    private static bool IsNullable(IOpenApiSchema schema) =>
        schema.Type?.HasFlag(JsonSchemaType.Null) == true || schema.OneOf?.Any(option => option.Type == JsonSchemaType.Null) == true
        || schema.AnyOf?.Any(option => option.Type == JsonSchemaType.Null) == true;

    /// <summary>Declares the problem+json answers an endpoint gives besides its success: 400 as a validation problem.</summary>
    public static TBuilder Problems<TBuilder>(this TBuilder builder, params int[] statusCodes) where TBuilder : IEndpointConventionBuilder
    {
        foreach (var status in statusCodes)
        {
            if (status == StatusCodes.Status400BadRequest) builder.ProducesValidationProblem();
            else builder.ProducesProblem(status);
        }
        return builder;
    }

    /// <summary>Declares a problem+json answer whose body has extensions, described by <typeparamref name="TProblem"/>.</summary>
    public static RouteHandlerBuilder Problem<TProblem>(this RouteHandlerBuilder builder, int statusCode) =>
        builder.Produces<TProblem>(statusCode, "application/problem+json");

    /// <summary>Declares the If-Match request header: required where a write without it is refused (428).</summary>
    public static TBuilder AcceptsIfMatch<TBuilder>(this TBuilder builder, bool required, string description) where TBuilder : IEndpointConventionBuilder =>
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = "If-Match", In = ParameterLocation.Header, Required = required, Description = description,
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            });
            return Task.CompletedTask;
        });

    /// <summary>Declares the ETag response header of the given answers.</summary>
    public static TBuilder AnswersETag<TBuilder>(this TBuilder builder, string description, params int[] statusCodes) where TBuilder : IEndpointConventionBuilder =>
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            foreach (var status in statusCodes)
            {
                if (operation.Responses?.GetValueOrDefault(status.ToString(System.Globalization.CultureInfo.InvariantCulture)) is not OpenApiResponse response) continue;
                response.Headers ??= new Dictionary<string, IOpenApiHeader>();
                response.Headers["ETag"] = new OpenApiHeader
                {
                    Description = description, Required = true, Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                };
            }
            return Task.CompletedTask;
        });
    /// <summary>Declares a file answered with its Content-Disposition (the file's name), in place of a JSON body.</summary>
    public static TBuilder AnswersFile<TBuilder>(this TBuilder builder, string contentType, string description) where TBuilder : IEndpointConventionBuilder =>
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.Responses ??= [];
            operation.Responses["200"] = new OpenApiResponse
            {
                Description = description,
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    [contentType] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } },
                },
                Headers = new Dictionary<string, IOpenApiHeader>
                {
                    ["Content-Disposition"] = new OpenApiHeader
                    {
                        Description = "attachment, with the file's name in UTF-8 (filename*, RFC 5987) and an ASCII fallback (filename).",
                        Required = true,
                        Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                    },
                },
            };
            return Task.CompletedTask;
        });

    /// <summary>Lists the names a query parameter read by <see cref="QueryNames"/> takes, as the body's enums are listed.</summary>
    public static TBuilder QueryNamesOf<TEnum, TBuilder>(this TBuilder builder, string parameter) where TBuilder : IEndpointConventionBuilder where TEnum : struct, Enum =>
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            if (operation.Parameters?.FirstOrDefault(candidate => candidate.Name == parameter) is OpenApiParameter { Schema: OpenApiSchema schema })
            {
                schema.Enum = [.. QueryNames.Of<TEnum>().Select(name => (JsonNode)name)];
            }
            return Task.CompletedTask;
        });
}
