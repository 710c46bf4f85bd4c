using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace OutlineAddin.Http;

/// <summary>Every error is an RFC 9457 problem+json with a message a person can act on.</summary>
public static class ProblemResponses
{
    public static IServiceCollection AddProblemResponses(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            // RFC 9457's "type" for the statuses ASP.NET Core has none for (it has them for 400, 404, 503 …).
            context.ProblemDetails.Type ??= DefaultType(context.ProblemDetails.Status);
            if (context.ProblemDetails.Detail is not null) return;
            if (context.ProblemDetails.Status == StatusCodes.Status400BadRequest && HostRefusal.Refused(context.HttpContext))
            {
                context.ProblemDetails.Title = HostRefusal.Title;
                context.ProblemDetails.Detail = HostRefusal.Detail(context.HttpContext);
                return;
            }
            context.ProblemDetails.Detail = DefaultDetail(context.ProblemDetails.Status, context.HttpContext);
            if (DefaultTitle(context.ProblemDetails.Status) is { } title) context.ProblemDetails.Title = title;
        });
        services.AddExceptionHandler<BadRequestBodyHandler>();
        // Without this, outside Development a body that is not JSON gets a bare 400 with no explanation.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        return services;
    }

    // For the answers the framework gives by itself (an unknown route, a wrong method or media type, a body Kestrel refused: over the endpoint's limit, too slow, unframed).
    private static string? DefaultDetail(int? status, HttpContext context) => status switch
    {
        StatusCodes.Status400BadRequest => RequestBodyErrors.UnreadableDetail,
        StatusCodes.Status408RequestTimeout => RequestBodyErrors.TooSlowDetail,
        StatusCodes.Status413PayloadTooLarge => RequestBodyLimits.TooLargeDetail(context),
        StatusCodes.Status401Unauthorized => "这项操作需要登录：请在请求头带上 Authorization: Bearer <访问令牌>。",
        StatusCodes.Status403Forbidden => "你的账号无权进行这项操作。",
        StatusCodes.Status404NotFound => "没有这个地址，请对照 /swagger 中的接口文档。",
        StatusCodes.Status405MethodNotAllowed => "这个地址不支持该请求方法，请对照 /swagger 中的接口文档。",
        StatusCodes.Status415UnsupportedMediaType => RequestBodyErrors.NotJsonDetail,
        _ => null,
    };

    private static string? DefaultTitle(int? status) => status switch
    {
        StatusCodes.Status400BadRequest => RequestBodyErrors.UnreadableTitle,
        StatusCodes.Status401Unauthorized => "需要登录",
        StatusCodes.Status403Forbidden => ForbiddenTitle,
        StatusCodes.Status404NotFound => NotFoundTitle,
        StatusCodes.Status405MethodNotAllowed => "请求方法不支持",
        StatusCodes.Status408RequestTimeout => RequestBodyErrors.TooSlowTitle,
        StatusCodes.Status413PayloadTooLarge => RequestBodyErrors.TooLargeTitle,
        StatusCodes.Status415UnsupportedMediaType => RequestBodyErrors.NotJsonTitle,
        _ => null,
    };

    private const string ForbiddenTitle = "权限不足";
    private const string NotFoundTitle = "找不到";

    private static string? DefaultType(int? status) => status switch
    {
        StatusCodes.Status413PayloadTooLarge => "https://tools.ietf.org/html/rfc9110#section-15.5.14",
        StatusCodes.Status429TooManyRequests => "https://tools.ietf.org/html/rfc6585#section-4",
        _ => null,
    };

    /// <summary>
    /// Writes a problem from middleware or a rate limiter, where no endpoint returns a result; with
    /// <paramref name="retryAfter"/>, a Retry-After header of that many seconds (rounded up).
    /// </summary>
    public static async Task WriteAsync(HttpContext context, int status, string title, string detail, TimeSpan? retryAfter = null)
    {
        context.Response.StatusCode = status;
        if (retryAfter is { } wait) context.Response.Headers.RetryAfter = RetryAfterSeconds(wait).ToString(CultureInfo.InvariantCulture);
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        });
    }

    /// <summary>The whole seconds a Retry-After of <paramref name="wait"/> says, as its detail should too.</summary>
    public static long RetryAfterSeconds(TimeSpan wait) => (long)Math.Ceiling(wait.TotalSeconds);

    /// <summary>A 400 naming the field to fix, in the shape of a validation problem (with <c>errors</c>).</summary>
    public static ProblemHttpResult Invalid(string field, string message) =>
        TypedResults.Problem(new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "请求内容有误",
            Detail = message,
        });

    public static ProblemHttpResult Unprocessable(string title, string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status422UnprocessableEntity, title: title);

    public static ProblemHttpResult TooLarge(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status413PayloadTooLarge, title: RequestBodyErrors.TooLargeTitle);

    public static ProblemHttpResult Forbidden(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status403Forbidden, title: ForbiddenTitle);

    public static ProblemHttpResult Conflict(string title, string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: title);

    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: NotFoundTitle);
}
