using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;
using OutlineAddin.Http;

namespace OutlineAddin.Identity;

/// <summary>
/// Who may call: personal access tokens always; signed JWTs from an OpenID Connect provider (Entra ID,
/// for Office single sign-on) when <c>Auth:Authority</c> and <c>Auth:Audience</c> are configured.
/// A client that fails to sign in too often is refused before its tokens are checked (SignInThrottle); CORS is open only to configured origins.
/// </summary>
public static class IdentityServices
{
    public const string BearerScheme = "Bearer";
    public const string JwtScheme = "OpenIdConnectJwt";
    public const string CorsPolicy = "configured-origins";

    public static WebApplicationBuilder AddOutlineIdentity(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<UserRepository>();
        services.AddOptions<AuthOptions>()
            .BindConfiguration(AuthOptions.SectionName)
            .Validate(options => !options.HasAdminToken || options.AdminToken!.Length >= AuthOptions.MinAdminTokenLength,
                $"Auth:AdminToken is shorter than {AuthOptions.MinAdminTokenLength} characters: set a longer random one (e.g. `openssl rand -base64 32`), or leave Auth:AdminToken unset to disable the admin token.")
            // Spaces would count towards the length without adding to the guessing, and a bearer token cannot carry them anyway.
            .Validate(options => !options.HasAdminToken || !options.AdminToken!.Any(char.IsWhiteSpace),
                $"Auth:AdminToken contains spaces or other whitespace: set {AuthOptions.MinAdminTokenLength} or more random characters without any (e.g. `openssl rand -base64 32`), or leave Auth:AdminToken unset to disable the admin token.")
            .Validate(options => options.FailedSignInsPerMinute >= 1,
                "Auth:FailedSignInsPerMinute must be at least 1: it is how many failed sign-ins one client may make per minute.")
            .ValidateOnStart();
        // The OpenID Connect settings depend on one another: one check that names what is wrong (AuthOptions.OpenIdConnectProblem).
        services.AddSingleton<IValidateOptions<AuthOptions>, AuthOptions.Validation>();
        services.AddOptions<CrossOriginOptions>()
            .BindConfiguration(CrossOriginOptions.SectionName)
            .Validate(options => options.AllowedOrigins.All(CrossOriginOptions.IsOrigin),
                "Each Cors:AllowedOrigins entry must be an origin such as https://addin.example.cn: scheme, host and port only, no path or trailing slash.")
            .ValidateOnStart();

        services.AddAuthentication(BearerScheme)
            .AddPolicyScheme(BearerScheme, "Bearer token", options =>
                // A JWT has three dot-separated parts; an access token (oat_…) has none.
                options.ForwardDefaultSelector = context =>
                    context.RequestServices.GetRequiredService<IOptions<AuthOptions>>().Value.AcceptsJwts
                    && PersonalAccessTokenHandler.BearerToken(context.Request)?.Count(c => c == '.') == 2
                        ? JwtScheme
                        : PersonalAccessTokenHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, PersonalAccessTokenHandler>(PersonalAccessTokenHandler.SchemeName, null)
            // Registered either way, configured from Auth; the selector above sends it nothing unless Auth names a provider.
            .AddJwtBearer(JwtScheme, _ => { });
        services.AddOptions<JwtBearerOptions>(JwtScheme).Configure<IOptions<AuthOptions>>((options, auth) =>
        {
            options.Authority = auth.Value.Authority;
            // Entra ID writes the client id in lower case; the start-up check has made sure Audience is that id, in whatever case.
            options.Audience = auth.Value.SingleSignOnClientId?.ToString() ?? auth.Value.Audience;
            if (!string.IsNullOrEmpty(auth.Value.MetadataAddress)) options.MetadataAddress = auth.Value.MetadataAddress;
            // Only a loopback address may be plain http (the start-up check refuses any other): nothing between here and there to tamper with the keys.
            options.RequireHttpsMetadata = !auth.Value.HasLoopbackHttpMetadata;
            options.MapInboundClaims = false;
            options.Events = new JwtBearerEvents { OnTokenValidated = MapSubjectToUser };
        });

        services.AddAuthorization();
        services.AddSingleton(provider => new SignInThrottle(
            provider.GetRequiredService<TimeProvider>(), provider.GetRequiredService<IOptions<AuthOptions>>().Value.FailedSignInsPerMinute));

        // Content-Disposition: a pane on another origin reads a .docx download's Chinese file name from it.
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<CrossOriginOptions>>((cors, crossOrigin) => cors.AddPolicy(CorsPolicy, policy =>
            policy.WithOrigins(crossOrigin.Value.AllowedOrigins).AllowAnyHeader().AllowAnyMethod().WithExposedHeaders("ETag", "Location", "Content-Disposition")));
        return builder;
    }

    public static WebApplication UseOutlineIdentity(this WebApplication app)
    {
        app.UseCors(CorsPolicy);
        app.Use(RefuseThrottledClient);
        app.UseAuthentication();
        app.Use(RefuseFailedSignIn);
        app.UseAuthorization();
        return app;
    }

    // Ahead of authentication: a client that failed too often has no token checked, right or wrong.
    private static async Task RefuseThrottledClient(HttpContext context, RequestDelegate next)
    {
        var throttle = context.RequestServices.GetRequiredService<SignInThrottle>();
        if (PersonalAccessTokenHandler.BearerToken(context.Request) is null || throttle.RetryAfter(ClientAddress.Of(context)) is not { } wait)
        {
            await next(context);
            return;
        }
        await ProblemResponses.WriteAsync(context, StatusCodes.Status429TooManyRequests, "登录失败次数过多",
            $"令牌验证失败次数过多，请 {ProblemResponses.RetryAfterSeconds(wait)} 秒后再试，并检查令牌是否已被撤销。", wait);
    }

    // A token that does not sign in is refused even where anonymous callers are welcome: quietly showing a
    // revoked token's owner only the built-ins would look like their team's templates had vanished.
    private static async Task RefuseFailedSignIn(HttpContext context, RequestDelegate next)
    {
        if (context.User.Identity?.IsAuthenticated == true || PersonalAccessTokenHandler.BearerToken(context.Request) is null)
        {
            await next(context);
            return;
        }
        context.RequestServices.GetRequiredService<SignInThrottle>().RecordFailure(ClientAddress.Of(context));
        context.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
        await ProblemResponses.WriteAsync(context, StatusCodes.Status401Unauthorized, "令牌无效",
            "访问令牌无效、已过期或已被撤销，请重新登录或向管理员申请新令牌。");
    }

    // The provider's subject becomes one of our users, so teams and roles work the same for both kinds of token.
    private static async Task MapSubjectToUser(TokenValidatedContext context)
    {
        var principal = context.Principal!;
        // With Office single sign-on, a token for this API is one Office obtained for a user (scp access_as_user). Any other
        // application of the tenant could obtain an app-only token for it (client credentials, no scp): that is no user.
        if (context.HttpContext.RequestServices.GetRequiredService<IOptions<AuthOptions>>().Value.OffersSingleSignOn
            && !(principal.FindFirstValue("scp") ?? "").Split(' ').Contains(AuthOptions.SingleSignOnScope, StringComparer.Ordinal))
        {
            context.Fail($"The token was not issued for the scope {AuthOptions.SingleSignOnScope}.");
            return;
        }
        var subject = principal.FindFirstValue("sub") ?? principal.FindFirstValue("oid");
        if (subject is null)
        {
            context.Fail("The token has no subject.");
            return;
        }
        var issuer = principal.FindFirstValue("iss") ?? "";
        var name = principal.FindFirstValue("name") ?? principal.FindFirstValue("preferred_username") ?? subject;
        var users = context.HttpContext.RequestServices.GetRequiredService<UserRepository>();
        var user = await users.FindOrCreateExternalAsync($"{issuer}|{subject}", name, context.HttpContext.RequestAborted);
        context.Principal = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, user.Id), new Claim(ClaimTypes.Name, user.Name)], JwtScheme));
    }
}
