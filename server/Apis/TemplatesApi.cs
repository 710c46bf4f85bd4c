using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;
using OutlineAddin.Http;
using OutlineAddin.Identity;
using OutlineAddin.Numbering;
using OutlineAddin.Outlines;
using OutlineAddin.Styles;
using OutlineAddin.Teams;
using OutlineAddin.Templates;

namespace OutlineAddin.Apis;

public static partial class TemplatesApi
{
    public const int MaxPageSize = 100;
    public const int MaxPage = 100_000;
    public const string DefaultTeamCategory = "团队模板";

    public static IEndpointRouteBuilder MapTemplates(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/templates").WithTags("Templates");
        api.MapGet("/", ListTemplates).Problems(400)
            .WithSummary("Built-ins and the caller's teams' templates: q searches names, headings, tags and categories; filter by category, team or scope.");
        api.MapGet("/categories", ListCategories).WithSummary("The categories of the templates the caller can see.");
        api.MapGet("/{id}", GetTemplate).Produces(StatusCodes.Status304NotModified).Problems(404).AnswersETag(TemplateETag, 200)
            .WithSummary("One template with its outline; answers 304 to a matching If-None-Match.");
        api.MapPost("/", CreateTemplate).RequireAuthorization().WithBodyLimit(RequestBodyLimits.Outline).Problems(400, 401, 403, 404, 413, 422)
            .Problem<TemplateNameTakenProblem>(StatusCodes.Status409Conflict).AnswersETag(TemplateETag, 201)
            .WithSummary("Create a team template (editors and owners); 409 when a live template of the team has the name.")
            .WithDescription(NameTakenDescription);
        api.MapPut("/{id}", UpdateTemplate).RequireAuthorization().WithBodyLimit(RequestBodyLimits.Outline).Problems(400, 401, 403, 404, 413, 422, 428)
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
        api.MapDelete("/{id}", DeleteTemplate).RequireAuthorization().Problems(401, 403, 404).WithSummary("Move a team template to its team's bin.");
        api.MapGet("/{id}/versions", ListVersions).RequireAuthorization().Problems(401, 404).WithSummary("A team template's history, newest first.");
        api.MapGet("/{id}/versions/{version:int}", GetVersion).RequireAuthorization().Problems(401, 404)
            .AnswersETag("The template's ETag at this version: send it as If-Match to save based on this version.", 200)
            .WithSummary("A team template as it was at one version, with that version's ETag.");
        api.MapPost("/{id}/versions/{version:int}/restore", RestoreVersion).RequireAuthorization().Problems(401, 403, 404)
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

    private const string TemplateETag = "The template's ETag at the version answered: \"<id>-v<version>\".";

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
        if (scope is not (null or "" or TemplateScope.BuiltIn or TemplateScope.Team)) return ProblemResponses.Invalid("scope", "scope 只能是 builtin 或 team。");

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
            if (IsNotModified(http, ready.ETag)) return TypedResults.StatusCode(StatusCodes.Status304NotModified);
            return TypedResults.Bytes(ready.Json, "application/json; charset=utf-8");
        }

        var template = await templates.FindAsync(id, http.User.UserId(), cancellationToken);
        if (template is null) return TemplateNotFound(id);
        if (IsNotModified(http, template.ETag)) return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        return TypedResults.Ok(template);
    }

    // Sets the ETag either way; true when the client's copy (If-None-Match) is current.
    private static bool IsNotModified(HttpContext http, string etag)
    {
        http.Response.Headers.ETag = etag;
        var current = new EntityTagHeaderValue(etag);
        return http.Request.GetTypedHeaders().IfNoneMatch
            .Any(candidate => candidate == EntityTagHeaderValue.Any || candidate.Compare(current, useStrongComparison: false));
    }

    public static async Task<Results<Created<Template>, ProblemHttpResult>> CreateTemplate(
        TemplateRequest request, TemplateRepository templates, TeamTemplateRepository teamTemplates, TeamRepository teams,
        StyleCatalog styles, HttpContext http, CancellationToken cancellationToken)
    {
        var caller = http.User;
        if (string.IsNullOrWhiteSpace(request.TeamId)) return ProblemResponses.Invalid("teamId", "缺少 teamId：模板要保存到哪个团队？");
        var (content, invalid) = await ReadContentAsync(request, request.TeamId, styles, caller, cancellationToken);
        if (invalid is not null) return invalid;
        if (await TeamAccess.RequireAsync(teams, request.TeamId, caller, TeamRole.Editor, cancellationToken) is { } refused) return refused;

        var write = await teamTemplates.CreateAsync(content!, request.TeamId, caller.UserId()!, cancellationToken);
        if (write is TemplateWrite.NameTaken taken) return NameTaken(taken);
        var id = ((TemplateWrite.Created)write).Id;
        // Read back as the caller sees it; a membership revoked in between leaves nothing to show.
        if (await templates.FindAsync(id, caller.UserId(), cancellationToken) is not { } created) return TemplateNotFound(id);
        http.Response.Headers.ETag = created.ETag;
        return TypedResults.Created($"/api/templates/{id}", created);
    }

    public static async Task<Results<Ok<Template>, ProblemHttpResult>> UpdateTemplate(
        string id, TemplateRequest request, TeamTemplateRepository teamTemplates, TeamRepository teams,
        StyleCatalog styles, HttpContext http, CancellationToken cancellationToken)
    {
        var caller = http.User;
        var access = await CheckAccessAsync(id, teamTemplates, teams, caller, TeamRole.Editor, cancellationToken);
        if (access.Refused is { } refused) return refused;
        if (request.TeamId is not null && request.TeamId != access.TeamId)
        {
            return ProblemResponses.Invalid("teamId", "不能通过保存把模板移到另一个团队；请在目标团队另存为新模板。");
        }
        if (string.IsNullOrEmpty(http.Request.Headers.IfMatch.ToString()))
        {
            return TypedResults.Problem("保存前请带上 If-Match：你所编辑版本的 ETag，以免覆盖别人刚保存的修改。",
                statusCode: StatusCodes.Status428PreconditionRequired, title: "缺少 If-Match");
        }
        var (content, invalid) = await ReadContentAsync(request, access.TeamId!, styles, caller, cancellationToken);
        if (invalid is not null) return invalid;

        var result = await teamTemplates.UpdateAsync(id, AcceptedVersions(http, id), content!, caller.UserId()!, cancellationToken);
        return await AnswerWriteAsync(id, access.TeamId!, result, teamTemplates, teams, http, cancellationToken);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteTemplate(
        string id, TeamTemplateRepository teamTemplates, TeamRepository teams, ClaimsPrincipal caller, CancellationToken cancellationToken)
    {
        if ((await CheckAccessAsync(id, teamTemplates, teams, caller, TeamRole.Editor, cancellationToken)).Refused is { } refused) return refused;
        await teamTemplates.MoveToBinAsync(id, caller.UserId()!, cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<Results<Ok<IReadOnlyList<TemplateVersionInfo>>, ProblemHttpResult>> ListVersions(
        string id, TeamTemplateRepository teamTemplates, TeamRepository teams, ClaimsPrincipal caller, CancellationToken cancellationToken)
    {
        if ((await CheckAccessAsync(id, teamTemplates, teams, caller, TeamRole.Viewer, cancellationToken)).Refused is { } refused) return refused;
        return TypedResults.Ok(await teamTemplates.VersionsAsync(id, cancellationToken));
    }

    public static async Task<Results<Ok<TemplateVersion>, ProblemHttpResult>> GetVersion(
        string id, int version, TeamTemplateRepository teamTemplates, TeamRepository teams, HttpContext http, CancellationToken cancellationToken)
    {
        if ((await CheckAccessAsync(id, teamTemplates, teams, http.User, TeamRole.Viewer, cancellationToken)).Refused is { } refused) return refused;
        if (await teamTemplates.VersionAsync(id, version, cancellationToken) is not { } found) return ProblemResponses.NotFound($"模板“{id}”没有第 {version} 版。");
        // The template's ETag as it was at this version: what a save based on it sends as If-Match.
        http.Response.Headers.ETag = Template.ETagOf(id, found.Version);
        return TypedResults.Ok(found);
    }

    public static async Task<Results<Ok<Template>, ProblemHttpResult>> RestoreVersion(
        string id, int version, TeamTemplateRepository teamTemplates, TeamRepository teams,
        HttpContext http, CancellationToken cancellationToken)
    {
        var access = await CheckAccessAsync(id, teamTemplates, teams, http.User, TeamRole.Editor, cancellationToken);
        if (access.Refused is { } refused) return refused;
        // If-Match is optional here (history keeps everything), but when given it is honoured like a save's.
        var result = await teamTemplates.RestoreVersionAsync(id, version, AcceptedVersions(http, id), http.User.UserId()!, cancellationToken);
        if (result is TemplateWrite.Missing) return ProblemResponses.NotFound($"模板“{id}”没有第 {version} 版。");
        return await AnswerWriteAsync(id, access.TeamId!, result, teamTemplates, teams, http, cancellationToken);
    }

    public static async Task<Results<Ok<IReadOnlyList<BinnedTemplate>>, ProblemHttpResult>> ListBin(
        string teamId, TeamTemplateRepository teamTemplates, TeamRepository teams, ClaimsPrincipal caller, CancellationToken cancellationToken)
    {
        if (await TeamAccess.RequireAsync(teams, teamId, caller, TeamRole.Viewer, cancellationToken) is { } refused) return refused;
        return TypedResults.Ok(await teamTemplates.BinAsync(teamId, cancellationToken));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> RestoreFromBin(
        string teamId, string id, TeamTemplateRepository teamTemplates, TeamRepository teams, ClaimsPrincipal caller, CancellationToken cancellationToken)
    {
        if (await TeamAccess.RequireAsync(teams, teamId, caller, TeamRole.Owner, cancellationToken) is { } refused) return refused;
        var ownership = await teamTemplates.OwnershipAsync(id, cancellationToken);
        var notInBin = ProblemResponses.NotFound($"团队回收站里没有模板“{id}”。");
        if (ownership is not { InBin: true } || ownership.TeamId != teamId) return notInBin;
        return await teamTemplates.RestoreFromBinAsync(id, cancellationToken) switch
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
        string id, TeamTemplateRepository teamTemplates, TeamRepository teams, ClaimsPrincipal caller, TeamRole needed, CancellationToken cancellationToken)
    {
        var ownership = await teamTemplates.OwnershipAsync(id, cancellationToken);
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

    private static async Task<(TemplateContent? Content, ProblemHttpResult? Invalid)> ReadContentAsync(
        TemplateRequest request, string teamId, StyleCatalog styles, ClaimsPrincipal caller, CancellationToken cancellationToken)
    {
        var name = request.Name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > TemplateNames.MaxLength)
        {
            return (null, ProblemResponses.Invalid("name", $"name 不能为空，且不超过 {TemplateNames.MaxLength} 个字符。"));
        }
        var category = string.IsNullOrWhiteSpace(request.Category) ? DefaultTeamCategory : request.Category.Trim();
        if (category.Length > 40) return (null, ProblemResponses.Invalid("category", "category 不超过 40 个字符。"));
        var tags = (request.Tags ?? []).Select(tag => tag?.Trim()).ToList();
        if (tags.Count > 20 || tags.Any(tag => string.IsNullOrEmpty(tag) || tag.Length > 30))
        {
            return (null, ProblemResponses.Invalid("tags", "tags 最多 20 个，每个 1 到 30 个字符。"));
        }
        if (request.Nodes is null) return (null, ProblemResponses.Invalid("nodes", "缺少字段 nodes：请提供大纲条目数组。"));
        if (OutlineValidation.CheckNodes(request.Nodes) is { } badNodes) return (null, badNodes);
        var styleId = string.IsNullOrWhiteSpace(request.DefaultStyleId) ? BuiltInStyles.Gongwen.Id : request.DefaultStyleId;
        // The team's members must all be able to use the style: a built-in one, or the team's own.
        if (await styles.FindAsync(styleId, caller.UserId(), cancellationToken) is not { } style || (style.TeamId is { } owner && owner != teamId))
        {
            return (null, OutlinesApi.UnknownStyle(styleId));
        }
        if (request.Levels is not null && OutlineValidation.CheckLevels(request.Levels) is { } badLevels) return (null, badLevels);
        var levels = request.Levels?.Cast<LevelFormat>().ToList() ?? style.Levels;
        return (new TemplateContent(name, category, tags!, styleId, levels, request.Nodes.Cast<OutlineNode>().ToList()), null);
    }

    private static async Task<Results<Ok<Template>, ProblemHttpResult>> AnswerWriteAsync(
        string id, string teamId, TemplateWrite result, TeamTemplateRepository teamTemplates, TeamRepository teams, HttpContext http,
        CancellationToken cancellationToken)
    {
        switch (result)
        {
            case TemplateWrite.Stale stale:
                http.Response.Headers.ETag = Template.ETagOf(id, stale.CurrentVersion);
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
                if (await teamTemplates.VersionAsync(id, version, cancellationToken) is not { } made) return TemplateNotFound(id);
                var content = made.Content;
                var template = new Template(id, content.Name, content.Category, content.DefaultStyleId, made.Version, made.CreatedAt,
                    TemplateScope.Team, teamId, made.CreatedBy, content.Tags, content.Levels, content.Nodes);
                http.Response.Headers.ETag = template.ETag;
                return TypedResults.Ok(template);
            default:
                return TemplateNotFound(id);
        }
    }

    /// <summary>
    /// The versions an If-Match accepts (RFC 9110 §13.1.1): null for <c>*</c> or no header, any existing
    /// version; otherwise those its strong ETags name for this template. A weak tag never matches a write.
    /// </summary>
    private static HashSet<int>? AcceptedVersions(HttpContext http, string id)
    {
        var header = http.Request.Headers.IfMatch;
        if (string.IsNullOrEmpty(header.ToString())) return null;
        if (!EntityTagHeaderValue.TryParseList(header, out var tags)) return new HashSet<int>();
        if (tags.Any(tag => tag == EntityTagHeaderValue.Any)) return null;
        var versions = new HashSet<int>();
        foreach (var tag in tags.Where(tag => !tag.IsWeak))
        {
            var match = EntityTag().Match(tag.Tag.ToString());
            if (match.Success && match.Groups["id"].Value == id && int.TryParse(match.Groups["version"].Value, out var version)) versions.Add(version);
        }
        return versions;
    }

    [GeneratedRegex("^\"(?<id>.+)-v(?<version>[0-9]+)\"$")]
    private static partial Regex EntityTag();

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
