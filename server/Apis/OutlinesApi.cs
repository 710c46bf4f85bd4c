using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using OutlineAddin.Http;
using OutlineAddin.Numbering;
using OutlineAddin.Outlines;

namespace OutlineAddin.Apis;

public static class OutlinesApi
{
    public const int MaxTextBytes = 1024 * 1024;
    public const int MaxParagraphs = 100_000;
    private const int WordBodyTextOutlineLevel = 10;

    public static IEndpointRouteBuilder MapOutlines(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/outlines").WithTags("Outlines");
        api.MapPost("/parse", Parse).WithSummary("Read a pasted text outline into a tree, with its detected style and numbering problems.");
        api.MapPost("/render", Render).WithSummary("Write an outline tree as numbered lines in a style, or as authored.");
        api.MapPost("/renumber", Renumber).WithSummary("Switch a document's paragraphs to a style, or repair their own numbering.");
        return app;
    }

    public static Results<Ok<ParseResponse>, ValidationProblem, ProblemHttpResult> Parse(ParseRequest request)
    {
        if (request.Text is null) return ProblemResponses.Invalid("text", "缺少字段 text：请提供要解析的大纲文本。");
        if (Encoding.UTF8.GetByteCount(request.Text) > MaxTextBytes) return ProblemResponses.TooLarge("文本超过 1 MB，请拆分后再导入。");

        var result = OutlineParser.Parse(request.Text);
        if (!result.Succeeded) return ProblemResponses.Unprocessable("无法导入这份大纲", result.Error!);
        return TypedResults.Ok(new ParseResponse(result.Nodes, result.Levels, result.Problems));
    }

    public static Results<Ok<RenderResponse>, ValidationProblem, ProblemHttpResult> Render(RenderRequest request)
    {
        if (request.Nodes is null) return ProblemResponses.Invalid("nodes", "缺少字段 nodes：请提供大纲条目数组。");
        if (FindMissingField(request.Nodes, "nodes") is { } missing) return ProblemResponses.Invalid(missing.Field, missing.Message);
        var nodes = request.Nodes.Cast<OutlineNode>().ToList();
        if (OutlineLimits.Check(nodes) is { } tooBig) return ProblemResponses.Unprocessable("大纲超出上限", tooBig);
        if (OutlineNode.Walk(nodes).Sum(entry => Encoding.UTF8.GetByteCount(entry.Node.Title)) > MaxTextBytes)
        {
            return ProblemResponses.TooLarge("大纲文字超过 1 MB，请拆分后再提交。");
        }

        if ((request.StyleId is null) == (request.Levels is null))
        {
            return ProblemResponses.Invalid("styleId", "请给出 styleId（按编号样式）或 levels（按原样），二者选一。");
        }
        if (request.StyleId is not null)
        {
            if (BuiltInStyles.Find(request.StyleId) is not { } style) return UnknownStyle(request.StyleId);
            return TypedResults.Ok(new RenderResponse(OutlineRenderer.Render(nodes, style.Levels, asAuthored: false)));
        }
        if (CheckLevels(request.Levels!) is { } badLevels) return badLevels;
        var levels = request.Levels!.Cast<LevelFormat>().ToList();
        return TypedResults.Ok(new RenderResponse(OutlineRenderer.Render(nodes, levels, asAuthored: true)));
    }

    public static Results<Ok<RenumberResponse>, ValidationProblem, ProblemHttpResult> Renumber(RenumberRequest request)
    {
        if (request.Paragraphs is null) return ProblemResponses.Invalid("paragraphs", "缺少字段 paragraphs：请提供文档段落数组。");
        if (request.Paragraphs.Count > MaxParagraphs) return ProblemResponses.TooLarge($"段落超过 {MaxParagraphs} 个，请分段处理。");
        var paragraphs = new List<SourceParagraph>(request.Paragraphs.Count);
        long bytes = 0;
        for (var i = 0; i < request.Paragraphs.Count; i++)
        {
            if (request.Paragraphs[i] is not { Text: { } text } paragraph)
            {
                return ProblemResponses.Invalid($"paragraphs[{i}].text", $"第 {i + 1} 个段落缺少 text。");
            }
            if (paragraph.OutlineLevel is not (null or (>= 1 and <= WordBodyTextOutlineLevel)))
            {
                return ProblemResponses.Invalid($"paragraphs[{i}].outlineLevel", $"第 {i + 1} 个段落的 outlineLevel 须为 1–9（标题）或 null（正文）。");
            }
            bytes += Encoding.UTF8.GetByteCount(text);
            paragraphs.Add(new SourceParagraph(text, paragraph.OutlineLevel == WordBodyTextOutlineLevel ? null : paragraph.OutlineLevel));
        }
        if (bytes > MaxTextBytes) return ProblemResponses.TooLarge("文档文字超过 1 MB，请按节分批处理。");

        NumberingStyle? target = null;
        if (request.StyleId is not null && (target = BuiltInStyles.Find(request.StyleId)) is null) return UnknownStyle(request.StyleId);

        var result = Renumberer.Renumber(paragraphs, target);
        return TypedResults.Ok(new RenumberResponse(result.Paragraphs, result.DetectedLevels, result.Problems));
    }

    private static ProblemHttpResult UnknownStyle(string id) =>
        ProblemResponses.Unprocessable("未知的编号样式",
            $"没有编号样式“{id}”。可用的有：{string.Join("、", BuiltInStyles.All.Select(style => style.Id))}。");

    private static (string Field, string Message)? FindMissingField(IReadOnlyList<OutlineNode?> nodes, string path)
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            var field = $"{path}[{i}]";
            if (nodes[i] is not { } node) return (field, $"{field} 不能为 null。");
            if (node.Title is null) return ($"{field}.title", $"{field} 缺少 title。");
            if (node.Children is null) return ($"{field}.children", $"{field} 缺少 children（没有下级时请给空数组）。");
            if (FindMissingField(node.Children!, $"{field}.children") is { } missing) return missing;
        }
        return null;
    }

    private static Results<Ok<RenderResponse>, ValidationProblem, ProblemHttpResult>? CheckLevels(IReadOnlyList<LevelFormat?> levels)
    {
        if (levels.Count == 0) return ProblemResponses.Invalid("levels", "levels 至少要有一级。");
        if (levels.Count > NumberingStyle.MaxLevels)
        {
            return ProblemResponses.Unprocessable("编号超过九级", $"levels 有 {levels.Count} 级；Word 的编号最多九级。");
        }
        for (var i = 0; i < levels.Count; i++)
        {
            if (levels[i] is not { LvlText: { } lvlText }) return ProblemResponses.Invalid($"levels[{i}].lvlText", $"第 {i + 1} 级缺少 lvlText。");
            if (lvlText.Length > 64) return ProblemResponses.Invalid($"levels[{i}].lvlText", $"第 {i + 1} 级的 lvlText 过长。");
            // Word drops a level text that refers to a deeper level, so such a style could never be used in Word.
            if (NumberingStyle.ReferencedLevels(lvlText).Any(n => n > i + 1))
            {
                return ProblemResponses.Invalid($"levels[{i}].lvlText", $"第 {i + 1} 级的 lvlText“{lvlText}”引用了更深的级别。");
            }
        }
        return null;
    }
}
