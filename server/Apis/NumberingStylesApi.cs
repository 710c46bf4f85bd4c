using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using OutlineAddin.Http;
using OutlineAddin.Identity;
using OutlineAddin.Numbering;
using OutlineAddin.Styles;
using OutlineAddin.Teams;

namespace OutlineAddin.Apis;

public static class NumberingStylesApi
{
    /// <summary>The numbering styles feature's services: the catalogue of built-in and team styles.</summary>
    public static WebApplicationBuilder AddNumberingStyles(this WebApplicationBuilder builder)
    {
        StyleCatalog.AddColumnTypes();
        builder.Services.AddSingleton<StyleCatalog>();
        return builder;
    }

    public static IEndpointRouteBuilder MapNumberingStyles(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/numbering-styles").WithTags("Numbering styles");
        api.MapGet("/", ListStyles).WithSummary("The built-in numbering styles, and those of the caller's teams.");
        api.MapGet("/{id}", GetStyle).Problems(404).WithSummary("One numbering style.");

        var signedIn = app.MapGroup("/api/numbering-styles").WithTags("Numbering styles").RequireAuthorization();
        signedIn.MapPost("/", CreateStyle).Problems(400, 401, 403, 404, 422).WithSummary("Define a numbering style for a team (editors and owners).");
        return app;
    }

    public sealed record CreateStyleRequest(
        [property: Required] string? TeamId, [property: Required] string? Name, string? NameEn, [property: Required] IReadOnlyList<LevelFormat?>? Levels);

    public static async Task<Ok<IReadOnlyList<CatalogStyle>>> ListStyles(StyleCatalog styles, ClaimsPrincipal caller, CancellationToken cancellationToken) =>
        TypedResults.Ok(await styles.ListAsync(caller.UserId(), cancellationToken));

    public static async Task<Results<Ok<CatalogStyle>, ProblemHttpResult>> GetStyle(
        string id, StyleCatalog styles, ClaimsPrincipal caller, CancellationToken cancellationToken) =>
        await styles.FindAsync(id, caller.UserId(), cancellationToken) is { } style
            ? TypedResults.Ok(style)
            : ProblemResponses.NotFound($"没有编号样式“{id}”。内置的有：{string.Join("、", BuiltInStyles.All.Select(s => s.Id))}。");

    public static async Task<Results<Created<CatalogStyle>, ProblemHttpResult>> CreateStyle(
        CreateStyleRequest request, StyleCatalog styles, TeamRepository teams, ClaimsPrincipal caller, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.TeamId)) return ProblemResponses.Invalid("teamId", "缺少 teamId：编号样式要属于一个团队。");
        if (string.IsNullOrWhiteSpace(request.Name) || request.Name.Length > 60) return ProblemResponses.Invalid("name", "name 不能为空，且不超过 60 个字符。");
        if (request.NameEn?.Length > 60) return ProblemResponses.Invalid("nameEn", "nameEn 不超过 60 个字符。");
        if (request.Levels is null) return ProblemResponses.Invalid("levels", "缺少 levels：请给出各级的 numFmt 和 lvlText。");
        if (OutlineValidation.CheckLevels(request.Levels) is { } badLevels) return badLevels;
        if (await TeamAccess.RequireAsync(teams, request.TeamId, caller, TeamRole.Editor, cancellationToken) is { } refused) return refused;

        var style = await styles.CreateAsync(request.TeamId, request.Name.Trim(), request.NameEn?.Trim() ?? request.Name.Trim(),
            request.Levels.Cast<LevelFormat>().ToList(), caller.UserId()!, cancellationToken);
        return TypedResults.Created($"/api/numbering-styles/{style.Id}", style);
    }
}
