using System.Security.Claims;

namespace OutlineAddin.Identity;

/// <summary>Who is calling, as the authentication handlers describe them.</summary>
public static class Callers
{
    public const string AdminRole = "server-admin";

    /// <summary>The caller's user id; null for anonymous callers and for the server admin token.</summary>
    public static string? UserId(this ClaimsPrincipal principal) =>
        principal.Identity?.IsAuthenticated == true ? principal.FindFirstValue(ClaimTypes.NameIdentifier) : null;
}
