using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Wordprocessing;
using OutlineAddin.Apis;
using OutlineAddin.Http;
using OutlineAddin.Numbering;
using OutlineAddin.Outlines;
using OutlineAddin.Tests.Teams;
using OutlineAddin.Tests.WordDocuments;
using static OutlineAddin.Tests.Api.HttpAssertions;

namespace OutlineAddin.Tests.Api;

public class WordDocumentsApiTests(OutlineApiFactory factory) : IClassFixture<OutlineApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    private const string TwoHeadings = """[ { "title": "总体要求", "children": [ { "title": "指导思想", "children": [] } ] } ]""";

    [Fact]
    public async Task Ooxml_answers_a_flat_opc_package_holding_the_numbered_headings()
    {
        var response = await client.PostAsync("/api/outlines/ooxml", Json($$"""{ "nodes": {{TwoHeadings}}, "styleId": "gongwen" }"""));
        response.EnsureSuccessStatusCode();
        var ooxml = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("ooxml").GetString()!;
        var package = System.Xml.Linq.XDocument.Parse(ooxml);
        Assert.Equal("package", package.Root!.Name.LocalName);
        Assert.Equal("http://schemas.microsoft.com/office/2006/xmlPackage", package.Root.Name.NamespaceName);
        Assert.Contains("一、总体要求", Flatten(ooxml));
        Assert.Contains("（一）指导思想", Flatten(ooxml));
    }

    [Fact]
    public async Task Ooxml_writes_a_field_left_unfilled_as_a_highlighted_run_of_its_own()
    {
        var response = await client.PostAsync("/api/outlines/ooxml", Json("""{ "nodes": [ { "title": "{单位}工作总结", "children": [] } ], "styleId": "gongwen" }"""));
        response.EnsureSuccessStatusCode();
        var ooxml = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("ooxml").GetString()!;
        System.Xml.Linq.XNamespace w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        var runs = System.Xml.Linq.XDocument.Parse(ooxml).Descendants(w + "body").Single().Descendants(w + "r")
            .Select(run => (Text: string.Concat(run.Elements(w + "t").Select(t => t.Value)), Highlight: (string?)run.Element(w + "rPr")?.Element(w + "highlight")?.Attribute(w + "val")))
            .ToList();
        Assert.Equal([("一、", null), ("{单位}", "yellow"), ("工作总结", null)], runs);
    }

    [Fact]
    public async Task Docx_is_a_word_document_of_heading_paragraphs_holding_exactly_the_outline_s_text()
    {
        var response = await client.PostAsync("/api/outlines/docx", Json($$"""{ "nodes": {{TwoHeadings}}, "styleId": "gongwen", "name": "测试" }"""));
        response.EnsureSuccessStatusCode();
        Assert.Equal(DocxDownload.ContentType, response.Content.Headers.ContentType!.ToString());
        var paragraphs = Headings(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal([("一、总体要求", 1), ("（一）指导思想", 2)], paragraphs);
    }

    [Fact]
    public async Task Docx_in_list_mode_leaves_the_markers_to_word_s_list()
    {
        var response = await client.PostAsync("/api/outlines/docx", Json($$"""{ "nodes": {{TwoHeadings}}, "styleId": "gongwen", "numbering": "list" }"""));
        response.EnsureSuccessStatusCode();
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([("总体要求", 1), ("指导思想", 2)], Headings(bytes));
        using var document = WordPackageReader.OpenDocx(bytes);
        Assert.NotNull(document.MainDocumentPart!.NumberingDefinitionsPart);
    }

    public static TheoryData<string, string> Bodies => new()
    {
        { "text", """{ "preset": "none" }""" },
        { "list", """{ "preset": "gongwen", "boldLevel3": true }""" },
        { "list", """{ "preset": "gongwen", "application": "direct" }""" },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task What_the_endpoints_answer_passes_the_OpenXml_validator(string numbering, string typography)
    {
        var body = $$"""{ "nodes": {{TwoHeadings}}, "styleId": "gongwen", "numbering": "{{numbering}}", "typography": {{typography}} }""";
        var ooxml = await client.PostAsync("/api/outlines/ooxml", Json(body));
        ooxml.EnsureSuccessStatusCode();
        using (var package = WordPackageReader.OpenFlatOpc((await ooxml.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("ooxml").GetString()!))
        {
            OpenXmlAssert.Valid(package);
        }
        var docx = await client.PostAsync("/api/outlines/docx", Json(body));
        docx.EnsureSuccessStatusCode();
        using (var package = WordPackageReader.OpenDocx(await docx.Content.ReadAsByteArrayAsync()))
        {
            OpenXmlAssert.Valid(package);
        }
    }

    public static TheoryData<string?, string> FileNames => new()
    {
        { "2026年一季度工作总结", "attachment; filename=\"outline.docx\"; filename*=UTF-8''2026%E5%B9%B4%E4%B8%80%E5%AD%A3%E5%BA%A6%E5%B7%A5%E4%BD%9C%E6%80%BB%E7%BB%93.docx" },
        { null, "attachment; filename=\"outline.docx\"; filename*=UTF-8''%E6%8F%90%E7%BA%B2.docx" },
        { "Q1 report", "attachment; filename=\"Q1 report.docx\"; filename*=UTF-8''Q1%20report.docx" },
        { "a/b\\c:d*e?f\"g<h>i|j\u0007k.docx", "attachment; filename=\"abcdefghijk.docx\"; filename*=UTF-8''abcdefghijk.docx" },
        { " ..", "attachment; filename=\"outline.docx\"; filename*=UTF-8''%E6%8F%90%E7%BA%B2.docx" },
    };

    [Theory]
    [MemberData(nameof(FileNames))]
    public async Task Docx_is_an_attachment_named_in_utf8_with_an_ascii_fallback(string? name, string contentDisposition)
    {
        var response = await client.PostAsJsonAsync("/api/outlines/docx", new { nodes = TeamWorld.Outline("甲"), styleId = "gongwen", name });
        response.EnsureSuccessStatusCode();
        Assert.Equal(contentDisposition, string.Join(", ", response.Content.Headers.GetValues("Content-Disposition")));
    }

    public static TheoryData<string?, string> SafeNames => new()
    {
        { "季度总结", "季度总结.docx" },
        { "  季度总结.DOCX  ", "季度总结.docx" },
        { "上/下：半年*总结?", "上下：半年总结.docx" }, // the full-width colon is allowed; the ASCII characters Windows refuses are not
        { "\t\u0000\u001f\u007f\u0085", "提纲.docx" },
        { "总结. . .", "总结.docx" },
        { new string('长', 200), new string('长', DocxDownload.MaxNameLength) + ".docx" },
        { new string('长', DocxDownload.MaxNameLength - 1) + "😀", new string('长', DocxDownload.MaxNameLength - 1) + ".docx" },
    };

    [Theory]
    [MemberData(nameof(SafeNames))]
    public void A_file_name_keeps_only_what_file_systems_take(string? name, string fileName) =>
        Assert.Equal(fileName, DocxDownload.FileName(name, WordDocumentsApi.DefaultName));

    public static TheoryData<string, string, HttpStatusCode, string> BadRequests => new()
    {
        { "no nodes", """{ "styleId": "gongwen" }""", HttpStatusCode.BadRequest, "nodes" },
        { "a null node", """{ "nodes": [ null ], "styleId": "gongwen" }""", HttpStatusCode.BadRequest, "nodes[0]" },
        { "a node without children", """{ "nodes": [ { "title": "甲" } ], "styleId": "gongwen" }""", HttpStatusCode.BadRequest, "children" },
        { "neither styleId nor levels", $$"""{ "nodes": {{TwoHeadings}} }""", HttpStatusCode.BadRequest, "二者选一" },
        { "both styleId and levels", $$"""{ "nodes": {{TwoHeadings}}, "styleId": "gongwen", "levels": [ { "numFmt": "decimal", "lvlText": "%1." } ] }""", HttpStatusCode.BadRequest, "二者选一" },
        { "an unknown style", $$"""{ "nodes": {{TwoHeadings}}, "styleId": "nope" }""", HttpStatusCode.UnprocessableEntity, "没有编号样式“nope”" },
        { "no levels", $$"""{ "nodes": {{TwoHeadings}}, "levels": [] }""", HttpStatusCode.BadRequest, "至少要有一级" },
        { "ten levels", $$"""{ "nodes": {{TwoHeadings}}, "levels": [ {{string.Join(",", Enumerable.Repeat("""{ "numFmt": "decimal", "lvlText": "%1." }""", 10))}} ] }""", HttpStatusCode.UnprocessableEntity, "最多九级" },
        { "a level naming a deeper one", $$"""{ "nodes": {{TwoHeadings}}, "levels": [ { "numFmt": "decimal", "lvlText": "%2." } ] }""", HttpStatusCode.BadRequest, "更深的级别" },
        // A list level's text is an attribute of numbering.xml, which cannot hold a control character at all.
        { "a control character in a list level", $$"""{ "nodes": {{TwoHeadings}}, "levels": [ { "numFmt": "decimal", "lvlText": "%1.\u0001" } ], "numbering": "list" }""", HttpStatusCode.BadRequest, "控制字符" },
        { "a control character in a heading's own numbering", $$"""{ "nodes": [ { "title": "甲", "numbering": { "numFmt": "decimal", "lvlText": "%1.\u000b" }, "children": [] } ], "styleId": "gongwen", "numbering": "list" }""", HttpStatusCode.BadRequest, "控制字符" },
        { "an unknown numbering", $$"""{ "nodes": {{TwoHeadings}}, "styleId": "gongwen", "numbering": "auto" }""", HttpStatusCode.BadRequest, "text、list" },
        { "two numberings", $$"""{ "nodes": {{TwoHeadings}}, "styleId": "gongwen", "numbering": "text, list" }""", HttpStatusCode.BadRequest, "text、list" },
        { "an unknown typography", $$"""{ "nodes": {{TwoHeadings}}, "styleId": "gongwen", "typography": { "preset": "fancy" } }""", HttpStatusCode.BadRequest, "none、gongwen" },
        { "a typography without preset", $$"""{ "nodes": {{TwoHeadings}}, "styleId": "gongwen", "typography": {} }""", HttpStatusCode.BadRequest, "none、gongwen" },
        { "an unknown application", $$"""{ "nodes": {{TwoHeadings}}, "styleId": "gongwen", "typography": { "preset": "gongwen", "application": "both" } }""", HttpStatusCode.BadRequest, "styles、direct" },
        { "a tree ten deep", $$"""{ "nodes": {{Chain(10)}}, "styleId": "gongwen" }""", HttpStatusCode.UnprocessableEntity, "九级" },
        { "over a megabyte of text", $$"""{ "nodes": [ {{string.Join(",", Enumerable.Repeat($$"""{ "title": "{{new string('字', 1900)}}", "children": [] }""", 200))}} ], "styleId": "gongwen" }""", HttpStatusCode.RequestEntityTooLarge, "1 MB" },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task Ooxml_refuses_bad_input_as_render_does(string _, string body, HttpStatusCode status, string detail) =>
        await (await client.PostAsync("/api/outlines/ooxml", Json(body))).AssertProblemAsync(status, detail);

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task Docx_refuses_bad_input_as_render_does(string _, string body, HttpStatusCode status, string detail) =>
        await (await client.PostAsync("/api/outlines/docx", Json(body))).AssertProblemAsync(status, detail);

    [Fact]
    public async Task A_built_in_template_is_a_docx_for_anyone_named_after_the_template()
    {
        var template = await client.GetFromJsonAsync<JsonElement>("/api/templates/builtin-01");
        var name = template.GetProperty("name").GetString()!;
        var response = await client.GetAsync("/api/templates/builtin-01/docx");
        response.EnsureSuccessStatusCode();
        Assert.Equal(DocxDownload.ContentType, response.Content.Headers.ContentType!.ToString());
        Assert.Equal(name + ".docx", response.Content.Headers.ContentDisposition!.FileNameStar);
        Assert.Equal("builtin-01.docx", response.Content.Headers.ContentDisposition.FileName);

        // As authored by default: the text the template's own levels render.
        var expected = OutlineRenderer.Render(Nodes(template), Levels(template), asAuthored: true).Select(line => (line.Text, line.Level));
        Assert.Equal(expected, Headings(await response.Content.ReadAsByteArrayAsync()));
    }

    [Fact]
    public async Task A_template_s_docx_takes_the_style_asked_for()
    {
        var template = await client.GetFromJsonAsync<JsonElement>("/api/templates/builtin-02");
        var response = await client.GetAsync("/api/templates/builtin-02/docx?styleId=decimal&numbering=text&typography=gongwen&boldLevel3=true");
        response.EnsureSuccessStatusCode();
        var expected = OutlineRenderer.Render(Nodes(template), BuiltInStyles.Decimal.Levels, asAuthored: false).Select(line => (line.Text, line.Level));
        Assert.Equal(expected, Headings(await response.Content.ReadAsByteArrayAsync()));
    }

    public static TheoryData<string, HttpStatusCode, string> BadTemplateQueries => new()
    {
        { "builtin-01/docx?numbering=auto", HttpStatusCode.BadRequest, "text、list" },
        { "builtin-01/docx?numbering=1", HttpStatusCode.BadRequest, "text、list" },
        { "builtin-01/docx?typography=fancy", HttpStatusCode.BadRequest, "none、gongwen" },
        { "builtin-01/docx?boldLevel3=maybe", HttpStatusCode.BadRequest, "boldLevel3" },
        { "builtin-01/docx?styleId=nope", HttpStatusCode.UnprocessableEntity, "没有编号样式“nope”" },
        { "no-such-template/docx", HttpStatusCode.NotFound, "no-such-template" },
    };

    [Theory]
    [MemberData(nameof(BadTemplateQueries))]
    public async Task A_template_s_docx_refuses_bad_queries(string path, HttpStatusCode status, string detail) =>
        await (await client.GetAsync("/api/templates/" + path)).AssertProblemAsync(status, detail);

    [Fact]
    public async Task A_team_s_template_is_a_docx_for_its_members_only()
    {
        var world = await TeamWorld.CreateAsync(factory);
        var mine = await world.Callers[TeamWorld.Viewer].GetAsync($"/api/templates/{world.TemplateA}/docx?styleId={world.StyleA}");
        mine.EnsureSuccessStatusCode();
        Assert.Equal("支部季度总结.docx", mine.Content.Headers.ContentDisposition!.FileNameStar);
        Assert.Equal("第一部分 支部季度总结", Headings(await mine.Content.ReadAsByteArrayAsync())[0].Text);

        foreach (var stranger in new[] { TeamWorld.Outsider, TeamWorld.Anonymous })
        {
            await (await world.Callers[stranger].GetAsync($"/api/templates/{world.TemplateA}/docx")).AssertProblemAsync(HttpStatusCode.NotFound);
        }
        await (await world.Callers[TeamWorld.Owner].GetAsync($"/api/templates/{world.BinnedA}/docx")).AssertProblemAsync(HttpStatusCode.NotFound);
        // Another team's style is as unknown as a style that does not exist.
        await (await world.Callers[TeamWorld.Outsider].GetAsync($"/api/templates/builtin-01/docx?styleId={world.StyleA}"))
            .AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
    }

    /// <summary>The body's paragraphs that have text, with the heading level of their style (Heading1 → 1).</summary>
    private static List<(string Text, int Level)> Headings(byte[] docx)
    {
        using var document = WordPackageReader.OpenDocx(docx);
        return document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>()
            .Where(paragraph => paragraph.InnerText.Length > 0)
            .Select(paragraph => (paragraph.InnerText, HeadingLevel(paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value)))
            .ToList();
    }

    private static int HeadingLevel(string? styleId) =>
        styleId is { Length: 8 } && styleId.StartsWith("Heading", StringComparison.Ordinal) ? styleId[7] - '0' : 0;

    // The text of the package's w:t elements, in order.
    private static string Flatten(string ooxml) =>
        string.Concat(System.Xml.Linq.XDocument.Parse(ooxml).Descendants(System.Xml.Linq.XName.Get("t", "http://schemas.openxmlformats.org/wordprocessingml/2006/main")).Select(t => t.Value));

    private static List<OutlineNode> Nodes(JsonElement template) =>
        template.GetProperty("nodes").Deserialize<List<OutlineNode>>(OutlineAddin.Data.StoredJson.Options)!;

    private static List<LevelFormat> Levels(JsonElement template) =>
        template.GetProperty("levels").Deserialize<List<LevelFormat>>(OutlineAddin.Data.StoredJson.Options)!;

    private static string Chain(int depth) => depth == 0 ? "[]" : $$"""[ { "title": "第{{depth}}层", "children": {{Chain(depth - 1)}} } ]""";
}
