using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using OutlineAddin.Http;
using OutlineAddin.Identity;
using OutlineAddin.Numbering;
using OutlineAddin.Outlines;
using OutlineAddin.Outlines.Merge;
using OutlineAddin.Styles;

namespace OutlineAddin.Apis;

public static class OutlinesApi
{
    /// <summary>The outline endpoints' services: the concurrency limits that keep one client from taking every core.</summary>
    public static WebApplicationBuilder AddOutlines(this WebApplicationBuilder builder)
    {
        builder.Services.AddOutlineRateLimits();
        return builder;
    }

    public static IEndpointRouteBuilder MapOutlines(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/outlines").WithTags("Outlines").WithBodyLimit(RequestBodyLimits.Outline, RequestBodyLimits.OutlineAdvice)
            .WithOutlineLimits().Problems(429, 503);
        api.MapPost("/parse", Parse).Problems(400, 413, 422).WithSummary("Read a pasted text outline into a tree, with its detected style and numbering problems.");
        api.MapPost("/render", Render).Problems(400, 413, 422).WithSummary("Write an outline tree as numbered lines in a style, or as authored.");
        api.MapPost("/renumber", Renumber).Problems(400, 413, 422).WithSummary("Switch a document's paragraphs to a style, or repair their own numbering.");
        api.MapPost("/merge", Merge).Problems(400, 413, 422)
            .WithSummary("Update an inserted outline to a new version of its template, keeping every paragraph the user wrote under its heading.");
        api.MapPost("/capture", Capture).Problems(400, 413, 422).WithSummary("A document's headings (numbered or heading-styled paragraphs) as an outline tree.");
        return app;
    }

    public static Results<Ok<ParseResponse>, ProblemHttpResult> Parse(ParseRequest request)
    {
        if (request.Text is null) return ProblemResponses.Invalid("text", "缺少字段 text：请提供要解析的大纲文本。");
        if (Encoding.UTF8.GetByteCount(request.Text) > OutlineLimits.MaxTextBytes) return ProblemResponses.TooLarge($"文本超过 {OutlineLimits.MaxTextSize}，请拆分后再导入。");

        var result = OutlineParser.Parse(request.Text);
        if (!result.Succeeded) return ProblemResponses.Unprocessable("无法导入这份大纲", result.Error!);
        return TypedResults.Ok(new ParseResponse(result.Nodes, result.Levels, result.Problems, result.KeptOut));
    }

    public static async Task<Results<Ok<RenderResponse>, ProblemHttpResult>> Render(
        RenderRequest request, StyleCatalog styles, ClaimsPrincipal caller, CancellationToken cancellationToken)
    {
        var (outline, invalid) = await OutlineValidation.ReadNumberedAsync(request.Nodes, request.StyleId, request.Levels, styles, caller.UserId(), cancellationToken);
        if (invalid is not null) return invalid;
        return TypedResults.Ok(new RenderResponse(OutlineRenderer.Render(outline!.Nodes, outline.Levels, outline.AsAuthored)));
    }

    public static async Task<Results<Ok<RenumberResponse>, ProblemHttpResult>> Renumber(
        RenumberRequest request, StyleCatalog styles, ClaimsPrincipal caller, CancellationToken cancellationToken)
    {
        var (paragraphs, invalid) = ReadParagraphs(request.Paragraphs);
        if (invalid is not null) return invalid;

        NumberingStyle? target = null;
        if (request.StyleId is not null)
        {
            if (await styles.FindAsync(request.StyleId, caller.UserId(), cancellationToken) is not { } style) return UnknownStyle(request.StyleId);
            target = style.ToStyle();
        }

        Range? only = null;
        if (request.Selection is { } selection)
        {
            if (selection is not { Start: int start, End: int end })
            {
                return ProblemResponses.Invalid("selection", "selection 须同时给出 start 和 end（段落序号，从 0 起；end 不含）。");
            }
            if (start < 0 || start > end || end > paragraphs!.Count)
            {
                return ProblemResponses.Invalid("selection", $"selection 须满足 0 ≤ start ≤ end ≤ 段落数（{paragraphs!.Count}）。");
            }
            only = new Range(start, end);
        }
        var result = Renumberer.Renumber(paragraphs!, target, only, request.Numbering);
        if (result.TooDeepAt is int tooDeep) return ProblemResponses.Invalid($"paragraphs[{tooDeep}]", ParseResult.TooDeepMessage(tooDeep));
        return TypedResults.Ok(new RenumberResponse(result.Paragraphs, result.DetectedLevels, result.Problems));
    }

    public static async Task<Results<Ok<MergeResponse>, ProblemHttpResult>> Merge(
        MergeRequest request, StyleCatalog styles, ClaimsPrincipal caller, CancellationToken cancellationToken)
    {
        if (request.From is null) return ProblemResponses.Invalid("from", "缺少字段 from：请提供插入时的模板版本（大纲条目数组）。");
        if (request.To is null) return ProblemResponses.Invalid("to", "缺少字段 to：请提供要更新到的模板版本（大纲条目数组）。");
        if (OutlineValidation.CheckNodes(request.From, "from") is { } badFrom) return badFrom;
        if (OutlineValidation.CheckNodes(request.To, "to") is { } badTo) return badTo;
        var (paragraphs, invalid) = ReadParagraphs(request.Paragraphs?.Select(p => p is null ? null : new ParagraphInput(p.Text, p.OutlineLevel)).ToList());
        if (invalid is not null) return invalid;
        var headings = paragraphs!.Count(paragraph => paragraph.OutlineLevel is not null);
        if (headings > OutlineLimits.MaxNodes)
        {
            return ProblemResponses.Unprocessable("大纲超出上限", $"文档中这份大纲有 {headings} 个标题，超过上限 {OutlineLimits.MaxNodes} 个，无法比对更新。");
        }

        NumberingStyle? style = null;
        if (request.StyleId is not null)
        {
            if (await styles.FindAsync(request.StyleId, caller.UserId(), cancellationToken) is not { } found) return UnknownStyle(request.StyleId);
            style = found.ToStyle();
        }
        var result = OutlineMerge.Merge(request.From.Cast<OutlineNode>().ToList(), request.To.Cast<OutlineNode>().ToList(), paragraphs!, style);
        return TypedResults.Ok(new MergeResponse(result.Paragraphs, result.Removed));
    }

    public static Results<Ok<ParseResponse>, ProblemHttpResult> Capture(CaptureRequest request)
    {
        var (paragraphs, invalid) = ReadParagraphs(request.Paragraphs);
        if (invalid is not null) return invalid;
        var result = OutlineParser.ParseDocument(paragraphs!);
        if (result.ErrorField is { } field) return ProblemResponses.Invalid(field, result.Error!);
        if (!result.Succeeded) return ProblemResponses.Unprocessable("无法保存这些标题", result.Error!);
        return TypedResults.Ok(new ParseResponse(result.Nodes, result.Levels, result.Problems, result.KeptOut));
    }

    // Document paragraphs as Word gives them: every one needs its text, and a heading its level 1–9.
    private static (IReadOnlyList<SourceParagraph>? Paragraphs, ProblemHttpResult? Problem) ReadParagraphs(IReadOnlyList<ParagraphInput?>? input)
    {
        if (input is null) return (null, ProblemResponses.Invalid("paragraphs", "缺少字段 paragraphs：请提供文档段落数组。"));
        if (input.Count > OutlineLimits.MaxParagraphs) return (null, ProblemResponses.TooLarge($"段落超过 {OutlineLimits.MaxParagraphs} 个，请分段处理。"));
        var paragraphs = new List<SourceParagraph>(input.Count);
        long bytes = 0;
        for (var i = 0; i < input.Count; i++)
        {
            if (input[i] is not { Text: { } text } paragraph)
            {
                return (null, ProblemResponses.Invalid($"paragraphs[{i}].text", $"第 {i + 1} 个段落缺少 text。"));
            }
            if (paragraph.OutlineLevel is not (null or (>= 1 and <= NumberingStyle.MaxLevels)))
            {
                return (null, ProblemResponses.Invalid($"paragraphs[{i}].outlineLevel",
                    $"第 {i + 1} 个段落的 outlineLevel 是 {paragraph.OutlineLevel}：须为 1–9（标题 1–9）或 null（正文；Word 的正文级别 10 也请给 null）。"));
            }
            bytes += Encoding.UTF8.GetByteCount(text) + Encoding.UTF8.GetByteCount(paragraph.ListString ?? "");
            paragraphs.Add(new SourceParagraph(text, paragraph.OutlineLevel, paragraph.IsListItem == true, paragraph.ListString));
        }
        if (bytes > OutlineLimits.MaxTextBytes) return (null, ProblemResponses.TooLarge($"文档文字超过 {OutlineLimits.MaxTextSize}，请按节分批处理。"));
        return (paragraphs, null);
    }

    public static ProblemHttpResult UnknownStyle(string id) =>
        ProblemResponses.Unprocessable("未知的编号样式",
            $"没有编号样式“{id}”。可用的有：{string.Join("、", BuiltInStyles.All.Select(style => style.Id))}。");
}
