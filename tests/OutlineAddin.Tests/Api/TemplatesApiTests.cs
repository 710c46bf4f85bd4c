using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using OutlineAddin.Templates;

namespace OutlineAddin.Tests.Api;

public class TemplatesApiTests(OutlineApiFactory factory) : IClassFixture<OutlineApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    private async Task<JsonElement> GetJsonAsync(string url)
    {
        var response = await client.GetAsync(url);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task Lists_the_fifteen_built_in_templates_from_the_database()
    {
        var page = await GetJsonAsync("/api/templates?pageSize=100");
        Assert.Equal(15, page.GetProperty("total").GetInt32());
        var first = page.GetProperty("items")[0];
        foreach (var field in new[] { "id", "name", "category", "nodeCount", "version", "updatedAt" }) Assert.True(first.TryGetProperty(field, out _), field);
        Assert.Equal(28, first.GetProperty("nodeCount").GetInt32());
        Assert.Equal(15, await factory.QueryDatabaseAsync<long>("SELECT count(*) FROM templates"));
    }

    [Theory]
    [InlineData("category=一季度总结", 9)]
    [InlineData("category=二季度谋划", 6)]
    [InlineData("q=廉政", 3)]
    [InlineData("q=脚手架上党旗扬", 1)]
    [InlineData("q=四好班子&category=二季度谋划", 1)]
    [InlineData("q=四好班子&category=一季度总结", 0)]
    [InlineData("q=no such words", 0)]
    [InlineData("q=二季度谋划", 6)]
    public async Task Searches_names_heading_text_and_categories_and_filters_by_category(string query, int expected)
    {
        var page = await GetJsonAsync($"/api/templates?{query}");
        Assert.Equal(expected, page.GetProperty("total").GetInt32());
        Assert.Equal(expected, page.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Pages_through_the_results()
    {
        var second = await GetJsonAsync("/api/templates?page=2&pageSize=4");
        Assert.Equal(15, second.GetProperty("total").GetInt32());
        Assert.Equal("builtin-05", second.GetProperty("items")[0].GetProperty("id").GetString());
        var last = await GetJsonAsync("/api/templates?page=4&pageSize=4");
        Assert.Equal(3, last.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Lists_the_categories_in_library_order()
    {
        var categories = await GetJsonAsync("/api/templates/categories");
        Assert.Equal(["一季度总结", "二季度谋划"], categories.EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public async Task Returns_a_template_with_its_tree_and_an_etag_and_answers_304_when_unchanged()
    {
        var response = await client.GetAsync("/api/templates/builtin-01");
        response.EnsureSuccessStatusCode();
        var template = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("一季度总结", template.GetProperty("category").GetString());
        Assert.Equal("gongwen-short", template.GetProperty("defaultStyleId").GetString());
        Assert.Equal(1, template.GetProperty("version").GetInt32());
        Assert.Equal("加强组织建设，打造发展型党组织", template.GetProperty("nodes")[0].GetProperty("title").GetString());
        Assert.Equal(5, template.GetProperty("nodes")[0].GetProperty("children").GetArrayLength());

        var etag = response.Headers.ETag;
        Assert.NotNull(etag);
        using var conditional = new HttpRequestMessage(HttpMethod.Get, "/api/templates/builtin-01");
        conditional.Headers.IfNoneMatch.Add(etag);
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(conditional)).StatusCode);

        using var stale = new HttpRequestMessage(HttpMethod.Get, "/api/templates/builtin-01");
        stale.Headers.IfNoneMatch.Add(new EntityTagHeaderValue(TemplateETags.Of("builtin-01", 0)));
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(stale)).StatusCode);
    }

    [Fact]
    public async Task An_unknown_template_is_a_404_problem()
    {
        var response = await client.GetAsync("/api/templates/no-such-template");
        await response.AssertProblemAsync(HttpStatusCode.NotFound, "no-such-template");
    }

    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("pageSize=1000", "pageSize")]
    [InlineData("page=abc", "page")]
    public async Task A_bad_query_is_a_400_problem(string query, string mentions)
    {
        var response = await client.GetAsync($"/api/templates?{query}");
        await response.AssertProblemAsync(HttpStatusCode.BadRequest, mentions);
    }

    [Fact]
    public async Task Restarting_on_the_same_database_keeps_versions_of_unchanged_templates()
    {
        await client.GetAsync("/healthz");
        var before = await factory.DatabaseFingerprintAsync();
        var migrations = await factory.QueryDatabaseAsync<long>("SELECT count(*) FROM schema_migrations");
        // A second server on the same database migrates and seeds it again at start, as after a restart.
        await using var again = factory.WithSettings();
        (await again.CreateClient().GetAsync("/healthz")).EnsureSuccessStatusCode();
        Assert.Equal(before, await factory.DatabaseFingerprintAsync());
        Assert.Equal(migrations, await factory.QueryDatabaseAsync<long>("SELECT count(*) FROM schema_migrations"));
        Assert.True(migrations >= 1);
    }

    [Fact]
    public async Task Serves_the_numbering_styles_and_the_openapi_document()
    {
        var styles = await GetJsonAsync("/api/numbering-styles");
        var gongwen = styles.EnumerateArray().Single(s => s.GetProperty("id").GetString() == "gongwen");
        Assert.Equal("%1、", gongwen.GetProperty("levels")[0].GetProperty("lvlText").GetString());
        Assert.Equal("chineseCounting", gongwen.GetProperty("levels")[0].GetProperty("numFmt").GetString());

        var openApi = await GetJsonAsync("/openapi/v1.json");
        Assert.True(openApi.GetProperty("paths").TryGetProperty("/api/outlines/renumber", out _));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/swagger/index.html")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
    }
}
