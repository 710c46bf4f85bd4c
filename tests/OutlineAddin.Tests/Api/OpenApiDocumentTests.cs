using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OutlineAddin.Tests.Api;

/// <summary>
/// taskpane/src/api/openapi.json, from which the taskpane's client types are generated, is the document the server
/// serves; and that document says what a generated client needs to be right.
/// </summary>
public class OpenApiDocumentTests(OutlineApiFactory factory) : IClassFixture<OutlineApiFactory>
{
    private const string UpdateCommand = "UPDATE_OPENAPI=1 dotnet test --filter OpenApiDocument";

    private static readonly string CheckedInPath = Path.Combine(RepositoryRoot(), "taskpane", "src", "api", "openapi.json");

    [Fact]
    public async Task The_checked_in_OpenApi_document_is_the_one_the_server_serves()
    {
        var served = Pretty(await factory.CreateClient().GetStringAsync("/openapi/v1.json"));

        if (Environment.GetEnvironmentVariable("UPDATE_OPENAPI") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(CheckedInPath)!);
            await File.WriteAllTextAsync(CheckedInPath, served);
        }

        var checkedIn = File.Exists(CheckedInPath) ? (await File.ReadAllTextAsync(CheckedInPath)).ReplaceLineEndings("\n") : "";
        if (checkedIn == served) return;
        var lines = (Served: served.Split('\n'), CheckedIn: checkedIn.Split('\n'));
        var first = Enumerable.Range(0, Math.Min(lines.Served.Length, lines.CheckedIn.Length)).FirstOrDefault(i => lines.Served[i] != lines.CheckedIn[i]);
        Assert.Fail($"{CheckedInPath} is not what the server serves at /openapi/v1.json (first difference at line {first + 1}: " +
            $"checked in \"{lines.CheckedIn.ElementAtOrDefault(first)?.Trim()}\", served \"{lines.Served.ElementAtOrDefault(first)?.Trim()}\"). " +
            $"Rewrite it with `{UpdateCommand}` and regenerate the taskpane's types.");
    }

    [Fact]
    public async Task The_document_gives_a_generated_client_required_fields_string_enums_and_the_concurrency_headers()
    {
        var document = JsonNode.Parse(await factory.CreateClient().GetStringAsync("/openapi/v1.json"))!;
        var schemas = document["components"]!["schemas"]!;
        string[] Required(string schema) => schemas[schema]!["required"]!.AsArray().Select(name => name!.GetValue<string>()).Order().ToArray();

        Assert.Null(document["servers"]?.AsArray().FirstOrDefault());
        Assert.Equal(["category", "defaultStyleId", "id", "levels", "name", "nodes", "scope", "tags", "updatedAt", "version"], Required("Template"));
        Assert.Equal(["id", "name", "role", "timeZone"], Required("Team"));
        Assert.Equal(["name", "nodes"], Required("TemplateRequest"));
        Assert.Equal(["children", "title"], Required("OutlineNode"));
        Assert.Equal(["lvlText", "numFmt"], Required("LevelFormat"));
        Assert.Equal("string", schemas["TeamRole"]!["type"]!.GetValue<string>());
        Assert.Equal("integer", schemas["Template"]!["properties"]!["version"]!["type"]!.GetValue<string>());

        var put = document["paths"]!["/api/templates/{id}"]!["put"]!;
        var ifMatch = put["parameters"]!.AsArray().Single(parameter => parameter!["name"]!.GetValue<string>() == "If-Match")!;
        Assert.True(ifMatch["required"]!.GetValue<bool>());
        Assert.NotNull(put["responses"]!["200"]!["headers"]!["ETag"]);
        Assert.NotNull(put["responses"]!["409"]);
        Assert.NotNull(put["responses"]!["412"]);
        Assert.NotNull(document["paths"]!["/api/templates/{id}/versions/{version}"]!["get"]!["responses"]!["200"]!["headers"]!["ETag"]);
        Assert.NotNull(document["paths"]!["/api/templates/{id}"]!["get"]!["responses"]!["200"]!["content"]!["application/json"]!["schema"]);
    }

    [Fact]
    public async Task A_required_field_is_never_null_even_through_a_shared_schema()
    {
        var document = JsonNode.Parse(await factory.CreateClient().GetStringAsync("/openapi/v1.json"))!;
        var schemas = document["components"]!["schemas"]!.AsObject();
        JsonNode Resolve(JsonNode schema) =>
            schema["$ref"]?.GetValue<string>() is { } reference ? Resolve(schemas[reference.Split('/')[^1]]!) : schema;

        var nullable = (
            from entry in schemas
            from name in entry.Value!["required"]?.AsArray().Select(name => name!.GetValue<string>()) ?? []
            let property = Resolve(entry.Value!["properties"]![name]!)
            where property["type"] is JsonArray types && types.Any(type => type!.GetValue<string>() == "null")
            select $"{entry.Key}.{name}").ToList();
        Assert.Empty(nullable);
        Assert.Contains("TypographyPreset", schemas.Select(entry => entry.Key));
    }

    [Fact]
    public async Task The_document_declares_the_bearer_scheme_required_where_authorization_is_and_optional_elsewhere()
    {
        var document = JsonNode.Parse(await factory.CreateClient().GetStringAsync("/openapi/v1.json"))!;
        var scheme = document["components"]!["securitySchemes"]!["Bearer"]!;
        Assert.Equal("http", scheme["type"]!.GetValue<string>());
        Assert.Equal("bearer", scheme["scheme"]!.GetValue<string>());

        string Security(string path, string method) => document["paths"]![path]![method]!["security"]!.ToJsonString();
        Assert.Equal("[{\"Bearer\":[]}]", Security("/api/teams", "post"));
        Assert.Equal("[{},{\"Bearer\":[]}]", Security("/api/templates", "get"));
    }

    [Theory]
    [InlineData("/api/outlines/parse", "post", new[] { "400", "401", "408", "413", "415", "429", "503" })]
    [InlineData("/api/templates/{id}", "get", new[] { "304", "401", "404", "429" })]
    [InlineData("/api/teams/{teamId}/members", "post", new[] { "400", "401", "403", "404", "408", "409", "413", "415", "429" })]
    public async Task Every_operation_declares_the_answers_the_token_check_and_body_limits_can_give(string path, string method, string[] statuses)
    {
        var document = JsonNode.Parse(await factory.CreateClient().GetStringAsync("/openapi/v1.json"))!;
        var responses = document["paths"]![path]![method]!["responses"]!.AsObject();

        foreach (var status in statuses) Assert.True(responses.ContainsKey(status), $"{method} {path} declares {status}");
        Assert.Equal(responses.Select(response => response.Key).Order(StringComparer.Ordinal), responses.Select(response => response.Key));
    }

    [Theory]
    [InlineData("429")]
    [InlineData("503")]
    public async Task A_refusal_to_retry_later_declares_its_Retry_After(string status)
    {
        var document = JsonNode.Parse(await factory.CreateClient().GetStringAsync("/openapi/v1.json"))!;

        Assert.NotNull(document["paths"]!["/api/outlines/parse"]!["post"]!["responses"]![status]!["headers"]?["Retry-After"]);
    }

    [Fact]
    public async Task A_304_is_asked_for_with_If_None_Match()
    {
        var document = JsonNode.Parse(await factory.CreateClient().GetStringAsync("/openapi/v1.json"))!;
        var parameters = document["paths"]!["/api/templates/{id}"]!["get"]!["parameters"]!.AsArray();

        Assert.Contains(parameters, parameter => parameter!["name"]!.GetValue<string>() == "If-None-Match");
    }

    [Fact]
    public async Task The_render_request_says_to_give_either_a_style_or_levels()
    {
        var document = JsonNode.Parse(await factory.CreateClient().GetStringAsync("/openapi/v1.json"))!;
        var description = document["components"]!["schemas"]!["RenderRequest"]!["description"]!.GetValue<string>();

        Assert.Contains("Exactly one of `styleId` and `levels`", description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Swagger_UI_loads_the_document()
    {
        var client = factory.CreateClient();
        var page = await client.GetAsync("/swagger/index.html");
        Assert.Equal(System.Net.HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("/openapi/v1.json", await client.GetStringAsync("/swagger/index.js"), StringComparison.Ordinal);
    }

    private static string Pretty(string json) =>
        JsonNode.Parse(json)!.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "OutlineAddin.sln"))) return directory.FullName;
        }
        throw new InvalidOperationException($"No OutlineAddin.sln above {AppContext.BaseDirectory}.");
    }
}
