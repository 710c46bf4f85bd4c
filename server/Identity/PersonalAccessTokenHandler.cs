using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace OutlineAddin.Identity;

/// <summary>
/// <c>Authorization: Bearer oat_…</c>: a user's personal access token, or the server admin token from
/// <c>Auth:AdminToken</c> that may only create users.
/// </summary>
public sealed class PersonalAccessTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    UserRepository users,
    IConfiguration configuration)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "PersonalAccessToken";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (BearerToken(Request) is not { } token) return AuthenticateResult.NoResult();

        if (IsAdminToken(token))
        {
            var admin = new ClaimsIdentity([new Claim(ClaimTypes.Name, "server admin"), new Claim(ClaimTypes.Role, Callers.AdminRole)], SchemeName);
            return Success(admin);
        }
        if (await users.FindByTokenAsync(token, Context.RequestAborted) is not { } user)
        {
            // Say nothing about the token itself: not in the answer, not in the log.
            return AuthenticateResult.Fail("The access token is unknown or revoked.");
        }
        return Success(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, user.Id), new Claim(ClaimTypes.Name, user.Name)], SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }

    public static string? BearerToken(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && header.Length > 7 ? header[7..].Trim() : null;
    }

    private bool IsAdminToken(string token)
    {
        var adminToken = configuration["Auth:AdminToken"];
        if (string.IsNullOrEmpty(adminToken)) return false;
        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(token), Encoding.UTF8.GetBytes(adminToken));
    }

    private static AuthenticateResult Success(ClaimsIdentity identity) =>
        AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
}
