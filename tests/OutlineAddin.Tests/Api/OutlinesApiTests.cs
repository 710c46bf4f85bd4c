using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static OutlineAddin.Tests.Api.HttpAssertions;

namespace OutlineAddin.Tests.Api;

public class OutlinesApiTests(OutlineApiFactory factory) : IClassFixture<OutlineApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task Parse_returns_the_tree_the_detected_levels_and_the_problems()
    {
        var response = await client.PostAsJsonAsync("/api/outlines/parse", new { text = "一、总体要求\n(一)指导思想\n三、主要任务" });
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var nodes = body.GetProperty("nodes");
        Assert.Equal("总体要求", nodes[0].GetProperty("title").GetString());
        Assert.Equal("指导思想", nodes[0].GetProperty("children")[0].GetProperty("title").GetString());
        Assert.Equal("主要任务", nodes[1].GetProperty("title").GetString());
        Assert.Equal("chineseCounting", body.GetProperty("levels")[0].GetProperty("numFmt").GetString());
        Assert.Equal("%1、", body.GetProperty("levels")[0].GetProperty("lvlText").GetString());
        var codes = body.GetProperty("problems").EnumerateArray().Select(p => p.GetProperty("code").GetString());
        Assert.Equal(["half-width-bracket", "gap"], codes);
        Assert.Equal(0, body.GetProperty("keptOut").GetArrayLength());
    }

    [Fact]
    public async Task Parse_of_a_whole_pasted_notice_names_the_lines_read_as_body_text()
    {
        var text = "关于开展专项检查的通知\n各单位：\n一、检查范围\n本次检查覆盖全部单位。\n二、检查内容";
        var body = await (await client.PostAsJsonAsync("/api/outlines/parse", new { text })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal([0, 1, 3], body.GetProperty("keptOut").EnumerateArray().Select(index => index.GetInt32()));
        Assert.Equal(2, body.GetProperty("nodes").GetArrayLength());
    }

    [Fact]
    public async Task Render_numbers_a_tree_in_a_style_with_1_based_levels()
    {
        var nodes = new[] { new { title = "甲", children = new[] { new { title = "乙", children = Array.Empty<object>() } } } };
        var response = await client.PostAsJsonAsync("/api/outlines/render", new { nodes, styleId = "gongwen" });
        response.EnsureSuccessStatusCode();
        var lines = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("lines");
        Assert.Equal(1, lines[0].GetProperty("level").GetInt32());
        Assert.Equal("一、甲", lines[0].GetProperty("text").GetString());
        Assert.Equal(2, lines[1].GetProperty("level").GetInt32());
        Assert.Equal("（一）乙", lines[1].GetProperty("text").GetString());
    }

    [Fact]
    public async Task Render_as_authored_takes_the_levels_and_honours_a_heading_s_own_numbering()
    {
        var response = await client.PostAsync("/api/outlines/render", Json("""
            { "levels": [ { "numFmt": "none", "lvlText": "" }, { "numFmt": "chineseCounting", "lvlText": "%2是" } ],
              "nodes": [ { "title": "加强学习", "children": [
                  { "title": "学文件", "children": [], "numbering": { "numFmt": "chineseCounting", "lvlText": "%2要" } },
                  { "title": "学党章", "children": [] } ] } ] }
            """));
        response.EnsureSuccessStatusCode();
        var texts = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("text").GetString());
        Assert.Equal(["加强学习", "一要学文件", "二是学党章"], texts);
    }

    [Fact]
    public async Task Renumber_switches_the_convention_and_leaves_body_text_alone()
    {
        var response = await client.PostAsJsonAsync("/api/outlines/renumber", new
        {
            paragraphs = new object[]
            {
                new { text = "关于开展专项检查的通知", outlineLevel = (int?)null },
                new { text = "一、检查范围", outlineLevel = (int?)1 },
                new { text = "本次检查覆盖全部单位。", outlineLevel = (int?)null },
                new { text = "三、检查内容", outlineLevel = (int?)null },
            },
            styleId = "decimal",
        });
        response.EnsureSuccessStatusCode();
        var paragraphs = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("paragraphs");
        Assert.Equal(["关于开展专项检查的通知", "1 检查范围", "本次检查覆盖全部单位。", "2 检查内容"],
            paragraphs.EnumerateArray().Select(p => p.GetProperty("text").GetString()));
        Assert.Equal(JsonValueKind.Null, paragraphs[0].GetProperty("level").ValueKind);
        Assert.Equal(1, paragraphs[1].GetProperty("level").GetInt32());
    }

    [Fact]
    public async Task Renumber_without_a_style_repairs_the_document_s_own_convention()
    {
        var response = await client.PostAsJsonAsync("/api/outlines/renumber", new
        {
            paragraphs = new[] { new { text = "一、甲" }, new { text = "一、乙" } },
            styleId = (string?)null,
        });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("二、乙", body.GetProperty("paragraphs")[1].GetProperty("text").GetString());
        Assert.Equal("duplicate", body.GetProperty("problems")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task Renumber_reads_the_labels_Word_draws_and_answers_with_new_labels_not_new_texts()
    {
        var response = await client.PostAsJsonAsync("/api/outlines/renumber", new
        {
            paragraphs = new object[]
            {
                new { text = "总体要求", outlineLevel = (int?)1, isListItem = true, listString = "1" },
                new { text = "指导思想", outlineLevel = (int?)2, isListItem = true, listString = "1.1" },
                new { text = "正文段落。", outlineLevel = (int?)null, isListItem = false, listString = (string?)null },
                new { text = "主要任务", outlineLevel = (int?)1, isListItem = true, listString = "3" },
            },
            styleId = "gongwen",
        });
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var paragraphs = body.GetProperty("paragraphs").EnumerateArray().ToList();
        Assert.Equal(["总体要求", "指导思想", "正文段落。", "主要任务"], paragraphs.Select(p => p.GetProperty("text").GetString()));
        Assert.Equal(["一、", "（一）", null, "二、"], paragraphs.Select(p => p.GetProperty("listString").GetString()));
        Assert.Equal([1, 2, 0, 1], paragraphs.Select(p => p.GetProperty("listLevel").ValueKind == JsonValueKind.Null ? 0 : p.GetProperty("listLevel").GetInt32()));
        // The gap 1 → 3 in the labels as drawn is a problem of the document, named as Word shows it.
        Assert.Contains(body.GetProperty("problems").EnumerateArray(), p => p.GetProperty("code").GetString() == "gap" && p.GetProperty("found").GetString() == "3");
    }

    [Fact]
    public async Task Renumber_as_a_list_takes_typed_markers_out_of_the_text_and_gives_their_labels()
    {
        var response = await client.PostAsJsonAsync("/api/outlines/renumber", new
        {
            paragraphs = new object[] { new { text = "一、总体要求", outlineLevel = (int?)1 }, new { text = "（一）指导思想", outlineLevel = (int?)2 } },
            styleId = "gongwen",
            numbering = "list",
        });
        response.EnsureSuccessStatusCode();
        var paragraphs = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("paragraphs").EnumerateArray().ToList();
        Assert.Equal([("总体要求", "一、", 1), ("指导思想", "（一）", 2)],
            paragraphs.Select(p => (p.GetProperty("text").GetString(), p.GetProperty("listString").GetString(), p.GetProperty("listLevel").GetInt32())));
    }

    [Fact]
    public async Task Capture_returns_the_document_s_headings_as_a_tree()
    {
        var response = await client.PostAsJsonAsync("/api/outlines/capture", new
        {
            paragraphs = new object[]
            {
                new { text = "关于做好二季度工作的通知", outlineLevel = (int?)null },
                new { text = "一、总体要求", outlineLevel = (int?)null },
                new { text = "（一）指导思想", outlineLevel = (int?)null },
                new { text = "正文段落。", outlineLevel = (int?)null },
            },
        });
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var nodes = body.GetProperty("nodes");
        Assert.Equal(1, nodes.GetArrayLength());
        Assert.Equal("总体要求", nodes[0].GetProperty("title").GetString());
        Assert.Equal("指导思想", nodes[0].GetProperty("children")[0].GetProperty("title").GetString());
        Assert.Equal("（%2）", body.GetProperty("levels")[1].GetProperty("lvlText").GetString());
    }

    public static TheoryData<string, string, HttpStatusCode, string> BadRequests() => new()
    {
        { "/api/outlines/parse", "{ \"text\": \"一、甲\" ", HttpStatusCode.BadRequest, "JSON" },
        { "/api/outlines/parse", "not json at all", HttpStatusCode.BadRequest, "JSON" },
        { "/api/outlines/parse", "{}", HttpStatusCode.BadRequest, "text" },
        { "/api/outlines/parse", "{ \"text\": 42 }", HttpStatusCode.BadRequest, "text" },
        { "/api/outlines/parse", "", HttpStatusCode.BadRequest, "请求体" },
        { "/api/outlines/render", "{ \"styleId\": \"gongwen\" }", HttpStatusCode.BadRequest, "nodes" },
        { "/api/outlines/render", "{ \"nodes\": \"甲\", \"styleId\": \"gongwen\" }", HttpStatusCode.BadRequest, "nodes" },
        { "/api/outlines/render", "{ \"nodes\": [ { \"children\": [] } ], \"styleId\": \"gongwen\" }", HttpStatusCode.BadRequest, "title" },
        { "/api/outlines/render", "{ \"nodes\": [ { \"title\": \"甲\" } ], \"styleId\": \"gongwen\" }", HttpStatusCode.BadRequest, "children" },
        { "/api/outlines/render", "{ \"nodes\": [], \"styleId\": \"no-such-style\" }", HttpStatusCode.UnprocessableEntity, "gongwen" },
        { "/api/outlines/render", "{ \"nodes\": [] }", HttpStatusCode.BadRequest, "styleId" },
        { "/api/outlines/render", "{ \"nodes\": [], \"levels\": [ { \"numFmt\": \"klingon\", \"lvlText\": \"%1\" } ] }", HttpStatusCode.BadRequest, "numFmt" },
        { "/api/outlines/render", "{ \"nodes\": [], \"levels\": [ { \"numFmt\": \"decimal\", \"lvlText\": \"%1.\", \"start\": 0 } ] }", HttpStatusCode.BadRequest, "start" },
        { "/api/outlines/render", "{ \"nodes\": [], \"levels\": [ { \"numFmt\": \"decimal\", \"lvlText\": \"%2.\" } ] }", HttpStatusCode.BadRequest, "更深" },
        { "/api/outlines/renumber", "{ \"styleId\": \"gongwen\" }", HttpStatusCode.BadRequest, "paragraphs" },
        { "/api/outlines/renumber", "{ \"paragraphs\": [ { \"outlineLevel\": 1 } ], \"styleId\": \"gongwen\" }", HttpStatusCode.BadRequest, "text" },
        { "/api/outlines/renumber", "{ \"paragraphs\": [ { \"text\": \"甲\", \"outlineLevel\": \"one\" } ] }", HttpStatusCode.BadRequest, "outlineLevel" },
        // Word's body-text level 10, a level past nine or below one: a heading is 1–9, body text is null.
        { "/api/outlines/renumber", "{ \"paragraphs\": [ { \"text\": \"甲\", \"outlineLevel\": 10 } ] }", HttpStatusCode.BadRequest, "outlineLevel" },
        { "/api/outlines/renumber", "{ \"paragraphs\": [ { \"text\": \"甲\", \"outlineLevel\": 0 } ] }", HttpStatusCode.BadRequest, "outlineLevel" },
        { "/api/outlines/capture", "{ \"paragraphs\": [ { \"text\": \"甲\", \"outlineLevel\": 12 } ] }", HttpStatusCode.BadRequest, "outlineLevel" },
        { "/api/outlines/renumber", "{ \"paragraphs\": [ { \"text\": \"甲\", \"outlineLevel\": 12 } ] }", HttpStatusCode.BadRequest, "outlineLevel" },
        { "/api/outlines/renumber", "{ \"paragraphs\": [], \"styleId\": \"wingdings\" }", HttpStatusCode.UnprocessableEntity, "gongwen" },
        { "/api/outlines/capture", "{ }", HttpStatusCode.BadRequest, "paragraphs" },
        { "/api/outlines/renumber", "{ \"paragraphs\": [], \"numbering\": \"auto\" }", HttpStatusCode.BadRequest, "numbering" },
        { "/api/outlines/renumber", "{ \"paragraphs\": [ { \"text\": \"甲\" } ], \"selection\": { \"start\": 0, \"end\": 2 } }", HttpStatusCode.BadRequest, "selection" },
        { "/api/outlines/capture", "{ \"paragraphs\": [ { \"outlineLevel\": 2 } ] }", HttpStatusCode.BadRequest, "text" },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task Bad_input_gets_a_problem_that_says_what_to_fix(string route, string body, HttpStatusCode status, string mentions)
    {
        var before = await factory.DatabaseFingerprintAsync();
        var response = await client.PostAsync(route, Json(body));
        await response.AssertProblemAsync(status, mentions);
        Assert.Equal(before, await factory.DatabaseFingerprintAsync());
    }

    [Fact]
    public async Task A_number_sent_as_a_string_is_a_400_that_names_the_field_and_asks_for_a_number()
    {
        // Numbers are read strictly (StoredJson): "1" is not 1.
        var response = await client.PostAsync("/api/outlines/renumber",
            Json("{ \"paragraphs\": [ { \"text\": \"一、甲\", \"outlineLevel\": 1 }, { \"text\": \"二、乙\", \"outlineLevel\": \"1\" } ], \"styleId\": \"gongwen\" }"));

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "paragraphs[1].outlineLevel");
        Assert.Contains("数字", problem.GetProperty("detail").GetString());
        Assert.Equal("字段类型不对", problem.GetProperty("title").GetString());
    }

    [Theory]
    // Valid JSON, nested past the reader's 64 levels.
    [InlineData("{ \"text\": \"一、甲\", \"x\": {deep} }", "嵌套超过 64 层", "请求体嵌套过深")]
    // Valid JSON that is not an object.
    [InlineData("[]", "JSON 对象", "请求体须为 JSON 对象")]
    [InlineData("\"一、甲\"", "JSON 对象", "请求体须为 JSON 对象")]
    // A lone surrogate: valid JSON escaping, but no text.
    [InlineData("{ \"text\": \"一、\\ud800甲\" }", "text", "文字编码无效")]
    [InlineData("{ \"text\": \"一、甲\\udc00\" }", "text", "文字编码无效")]
    public async Task A_body_that_is_valid_JSON_but_unusable_is_a_400_saying_what_is_wrong(string body, string mentions, string title)
    {
        var response = await client.PostAsync("/api/outlines/parse", Json(body.Replace("{deep}", string.Concat(Enumerable.Repeat("[", 70)) + string.Concat(Enumerable.Repeat("]", 70)), StringComparison.Ordinal)));

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, mentions);
        Assert.Equal(title, problem.GetProperty("title").GetString());
        Assert.DoesNotContain("不是有效的 JSON", problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("GET", "/api/no-such-thing", HttpStatusCode.NotFound, "找不到")]
    [InlineData("DELETE", "/api/outlines/parse", HttpStatusCode.MethodNotAllowed, "请求方法不支持")]
    [InlineData("GET", "/api/users/me", HttpStatusCode.Unauthorized, "需要登录")]
    public async Task The_framework_s_own_answers_have_chinese_titles_and_a_type(string method, string route, HttpStatusCode status, string title)
    {
        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), route));

        var problem = await response.AssertProblemAsync(status);
        Assert.Equal(title, problem.GetProperty("title").GetString());
        Assert.StartsWith("https://", problem.GetProperty("type").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_refused_with_415()
    {
        var response = await client.PostAsync("/api/outlines/parse", new StringContent("一、甲", System.Text.Encoding.UTF8, "text/plain"));
        await response.AssertProblemAsync(HttpStatusCode.UnsupportedMediaType, "JSON");
    }

    [Fact]
    public async Task More_than_nine_levels_is_refused()
    {
        object Chain(int depth) => new { title = $"第{depth}级", children = depth == 10 ? Array.Empty<object>() : new[] { Chain(depth + 1) } };
        var response = await client.PostAsJsonAsync("/api/outlines/render", new { nodes = new[] { Chain(1) }, styleId = "gongwen" });
        await response.AssertProblemAsync(HttpStatusCode.UnprocessableEntity, "九级");

        var levels = Enumerable.Range(1, 10).Select(n => new { numFmt = "decimal", lvlText = $"%{Math.Min(n, 9)}." });
        response = await client.PostAsJsonAsync("/api/outlines/render", new { nodes = Array.Empty<object>(), levels });
        await response.AssertProblemAsync(HttpStatusCode.UnprocessableEntity, "九级");

        var text = string.Join('\n', "第一章 甲", "第一节 乙", "第一条 丙", "一、丁", "（一）戊", "1.己", "（1）庚", "①辛", "一是壬", "第一，癸");
        response = await client.PostAsJsonAsync("/api/outlines/parse", new { text });
        await response.AssertProblemAsync(HttpStatusCode.UnprocessableEntity, "九级");

        // A document whose numbered paragraphs nest ten deep: the paragraph is named, nothing is renumbered.
        var paragraphs = text.Split('\n').Select(line => new { text = line }).ToArray();
        foreach (var route in new[] { "/api/outlines/renumber", "/api/outlines/capture" })
        {
            response = await client.PostAsJsonAsync(route, new { paragraphs, styleId = "gongwen" });
            await response.AssertProblemAsync(HttpStatusCode.BadRequest, "第 10 段");
        }
    }

    [Fact]
    public async Task More_than_five_thousand_nodes_is_refused()
    {
        var nodes = Enumerable.Range(0, 5001).Select(n => new { title = $"条目{n}", children = Array.Empty<object>() });
        var response = await client.PostAsJsonAsync("/api/outlines/render", new { nodes, styleId = "gongwen" });
        await response.AssertProblemAsync(HttpStatusCode.UnprocessableEntity, "5000");

        response = await client.PostAsJsonAsync("/api/outlines/parse", new { text = string.Join('\n', Enumerable.Range(0, 5001).Select(n => $"条目{n}")) });
        await response.AssertProblemAsync(HttpStatusCode.UnprocessableEntity, "5000");
    }

    [Fact]
    public async Task Text_over_one_megabyte_is_refused_with_413()
    {
        var before = await factory.DatabaseFingerprintAsync();
        var text = new string('字', 400_000); // three bytes each in UTF-8: 1.2 MB
        var response = await client.PostAsJsonAsync("/api/outlines/parse", new { text });
        await response.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge, "1 MB");

        response = await client.PostAsJsonAsync("/api/outlines/renumber", new { paragraphs = new[] { new { text }, }, styleId = "gongwen" });
        await response.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge, "1 MB");
        Assert.Equal(before, await factory.DatabaseFingerprintAsync());
    }
}
