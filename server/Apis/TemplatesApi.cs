using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using OutlineAddin.Http;
using OutlineAddin.Identity;
using OutlineAddin.Numbering;
using OutlineAddin.Outlines;
using OutlineAddin.Styles;
using OutlineAddin.Teams;
using OutlineAddin.Templates;

namespace OutlineAddin.Apis;

public static class TemplatesApi
{
    public const int MaxPageSize = 100;
    public const int MaxPage = 100_000;

    /// <summary>
    /// The templates feature's services: one repository for built-in and team templates, the built-in library (seeded at
    /// start, after the migrations of <see cref="Data.DatabaseServices.AddOutlineDatabase"/>) and its cache, and the
    /// C# step of the migrations that renames the duplicate names a team made before names had to differ.
    /// </summary>
    public static WebApplicationBuilder AddTemplates(this WebApplicationBuilder builder)
    {
        TemplateRepository.AddColumnTypes();
        builder.Services.AddSingleton<TemplateRepository>();
        builder.Services.AddSingleton(_ => SeedLibrary.Current());
        builder.Services.AddSingleton<BuiltInTemplateCache>();
        builder.Services.AddSingleton<Data.IMigrationStep, TemplateNameKeyMigration>();
        builder.Services.AddHostedService<BuiltInTemplateSeeder>();
        return builder;
    }

    public static IEndpointRouteBuilder MapTemplates(this IEndpointRouteBuilder app)
    {
        var anyone = app.MapGroup("/api/templates").WithTags("Templates");
        anyone.MapGet("/", ListTemplates).Problems(400)
            .WithSummary("Built-ins and the caller's teams' templates: q searches names, headings, tags and categories; filter by category, team or scope.");
        anyone.MapGet("/categories", ListCategories).WithSummary("The categories of the templates the caller can see.");
        anyone.MapGet("/{id}", GetTemplate).Produces(StatusCodes.Status304NotModified).Problems(404).AnswersETag(TemplateETag, 200)
            .WithSummary("One template with its outline; answers 304 to a matching If-None-Match.");

        // Built-ins are for everyone; writes and history need a signed-in team member.
        var signedIn = app.MapGroup("/api/templates").WithTags("Templates").RequireAuthorization();
        signedIn.MapPost("/", CreateTemplate).WithBodyLimit(RequestBodyLimits.Outline, RequestBodyLimits.TemplateAdvice).WithClientBodyLimits().Problems(400, 401, 403, 404, 413, 422)
            .Problem<TemplateNameTakenProblem>(StatusCodes.Status409Conflict).AnswersETag(TemplateETag, 201)
            .WithSummary("Create a team template (editors and owners); 409 when a live template of the team has the name.")
            .WithDescription(NameTakenDescription);
        signedIn.MapPut("/{id}", UpdateTemplate).WithBodyLimit(RequestBodyLimits.Outline, RequestBodyLimits.TemplateAdvice).WithClientBodyLimits().Problems(400, 401, 403, 404, 413, 422, 428)
            .Problem<TemplateNameTakenProblem>(StatusCodes.Status409Conflict)
            .Problem<TemplateStaleProblem>(StatusCodes.Status412PreconditionFailed)
            .AcceptsIfMatch(required: true, "The ETag of the version this save is based on (from GET, or GET …/versions/{version}).")
            .AnswersETag(TemplateETag, 200)
            .WithSummary("Save a new version; requires If-Match with the ETag it was based on. Saving the current content makes no version.")
            .WithDescription("""
                A save whose content (name, category, tags, defaultStyleId, levels, nodes) equals the current version's writes
                nothing: the answer is 200 with the current version as it is, same version number and same ETag, and the history
                does not grow. A client tells the two apart by the version answered: equal to the one it based the save on
                (its If-Match) means nothing changed. 412 when someone saved first (extensions currentVersion, updatedBy,
                updatedAt; ETag of the current version).
                """ + "\n\n" + NameTakenDescription);
        signedIn.MapDelete("/{id}", DeleteTemplate).Problems(401, 403, 404).WithSummary("Move a team template to its team's bin.");
        signedIn.MapGet("/{id}/versions", ListVersions).Problems(401, 404).WithSummary("A team template's history, newest first.");
        signedIn.MapGet("/{id}/versions/{version:int}", GetVersion).Problems(401, 404)
            .AnswersETag("The template's ETag at this version: send it as If-Match to save based on this version.", 200)
            .WithSummary("A team template as it was at one version, with that version's ETag.");
        signedIn.MapPost("/{id}/versions/{version:int}/restore", RestoreVersion).Problems(401, 403, 404)
            .Problem<TemplateNameTakenProblem>(StatusCodes.Status409Conflict)
            .Problem<TemplateStaleProblem>(StatusCodes.Status412PreconditionFailed)
            .AcceptsIfMatch(required: false, "Optional: when given, the restore is refused (412) unless the template is still at that version.")
            .AnswersETag(TemplateETag, 200)
            .WithSummary("Make an old version current again, as a new version: history is never rewritten.")
            .WithDescription(NameTakenDescription);

        var bin = app.MapGroup("/api/teams/{teamId}/bin").WithTags("Templates").RequireAuthorization();
        bin.MapGet("/", ListBin).Problems(401, 404).WithSummary("The team's deleted templates.");
        bin.MapPost("/{id}/restore", RestoreFromBin).Problems(401, 403, 404)
            .Problem<TemplateNameTakenProblem>(StatusCodes.Status409Conflict)
            .WithSummary("Take a template out of the bin (owners); 409 when a live template of the team has its name by now.")
            .WithDescription(NameTakenDescription);
        return app;
    }

    // The format stays the server's (TemplateETags): clients only send a tag back.
    private const string TemplateETag = "The template's ETag at the version answered (opaque): send it as If-None-Match to revalidate, or as If-Match to save based on this version.";

    private const string NameTakenDescription = """
        Names are unique among a team's live templates, compared trimmed, ignoring case, full-width forms and runs of
        spaces. A clash is a 409 problem with extensions existingId, existingVersion and existingName (the template that
        has the name), so that the client can offer to save as a new version of it instead.
        """;

    public sealed record TemplatePage(IReadOnlyList<TemplateSummary> Items, int Total, int Page, int PageSize);

    /// <param name="TeamId">The team to create the template in; on a save, left out or the template's own.</param>
    public sealed record TemplateRequest(
        [property: Required] string? Name, string? Category, IReadOnlyList<string?>? Tags, [property: Required] IReadOnlyList<OutlineNode?>? Nodes, string? DefaultStyleId,
        string? TeamId, IReadOnlyList<LevelFormat?>? Levels);

    public static async Task<Results<Ok<TemplatePage>, ProblemHttpResult>> ListTemplates(
        TemplateRepository templates, ClaimsPrincipal caller, CancellationToken cancellationToken,
        string? q = null, string? category = null, string? teamId = null, string? scope = null, int page = 1, int pageSize = 20)
    {
        if (page is < 1 or > MaxPage) return ProblemResponses.Invalid("page", $"page 须在 1 到 {MaxPage} 之间。");
        if (pageSize is < 1 or > MaxPageSize) return ProblemResponses.Invalid("pageSize", $"pageSize 须在 1 到 {MaxPageSize} 之间。");
        if (q?.Length > 200) return ProblemResponses.Invalid("q", "搜索词不能超过 200 个字符。");
        if (scope is not (null or "" or Scopes.BuiltIn or Scopes.Team)) return ProblemResponses.Invalid("scope", "scope 只能是 builtin 或 team。");

        var filter = new TemplateRepository.SearchFilter(Blank(q), Blank(category), Blank(teamId), Blank(scope), caller.UserId());
        var (items, total) = await templates.SearchAsync(filter, page, pageSize, cancellationToken);
        return TypedResults.Ok(new TemplatePage(items, total, page, pageSize));
    }

    public static async Task<Ok<IReadOnlyList<string>>> ListCategories(TemplateRepository templates, ClaimsPrincipal caller, CancellationToken cancellationToken) =>
        TypedResults.Ok(await templates.CategoriesAsync(caller.UserId(), cancellationToken));

    public static async Task<Results<Ok<Template>, FileContentHttpResult, StatusCodeHttpResult, ProblemHttpResult>> GetTemplate(
        string id, TemplateRepository templates, BuiltInTemplateCache builtIns, HttpContext http, CancellationToken cancellationToken)
    {
        if (builtIns.Find(id) is { } ready)
        {
            if (TemplateETags.IsNotModified(http, ready.ETag)) return TypedResults.StatusCode(StatusCodes.Status304NotModified);
            return TypedResults.Bytes(ready.Json, "application/json; charset=utf-8");
        }

        var template = await templates.FindAsync(id, http.User.UserId(), cancellationToken);
        if (template is null) return TemplateNotFound(id);
        if (TemplateETags.IsNotModified(http, template.ETag)) return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        return TypedResults.Ok(template);
    }

    public static async Task<Results<Created<Template>, ProblemHttpResult>> CreateTemplate(
        TemplateRequest request, TemplateRepository templates, TeamRepository teams,
        StyleCatalog styles, HttpContext http, CancellationToken cancellationToken)
    {
        var caller = http.User;
        if (string.IsNullOrWhiteSpace(request.TeamId)) return ProblemResponses.Invalid("teamId", "缺少 teamId：模板要保存到哪个团队？");
        var (content, invalid) = await TemplateContentRules.ReadAsync(request, request.TeamId, styles, caller, cancellationToken);
        if (invalid is not null) return invalid;
        if (await TeamAccess.RequireAsync(teams, request.TeamId, caller, TeamRole.Editor, cancellationToken) is { } refused) return refused;

        var write = await templates.CreateAsync(content!, request.TeamId, caller.UserId()!, cancellationToken);
        if (write is TemplateWrite.NameTaken taken) return NameTaken(taken);
        var id = ((TemplateWrite.Created)write).Id;
        // Read back as the caller sees it; a membership revoked in between leaves nothing to show.
        if (await templates.FindAsync(id, caller.UserId(), cancellationToken) is not { } created) return TemplateNotFound(id);
        http.Response.Headers.ETag = created.ETag;
        return TypedResults.Created($"/api/templates/{id}", created);
    }

    public static async Task<Results<Ok<Template>, ProblemHttpResult>> UpdateTemplate(
        string id, TemplateRequest request, TemplateRepository templates, TeamRepository teams,
        StyleCatalog styles, HttpContext http, CancellationToken cancellationToken)
    {
        var caller = http.User;
        var access = await CheckAccessAsync(id, templates, teams, caller, TeamRole.Editor, cancellationToken);
        if (access.Refused is { } refused) return refused;
        if (request.TeamId is not null && request.TeamId != access.TeamId)
        {
            return ProblemResponses.Invalid("teamId", "不能通过保存把模板移到另一个团队；请在目标团队另存为新模板。");
        }
        if (!TemplateETags.HasIfMatch(http.Request))
        {
            return TypedResults.Problem("保存前请带上 If-Match：你所编辑版本的 ETag，以免覆盖别人刚保存的修改。",
                statusCode: StatusCodes.Status428PreconditionRequired, title: "缺少 If-Match");
        }
        var (content, invalid) = await TemplateContentRules.ReadAsync(request, access.TeamId!, styles, caller, cancellationToken);
        if (invalid is not null) return invalid;

        var result = await templates.UpdateAsync(id, TemplateETags.AcceptedVersions(http.Request, id), content!, caller.UserId()!, cancellationToken);
        return await AnswerWriteAsync(id, access.TeamId!, result, templates, teams, http, cancellationToken);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteTemplate(
        string id, TemplateRepository templates, TeamRepository teams, ClaimsPrincipal caller, CancellationToken cancellationToken)
    {
        if ((await CheckAccessAsync(id, templates, teams, caller, TeamRole.Editor, cancellationToken)).Refused is { } refused) return refused;
        await templates.MoveToBinAsync(id, caller.UserId()!, cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<Results<Ok<IReadOnlyList<TemplateVersionInfo>>, ProblemHttpResult>> ListVersions(
        string id, TemplateRepository templates, TeamRepository teams, ClaimsPrincipal caller, CancellationToken cancellationToken)
    {
        if ((await CheckAccessAsync(id, templates, teams, caller, TeamRole.Viewer, cancellationToken)).Refused is { } refused) return refused;
        return TypedResults.Ok(await templates.VersionsAsync(id, cancellationToken));
    }

    public static async Task<Results<Ok<TemplateVersion>, ProblemHttpResult>> GetVersion(
        string id, int version, TemplateRepository templates, TeamRepository teams, HttpContext http, CancellationToken cancellationToken)
    {
        if ((await CheckAccessAsync(id, templates, teams, http.User, TeamRole.Viewer, cancellationToken)).Refused is { } refused) return refused;
        if (await templates.VersionAsync(id, version, cancellationToken) is not { } found) return ProblemResponses.NotFound($"模板“{id}”没有第 {version} 版。");
        // The template's ETag as it was at this version: what a save based on it sends as If-Match.
        http.Response.Headers.ETag = TemplateETags.Of(id, found.Version);
        return TypedResults.Ok(found);
    }

    public static async Task<Results<Ok<Template>, ProblemHttpResult>> RestoreVersion(
        string id, int version, TemplateRepository templates, TeamRepository teams,
        HttpContext http, CancellationToken cancellationToken)
    {
        var access = await CheckAccessAsync(id, templates, teams, http.User, TeamRole.Editor, cancellationToken);
        if (access.Refused is { } refused) return refused;
        // If-Match is optional here (history keeps everything), but when given it is honoured like a save's.
        var result = await templates.RestoreVersionAsync(id, version, TemplateETags.AcceptedVersions(http.Request, id), http.User.UserId()!, cancellationToken);
        if (result is TemplateWrite.Missing) return ProblemResponses.NotFound($"模板“{id}”没有第 {version} 版。");
        return await AnswerWriteAsync(id, access.TeamId!, result, templates, teams, http, cancellationToken);
    }

    public static async Task<Results<Ok<IReadOnlyList<BinnedTemplate>>, ProblemHttpResult>> ListBin(
        string teamId, TemplateRepository templates, TeamRepository teams, ClaimsPrincipal caller, CancellationToken cancellationToken)
    {
        if (await TeamAccess.RequireAsync(teams, teamId, caller, TeamRole.Viewer, cancellationToken) is { } refused) return refused;
        return TypedResults.Ok(await templates.BinAsync(teamId, cancellationToken));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> RestoreFromBin(
        string teamId, string id, TemplateRepository templates, TeamRepository teams, ClaimsPrincipal caller, CancellationToken cancellationToken)
    {
        if (await TeamAccess.RequireAsync(teams, teamId, caller, TeamRole.Owner, cancellationToken) is { } refused) return refused;
        var ownership = await templates.OwnershipAsync(id, cancellationToken);
        var notInBin = ProblemResponses.NotFound($"团队回收站里没有模板“{id}”。");
        if (ownership is not { InBin: true } || ownership.TeamId != teamId) return notInBin;
        return await templates.RestoreFromBinAsync(id, cancellationToken) switch
        {
            TemplateWrite.NameTaken taken => NameTaken(taken,
                $"团队里已有同名模板“{taken.ExistingName}”（第 {taken.ExistingVersion} 版）：请先把它改名或删除，再恢复这个模板。"),
            TemplateWrite.OutOfBin => TypedResults.NoContent(),
            _ => notInBin,
        };
    }

    private sealed record Access(ProblemHttpResult? Refused, string? TeamId);

    // Built-ins are read-only; another team's template, or one in the bin, does not exist for the caller.
    private static async Task<Access> CheckAccessAsync(
        string id, TemplateRepository templates, TeamRepository teams, ClaimsPrincipal caller, TeamRole needed, CancellationToken cancellationToken)
    {
        var ownership = await templates.OwnershipAsync(id, cancellationToken);
        if (ownership is null || ownership.InBin) return new(TemplateNotFound(id), null);
        if (ownership.TeamId is not { } teamId)
        {
            return new(needed == TeamRole.Viewer
                ? ProblemResponses.NotFound("内置模板没有版本历史。")
                : ProblemResponses.Forbidden("内置模板只读。可以插入后修改，再“保存为团队模板”。"), null);
        }
        return new(await TeamAccess.RequireAsync(teams, teamId, caller, needed, cancellationToken, notFound: TemplateNotFound(id)), teamId);
    }

    /// <summary>
    /// 409: the team has a live template of this name. The extensions name it, so that a client can offer to save
    /// as its new version instead.
    /// </summary>
    private static ProblemHttpResult NameTaken(TemplateWrite.NameTaken taken, string? detail = null) =>
        TemplateProblems.Result(new TemplateNameTakenProblem(null, "模板名称已被占用", StatusCodes.Status409Conflict,
            detail ?? $"团队里已有模板“{taken.ExistingName}”（第 {taken.ExistingVersion} 版）：请另起名字，或保存为它的新版本。",
            taken.ExistingId, taken.ExistingVersion, taken.ExistingName));

    private static ProblemHttpResult TemplateNotFound(string id) => ProblemResponses.NotFound($"模板“{id}”不存在，可能已被删除。");

    private static async Task<Results<Ok<Template>, ProblemHttpResult>> AnswerWriteAsync(
        string id, string teamId, TemplateWrite result, TemplateRepository templates, TeamRepository teams, HttpContext http,
        CancellationToken cancellationToken)
    {
        switch (result)
        {
            case TemplateWrite.Stale stale:
                http.Response.Headers.ETag = TemplateETags.Of(id, stale.CurrentVersion);
                var zone = TeamTimeZones.FindOrDefault(await teams.TimeZoneOfAsync(teamId, cancellationToken));
                return TemplateProblems.Result(new TemplateStaleProblem(null, "模板已被他人修改", StatusCodes.Status412PreconditionFailed,
                    $"{stale.UpdatedBy ?? "其他成员"}于 {TeamTimeZones.Describe(stale.UpdatedAt, zone)}保存了第 {stale.CurrentVersion} 版。"
                        + "请先查看对方的版本，再决定覆盖、或另存为新模板。",
                    stale.CurrentVersion, stale.UpdatedBy, stale.UpdatedAt));
            case TemplateWrite.Missing:
                return TemplateNotFound(id);
            case TemplateWrite.NameTaken taken:
                return NameTaken(taken);
            case TemplateWrite.Written or TemplateWrite.Unchanged:
                // The version this write made (or, unchanged, the one it left current), not the template as it is now:
                // another save may already have followed.
                var version = result is TemplateWrite.Written written ? written.Version : ((TemplateWrite.Unchanged)result).Version;
                if (await templates.VersionAsync(id, version, cancellationToken) is not { } made) return TemplateNotFound(id);
                var template = made.ToTemplate(teamId);
                http.Response.Headers.ETag = template.ETag;
                return TypedResults.Ok(template);
            default:
                return TemplateNotFound(id);
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
