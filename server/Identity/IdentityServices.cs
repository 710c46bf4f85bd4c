using System.Globalization;
using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection.Extensions;

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
        var configuration = builder.Configuration;
        services.AddSingleton<UserRepository>();

        var authority = configuration["Auth:Authority"];
        var audience = configuration["Auth:Audience"];
        var jwtEnabled = !string.IsNullOrEmpty(authority) && !string.IsNullOrEmpty(audience);

        var authentication = services.AddAuthentication(BearerScheme)
            .AddPolicyScheme(BearerScheme, "Bearer token", options =>
                // A JWT has three dot-separated parts; an access token (oat_…) has none.
                options.ForwardDefaultSelector = context =>
                    jwtEnabled && PersonalAccessTokenHandler.BearerToken(context.Request)?.Count(c => c == '.') == 2
                        ? JwtScheme
                        : PersonalAccessTokenHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, PersonalAccessTokenHandler>(PersonalAccessTokenHandler.SchemeName, null);

        if (jwtEnabled)
        {
            authentication.AddJwtBearer(JwtScheme, options =>
            {
                options.Authority = authority;
                options.Audience = audience;
                options.MapInboundClaims = false;
                options.Events = new JwtBearerEvents { OnTokenValidated = MapSubjectToUser };
            });
        }

        services.AddAuthorization();
        services.TryAddSingleton(TimeProvider.System);
        var failedSignInsPerMinute = configuration.GetValue("Auth:FailedSignInsPerMinute", 20);
        services.AddSingleton(provider => new SignInThrottle(provider.GetRequiredService<TimeProvider>(), failedSignInsPerMinute));

        var origins = configuration.GetSection("Cors:AllowedOrigins").Get<string[]>() ?? [];
        services.AddCors(options => options.AddPolicy(CorsPolicy, policy =>
            policy.WithOrigins(origins).AllowAnyHeader().AllowAnyMethod().WithExposedHeaders("ETag", "Location")));
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
        if (PersonalAccessTokenHandler.BearerToken(context.Request) is null || throttle.RetryAfter(ClientAddress(context)) is not { } wait)
        {
            await next(context);
            return;
        }
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = Math.Ceiling(wait.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "登录失败次数过多",
                Detail = $"令牌验证失败次数过多，请 {Math.Ceiling(wait.TotalSeconds):0} 秒后再试，并检查令牌是否已被撤销。",
            },
        });
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
        context.RequestServices.GetRequiredService<SignInThrottle>().RecordFailure(ClientAddress(context));
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        context.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = StatusCodes.Status401Unauthorized,
                Title = "令牌无效",
                Detail = "访问令牌无效、已过期或已被撤销，请重新登录或向管理员申请新令牌。",
            },
        });
    }

    // Behind a reverse proxy this is the proxy unless forwarded headers are configured (UseForwardedHeaders).
    private static IPAddress ClientAddress(HttpContext context) => context.Connection.RemoteIpAddress ?? IPAddress.None;

    // The provider's subject becomes one of our users, so teams and roles work the same for both kinds of token.
    private static async Task MapSubjectToUser(TokenValidatedContext context)
    {
        var principal = context.Principal!;
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
