using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using OutlineAddin.Http;
using OutlineAddin.Identity;
using OutlineAddin.Teams;

namespace OutlineAddin.Apis;

/// <summary>
/// The one rule for team resources: a team you are not in does not exist for you (404, never 403);
/// in your team, a role below the one needed is a 403 that says which role it takes.
/// </summary>
public static class TeamAccess
{
    /// <param name="notFound">What a non-member is told: about the thing they asked for, never about the team that owns it.</param>
    public static async Task<ProblemHttpResult?> RequireAsync(
        TeamRepository teams, string teamId, ClaimsPrincipal caller, TeamRole needed, CancellationToken cancellationToken,
        ProblemHttpResult? notFound = null)
    {
        var role = await teams.RoleOfAsync(teamId, caller.UserId(), cancellationToken);
        if (role is null) return notFound ?? ProblemResponses.NotFound($"团队“{teamId}”不存在，或你不是其成员。");
        if (role < needed)
        {
            return ProblemResponses.Forbidden($"这项操作需要团队{RoleName(needed)}权限，你目前是{RoleName(role.Value)}。请联系团队所有者。");
        }
        return null;
    }

    public static string RoleName(TeamRole role) => role switch
    {
        TeamRole.Owner => "所有者",
        TeamRole.Editor => "编辑者",
        _ => "查看者",
    };
}
