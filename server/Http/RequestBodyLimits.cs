using System.Globalization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using OutlineAddin.Outlines;

namespace OutlineAddin.Http;

/// <summary>
/// How big a request body may be, per endpoint. Routing hands an endpoint's limit to Kestrel before the body is read,
/// so an oversized body is refused on its Content-Length (or as soon as it passes the limit), not buffered first: a
/// dozen 25 MB bodies to an anonymous endpoint used to take the process from 150 MB to 1.5 GB.
/// </summary>
public static class RequestBodyLimits
{
    /// <summary>Every endpoint not given its own: names, roles, a numbering style's nine levels.</summary>
    public const long Default = 64 * 1024;

    /// <summary>
    /// An outline or template request. Its text may have 1 MB (<see cref="OutlineLimits.MaxTextBytes"/>), and JSON adds
    /// to that: the biggest legitimate requests measured 2.2 MB (20,000 paragraphs of renumber, their field names
    /// included) and 2.1 MB (parse of 1 MB of line breaks, each written \n), 3.2 MB when a client escapes every Chinese
    /// character as \uXXXX (.NET's and Python's default encoders do); the largest template 1.7 MB, 2.4 MB escaped.
    /// </summary>
    public const long Outline = 4 * 1024 * 1024;

    /// <summary>What the 413 of an outline endpoint asks for: its text has its own limit, and a document can be sent in parts.</summary>
    public static readonly string OutlineAdvice = $"其中大纲文字最多 {OutlineLimits.MaxTextSize}，请拆分后分批提交。";

    /// <summary>What the 413 of a template save asks for: a template cannot be saved in parts.</summary>
    public static readonly string TemplateAdvice = $"其中大纲文字最多 {OutlineLimits.MaxTextSize}，请精简模板后再保存。";

    private const string DefaultAdvice = "请精简后再提交。";

    public static WebApplicationBuilder AddRequestBodyLimits(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = Default);
        return builder;
    }

    /// <summary>The endpoint's body limit, and what its 413 asks the client to do (a sentence; by default, to shorten the body).</summary>
    public static TBuilder WithBodyLimit<TBuilder>(this TBuilder builder, long bytes, string advice = DefaultAdvice) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new BodyLimit(bytes, advice));

    /// <summary>The 413's detail, naming the limit of the endpoint that refused the body.</summary>
    public static string TooLargeDetail(HttpContext context)
    {
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize is not { } limit) return "请求体过大，请精简或拆分后再提交。";
        var advice = context.GetEndpoint()?.Metadata.GetMetadata<BodyLimit>() is { } own && own.MaxRequestBodySize == limit ? own.Advice : DefaultAdvice;
        return $"请求体超过了这个接口的上限 {Describe(limit)}，{advice}";
    }

    private static string Describe(long bytes) => bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0
        ? $"{(bytes / (1024 * 1024)).ToString(CultureInfo.InvariantCulture)} MB"
        : $"{(bytes / 1024).ToString(CultureInfo.InvariantCulture)} KB";

    private sealed record BodyLimit(long? MaxRequestBodySize, string Advice) : IRequestSizeLimitMetadata;
}
