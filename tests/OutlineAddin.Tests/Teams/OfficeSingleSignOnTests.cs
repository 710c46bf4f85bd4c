using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc.Testing;
using OutlineAddin.Tests.Api;

namespace OutlineAddin.Tests.Teams;

/// <summary>
/// Office single sign-on as the running server sees it: GET /api/auth tells the taskpane whether to offer it, and an
/// Entra-style token from a provider whose keys the server fetches itself (a local one, on loopback http) signs a user in
/// through the whole API.
/// </summary>
public sealed class OfficeSingleSignOnTests : IAsyncLifetime
{
    private const string ClientId = "0f4f1d2c-3b5a-4e6f-8a9b-0c1d2e3f4a5b";

    private readonly OutlineApiFactory factory = new();
    private LocalIdentityProvider identityProvider = null!;

    public async Task InitializeAsync() => identityProvider = await LocalIdentityProvider.StartAsync();

    public async Task DisposeAsync()
    {
        await factory.DisposeAsync();
        await identityProvider.DisposeAsync();
    }

    private static HttpClient ClientWith(WebApplicationFactory<Program> server, string token)
    {
        var client = server.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    [Fact]
    public async Task Without_a_client_id_the_taskpane_is_told_there_is_no_single_sign_on()
    {
        var plain = await factory.CreateClient().GetFromJsonAsync<SignInMethods>("/api/auth");
        await using var jwtsOnly = factory.WithSettings(("Auth:Authority", LocalIdentityProvider.Issuer), ("Auth:Audience", ClientId));
        var withoutClientId = await jwtsOnly.CreateClient().GetFromJsonAsync<SignInMethods>("/api/auth");

        Assert.False(plain!.Sso);
        Assert.False(withoutClientId!.Sso);
    }

    [Fact]
    public async Task With_a_client_id_the_taskpane_is_told_to_offer_single_sign_on_even_from_another_origin()
    {
        await using var server = factory.WithSettings([.. identityProvider.Settings(ClientId), ("Cors:AllowedOrigins:0", "https://addin.example.cn")]);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/auth");
        request.Headers.Add("Origin", "https://addin.example.cn");

        var response = await server.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("https://addin.example.cn", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.True((await response.Content.ReadFromJsonAsync<SignInMethods>())!.Sso);
    }

    [Fact]
    public async Task A_token_with_access_as_user_among_other_scopes_signs_in()
    {
        await using var server = factory.WithSettings(identityProvider.Settings(ClientId));

        var response = await ClientWith(server, identityProvider.AccessToken(ClientId, "object-4", "钱秘书", scope: "openid access_as_user profile")).GetAsync("/api/users/me");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_token_signed_by_the_provider_signs_in_through_the_whole_API()
    {
        await using var server = factory.WithSettings(identityProvider.Settings(ClientId));
        var client = ClientWith(server, identityProvider.AccessToken(ClientId, "object-1", "王书记"));

        var me = await TeamWorld.ReadAsync(await client.GetAsync("/api/users/me"));
        var team = await TeamWorld.ReadAsync(await client.PostAsJsonAsync("/api/teams", new { name = "办公室" }));
        var teamId = team.GetProperty("id").GetString()!;
        var template = await TeamWorld.ReadAsync(await client.PostAsJsonAsync(
            "/api/templates", new { name = "季度总结", teamId, nodes = TeamWorld.Outline("总体情况"), defaultStyleId = "gongwen" }));
        var teams = await TeamWorld.ReadAsync(await client.GetAsync("/api/teams"));
        var listed = await TeamWorld.ReadAsync(await client.GetAsync($"/api/templates?teamId={teamId}"));

        Assert.Equal("王书记", me.GetProperty("name").GetString());
        Assert.Equal("owner", team.GetProperty("role").GetString());
        Assert.Equal(teamId, teams.EnumerateArray().Single().GetProperty("id").GetString());
        Assert.Contains(listed.GetProperty("items").EnumerateArray(), item => item.GetProperty("id").GetString() == template.GetProperty("id").GetString());
        Assert.True(identityProvider.DiscoveryRequests >= 1);
    }

    [Fact]
    public async Task The_same_person_signs_in_as_the_same_user_with_every_new_token()
    {
        await using var server = factory.WithSettings(identityProvider.Settings(ClientId));

        var first = await TeamWorld.ReadAsync(await ClientWith(server, identityProvider.AccessToken(ClientId, "object-2", "李主任")).GetAsync("/api/users/me"));
        var renewed = await TeamWorld.ReadAsync(await ClientWith(server, identityProvider.AccessToken(ClientId, "object-2", "李主任")).GetAsync("/api/users/me"));

        Assert.Equal(first.GetProperty("id").GetString(), renewed.GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("expired")]
    [InlineData("for another application")]
    [InlineData("app-only, without a scope")]
    [InlineData("for another scope")]
    [InlineData("from another tenant")]
    [InlineData("signed with another key")]
    public async Task A_token_not_issued_to_Office_for_a_user_of_this_add_in_is_refused_with_401(string flaw)
    {
        await using var server = factory.WithSettings(identityProvider.Settings(ClientId));
        using var forger = RSA.Create(2048);
        var token = flaw switch
        {
            "from another tenant" => identityProvider.AccessToken(ClientId, "object-3", "赵干事", issuer: "https://login.example.test/other-tenant/v2.0"),
            "signed with another key" => identityProvider.AccessToken(ClientId, "object-3", "赵干事", forgedWith: forger),
            "expired" => identityProvider.AccessToken(ClientId, "object-3", "赵干事", lifetime: TimeSpan.FromMinutes(-6)),
            "for another application" => identityProvider.AccessToken(Guid.NewGuid().ToString(), "object-3", "赵干事"),
            "app-only, without a scope" => identityProvider.AccessToken(ClientId, "object-3", "赵干事", scope: null),
            _ => identityProvider.AccessToken(ClientId, "object-3", "赵干事", scope: "Files.Read"),
        };

        var response = await ClientWith(server, token).GetAsync("/api/users/me");

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    private sealed record SignInMethods(bool Sso);
}
