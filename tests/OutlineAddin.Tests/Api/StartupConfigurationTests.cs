using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace OutlineAddin.Tests.Api;

/// <summary>A configuration mistake stops the server at start with a message naming the setting, instead of surfacing on some later request.</summary>
public sealed class StartupConfigurationTests(OutlineApiFactory factory) : IClassFixture<OutlineApiFactory>
{
    [Fact]
    public void Refuses_to_start_with_an_admin_token_shorter_than_32_characters()
    {
        var error = factory.StartRefusedWith(("Auth:AdminToken", new string('a', 31)));
        Assert.Contains("Auth:AdminToken", error.Message);
        Assert.Contains("32", error.Message);
    }

    [Theory]
    [InlineData("                                ")]
    [InlineData("   abcdefghijklmnopqrstuvwxyz0123456789   ")]
    [InlineData("abcdefghijklmnop qrstuvwxyz0123456789")]
    [InlineData("\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\tx")]
    public void Refuses_to_start_with_an_admin_token_of_32_characters_padded_with_whitespace(string token)
    {
        var error = factory.StartRefusedWith(("Auth:AdminToken", token));
        Assert.Contains("Auth:AdminToken", error.Message);
        Assert.Contains("whitespace", error.Message);
    }

    [Fact]
    public async Task An_admin_token_of_32_characters_creates_users()
    {
        var token = new string('b', 32);
        await using var server = factory.WithSettings(("Auth:AdminToken", token));

        var response = await ClientWith(server, token).PostAsJsonAsync("/api/users", new { name = "周主任" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task Without_an_admin_token_no_token_creates_users()
    {
        await using var server = factory.WithSettings(("Auth:AdminToken", ""));

        var response = await ClientWith(server, OutlineApiFactory.AdminToken).PostAsJsonAsync("/api/users", new { name = "周主任" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("Auth:Authority", "https://login.example.test/tenant-1/v2.0")]
    [InlineData("Auth:Audience", "api://outline-addin")]
    public void Refuses_to_start_with_half_an_OpenID_Connect_provider(string key, string value)
    {
        var error = factory.StartRefusedWith((key, value));
        Assert.Contains("Auth:Authority and Auth:Audience", error.Message);
    }

    private const string Authority = "https://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0";
    private const string ClientId = "5661fed9-f33d-4e95-b6cf-624a34a2f51d";

    /// <summary>The message expected, and the settings as Key=Value.</summary>
    public static TheoryData<string, string[]> SingleSignOnMistakes => new()
    {
        { "Auth:ClientId must be the Application (client) ID", ["Auth:Authority=" + Authority, "Auth:Audience=" + ClientId, "Auth:ClientId=outline-addin"] },
        { "Auth:ClientId must be the Application (client) ID", ["Auth:Authority=" + Authority, "Auth:Audience=" + ClientId, "Auth:ClientId={" + ClientId + "}"] },
        { "Auth:ClientId needs Auth:Authority and Auth:Audience", ["Auth:ClientId=" + ClientId] },
        { "Auth:Audience must be the same as Auth:ClientId", ["Auth:Authority=" + Authority, $"Auth:Audience=api://outline.example.cn/{ClientId}", "Auth:ClientId=" + ClientId] },
        { "Auth:MetadataAddress must be an https URL", ["Auth:Authority=" + Authority, "Auth:Audience=" + ClientId, "Auth:MetadataAddress=http://idp.example.cn/.well-known/openid-configuration"] },
        { "Auth:MetadataAddress must be an https URL", ["Auth:Authority=" + Authority, "Auth:Audience=" + ClientId, "Auth:MetadataAddress=openid-configuration"] },
        { "Auth:MetadataAddress is set without Auth:Authority", ["Auth:MetadataAddress=https://idp.example.cn/.well-known/openid-configuration"] },
    };

    [Theory]
    [MemberData(nameof(SingleSignOnMistakes))]
    public void Refuses_to_start_with_single_sign_on_settings_that_cannot_work(string message, string[] settings)
    {
        var error = factory.StartRefusedWith([.. settings.Select(setting => setting.Split('=', 2)).Select(parts => (parts[0], parts[1]))]);
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public async Task Starts_with_single_sign_on_whose_audience_is_the_client_id_in_another_case()
    {
        await using var server = factory.WithSettings(("Auth:Authority", Authority), ("Auth:Audience", ClientId.ToUpperInvariant()), ("Auth:ClientId", ClientId));

        var response = await server.CreateClient().GetAsync("/api/auth");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public void Refuses_to_start_with_a_CORS_origin_that_has_a_path()
    {
        var error = factory.StartRefusedWith(("Cors:AllowedOrigins:0", "https://addin.example.cn/taskpane/"));
        Assert.Contains("Cors:AllowedOrigins", error.Message);
    }

    [Fact]
    public void Refuses_to_start_with_a_connection_string_that_names_no_database_file()
    {
        var error = factory.StartRefusedWith(("ConnectionStrings:Outline", "Mode=ReadOnly"));
        Assert.Contains("ConnectionStrings:Outline", error.Message);
    }

    [Theory]
    [InlineData("outline.example.cn")]
    [InlineData("http://outline.example.cn")]
    [InlineData("ftp://outline.example.cn")]
    public void Refuses_to_start_with_a_public_base_url_Office_would_not_load(string value)
    {
        var error = factory.StartRefusedWith(("Addin:PublicBaseUrl", value));
        Assert.Contains("Addin:PublicBaseUrl", error.Message);
        Assert.Contains("https", error.Message);
    }

    [Fact]
    public async Task Starts_with_a_plain_http_public_base_url_on_this_machine()
    {
        await using var server = factory.WithSettings(("Addin:PublicBaseUrl", "http://localhost:5000"));

        var response = await server.CreateClient().GetAsync("/addin/manifest.xml");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public void Refuses_to_start_with_a_development_certificate_folder_that_is_no_path()
    {
        var error = factory.StartRefusedWith(("DevCertificate:Directory", "certs\0here"));
        Assert.Contains("DevCertificate:Directory", error.Message);
    }

    private static HttpClient ClientWith(WebApplicationFactory<Program> server, string token)
    {
        var client = server.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
