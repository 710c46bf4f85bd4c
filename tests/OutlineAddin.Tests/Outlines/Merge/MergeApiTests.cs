using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OutlineAddin.Outlines;
using OutlineAddin.Tests.Api;
using static OutlineAddin.Tests.Api.HttpAssertions;

namespace OutlineAddin.Tests.Outlines.Merge;

public class MergeApiTests(OutlineApiFactory factory) : IClassFixture<OutlineApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task Merge_answers_the_outline_in_the_new_version_s_order_with_each_paragraph_s_origin_and_source()
    {
        var response = await client.PostAsJsonAsync("/api/outlines/merge", new
        {
            from = new[] { Node("加强组织建设"), Node("加强作风建设"), Node("加强效能建设") },
            to = new[] { Node("加强效能建设"), Node("加强组织建设", Node("开展专题培训")) },
            paragraphs = new object[]
            {
                new { text = "一、加强组织建设", outlineLevel = 1 },
                new { text = "组织正文。", outlineLevel = (int?)null },
                new { text = "二、加强作风建设", outlineLevel = 1 },
                new { text = "作风正文。" },
                new { text = "三、加强效能建设", outlineLevel = 1 },
            },
        });

        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var answered = body.GetProperty("paragraphs").EnumerateArray().Select(paragraph => string.Join(' ',
            paragraph.GetProperty("origin").GetString(),
            paragraph.GetProperty("level").ValueKind == JsonValueKind.Null ? "-" : paragraph.GetProperty("level").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture),
            paragraph.GetProperty("source").ValueKind == JsonValueKind.Null ? "@-" : $"@{paragraph.GetProperty("source").GetInt32()}",
            paragraph.GetProperty("text").GetString()));
        Assert.Equal([
            "moved 1 @4 一、加强效能建设",
            "kept 1 @0 二、加强组织建设",
            "kept - @1 组织正文。",
            "new 2 @- （一）开展专题培训",
            "removed-kept 1 @2 二、加强作风建设",
            "removed-kept - @3 作风正文。",
        ], answered);
        Assert.Equal(0, body.GetProperty("removed").GetArrayLength());
    }

    [Fact]
    public async Task Merge_numbers_in_the_style_given_and_lists_the_empty_headings_it_drops()
    {
        var response = await client.PostAsJsonAsync("/api/outlines/merge", new
        {
            from = new[] { Node("总则"), Node("附则") },
            to = new[] { Node("总则") },
            paragraphs = new[] { new { text = "一、总则", outlineLevel = 1 }, new { text = "二、附则", outlineLevel = 1 } },
            styleId = "legal",
        });

        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("第一章 总则", body.GetProperty("paragraphs")[0].GetProperty("text").GetString());
        var removed = body.GetProperty("removed")[0];
        Assert.Equal(("二、附则", 1, 1), (removed.GetProperty("text").GetString(), removed.GetProperty("level").GetInt32(), removed.GetProperty("source").GetInt32()));
    }

    private const string Outline = "[ { \"title\": \"甲\", \"children\": [] } ]";

    public static TheoryData<string, HttpStatusCode, string> BadRequests() => new()
    {
        { $$"""{ "to": {{Outline}}, "paragraphs": [] }""", HttpStatusCode.BadRequest, "from" },
        { $$"""{ "from": {{Outline}}, "paragraphs": [] }""", HttpStatusCode.BadRequest, "to" },
        { $$"""{ "from": {{Outline}}, "to": {{Outline}} }""", HttpStatusCode.BadRequest, "paragraphs" },
        { $$"""{ "from": [ { "children": [] } ], "to": {{Outline}}, "paragraphs": [] }""", HttpStatusCode.BadRequest, "from[0] 缺少 title" },
        { $$"""{ "from": {{Outline}}, "to": [ { "title": "甲" } ], "paragraphs": [] }""", HttpStatusCode.BadRequest, "to[0] 缺少 children" },
        { $$"""{ "from": {{Outline}}, "to": {{Outline}}, "paragraphs": [ { "outlineLevel": 1 } ] }""", HttpStatusCode.BadRequest, "text" },
        { $$"""{ "from": {{Outline}}, "to": {{Outline}}, "paragraphs": [ { "text": "甲", "outlineLevel": 10 } ] }""", HttpStatusCode.BadRequest, "outlineLevel" },
        { $$"""{ "from": {{Outline}}, "to": {{Outline}}, "paragraphs": [], "styleId": "no-such-style" }""", HttpStatusCode.UnprocessableEntity, "gongwen" },
        { $$"""{ "from": {{Deep(10)}}, "to": {{Outline}}, "paragraphs": [] }""", HttpStatusCode.UnprocessableEntity, "九级" },
        { $$"""{ "from": {{Outline}}, "to": {{Outline}}, "paragraphs": @too-many-headings }""", HttpStatusCode.UnprocessableEntity, "标题" },
        { $$"""{ "from": {{Outline}}, "to": {{Outline}}, "paragraphs": @too-many-paragraphs }""", HttpStatusCode.RequestEntityTooLarge, "段落" },
        { $$"""{ "from": {{Outline}}, "to": {{Outline}}, "paragraphs": [ { "text": "@too-much-text" } ] }""", HttpStatusCode.RequestEntityTooLarge, "文字" },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task Bad_input_gets_a_problem_that_says_what_to_fix(string body, HttpStatusCode status, string mentions)
    {
        // The large bodies are made here, so that the test's name does not carry a megabyte.
        body = body.Replace("@too-many-headings", Paragraphs(OutlineLimits.MaxNodes + 1, "\"outlineLevel\": 1"), StringComparison.Ordinal)
            .Replace("@too-many-paragraphs", Paragraphs(OutlineLimits.MaxParagraphs + 1, "\"outlineLevel\": null"), StringComparison.Ordinal)
            .Replace("@too-much-text", new string('x', OutlineLimits.MaxTextBytes + 1), StringComparison.Ordinal);
        var response = await client.PostAsync("/api/outlines/merge", Json(body));
        await response.AssertProblemAsync(status, mentions);
    }

    private static object Node(string title, params object[] children) => new { title, children };

    private static string Deep(int depth) => depth == 0 ? "[]" : $$"""[ { "title": "第{{depth}}级", "children": {{Deep(depth - 1)}} } ]""";

    private static string Paragraphs(int count, string level) => "[" + string.Join(',', Enumerable.Repeat($$"""{ "text": "甲", {{level}} }""", count)) + "]";
}
