using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using OutlineAddin.Http;
using OutlineAddin.Identity;
using OutlineAddin.Styles;
using OutlineAddin.Templates;
using OutlineAddin.WordDocuments;

namespace OutlineAddin.Apis;

/// <summary>Outlines as Word documents: an OOXML package to insert at the cursor, or a whole .docx to download.</summary>
public static class WordDocumentsApi
{
    public static IEndpointRouteBuilder MapWordDocuments(this IEndpointRouteBuilder app)
    {
        // The outline group's limits: a body as large as render's, and the same per-client and CPU limits.
        var outlines = app.MapGroup("/api/outlines").WithTags("Outlines").WithBodyLimit(RequestBodyLimits.Outline, RequestBodyLimits.OutlineAdvice)
            .WithOutlineLimits().Problems(429, 503);
        outlines.MapPost("/ooxml", Ooxml).Problems(400, 413, 422)
            .WithSummary("An outline as a flat-OPC package (pkg:package) for Word's insertOoxml: Heading 1…9 paragraphs, numbered as text or by a Word list.");
        outlines.MapPost("/docx", Docx).Problems(400, 413, 422).AnswersFile(DocxDownload.ContentType, DocxDescription)
            .WithSummary("An outline as a .docx file to download (name? names it; Content-Disposition carries it in UTF-8).");

        // Built-ins for everyone, a team's template for its members; the work is the outline endpoints' kind, so are the limits.
        var templates = app.MapGroup("/api/templates").WithTags("Templates").WithOutlineLimits().Problems(429, 503);
        templates.MapGet("/{id}/docx", TemplateDocx).Problems(400, 404, 422).AnswersFile(DocxDownload.ContentType, DocxDescription)
            .QueryNamesOf<ListNumbering, RouteHandlerBuilder>("numbering").QueryNamesOf<TypographyPreset, RouteHandlerBuilder>("typography")
            .WithSummary("A template as a .docx named after it: in a style (styleId) or as authored, numbered as text or by a Word list, optionally in 公文 typography.");
        return app;
    }

    private const string DocxDescription = "The Word document (.docx), as an attachment named in Content-Disposition.";

    /// <summary>The file name of an outline's .docx when the request names none.</summary>
    public const string DefaultName = "提纲";

    // What a client that cannot read filename* saves the file as.
    private const string AsciiFallback = "outline";

    public static async Task<Results<Ok<OoxmlResponse>, ProblemHttpResult>> Ooxml(
        OoxmlRequest request, StyleCatalog styles, ClaimsPrincipal caller, CancellationToken cancellationToken)
    {
        var (outline, invalid) = await ReadAsync(request, styles, caller, cancellationToken);
        if (invalid is not null) return invalid;
        return TypedResults.Ok(new OoxmlResponse(WordPackages.FlatOpc(outline!)));
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Docx(
        DocxRequest request, StyleCatalog styles, HttpContext http, CancellationToken cancellationToken)
    {
        var (outline, invalid) = await ReadAsync(request, styles, http.User, cancellationToken);
        if (invalid is not null) return invalid;
        return DocxDownload.File(http, WordPackages.Docx(outline!), request.Name, DefaultName, AsciiFallback);
    }

    /// <param name="styleId">The numbering style to number by; left out, the template's own levels as authored.</param>
    /// <param name="numbering">text (the default): markers typed into the headings; list: Word's own list numbering.</param>
    /// <param name="typography">none (the default) or gongwen: GB/T 9704 fonts, sizes and page.</param>
    /// <param name="boldLevel3">With gongwen, level 3 headings in bold.</param>
    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> TemplateDocx(
        string id, TemplateRepository templates, StyleCatalog styles, HttpContext http, CancellationToken cancellationToken,
        string? styleId = null, string? numbering = null, string? typography = null, bool boldLevel3 = false)
    {
        if (!QueryNames.TryRead(numbering, "numbering", ListNumbering.Text, out var listNumbering, out var badNumbering)) return badNumbering!;
        if (!QueryNames.TryRead(typography, "typography", TypographyPreset.None, out var preset, out var badTypography)) return badTypography!;

        var template = await templates.FindAsync(id, http.User.UserId(), cancellationToken);
        if (template is null) return ProblemResponses.NotFound($"模板“{id}”不存在，可能已被删除。");

        var levels = template.Levels;
        if (!string.IsNullOrEmpty(styleId))
        {
            if (await styles.FindAsync(styleId, http.User.UserId(), cancellationToken) is not { } style) return OutlinesApi.UnknownStyle(styleId);
            levels = style.Levels;
        }
        var outline = new WordOutline(template.Nodes, levels, AsAuthored: string.IsNullOrEmpty(styleId), listNumbering, new Typography(preset, boldLevel3));
        return DocxDownload.File(http, WordPackages.Docx(outline), template.Name, DefaultName, template.Id);
    }

    private static async Task<(WordOutline? Outline, ProblemHttpResult? Problem)> ReadAsync(
        IWordOutlineRequest request, StyleCatalog styles, ClaimsPrincipal caller, CancellationToken cancellationToken)
    {
        var (numbered, invalid) = await OutlineValidation.ReadNumberedAsync(request.Nodes, request.StyleId, request.Levels, styles, caller.UserId(), cancellationToken);
        if (invalid is not null) return (null, invalid);
        if (request.Typography is { Preset: null })
        {
            return (null, ProblemResponses.Invalid("typography.preset", $"typography 缺少 preset：须是 {string.Join("、", QueryNames.Of<TypographyPreset>())} 中的一个。"));
        }
        var typography = request.Typography?.ToTypography() ?? Typography.None;
        return (new WordOutline(numbered!.Nodes, numbered.Levels, numbered.AsAuthored, request.Numbering, typography), null);
    }
}
