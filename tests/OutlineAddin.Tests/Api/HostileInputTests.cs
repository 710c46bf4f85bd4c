using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OutlineAddin.Outlines;
using OutlineAddin.Tests.Teams;
using static OutlineAddin.Tests.Api.HttpAssertions;
using static OutlineAddin.Tests.Teams.TeamWorld;


namespace OutlineAddin.Tests.Api;

/// <summary>Input a public server gets from people who are not the taskpane: a clear 4xx, never a 500, nothing stored.</summary>
public class HostileInputTests(OutlineApiFactory factory) : IClassFixture<OutlineApiFactory>
{
    // Nine levels deep, each numbered as gongwen would: deeper than any short team style.
    private static readonly string NineLevelDocument = JsonSerializer.Serialize(
        new[] { "一、甲", "（一）乙", "1.丙", "（1）丁", "①戊", "第一章 己", "第一节 庚", "第一条 辛", "一是壬" }
            .Select((text, index) => new { text, outlineLevel = index + 1 }));

    private static string Chain(int depth, string numbering = "") =>
        depth == 0 ? "[]" : $$"""[ { "title": "第{{depth}}级", {{numbering}} "children": {{Chain(depth - 1, numbering)}} } ]""";

    private static async Task<string> ThreeLevelStyleAsync(TeamWorld world)
    {
        var created = await ReadAsync(await world.Callers[Owner].PostAsJsonAsync("/api/numbering-styles", new
        {
            teamId = world.TeamA, name = "三级样式",
            levels = new[]
            {
                new { numFmt = "chineseCounting", lvlText = "%1、" }, new { numFmt = "decimal", lvlText = "%2." },
                new { numFmt = "lowerLetter", lvlText = "%3)" },
            },
        }));
        return created.GetProperty("id").GetString()!;
    }

    [Fact]
    public async Task Renumbering_with_a_team_style_of_fewer_levels_than_the_document_numbers_the_deeper_levels_by_its_last()
    {
        var world = await CreateAsync(factory);
        var threeLevels = await ThreeLevelStyleAsync(world);
        foreach (var styleId in new[] { world.StyleA, threeLevels })
        {
            var response = await world.Callers[Owner].PostAsync("/api/outlines/renumber",
                Json($$"""{ "paragraphs": {{NineLevelDocument}}, "styleId": "{{styleId}}" }"""));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var renumbered = await ReadAsync(await world.Callers[Owner].PostAsync("/api/outlines/renumber",
            Json($$"""{ "paragraphs": {{NineLevelDocument}}, "styleId": "{{threeLevels}}" }""")));
        var texts = renumbered.GetProperty("paragraphs").EnumerateArray().Select(p => p.GetProperty("text").GetString()).ToList();
        Assert.Equal(["一、甲", "1.乙", "a)丙", "a)丁"], texts.Take(4));
    }

    [Fact]
    public async Task A_heading_s_own_numbering_without_lvlText_is_a_400_on_render_and_on_save()
    {
        var world = await CreateAsync(factory);
        var nodes = """[ { "title": "甲", "children": [], "numbering": { "numFmt": "decimal" } } ]""";
        var before = await factory.DatabaseFingerprintAsync();

        var render = await world.Callers[Owner].PostAsync("/api/outlines/render", Json($$"""{ "nodes": {{nodes}}, "styleId": "gongwen" }"""));
        await render.AssertProblemAsync(HttpStatusCode.BadRequest, "lvlText");
        var save = await world.Callers[Owner].PostAsync("/api/templates", Json($$"""{ "name": "无编号文字", "teamId": "{{world.TeamA}}", "nodes": {{nodes}} }"""));
        await save.AssertProblemAsync(HttpStatusCode.BadRequest, "lvlText");
        Assert.Equal(before, await factory.DatabaseFingerprintAsync());
    }

    [Theory]
    [InlineData("viewer, editor")]
    [InlineData("viewer,owner")]
    [InlineData("3")]
    [InlineData("administrator")]
    public async Task A_role_is_one_of_its_names_and_anything_else_is_a_400_naming_the_roles(string role)
    {
        var world = await CreateAsync(factory);
        var before = await factory.DatabaseFingerprintAsync();
        var response = await world.Callers[Owner].PostAsJsonAsync($"/api/teams/{world.TeamA}/members", new { userId = world.UserIds["newcomer"], role });
        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "role");
        Assert.Contains("viewer、editor、owner", problem.GetProperty("detail").GetString());
        Assert.Equal(before, await factory.DatabaseFingerprintAsync());

        response = await world.Callers[Owner].PutAsJsonAsync($"/api/teams/{world.TeamA}/members/{world.UserIds[Viewer]}", new { role });
        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "viewer、editor、owner");
        Assert.Equal(before, await factory.DatabaseFingerprintAsync());
    }

    [Fact]
    public async Task A_number_format_is_one_of_its_names_and_a_comma_list_is_a_400_naming_the_formats()
    {
        var world = await CreateAsync(factory);
        var before = await factory.DatabaseFingerprintAsync();
        var levels = """[ { "numFmt": "decimal, upperRoman", "lvlText": "%1." } ]""";

        var render = await world.Callers[Owner].PostAsync("/api/outlines/render", Json($$"""{ "nodes": [], "levels": {{levels}} }"""));
        var problem = await render.AssertProblemAsync(HttpStatusCode.BadRequest, "levels[0].numFmt");
        Assert.Contains("chineseCounting", problem.GetProperty("detail").GetString());
        var style = await world.Callers[Owner].PostAsync("/api/numbering-styles", Json($$"""{ "teamId": "{{world.TeamA}}", "name": "合并", "levels": {{levels}} }"""));
        await style.AssertProblemAsync(HttpStatusCode.BadRequest, "upperRoman");
        Assert.Equal(before, await factory.DatabaseFingerprintAsync());

        // The names themselves, in any case, are read as before.
        var single = await world.Callers[Owner].PostAsync("/api/outlines/render",
            Json("""{ "nodes": [ { "title": "甲", "children": [] } ], "levels": [ { "numFmt": "UpperRoman", "lvlText": "%1." } ] }"""));
        Assert.Equal("I.甲", (await ReadAsync(single)).GetProperty("lines")[0].GetProperty("text").GetString());
    }

    [Theory]
    [InlineData("""{ "start": 0 }""")]
    [InlineData("""{ "end": 1 }""")]
    [InlineData("{}")]
    public async Task A_selection_missing_a_bound_is_a_400_not_an_empty_selection(string selection)
    {
        var response = await factory.CreateClient().PostAsync("/api/outlines/renumber",
            Json($$"""{ "paragraphs": [ { "text": "一、甲" }, { "text": "三、乙" } ], "styleId": "decimal", "selection": {{selection}} }"""));
        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "start 和 end");
    }

    [Theory]
    [InlineData(1024 * 1024 - 1, "")]
    [InlineData(50_000, "")]
    [InlineData(50_000, "\r")]
    public async Task A_text_of_more_lines_than_the_cap_is_a_422_naming_it_whatever_the_lines_hold(int lineBreaks, string line)
    {
        // A megabyte of line breaks cost seconds of CPU before the 5,000-heading limit was checked: empty lines were not counted.
        var text = string.Concat(Enumerable.Repeat(line + "\n", lineBreaks));
        var response = await factory.CreateClient().PostAsync("/api/outlines/parse", Json(JsonSerializer.Serialize(new { text })));
        await response.AssertProblemAsync(HttpStatusCode.UnprocessableEntity, "50000");
    }

    [Theory]
    [InlineData("/api/outlines/parse", "text")]
    [InlineData("/api/outlines/capture", "paragraphs")]
    public async Task A_title_longer_than_render_and_save_take_is_a_422_not_handed_on(string route, string field)
    {
        // Parse used to return it, and render and save then refused what parse had given.
        var title = "一、" + new string('长', OutlineLimits.MaxTitleLength + 1);
        object body = field == "text"
            ? new { text = $"{title}\n二、短" }
            : new { paragraphs = new[] { new { text = title, outlineLevel = 1 }, new { text = "二、短", outlineLevel = 1 } } };
        var response = await factory.CreateClient().PostAsync(route, Json(JsonSerializer.Serialize(body)));
        await response.AssertProblemAsync(HttpStatusCode.UnprocessableEntity, $"超过上限 {OutlineLimits.MaxTitleLength} 个字符");
    }

    /// <summary>Each row: the route, who calls (a TeamWorld caller), the body; {style1} and {style3} are team styles of one and three levels.</summary>
    public static TheoryData<string, string, string> HostileRequests() => new()
    {
        // Documents deeper than the style numbers (the 500 of StyleKinds.KindOf).
        { "/api/outlines/renumber", Owner, $$"""{ "paragraphs": {{NineLevelDocument}}, "styleId": "{style1}" }""" },
        { "/api/outlines/renumber", Owner, $$"""{ "paragraphs": {{NineLevelDocument}}, "styleId": "{style3}", "selection": { "start": 3, "end": 9 } }""" },
        { "/api/outlines/renumber", Owner, """{ "paragraphs": [ { "text": "第一条 甲" }, { "text": "（一）乙" }, { "text": "1.丙" } ], "styleId": "{style1}" }""" },
        { "/api/outlines/render", Owner, $$"""{ "nodes": {{Chain(9)}}, "styleId": "{style1}" }""" },
        { "/api/outlines/render", Owner, $$"""{ "nodes": {{Chain(9)}}, "styleId": "{style3}" }""" },
        { "/api/outlines/render", Anonymous, $$"""{ "nodes": {{Chain(9)}}, "levels": [ { "numFmt": "decimal", "lvlText": "%1." } ] }""" },
        { "/api/outlines/render", Anonymous, $$"""{ "nodes": {{Chain(9)}}, "levels": [ { "numFmt": "none", "lvlText": "" } ] }""" },
        { "/api/templates", Owner, $$"""{ "name": "深大纲", "teamId": "{team}", "nodes": {{Chain(9)}}, "defaultStyleId": "{style1}" }""" },
        // A heading's own numbering without lvlText, or naming a deeper level, or counting from nowhere (the 500 of OutlineValidation).
        { "/api/outlines/render", Anonymous, $$"""{ "nodes": {{Chain(3, "\"numbering\": { \"numFmt\": \"decimal\" },")}}, "styleId": "gongwen" }""" },
        { "/api/outlines/render", Anonymous, $$"""{ "nodes": {{Chain(3, "\"numbering\": { \"lvlText\": null },")}}, "levels": [ { "numFmt": "decimal", "lvlText": "%1." } ] }""" },
        { "/api/outlines/render", Anonymous, $$"""{ "nodes": {{Chain(2, "\"numbering\": { \"numFmt\": \"decimal\", \"lvlText\": \"%9\" },")}}, "styleId": "gongwen" }""" },
        { "/api/outlines/render", Anonymous, $$"""{ "nodes": {{Chain(2, "\"numbering\": { \"numFmt\": \"decimal\", \"lvlText\": \"%1\", \"start\": -5 },")}}, "styleId": "gongwen" }""" },
        { "/api/outlines/render", Anonymous, $$"""{ "nodes": {{Chain(2, "\"numbering\": null,")}}, "styleId": "gongwen" }""" },
        { "/api/templates", Owner, $$"""{ "name": "缺编号文字", "teamId": "{team}", "nodes": {{Chain(2, "\"numbering\": { \"numFmt\": \"decimal\" },")}} }""" },
        // Style levels: none, null, empty text, %0, a lone %, start at the ends of int.
        { "/api/outlines/render", Anonymous, """{ "nodes": [ { "title": "甲", "children": [] } ], "levels": [] }""" },
        { "/api/outlines/render", Anonymous, """{ "nodes": [ { "title": "甲", "children": [] } ], "levels": [ null ] }""" },
        { "/api/outlines/render", Anonymous, """{ "nodes": [ { "title": "甲", "children": [] } ], "levels": [ { "numFmt": "decimal" } ] }""" },
        { "/api/outlines/render", Anonymous, """{ "nodes": [ { "title": "甲", "children": [] } ], "levels": [ { "numFmt": "decimal", "lvlText": "%0%" } ] }""" },
        { "/api/outlines/render", Anonymous, """{ "nodes": [ { "title": "甲", "children": [] } ], "levels": [ { "numFmt": "decimal", "lvlText": "%1", "start": 2147483647 } ] }""" },
        { "/api/outlines/render", Anonymous, """{ "nodes": [ { "title": "甲", "children": [] } ], "levels": [ { "numFmt": "decimal", "lvlText": "%1", "start": -2147483648 } ] }""" },
        { "/api/outlines/render", Anonymous, """{ "nodes": [ { "title": "甲", "children": [] } ], "levels": [ { "numFmt": "decimal", "lvlText": "%1", "start": 9999999999 } ] }""" },
        { "/api/outlines/render", Anonymous, """{ "nodes": [ { "title": "甲", "children": [] } ], "levels": [ { "numFmt": 0, "lvlText": "%1" } ] }""" },
        { "/api/outlines/render", Anonymous, """{ "nodes": [ { "title": "甲", "children": [] } ], "levels": [ { "numFmt": "decimal, upperRoman", "lvlText": "%1" } ] }""" },
        { "/api/numbering-styles", Owner, """{ "teamId": "{team}", "name": "空", "levels": [ { "numFmt": "none", "lvlText": "" } ] }""" },
        { "/api/numbering-styles", Owner, """{ "teamId": "{team}", "name": "重复", "levels": [ { "numFmt": "decimal", "lvlText": "%1%1" } ] }""" },
        { "/api/numbering-styles", Owner, """{ "teamId": "{team}", "name": "空级", "levels": [] }""" },
        // Paragraphs: levels out of range or of the wrong type, huge numbers, empty and odd text.
        { "/api/outlines/renumber", Anonymous, """{ "paragraphs": [ { "text": "甲", "outlineLevel": -1 } ] }""" },
        { "/api/outlines/renumber", Anonymous, """{ "paragraphs": [ { "text": "甲", "outlineLevel": 2147483648 } ] }""" },
        { "/api/outlines/renumber", Anonymous, """{ "paragraphs": [ { "text": "甲", "outlineLevel": "1" } ] }""" },
        { "/api/outlines/renumber", Anonymous, """{ "paragraphs": [ { "text": "甲", "outlineLevel": 1.5 } ] }""" },
        { "/api/outlines/renumber", Anonymous, """{ "paragraphs": [ { "text": "9999999999999999999. 甲" }, { "text": "99999999999.乙" } ], "styleId": "chinese" }""" },
        { "/api/outlines/renumber", Anonymous, """{ "paragraphs": [ { "text": "第九十九亿九千万章 甲" }, { "text": "（九十九万九千九百九十九）乙" } ], "styleId": "legal" }""" },
        { "/api/outlines/renumber", Anonymous, """{ "paragraphs": [ { "text": "", "outlineLevel": 9 }, { "text": "", "outlineLevel": 1 } ], "styleId": "gongwen" }""" },
        { "/api/outlines/renumber", Anonymous, """{ "paragraphs": [ { "text": "一、甲", "outlineLevel": 9 }, { "text": "（一）乙", "outlineLevel": 1 } ] }""" },
        { "/api/outlines/renumber", Anonymous, """{ "paragraphs": [], "selection": { "start": 0, "end": 0 } }""" },
        { "/api/outlines/renumber", Anonymous, """{ "paragraphs": [ { "text": "一、甲" } ], "selection": { "start": 2147483647, "end": 2147483647 } }""" },
        { "/api/outlines/renumber", Anonymous, """{ "paragraphs": [ { "text": "一、甲" } ], "selection": { "start": -1, "end": 1 } }""" },
        { "/api/outlines/renumber", Anonymous, """{ "paragraphs": [ { "text": "一、甲" } ], "selection": { "start": 1 } }""" },
        { "/api/outlines/renumber", Anonymous, """{ "paragraphs": [ null ] }""" },
        { "/api/outlines/capture", Anonymous, """{ "paragraphs": [ { "text": "", "outlineLevel": 9 }, { "text": "甲", "outlineLevel": 9 }, { "text": "乙", "outlineLevel": 1 } ] }""" },
        { "/api/outlines/capture", Anonymous, """{ "paragraphs": [ { "text": "1.1.1.1.1.1.1.1.1.1.1 甲" }, { "text": "1.1.1.1.1.1.1.1.1.1.2 乙" } ] }""" },
        { "/api/outlines/parse", Anonymous, """{ "text": "" }""" },
        { "/api/outlines/parse", Anonymous, """{ "text": "\n\n\n\r\n" }""" },
        { "/api/outlines/parse", Anonymous, """{ "text": "%1\n%9.\n%" }""" },
        { "/api/outlines/parse", Anonymous, """{ "text": "\u0000一、\u0000\n\ud800（一）" }""" },
        { "/api/outlines/parse", Anonymous, """{ "text": "1.1.1.1.1.1.1.1.1.1.1.1 甲\n1.1.1.1.1.1.1.1.1.1.1.2 乙" }""" },
        { "/api/outlines/parse", Anonymous, """{ "text": "99999999999999999999、甲\n第99999999999条 乙" }""" },
        { "/api/outlines/parse", Anonymous, """{ "text": "一、\n（一）\n1.\n（1）\n①\n一是\n第一章\n第一节\n第一条\n（一）\n一、" }""" },
        // Fields: braces in braces, control characters, lone surrogates; values and replacements of the wrong shape.
        { "/api/outlines/fields", Anonymous, """{ "nodes": [ { "title": "{{单位}}{\u0000}{XX}XX\ud800XX县{", "children": [] } ] }""" },
        { "/api/outlines/fields/fill", Anonymous, """{ "nodes": [ null ], "values": {} }""" },
        { "/api/outlines/fields/fill", Anonymous, """{ "nodes": [], "values": [] }""" },
        { "/api/outlines/fields/fill", Anonymous, """{ "nodes": [ { "title": "{单位}", "children": [] } ], "values": { "单位": 5 } }""" },
        { "/api/outlines/fields/fill", Anonymous, """{ "nodes": [ { "title": "{单位}", "children": [] } ], "values": { "": "x", "单位": null } }""" },
        { "/api/outlines/fields/fill", Anonymous, """{ "nodes": [ { "title": "{单位}", "children": [] } ], "values": { "单位": "\ud800\u0000" } }""" },
        { "/api/outlines/fields/replace", Anonymous, """{ "nodes": [ { "title": "XX", "children": [] } ], "replacements": [ null ] }""" },
        { "/api/outlines/fields/replace", Anonymous, """{ "nodes": [ { "title": "XXX某某", "children": [] } ], "replacements": [ { "text": "X", "name": "a" }, { "text": "XX", "name": "a" }, { "text": "某", "name": "b" } ] }""" },
        { "/api/outlines/fields/replace", Anonymous, """{ "nodes": [ { "title": "{单位}", "children": [] } ], "replacements": [ { "text": "{", "name": "a" }, { "text": "位}", "name": "b" } ] }""" },
        // Enums and query strings.
        { "/api/teams/{team}/members", Owner, """{ "userId": "{newcomer}", "role": "viewer, editor" }""" },
        { "/api/teams/{team}/members", Owner, """{ "userId": "{newcomer}", "role": 3 }""" },
        { "/api/teams/{team}/members", Owner, """{ "userId": "{newcomer}", "role": null }""" },
        { "/api/teams", Owner, """{ "name": "时区", "timeZone": "../../etc/passwd" }""" },
    };

    [Theory]
    [MemberData(nameof(HostileRequests))]
    public async Task Hostile_input_gets_an_answer_never_a_500(string route, string caller, string body)
    {
        var world = await CreateAsync(factory);
        var threeLevels = await ThreeLevelStyleAsync(world);
        string Fill(string text) => text.Replace("{style1}", world.StyleA).Replace("{style3}", threeLevels)
            .Replace("{team}", world.TeamA).Replace("{newcomer}", world.UserIds["newcomer"]);

        var response = await world.Callers[caller].PostAsync(Fill(route), Json(Fill(body)));

        Assert.True((int)response.StatusCode < 500, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        if (!response.IsSuccessStatusCode) await response.AssertProblemAsync(response.StatusCode);
    }
}
