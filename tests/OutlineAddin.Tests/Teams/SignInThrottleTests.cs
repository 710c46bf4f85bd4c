using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OutlineAddin.Tests.Api;

namespace OutlineAddin.Tests.Teams;

/// <summary>A client that guessed wrong too often has no token checked, not even a right one, until its window ends.</summary>
public sealed class SignInThrottleTests : IAsyncLifetime
{
    private const int Allowance = 3;
    private const string ClientHeader = "X-Test-Client-Address";

    private readonly OutlineApiFactory baseFactory = new();
    private readonly FakeTimeProvider time = new(DateTimeOffset.Parse("2026-03-02T09:00:00+08:00", System.Globalization.CultureInfo.InvariantCulture));
    private readonly SignInsCounted signIns = new();
    private WebApplicationFactory<Program> factory = null!;
    private string validToken = null!;

    public async Task InitializeAsync()
    {
        factory = baseFactory.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Auth:FailedSignInsPerMinute", Allowance.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.ConfigureTestServices(services =>
            {
                services.AddSingleton<TimeProvider>(time);
                services.AddSingleton<IClaimsTransformation>(signIns);
                services.AddSingleton<IStartupFilter, ClientAddressFromHeader>();
            });
        });
        using var admin = ClientAt("192.0.2.250", OutlineApiFactory.AdminToken);
        var created = await TeamWorld.ReadAsync(await admin.PostAsJsonAsync("/api/users", new { name = "限流检查" }));
        validToken = created.GetProperty("token").GetString()!;
    }

    public async Task DisposeAsync()
    {
        await factory.DisposeAsync();
        await baseFactory.DisposeAsync();
    }

    [Fact]
    public async Task After_the_allowance_of_failures_a_right_token_from_the_same_client_is_refused_without_being_checked()
    {
        await FailAsync("192.0.2.1", Allowance);
        var signInsBefore = signIns.Count;

        var refused = await ClientAt("192.0.2.1", validToken).GetAsync("/api/users/me");

        var problem = await refused.AssertProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.Equal("登录失败次数过多", problem.GetProperty("title").GetString());
        Assert.Equal("https://tools.ietf.org/html/rfc6585#section-4", problem.GetProperty("type").GetString());
        Assert.Equal(TimeSpan.FromMinutes(1), refused.Headers.RetryAfter?.Delta);
        Assert.Equal(signInsBefore, signIns.Count);
    }

    [Fact]
    public async Task Another_client_is_not_limited_by_one_that_failed()
    {
        await FailAsync("192.0.2.2", Allowance);

        var response = await ClientAt("192.0.2.3", validToken).GetAsync("/api/users/me");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("2001:db8:1:2::1", "2001:db8:1:2:ffff:ffff:ffff:fffe")]
    [InlineData("192.0.2.10", "::ffff:192.0.2.10")]
    public async Task Addresses_of_one_IPv6_64_or_an_IPv4_and_its_mapped_form_are_one_client(string failing, string other)
    {
        await FailAsync(failing, Allowance);

        var refused = await ClientAt(other, validToken).GetAsync("/api/users/me");

        await refused.AssertProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.Equal(HttpStatusCode.OK, (await ClientAt("2001:db8:1:3::1", validToken).GetAsync("/api/users/me")).StatusCode);
    }

    [Fact]
    public async Task A_limited_client_may_sign_in_again_once_its_window_has_passed()
    {
        await FailAsync("192.0.2.4", Allowance);
        time.Advance(TimeSpan.FromSeconds(45));
        var stillLimited = await ClientAt("192.0.2.4", validToken).GetAsync("/api/users/me");
        Assert.Equal(HttpStatusCode.TooManyRequests, stillLimited.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(15), stillLimited.Headers.RetryAfter?.Delta);

        time.Advance(TimeSpan.FromSeconds(15));
        var response = await ClientAt("192.0.2.4", validToken).GetAsync("/api/users/me");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_limited_client_without_a_token_is_still_served_anonymously()
    {
        await FailAsync("192.0.2.5", Allowance);

        var response = await ClientAt("192.0.2.5", token: null).GetAsync("/api/numbering-styles");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task FailAsync(string address, int times)
    {
        using var guesser = ClientAt(address, "oat_a-wrong-guess");
        for (var i = 0; i < times; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await guesser.GetAsync("/api/users/me")).StatusCode);
        }
    }

    private HttpClient ClientAt(string address, string? token)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add(ClientHeader, address);
        if (token is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>The test server has no connections: each request says which address it comes from.</summary>
    private sealed class ClientAddressFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((HttpContext context, RequestDelegate rest) =>
            {
                if (IPAddress.TryParse(context.Request.Headers[ClientHeader], out var address)) context.Connection.RemoteIpAddress = address;
                return rest(context);
            });
            next(app);
        };
    }

    /// <summary>Counts the tokens that signed someone in: authentication calls every claims transformation on success.</summary>
    private sealed class SignInsCounted : IClaimsTransformation
    {
        private int count;

        public int Count => Volatile.Read(ref count);

        public Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
        {
            Interlocked.Increment(ref count);
            return Task.FromResult(principal);
        }
    }
}
