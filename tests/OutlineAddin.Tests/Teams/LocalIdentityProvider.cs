using System.Buffers.Text;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace OutlineAddin.Tests.Teams;

/// <summary>
/// An OpenID Connect provider on this machine, as Entra ID looks to the server: a discovery document and the public
/// half of an RSA signing key on plain http at 127.0.0.1 (which Auth:MetadataAddress allows for loopback only), and
/// v2-style access tokens signed with the private half, as Office single sign-on hands them to the taskpane.
/// </summary>
public sealed class LocalIdentityProvider : IAsyncDisposable
{
    /// <summary>The issuer the tokens name: the https Authority the server is configured with, never fetched.</summary>
    public const string Issuer = "https://login.example.test/local-tenant/v2.0";

    private readonly RSA rsa = RSA.Create(2048);
    private readonly RsaSecurityKey signingKey;
    private readonly WebApplication app;

    private LocalIdentityProvider(WebApplication app)
    {
        this.app = app;
        signingKey = new RsaSecurityKey(rsa) { KeyId = "local-key-1" };
    }

    /// <summary>Where the server fetches the discovery document: Auth:MetadataAddress.</summary>
    public string MetadataAddress { get; private set; } = "";

    /// <summary>How many times the discovery document was fetched: the server really went there.</summary>
    public int DiscoveryRequests { get; private set; }

    public static async Task<LocalIdentityProvider> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        var app = builder.Build();
        app.Urls.Add("http://127.0.0.1:0");
        var provider = new LocalIdentityProvider(app);
        app.MapGet("/.well-known/openid-configuration", (HttpRequest request) =>
        {
            provider.DiscoveryRequests++;
            return Results.Json(new Dictionary<string, object>
            {
                ["issuer"] = Issuer,
                ["jwks_uri"] = $"{request.Scheme}://{request.Host}/keys",
                ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            });
        });
        app.MapGet("/keys", provider.Keys);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        provider.MetadataAddress = $"{address}/.well-known/openid-configuration";
        return provider;
    }

    /// <summary>The server's settings to accept this provider's tokens for <paramref name="clientId"/>, as Office single sign-on.</summary>
    public (string Key, string Value)[] Settings(string clientId) =>
        [("Auth:Authority", Issuer), ("Auth:Audience", clientId), ("Auth:ClientId", clientId), ("Auth:MetadataAddress", MetadataAddress)];

    /// <summary>
    /// An access token as Entra ID issues one for the add-in: aud the client id, scp access_as_user (or <paramref name="scope"/>;
    /// null: none, as an app-only token), signed with the key the discovery document publishes (or, <paramref name="forgedWith"/>,
    /// with another key under the same key id).
    /// </summary>
    public string AccessToken(string clientId, string objectId, string name, TimeSpan? lifetime = null, string? scope = "access_as_user",
        string issuer = Issuer, RSA? forgedWith = null) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = clientId,
            Subject = new ClaimsIdentity([
                new Claim("oid", objectId), new Claim("sub", objectId), new Claim("name", name), new Claim("ver", "2.0"),
                .. scope is null ? Array.Empty<Claim>() : [new Claim("scp", scope)]]),
            NotBefore = DateTime.UtcNow.AddMinutes(-10),
            Expires = DateTime.UtcNow + (lifetime ?? TimeSpan.FromMinutes(10)),
            SigningCredentials = new SigningCredentials(forgedWith is null ? signingKey : new RsaSecurityKey(forgedWith) { KeyId = signingKey.KeyId }, SecurityAlgorithms.RsaSha256),
        });

    private IResult Keys()
    {
        var key = rsa.ExportParameters(includePrivateParameters: false);
        return Results.Json(new
        {
            keys = new[]
            {
                new { kty = "RSA", use = "sig", alg = "RS256", kid = signingKey.KeyId, n = Base64Url.EncodeToString(key.Modulus), e = Base64Url.EncodeToString(key.Exponent) },
            },
        });
    }

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        rsa.Dispose();
    }
}
