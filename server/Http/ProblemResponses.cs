using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace OutlineAddin.Http;

/// <summary>Every error is an RFC 9457 problem+json with a message a person can act on.</summary>
public static class ProblemResponses
{
    public static IServiceCollection AddProblemResponses(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
            context.ProblemDetails.Detail ??= DefaultDetail(context.ProblemDetails.Status));
        services.AddExceptionHandler<BadRequestBodyHandler>();
        // Without this, outside Development a body that is not JSON gets a bare 400 with no explanation.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        return services;
    }

    // For the answers the framework gives by itself (an unknown route, a wrong method or media type).
    private static string? DefaultDetail(int? status) => status switch
    {
        StatusCodes.Status404NotFound => "没有这个地址，请对照 /swagger 中的接口文档。",
        StatusCodes.Status405MethodNotAllowed => "这个地址不支持该请求方法，请对照 /swagger 中的接口文档。",
        StatusCodes.Status415UnsupportedMediaType => "请求体须为 JSON，并带 Content-Type: application/json。",
        _ => null,
    };

    public static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(
            new Dictionary<string, string[]> { [field] = [message] },
            detail: message,
            title: "请求内容有误");

    public static ProblemHttpResult Unprocessable(string title, string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status422UnprocessableEntity, title: title);

    public static ProblemHttpResult TooLarge(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status413PayloadTooLarge, title: "内容过大");

    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "找不到");
}
