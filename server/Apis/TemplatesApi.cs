using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;
using OutlineAddin.Http;
using OutlineAddin.Templates;

namespace OutlineAddin.Apis;

public static class TemplatesApi
{
    public const int MaxPageSize = 100;

    public static IEndpointRouteBuilder MapTemplates(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/templates").WithTags("Templates");
        api.MapGet("/", ListTemplates).WithSummary("Search templates by name and heading text, filter by category.");
        api.MapGet("/categories", ListCategories).WithSummary("The categories templates are filed under.");
        api.MapGet("/{id}", GetTemplate).WithSummary("One template with its outline; answers 304 to a matching If-None-Match.");
        return app;
    }

    public sealed record TemplatePage(IReadOnlyList<TemplateSummary> Items, int Total, int Page, int PageSize);

    public static async Task<Results<Ok<TemplatePage>, ValidationProblem>> ListTemplates(
        TemplateRepository templates, CancellationToken cancellationToken,
        string? q = null, string? category = null, int page = 1, int pageSize = 20)
    {
        if (page < 1) return ProblemResponses.Invalid("page", "page 从 1 开始。");
        if (pageSize is < 1 or > MaxPageSize) return ProblemResponses.Invalid("pageSize", $"pageSize 须在 1 到 {MaxPageSize} 之间。");
        if (q?.Length > 200) return ProblemResponses.Invalid("q", "搜索词不能超过 200 个字符。");

        var query = string.IsNullOrWhiteSpace(q) ? null : q.Trim();
        var filter = string.IsNullOrWhiteSpace(category) ? null : category.Trim();
        var (items, total) = await templates.SearchAsync(query, filter, page, pageSize, cancellationToken);
        return TypedResults.Ok(new TemplatePage(items, total, page, pageSize));
    }

    public static async Task<Ok<IReadOnlyList<string>>> ListCategories(TemplateRepository templates, CancellationToken cancellationToken) =>
        TypedResults.Ok(await templates.CategoriesAsync(cancellationToken));

    public static async Task<Results<Ok<Template>, StatusCodeHttpResult, ProblemHttpResult>> GetTemplate(
        string id, TemplateRepository templates, HttpContext http, CancellationToken cancellationToken)
    {
        var template = await templates.FindAsync(id, cancellationToken);
        if (template is null) return ProblemResponses.NotFound($"模板“{id}”不存在，可能已被删除。");

        var etag = new EntityTagHeaderValue($"\"{template.Id}-v{template.Version}\"");
        http.Response.Headers.ETag = etag.ToString();
        var ifNoneMatch = http.Request.GetTypedHeaders().IfNoneMatch;
        if (ifNoneMatch.Any(candidate => candidate.Compare(etag, useStrongComparison: false) || candidate == EntityTagHeaderValue.Any))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }
        return TypedResults.Ok(template);
    }
}
