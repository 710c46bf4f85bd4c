using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using OutlineAddin.Http;
using OutlineAddin.Identity;
using OutlineAddin.Teams;

namespace OutlineAddin.Apis;

public static class TeamsApi
{
    /// <summary>The teams feature's services: their repository.</summary>
    public static WebApplicationBuilder AddTeams(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<TeamRepository>();
        return builder;
    }

    public static IEndpointRouteBuilder MapTeams(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/teams").WithTags("Teams").RequireAuthorization();
        api.MapPost("/", CreateTeam).Problems(400, 401, 403).WithSummary("Create a team; its creator is its owner.");
        api.MapGet("/", ListTeams).Problems(401).WithSummary("The caller's teams, with their role in each.");
        api.MapPatch("/{teamId}", UpdateTeam).Problems(400, 401, 403, 404)
            .WithSummary("Rename a team or change its time zone (owners); a field left out (a time zone also null or blank) stays as it is.");
        api.MapGet("/{teamId}/members", ListMembers).Problems(401, 404).WithSummary("The team's members and roles.");
        api.MapPost("/{teamId}/members", AddMember).Problems(400, 401, 403, 404, 409).WithSummary("Add a member, or change their role (owners).");
        api.MapPut("/{teamId}/members/{userId}", ChangeRole).Problems(400, 401, 403, 404, 409).WithSummary("Change a member's role (owners).");
        api.MapDelete("/{teamId}/members/{userId}", RemoveMember).Problems(401, 403, 404, 409).WithSummary("Remove a member (owners), or leave the team yourself.");
        return app;
    }

    /// <param name="TimeZone">An IANA time zone id as the server's tzdata lists it; Asia/Shanghai when left out, null or blank.</param>
    public sealed record CreateTeamRequest([property: Required] string? Name, string? TimeZone);

    /// <param name="Name">The new name; left out or null keeps it.</param>
    /// <param name="TimeZone">An IANA time zone id as the server's tzdata lists it; left out, null or blank keeps the team's.</param>
    public sealed record UpdateTeamRequest(string? Name, string? TimeZone);

    public sealed record MemberRequest([property: Required] string? UserId, [property: Required] TeamRole? Role);

    public sealed record RoleRequest([property: Required] TeamRole? Role);

    public static async Task<Results<Created<Team>, ProblemHttpResult>> CreateTeam(
        CreateTeamRequest request, TeamRepository teams, ClaimsPrincipal caller, CancellationToken cancellationToken)
    {
        if (caller.UserId() is not { } userId) return ProblemResponses.Forbidden("服务器管理令牌不能创建团队；请用个人访问令牌。");
        var name = request.Name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > 60) return InvalidName();
        // A blank time zone is one left out, here as in PATCH: the default.
        var zone = string.IsNullOrWhiteSpace(request.TimeZone) ? TeamTimeZones.Find(TeamTimeZones.Default) : TeamTimeZones.Find(request.TimeZone.Trim());
        if (zone is null) return UnknownTimeZone(request.TimeZone!);
        var team = await teams.CreateAsync(name, zone.Id, userId, cancellationToken);
        return TypedResults.Created($"/api/teams/{team.Id}", team);
    }

    public static async Task<Results<Ok<Team>, ProblemHttpResult>> UpdateTeam(
        string teamId, UpdateTeamRequest request, TeamRepository teams, ClaimsPrincipal caller, CancellationToken cancellationToken)
    {
        var name = request.Name?.Trim();
        if (name is not null && (name.Length == 0 || name.Length > 60)) return InvalidName();
        // A blank time zone is one left out, here as in POST: the team keeps its zone.
        TimeZoneInfo? zone = null;
        if (!string.IsNullOrWhiteSpace(request.TimeZone) && (zone = TeamTimeZones.Find(request.TimeZone.Trim())) is null) return UnknownTimeZone(request.TimeZone);
        if (await TeamAccess.RequireAsync(teams, teamId, caller, TeamRole.Owner, cancellationToken) is { } refused) return refused;
        await teams.UpdateAsync(teamId, name, zone?.Id, cancellationToken);
        // Read back as the caller sees it; a membership revoked in between leaves nothing to show.
        return await teams.FindForUserAsync(teamId, caller.UserId()!, cancellationToken) is { } team
            ? TypedResults.Ok(team)
            : ProblemResponses.NotFound($"团队“{teamId}”不存在，或你不是其成员。");
    }

    public static async Task<Ok<IReadOnlyList<Team>>> ListTeams(TeamRepository teams, ClaimsPrincipal caller, CancellationToken cancellationToken) =>
        TypedResults.Ok(caller.UserId() is { } userId ? await teams.ListForUserAsync(userId, cancellationToken) : []);

    public static async Task<Results<Ok<IReadOnlyList<TeamMember>>, ProblemHttpResult>> ListMembers(
        string teamId, TeamRepository teams, ClaimsPrincipal caller, CancellationToken cancellationToken)
    {
        if (await TeamAccess.RequireAsync(teams, teamId, caller, TeamRole.Viewer, cancellationToken) is { } refused) return refused;
        return TypedResults.Ok(await teams.MembersAsync(teamId, cancellationToken));
    }

    public static async Task<Results<Created<TeamMember>, Ok<TeamMember>, ProblemHttpResult>> AddMember(
        string teamId, MemberRequest request, TeamRepository teams, ClaimsPrincipal caller, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.UserId)) return ProblemResponses.Invalid("userId", "缺少 userId。");
        if (request.Role is not { } role) return ProblemResponses.Invalid("role", "缺少 role：owner、editor 或 viewer。");
        if (await TeamAccess.RequireAsync(teams, teamId, caller, TeamRole.Owner, cancellationToken) is { } refused) return refused;
        return await SetRoleAsync(teams, teamId, request.UserId, role, cancellationToken);
    }

    public static async Task<Results<Created<TeamMember>, Ok<TeamMember>, ProblemHttpResult>> ChangeRole(
        string teamId, string userId, RoleRequest request, TeamRepository teams, ClaimsPrincipal caller, CancellationToken cancellationToken)
    {
        if (request.Role is not { } role) return ProblemResponses.Invalid("role", "缺少 role：owner、editor 或 viewer。");
        if (await TeamAccess.RequireAsync(teams, teamId, caller, TeamRole.Owner, cancellationToken) is { } refused) return refused;
        if (await teams.RoleOfAsync(teamId, userId, cancellationToken) is null) return ProblemResponses.NotFound("此人不是团队成员。");
        return await SetRoleAsync(teams, teamId, userId, role, cancellationToken);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> RemoveMember(
        string teamId, string userId, TeamRepository teams, ClaimsPrincipal caller, CancellationToken cancellationToken)
    {
        var leaving = caller.UserId() == userId;
        var needed = leaving ? TeamRole.Viewer : TeamRole.Owner;
        if (await TeamAccess.RequireAsync(teams, teamId, caller, needed, cancellationToken) is { } refused) return refused;
        return await teams.RemoveAsync(teamId, userId, cancellationToken) switch
        {
            MembershipChange.LastOwner => LastOwner(),
            MembershipChange.NotAMember => ProblemResponses.NotFound("此人不是团队成员。"),
            _ => TypedResults.NoContent(),
        };
    }

    private static async Task<Results<Created<TeamMember>, Ok<TeamMember>, ProblemHttpResult>> SetRoleAsync(
        TeamRepository teams, string teamId, string userId, TeamRole role, CancellationToken cancellationToken)
    {
        var change = await teams.SetRoleAsync(teamId, userId, role, cancellationToken);
        if (change == MembershipChange.NoSuchUser) return ProblemResponses.NotFound($"没有编号为“{userId}”的用户。");
        if (change == MembershipChange.LastOwner) return LastOwner();
        var member = (await teams.MembersAsync(teamId, cancellationToken)).Single(m => m.UserId == userId);
        return change == MembershipChange.Added ? TypedResults.Created($"/api/teams/{teamId}/members/{userId}", member) : TypedResults.Ok(member);
    }

    private static ProblemHttpResult InvalidName() => ProblemResponses.Invalid("name", "团队名称不能为空，且不超过 60 个字符。");

    private static ProblemHttpResult UnknownTimeZone(string timeZone) => ProblemResponses.Invalid("timeZone",
        $"不认识时区“{timeZone}”：请用服务器时区数据（tzdata）列出的 IANA 时区名，例如 {TeamTimeZones.Default}、Asia/Hong_Kong、Europe/Berlin。");

    private static ProblemHttpResult LastOwner() =>
        ProblemResponses.Conflict("团队不能没有所有者", "这是团队唯一的所有者：请先让另一位成员成为所有者。");
}
