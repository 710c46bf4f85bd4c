using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using OutlineAddin.Identity;

namespace OutlineAddin.Apis;

/// <summary>
/// GET /api/auth: how a user may sign in here, for the taskpane to ask before it shows a sign-in. Anonymous, and an
/// answer of the API rather than something written into the page, because a deployment may serve the taskpane from
/// another origin than the API (Cors:AllowedOrigins).
/// </summary>
public static class AuthApi
{
    public static IEndpointRouteBuilder MapAuth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/auth", GetSignInMethods).WithTags("Users")
            .WithSummary("How users sign in: with an access token always, and with Office single sign-on when the server is set up for it (Auth:ClientId).");
        return app;
    }

    /// <summary><c>Sso</c>: the served manifest names the Entra ID application, so inside Office the taskpane may ask Office for a token.</summary>
    public sealed record SignInMethods(bool Sso);

    public static Ok<SignInMethods> GetSignInMethods(IOptions<AuthOptions> auth) => TypedResults.Ok(new SignInMethods(auth.Value.OffersSingleSignOn));
}
