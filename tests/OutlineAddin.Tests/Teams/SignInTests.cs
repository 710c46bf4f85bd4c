using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using OutlineAddin.Tests.Api;

namespace OutlineAddin.Tests.Teams;

public class SignInTests : IAsyncLifetime
{
    private const string Issuer = "https://login.example.test/tenant-1/v2.0";
    private const string Audience = "api://outline-addin";
    private static readonly SymmetricSecurityKey SigningKey = new(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)) { KeyId = "test-key" };

    private readonly OutlineApiFactory baseFactory = new();
    private readonly ConcurrentQueue<string> logs = new();
    private WebApplicationFactory<Program> factory = null!;

    public Task InitializeAsync()
    {
        factory = baseFactory.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Auth:Authority", Issuer);
            builder.UseSetting("Auth:Audience", Audience);
            builder.UseSetting("Auth:FailedSignInsPerMinute", "5");
            builder.UseSetting("Cors:AllowedOrigins:0", "https://addin.example.cn");
            builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(new CapturingLoggerProvider(logs)));
            builder.ConfigureTestServices(services => services.PostConfigure<JwtBearerOptions>(OutlineAddin.Identity.IdentityServices.JwtScheme, options =>
            {
                // The tests sign their own tokens: the provider's metadata is given, not fetched.
                var configuration = new OpenIdConnectConfiguration { Issuer = Issuer };
                configuration.SigningKeys.Add(SigningKey);
                options.Configuration = configuration;
                options.ConfigurationManager = new Microsoft.IdentityModel.Protocols.StaticConfigurationManager<OpenIdConnectConfiguration>(configuration);
            }));
        });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await factory.DisposeAsync();
        await baseFactory.DisposeAsync();
    }

    private static string SignJwt(string subject, string name, string audience = Audience, SecurityKey? key = null) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = audience,
            Subject = new ClaimsIdentity([new Claim("sub", subject), new Claim("name", name)]),
            Expires = DateTime.UtcNow.AddMinutes(10),
            SigningCredentials = new SigningCredentials(key ?? SigningKey, SecurityAlgorithms.HmacSha256),
        });

    private HttpClient ClientWith(string token)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    [Fact]
    public async Task A_signed_jwt_maps_its_subject_to_one_user_who_can_use_teams()
    {
        var client = ClientWith(SignJwt("entra-object-1", "王书记"));
        var me = await TeamWorld.ReadAsync(await client.GetAsync("/api/users/me"));
        Assert.Equal("王书记", me.GetProperty("name").GetString());

        var team = await TeamWorld.ReadAsync(await client.PostAsJsonAsync("/api/teams", new { name = "党办" }));
        Assert.Equal("owner", team.GetProperty("role").GetString());

        var again = ClientWith(SignJwt("entra-object-1", "王书记"));
        var sameUser = await TeamWorld.ReadAsync(await again.GetAsync("/api/users/me"));
        Assert.Equal(me.GetProperty("id").GetString(), sameUser.GetProperty("id").GetString());
        var teams = await TeamWorld.ReadAsync(await again.GetAsync("/api/teams"));
        Assert.Equal(1, teams.GetArrayLength());
    }

    [Theory]
    [InlineData("wrong-audience")]
    [InlineData("wrong-key")]
    public async Task A_jwt_that_does_not_validate_is_refused(string flaw)
    {
        var token = flaw == "wrong-audience"
            ? SignJwt("entra-object-2", "李主任", audience: "api://someone-else")
            : SignJwt("entra-object-2", "李主任", key: new SymmetricSecurityKey(new byte[32]) { KeyId = "test-key" });
        var response = await ClientWith(token).GetAsync("/api/users/me");
        await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Failed_sign_ins_are_rate_limited()
    {
        var client = ClientWith("oat_this-token-does-not-exist");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 8; i++) statuses.Add((await client.GetAsync("/api/templates")).StatusCode);
        Assert.Equal(Enumerable.Repeat(HttpStatusCode.Unauthorized, 5), statuses.Take(5));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);

        var limited = await client.GetAsync("/api/templates");
        await limited.AssertProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.True(limited.Headers.Contains("Retry-After"));
    }

    [Fact]
    public async Task A_cross_origin_pane_may_read_a_downloads_file_name()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/templates/builtin-01/docx");
        request.Headers.Add("Origin", "https://addin.example.cn");
        var response = await factory.CreateClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var exposed = response.Headers.GetValues("Access-Control-Expose-Headers").SelectMany(value => value.Split(',', StringSplitOptions.TrimEntries));
        Assert.Contains("Content-Disposition", exposed);
    }

    [Fact]
    public async Task Cors_answers_only_configured_origins()
    {
        async Task<HttpResponseMessage> Preflight(string origin)
        {
            using var request = new HttpRequestMessage(HttpMethod.Options, "/api/templates");
            request.Headers.Add("Origin", origin);
            request.Headers.Add("Access-Control-Request-Method", "PUT");
            request.Headers.Add("Access-Control-Request-Headers", "authorization,if-match,content-type");
            return await factory.CreateClient().SendAsync(request);
        }

        var allowed = await Preflight("https://addin.example.cn");
        Assert.Equal("https://addin.example.cn", allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        var refused = await Preflight("https://evil.example.com");
        Assert.False(refused.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task No_token_ever_appears_in_a_log()
    {
        var admin = ClientWith(OutlineApiFactory.AdminToken);
        var created = await TeamWorld.ReadAsync(await admin.PostAsJsonAsync("/api/users", new { name = "日志检查" }));
        var token = created.GetProperty("token").GetString()!;
        var jwt = SignJwt("entra-object-3", "赵干事");
        await ClientWith(token).GetAsync("/api/users/me");
        await ClientWith(token + "x").GetAsync("/api/users/me");
        await ClientWith(jwt).GetAsync("/api/users/me");
        await ClientWith(jwt + "x").GetAsync("/api/users/me");

        Assert.NotEmpty(logs);
        foreach (var secret in new[] { token, token[4..], jwt, OutlineApiFactory.AdminToken })
        {
            Assert.DoesNotContain(logs, line => line.Contains(secret, StringComparison.Ordinal));
        }
    }

    private sealed class CapturingLoggerProvider(ConcurrentQueue<string> sink) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new CapturingLogger(sink);

        public void Dispose()
        {
        }

        private sealed class CapturingLogger(ConcurrentQueue<string> sink) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                sink.Enqueue($"{formatter(state, exception)} {exception} {JsonSerializer.Serialize(state?.ToString())}");
        }
    }
}
