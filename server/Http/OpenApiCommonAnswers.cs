using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.OpenApi;

namespace OutlineAddin.Http;

/// <summary>
/// What every API operation can answer whatever its handler declares, written into the document once rather than on
/// each endpoint: the bearer token (required where the endpoint requires authorization, optional elsewhere, since a
/// signed-in caller sees more), 401 for a token that does not sign in and 429 for a client refused by the sign-in
/// throttle (anywhere a token is sent) or a route's rate limit (with Retry-After, as a route's 503), 400/408/413/415 for a body that cannot be read,
/// arrives too slowly, is over the limit or is not JSON,
/// and for a 304 the If-None-Match that asks for it.
/// </summary>
internal static class OpenApiCommonAnswers
{
    public const string BearerSchemeName = "Bearer";

    public static void AddBearerScheme(OpenApiDocument document)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes = new Dictionary<string, IOpenApiSecurityScheme>
        {
            [BearerSchemeName] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "A personal access token (oat_…, from POST /api/users/me/tokens), or an Entra ID token where the server is configured for one.",
            },
        };
    }

    public static async Task DescribeAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.Description.RelativePath?.StartsWith("api/", StringComparison.Ordinal) != true) return;
        var document = context.Document!;
        var problem = await ProblemSchemaAsync(context, cancellationToken);
        operation.Responses ??= [];
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var required = metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any();
        var bearer = new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerSchemeName, document)] = [] };
        operation.Security = required ? [bearer] : [new OpenApiSecurityRequirement(), bearer];

        Add(operation, StatusCodes.Status401Unauthorized, problem,
            required ? "no access token, or one that is invalid, expired or revoked." : "an access token was sent that is invalid, expired or revoked.");
        var tooMany = Add(operation, StatusCodes.Status429TooManyRequests, problem,
            "too many requests from this client (failed sign-ins, or a limit of the route): wait Retry-After seconds.");
        AddRetryAfter(tooMany);
        if (operation.Responses.TryGetValue("503", out var busy) && busy is OpenApiResponse serverBusy) AddRetryAfter(serverBusy);
        if (operation.RequestBody is not null)
        {
            Add(operation, StatusCodes.Status400BadRequest, problem, "the body is not valid JSON, or a field is wrong.");
            Add(operation, StatusCodes.Status408RequestTimeout, problem, "the body arrived too slowly and the server stopped waiting for it; send it again.");
            Add(operation, StatusCodes.Status413PayloadTooLarge, problem, "the body is over this operation's size limit.");
            Add(operation, StatusCodes.Status415UnsupportedMediaType, problem, "the body is not sent as application/json.");
        }
        if (operation.Responses.TryGetValue("304", out var notModified) && notModified is OpenApiResponse concrete)
        {
            DescribeNotModified(operation, concrete);
        }
        operation.Responses = SortedByStatus(operation.Responses);
    }

    // The ProblemDetails schema, registered in the document's components and referred to from there.
    private static async Task<IOpenApiSchema> ProblemSchemaAsync(OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var document = context.Document!;
        const string name = nameof(ProblemDetails);
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        if (!document.Components.Schemas.ContainsKey(name))
        {
            document.Components.Schemas[name] = await context.GetOrCreateSchemaAsync(typeof(ProblemDetails), null, cancellationToken);
        }
        return new OpenApiSchemaReference(name, document);
    }

    private static void AddRetryAfter(OpenApiResponse response)
    {
        response.Headers ??= new Dictionary<string, IOpenApiHeader>();
        response.Headers.TryAdd("Retry-After", new OpenApiHeader
        {
            Description = "Seconds to wait.", Required = false, Schema = new OpenApiSchema { Type = JsonSchemaType.Integer },
        });
    }

    private static OpenApiResponse Add(OpenApiOperation operation, int status, IOpenApiSchema problem, string description)
    {
        var key = status.ToString(CultureInfo.InvariantCulture);
        if (operation.Responses!.TryGetValue(key, out var declared) && declared is OpenApiResponse existing) return existing;
        var response = new OpenApiResponse
        {
            Description = $"{ReasonPhrases.GetReasonPhrase(status)}: {description}",
            Content = new Dictionary<string, OpenApiMediaType> { ["application/problem+json"] = new() { Schema = problem } },
        };
        operation.Responses[key] = response;
        return response;
    }

    private static void DescribeNotModified(OpenApiOperation operation, OpenApiResponse notModified)
    {
        notModified.Description = "Not Modified: the If-None-Match given is still current; the cached copy may be used.";
        operation.Parameters ??= [];
        if (operation.Parameters.Any(parameter => parameter.Name == "If-None-Match")) return;
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = "If-None-Match", In = ParameterLocation.Header, Required = false,
            Description = "The ETag of the copy the client holds: answered 304, with no body, while it is still current.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        });
    }

    private static OpenApiResponses SortedByStatus(OpenApiResponses responses)
    {
        var sorted = new OpenApiResponses();
        foreach (var (status, response) in responses.OrderBy(entry => entry.Key, StringComparer.Ordinal)) sorted[status] = response;
        return sorted;
    }
}
