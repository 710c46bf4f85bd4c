using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using OutlineAddin.Http;
using OutlineAddin.Identity;

namespace OutlineAddin.Apis;

public static class UsersApi
{
    public static IEndpointRouteBuilder MapUsers(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/users").WithTags("Users");
        api.MapPost("/", CreateUser).RequireAuthorization(policy => policy.RequireRole(Callers.AdminRole)).Problems(400, 401, 403)
            .WithSummary("Create a user and their first access token (server admin token only). The token is shown once.");

        var me = api.MapGroup("/me").RequireAuthorization();
        me.MapGet("/", GetMe).Problems(401, 403).WithSummary("Who the token belongs to.");
        me.MapGet("/tokens", ListTokens).Problems(401, 403).WithSummary("The caller's access tokens (never their values).");
        me.MapPost("/tokens", CreateToken).Problems(400, 401, 403).WithSummary("A new access token for the caller, shown once.");
        me.MapDelete("/tokens/{tokenId}", RevokeToken).Problems(401, 403, 404).WithSummary("Revoke one of the caller's tokens.");
        return app;
    }

    public sealed record CreateUserRequest([property: Required] string? Name);

    public sealed record CreatedUser(string Id, string Name, string Token);

    public sealed record CreateTokenRequest(string? Name);

    public static async Task<Results<Created<CreatedUser>, ProblemHttpResult>> CreateUser(
        CreateUserRequest request, UserRepository users, CancellationToken cancellationToken)
    {
        var name = request.Name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > 60) return ProblemResponses.Invalid("name", "name 不能为空，且不超过 60 个字符。");
        var (user, token) = await users.CreateAsync(name, cancellationToken);
        return TypedResults.Created($"/api/users/{user.Id}", new CreatedUser(user.Id, user.Name, token.Token));
    }

    public static async Task<Results<Ok<User>, ProblemHttpResult>> GetMe(UserRepository users, ClaimsPrincipal caller, CancellationToken cancellationToken) =>
        caller.UserId() is { } id && await users.FindAsync(id, cancellationToken) is { } user ? TypedResults.Ok(user) : AdminHasNoAccount();

    public static async Task<Results<Ok<IReadOnlyList<AccessTokenInfo>>, ProblemHttpResult>> ListTokens(
        UserRepository users, ClaimsPrincipal caller, CancellationToken cancellationToken) =>
        caller.UserId() is { } id ? TypedResults.Ok(await users.ListTokensAsync(id, cancellationToken)) : AdminHasNoAccount();

    public static async Task<Results<Created<NewAccessToken>, ProblemHttpResult>> CreateToken(
        CreateTokenRequest request, UserRepository users, ClaimsPrincipal caller, CancellationToken cancellationToken)
    {
        if (caller.UserId() is not { } id) return AdminHasNoAccount();
        var name = string.IsNullOrWhiteSpace(request.Name) ? "未命名令牌" : request.Name.Trim();
        if (name.Length > 60) return ProblemResponses.Invalid("name", "令牌名称不超过 60 个字符。");
        var token = await users.CreateTokenAsync(id, name, cancellationToken);
        return TypedResults.Created($"/api/users/me/tokens/{token.Id}", token);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> RevokeToken(
        string tokenId, UserRepository users, ClaimsPrincipal caller, CancellationToken cancellationToken)
    {
        if (caller.UserId() is not { } id) return AdminHasNoAccount();
        return await users.RevokeTokenAsync(id, tokenId, cancellationToken)
            ? TypedResults.NoContent()
            : ProblemResponses.NotFound($"你没有编号为“{tokenId}”的令牌。");
    }

    private static ProblemHttpResult AdminHasNoAccount() =>
        ProblemResponses.Forbidden("服务器管理令牌只能用来创建用户；请用个人访问令牌。");
}
