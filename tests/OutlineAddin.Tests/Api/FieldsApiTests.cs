using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OutlineAddin.Tests.Teams;
using static OutlineAddin.Tests.Api.HttpAssertions;

namespace OutlineAddin.Tests.Api;

public class FieldsApiTests(OutlineApiFactory factory) : IClassFixture<OutlineApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    private static object Node(string title, params object[] children) => new { title, children };

    [Fact]
    public async Task Fields_lists_each_field_with_its_count_and_offers_the_habitual_blanks_with_a_name()
    {
        var nodes = new[] { Node("{单位}{季度}工作总结", Node("XX县落实情况", Node("{单位}自查")), Node("XX年XX月重点工作")) };
        var body = await ReadAsync(await client.PostAsJsonAsync("/api/outlines/fields", new { nodes }));

        Assert.Equal([("单位", 2), ("季度", 1)], body.GetProperty("fields").EnumerateArray().Select(f => (f.GetProperty("name").GetString(), f.GetProperty("count").GetInt32())));
        Assert.Equal([("XX县", 1, "单位"), ("XX年", 1, "年份"), ("XX月", 1, "月份")], body.GetProperty("placeholders").EnumerateArray()
            .Select(p => (p.GetProperty("text").GetString(), p.GetProperty("count").GetInt32(), p.GetProperty("suggestedName").GetString())));
    }

    [Fact]
    public async Task Fill_puts_the_values_in_and_names_the_fields_left_unfilled()
    {
        var nodes = new[] { Node("{单位}{年份}年第{季度}季度工作总结", Node("{部门}落实情况")) };
        var body = await ReadAsync(await client.PostAsJsonAsync("/api/outlines/fields/fill",
            new { nodes, values = new Dictionary<string, string?> { ["单位"] = "某某县委办", ["年份"] = "2026", ["季度"] = "四", ["部门"] = " " } }));

        Assert.Equal("某某县委办2026年第四季度工作总结", body.GetProperty("nodes")[0].GetProperty("title").GetString());
        Assert.Equal("{部门}落实情况", body.GetProperty("nodes")[0].GetProperty("children")[0].GetProperty("title").GetString());
        Assert.Equal(["部门"], body.GetProperty("unfilled").EnumerateArray().Select(name => name.GetString()));
    }

    [Fact]
    public async Task Replace_turns_values_and_blanks_into_fields_and_counts_them()
    {
        var nodes = new[] { Node("某某县委办XX年工作总结", Node("某某县委办XXX活动")) };
        var body = await ReadAsync(await client.PostAsJsonAsync("/api/outlines/fields/replace", new
        {
            nodes,
            replacements = new[] { new { text = "某某县委办", name = "单位" }, new { text = "XX年", name = "年份" }, new { text = "没有的", name = "其他" } },
        }));

        Assert.Equal("{单位}{年份}年工作总结", body.GetProperty("nodes")[0].GetProperty("title").GetString());
        Assert.Equal("{单位}XXX活动", body.GetProperty("nodes")[0].GetProperty("children")[0].GetProperty("title").GetString());
        Assert.Equal([("单位", 2), ("年份", 1), ("其他", 0)], body.GetProperty("replaced").EnumerateArray()
            .Select(f => (f.GetProperty("name").GetString(), f.GetProperty("count").GetInt32())));
    }

    public static TheoryData<string, string, string> BadRequests => new()
    {
        { "/api/outlines/fields", """{}""", "nodes" },
        { "/api/outlines/fields/fill", """{"nodes": []}""", "values" },
        { "/api/outlines/fields/fill", """{"nodes": [], "values": {"单 位": "x"}}""", "不含空格" },
        { "/api/outlines/fields/fill", """{"nodes": [], "values": {"{单位}": "x"}}""", "花括号" },
        { "/api/outlines/fields/fill", """{"nodes": [], "values": {"单位": "第一行\n第二行"}}""", "换行" },
        { "/api/outlines/fields/fill", Values($"\"单位\": \"{new string('长', 101)}\""), "100 个字符" },
        { "/api/outlines/fields/fill", Values(string.Join(",", Enumerable.Range(1, 51).Select(i => $"\"名称{i}\": \"x\""))), "最多 50 个" },
        { "/api/outlines/fields/replace", """{"nodes": []}""", "replacements" },
        { "/api/outlines/fields/replace", """{"nodes": [], "replacements": [{"text": "", "name": "单位"}]}""", "不能为空" },
        { "/api/outlines/fields/replace", """{"nodes": [], "replacements": [{"text": "XX"}]}""", "name" },
        { "/api/outlines/fields/replace", """{"nodes": [], "replacements": [{"text": "XX", "name": "这是一个超过了二十个字符的非常非常长的字段名"}]}""", "1–20" },
    };

    private static string Values(string members) => "{\"nodes\": [], \"values\": {" + members + "}}";

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task Bad_input_is_a_400_problem_that_says_what_to_fix(string path, string json, string says)
    {
        var response = await client.PostAsync(path, Json(json));
        await response.AssertProblemAsync(HttpStatusCode.BadRequest, says);
    }

    [Fact]
    public async Task A_value_that_makes_a_title_too_long_is_refused_as_over_the_limits()
    {
        var title = string.Concat(Enumerable.Repeat("{单位}", 400));
        var response = await client.PostAsJsonAsync("/api/outlines/fields/fill",
            new { nodes = new[] { Node(title) }, values = new Dictionary<string, string> { ["单位"] = new string('长', 100) } });
        await response.AssertProblemAsync(HttpStatusCode.UnprocessableEntity, "填入这些值后");
    }

    [Fact]
    public async Task Without_a_team_the_defaults_are_today_in_Beijing_time()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 31, 16, 30, 0, TimeSpan.Zero)); // 2027-01-01 00:30 in Beijing
        using var server = WithClock(clock);
        var body = await ReadAsync(await server.CreateClient().GetAsync("/api/field-defaults"));

        Assert.Equal(Expected(("年份", "2027"), ("季度", "一"), ("月份", "1"), ("日期", "2027年1月1日")), Values(body));
        Assert.Equal(["年份", "季度", "月份", "日期"], body.GetProperty("computed").EnumerateArray().Select(name => name.GetString()));
    }

    [Fact]
    public async Task A_team_s_defaults_are_computed_in_its_time_zone_with_the_values_its_members_saved()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 31, 16, 30, 0, TimeSpan.Zero)); // still 2026 in Berlin
        using var server = WithClock(clock);
        var owner = await SignedInAsync(server, "负责人");
        var team = (await ReadAsync(await owner.PostAsJsonAsync("/api/teams", new { name = "柏林办事处", timeZone = "Europe/Berlin" }))).GetProperty("id").GetString();

        var saved = await owner.PutAsJsonAsync($"/api/teams/{team}/field-defaults",
            new { values = new Dictionary<string, string> { ["单位"] = "某某县委办", ["年份"] = "1999", ["部门"] = "办公室" } });
        Assert.Equal(HttpStatusCode.NoContent, saved.StatusCode);
        (await owner.PutAsJsonAsync($"/api/teams/{team}/field-defaults", new { values = new Dictionary<string, string> { ["部门"] = "" } })).EnsureSuccessStatusCode();

        var body = await ReadAsync(await owner.GetAsync($"/api/field-defaults?teamId={team}"));
        Assert.Equal(Expected(("单位", "某某县委办"), ("年份", "2026"), ("季度", "四"), ("月份", "12"), ("日期", "2026年12月31日")), Values(body));
    }

    [Fact]
    public async Task A_team_you_are_not_in_has_no_defaults_for_you()
    {
        using var server = WithClock(new FakeTimeProvider(DateTimeOffset.UtcNow));
        var owner = await SignedInAsync(server, "负责人");
        var stranger = await SignedInAsync(server, "外人");
        var team = (await ReadAsync(await owner.PostAsJsonAsync("/api/teams", new { name = "办公室" }))).GetProperty("id").GetString();

        await (await stranger.GetAsync($"/api/field-defaults?teamId={team}")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await server.CreateClient().GetAsync($"/api/field-defaults?teamId={team}")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await stranger.PutAsJsonAsync($"/api/teams/{team}/field-defaults", new { values = new { 单位 = "x" } })).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await owner.PutAsJsonAsync($"/api/teams/{team}/field-defaults", new { values = new { 单位 = "a\nb" } })).AssertProblemAsync(HttpStatusCode.BadRequest, "换行");
    }

    private Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> WithClock(TimeProvider clock) =>
        factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton(clock)));

    private static async Task<HttpClient> SignedInAsync(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> server, string name)
    {
        var admin = server.CreateClient();
        admin.DefaultRequestHeaders.Authorization = new("Bearer", OutlineApiFactory.AdminToken);
        var token = (await ReadAsync(await admin.PostAsJsonAsync("/api/users", new { name }))).GetProperty("token").GetString();
        var client = server.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return client;
    }

    private static SortedDictionary<string, string> Expected(params (string Name, string Value)[] values) =>
        new(values.ToDictionary(entry => entry.Name, entry => entry.Value), StringComparer.Ordinal);

    private static SortedDictionary<string, string> Values(JsonElement body) =>
        new(body.GetProperty("values").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!), StringComparer.Ordinal);

    private static Task<JsonElement> ReadAsync(HttpResponseMessage response) => TeamWorld.ReadAsync(response);
}
