using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using OutlineAddin.Http;
using OutlineAddin.Identity;
using OutlineAddin.Numbering;
using OutlineAddin.Outlines;
using OutlineAddin.Styles;
using OutlineAddin.Templates;

namespace OutlineAddin.Apis;

/// <summary>What a template's content must be before it is stored: its name, category and tags within their lengths, a valid outline, and a style every member of the team can use.</summary>
public static class TemplateContentRules
{
    public const string DefaultTeamCategory = "团队模板";
    public const int MaxCategoryLength = 40;
    public const int MaxTags = 20;
    public const int MaxTagLength = 30;

    /// <summary>The content to store, trimmed and with its defaults filled in; or the 400 (or 404 for the style) that says what to fix.</summary>
    public static async Task<(TemplateContent? Content, ProblemHttpResult? Invalid)> ReadAsync(
        TemplatesApi.TemplateRequest request, string teamId, StyleCatalog styles, ClaimsPrincipal caller, CancellationToken cancellationToken)
    {
        var name = request.Name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > TemplateNames.MaxLength)
        {
            return (null, ProblemResponses.Invalid("name", $"name 不能为空，且不超过 {TemplateNames.MaxLength} 个字符。"));
        }
        var category = string.IsNullOrWhiteSpace(request.Category) ? DefaultTeamCategory : request.Category.Trim();
        if (category.Length > MaxCategoryLength) return (null, ProblemResponses.Invalid("category", $"category 不超过 {MaxCategoryLength} 个字符。"));
        var tags = (request.Tags ?? []).Select(tag => tag?.Trim()).ToList();
        if (tags.Count > MaxTags || tags.Any(tag => string.IsNullOrEmpty(tag) || tag.Length > MaxTagLength))
        {
            return (null, ProblemResponses.Invalid("tags", $"tags 最多 {MaxTags} 个，每个 1 到 {MaxTagLength} 个字符。"));
        }
        if (request.Nodes is null) return (null, ProblemResponses.Invalid("nodes", "缺少字段 nodes：请提供大纲条目数组。"));
        if (OutlineValidation.CheckNodes(request.Nodes) is { } badNodes) return (null, badNodes);
        var styleId = string.IsNullOrWhiteSpace(request.DefaultStyleId) ? BuiltInStyles.Gongwen.Id : request.DefaultStyleId;
        // The team's members must all be able to use the style: a built-in one, or the team's own.
        if (await styles.FindAsync(styleId, caller.UserId(), cancellationToken) is not { } style || (style.TeamId is { } owner && owner != teamId))
        {
            return (null, OutlinesApi.UnknownStyle(styleId));
        }
        if (request.Levels is not null && OutlineValidation.CheckLevels(request.Levels) is { } badLevels) return (null, badLevels);
        var levels = request.Levels?.Cast<LevelFormat>().ToList() ?? style.Levels;
        return (new TemplateContent(name, category, tags!, styleId, levels, request.Nodes.Cast<OutlineNode>().ToList()), null);
    }
}
