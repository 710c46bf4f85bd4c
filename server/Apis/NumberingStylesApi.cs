using Microsoft.AspNetCore.Http.HttpResults;
using OutlineAddin.Http;
using OutlineAddin.Numbering;

namespace OutlineAddin.Apis;

public static class NumberingStylesApi
{
    public static IEndpointRouteBuilder MapNumberingStyles(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/numbering-styles").WithTags("Numbering styles");
        api.MapGet("/", ListStyles).WithSummary("All numbering styles: 公文, 条款, 法规 and the rest.");
        api.MapGet("/{id}", GetStyle).WithSummary("One numbering style.");
        return app;
    }

    public static Ok<IReadOnlyList<NumberingStyle>> ListStyles() => TypedResults.Ok(BuiltInStyles.All);

    public static Results<Ok<NumberingStyle>, ProblemHttpResult> GetStyle(string id) =>
        BuiltInStyles.Find(id) is { } style
            ? TypedResults.Ok(style)
            : ProblemResponses.NotFound($"没有编号样式“{id}”。可用的有：{string.Join("、", BuiltInStyles.All.Select(s => s.Id))}。");
}
