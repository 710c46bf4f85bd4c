using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using OutlineAddin.Http;
using OutlineAddin.Identity;
using OutlineAddin.Outlines;
using OutlineAddin.Outlines.Fields;
using OutlineAddin.Teams;

namespace OutlineAddin.Apis;

/// <summary>Fill-in fields (<c>{单位}</c>) in outlines: finding, filling and making them, and the values a team fills them with.</summary>
public static class FieldsApi
{
    /// <summary>The fields feature's services: the teams' remembered values.</summary>
    public static WebApplicationBuilder AddFields(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<FieldDefaultsRepository>();
        return builder;
    }

    public static IEndpointRouteBuilder MapFields(this IEndpointRouteBuilder app)
    {
        var outlines = app.MapGroup("/api/outlines/fields").WithTags("Fields").WithBodyLimit(RequestBodyLimits.Outline, RequestBodyLimits.OutlineAdvice)
            .WithOutlineLimits().Problems(400, 413, 422, 429, 503);
        outlines.MapPost("/", FindFields)
            .WithSummary("The fields ({名称}) in an outline's titles, and the habitual blanks (XX县, ××年, ○○) that could become fields.");
        outlines.MapPost("/fill", FillFields).WithSummary("The outline with its fields filled in; a field without a value stays {名称} and is listed as unfilled.");
        outlines.MapPost("/replace", ReplaceWithFields)
            .WithSummary("The outline with texts turned into fields: filled values (某某县委办 → {单位}) or blanks (XX年 → {年份}年).")
            .WithDescription("""
                The longest text is matched first, and no match overlaps a field or another match. A text that is a habitual
                blank, as /api/outlines/fields offers it, replaces blanks only: XX matches the XX of XX县 or XX年 but not part of
                XXX or XXL; XX年 keeps its 年 ({年份}年) while XX县 becomes {单位} whole. Other texts are matched as written,
                except that a text beginning or ending with a digit is not matched inside a longer number. replaced lists every
                name asked for, in the order asked, with how often it was written in (0 when its text was not found).
                """);

        app.MapGet("/api/field-defaults", GetDefaults).WithTags("Fields").Problems(400, 404)
            .WithSummary("The values to offer in the fields form: today's 年份, 季度, 月份 and 日期 in the team's time zone, and the team's remembered values.")
            .WithDescription("""
                Without teamId (anyone), the computed values in Asia/Shanghai. With teamId (members of the team; others are
                answered 404), computed in the team's time zone, with the values the team last saved. computed lists the names
                whose value is today's; they are never remembered.
                """);
        app.MapPut("/api/teams/{teamId}/field-defaults", SaveDefaults).WithTags("Fields").RequireAuthorization().Problems(400, 401, 404)
            .WithSummary("Remember the values a member filled the fields with (any member); a blank value forgets the name, names not sent stay.");
        return app;
    }

    public sealed record FieldsRequest([property: Required] IReadOnlyList<OutlineNode?>? Nodes);

    /// <param name="Fields">Each field once, in order of first appearance, with how often it occurs.</param>
    /// <param name="Placeholders">Each blank's text once, in order of first appearance, with the field name to offer for it.</param>
    public sealed record FieldsResponse(IReadOnlyList<FieldCount> Fields, IReadOnlyList<Placeholder> Placeholders);

    /// <param name="Values">Field name → value; a missing, null or blank value leaves the field as it is.</param>
    public sealed record FillRequest([property: Required] IReadOnlyList<OutlineNode?>? Nodes, [property: Required] IReadOnlyDictionary<string, string?>? Values);

    /// <param name="Unfilled">The fields left as <c>{名称}</c> for want of a value, each once, in order of first appearance.</param>
    public sealed record FillResponse(IReadOnlyList<OutlineNode> Nodes, IReadOnlyList<string> Unfilled);

    public sealed record ReplacementInput([property: Required] string? Text, [property: Required] string? Name);

    public sealed record ReplaceRequest([property: Required] IReadOnlyList<OutlineNode?>? Nodes, [property: Required] IReadOnlyList<ReplacementInput?>? Replacements);

    public sealed record ReplaceResponse(IReadOnlyList<OutlineNode> Nodes, IReadOnlyList<FieldCount> Replaced);

    /// <param name="Values">Field name → value: the computed ones and the team's remembered ones.</param>
    /// <param name="Computed">The names in values whose value is today's (年份, 季度, 月份, 日期).</param>
    public sealed record FieldDefaults(IReadOnlyDictionary<string, string> Values, IReadOnlyList<string> Computed);

    /// <param name="Values">Field name → value to remember; a blank or null value forgets the name; computed names are ignored.</param>
    public sealed record SaveDefaultsRequest([property: Required] IReadOnlyDictionary<string, string?>? Values);

    public static Results<Ok<FieldsResponse>, ProblemHttpResult> FindFields(FieldsRequest request)
    {
        var (nodes, invalid) = ReadNodes(request.Nodes);
        if (invalid is not null) return invalid;
        return TypedResults.Ok(new FieldsResponse(OutlineFields.In(nodes!), OutlinePlaceholders.In(nodes!)));
    }

    public static Results<Ok<FillResponse>, ProblemHttpResult> FillFields(FillRequest request)
    {
        var (nodes, invalid) = ReadNodes(request.Nodes);
        if (invalid is not null) return invalid;
        var (values, badValues) = ReadValues(request.Values);
        if (badValues is not null) return badValues;
        var filled = FieldFilling.Fill(nodes!, values!);
        if (OutlineValidation.CheckNodes(filled.Nodes) is { } tooBig) return TooBigWhenFilled(tooBig);
        return TypedResults.Ok(new FillResponse(filled.Nodes, filled.Unfilled));
    }

    public static Results<Ok<ReplaceResponse>, ProblemHttpResult> ReplaceWithFields(ReplaceRequest request)
    {
        var (nodes, invalid) = ReadNodes(request.Nodes);
        if (invalid is not null) return invalid;
        if (request.Replacements is not { } input) return ProblemResponses.Invalid("replacements", "缺少字段 replacements：请给出 [{text, name}]，每个 text 将替换为字段 {name}。");
        if (input.Count > FieldValues.MaxNames) return ProblemResponses.Invalid("replacements", $"replacements 最多 {FieldValues.MaxNames} 项，请分批替换。");
        var replacements = new List<TextReplacement>(input.Count);
        for (var i = 0; i < input.Count; i++)
        {
            var field = $"replacements[{i}]";
            if (input[i] is not { Text: { } text, Name: { } name }) return ProblemResponses.Invalid(field, $"{field} 须同时给出 text（要替换的文字）和 name（字段名）。");
            if (FieldValues.NameProblem(name) is { } badName) return ProblemResponses.Invalid($"{field}.name", badName);
            if (text.Length == 0) return ProblemResponses.Invalid($"{field}.text", $"{field}.text 不能为空：请给出要替换为 {{{name}}} 的文字。");
            if (FieldValues.ValueProblem(name, text) is { } badText) return ProblemResponses.Invalid($"{field}.text", badText);
            replacements.Add(new TextReplacement(text, name));
        }
        var replaced = FieldReplacement.Replace(nodes!, replacements);
        return TypedResults.Ok(new ReplaceResponse(replaced.Nodes, replaced.Replaced));
    }

    public static async Task<Results<Ok<FieldDefaults>, ProblemHttpResult>> GetDefaults(
        TeamRepository teams, FieldDefaultsRepository defaults, TimeProvider clock, ClaimsPrincipal caller, CancellationToken cancellationToken,
        string? teamId = null)
    {
        if (string.IsNullOrWhiteSpace(teamId))
        {
            return TypedResults.Ok(new FieldDefaults(ComputedFields.At(clock.GetUtcNow(), TeamTimeZones.FindOrDefault(TeamTimeZones.Default)), ComputedFields.Names));
        }
        if (await TeamAccess.RequireAsync(teams, teamId, caller, TeamRole.Viewer, cancellationToken) is { } refused) return refused;
        var zone = TeamTimeZones.FindOrDefault(await teams.TimeZoneOfAsync(teamId, cancellationToken));
        var values = new Dictionary<string, string>(await defaults.ForTeamAsync(teamId, cancellationToken), StringComparer.Ordinal);
        foreach (var (name, value) in ComputedFields.At(clock.GetUtcNow(), zone)) values[name] = value;
        return TypedResults.Ok(new FieldDefaults(values, ComputedFields.Names));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> SaveDefaults(
        string teamId, SaveDefaultsRequest request, TeamRepository teams, FieldDefaultsRepository defaults, ClaimsPrincipal caller,
        CancellationToken cancellationToken)
    {
        var (values, invalid) = ReadValues(request.Values);
        if (invalid is not null) return invalid;
        if (await TeamAccess.RequireAsync(teams, teamId, caller, TeamRole.Viewer, cancellationToken) is { } refused) return refused;
        var remembered = values!.Where(entry => !ComputedFields.IsComputed(entry.Key)).ToDictionary(StringComparer.Ordinal);
        if (remembered.Count > 0) await defaults.SaveAsync(teamId, remembered, caller.UserId()!, cancellationToken);
        return TypedResults.NoContent();
    }

    private static (IReadOnlyList<OutlineNode>? Nodes, ProblemHttpResult? Problem) ReadNodes(IReadOnlyList<OutlineNode?>? nodes)
    {
        if (nodes is null) return (null, ProblemResponses.Invalid("nodes", "缺少字段 nodes：请提供大纲条目数组。"));
        if (OutlineValidation.CheckNodes(nodes) is { } invalid) return (null, invalid);
        return (nodes.Cast<OutlineNode>().ToList(), null);
    }

    // Names a field can have, values that fit in a one-line heading; null or blank values are kept as blank ("no value").
    private static (IReadOnlyDictionary<string, string>? Values, ProblemHttpResult? Problem) ReadValues(IReadOnlyDictionary<string, string?>? input)
    {
        if (input is null) return (null, ProblemResponses.Invalid("values", "缺少字段 values：请给出 {字段名: 值}，例如 {\"单位\": \"某某县委办\"}。"));
        if (input.Count > FieldValues.MaxNames) return (null, ProblemResponses.Invalid("values", $"values 最多 {FieldValues.MaxNames} 个字段，现有 {input.Count} 个。"));
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in input)
        {
            if (FieldValues.NameProblem(name) is { } badName) return (null, ProblemResponses.Invalid($"values.{name}", badName));
            if (FieldValues.ValueProblem(name, value ?? "") is { } badValue) return (null, ProblemResponses.Invalid($"values.{name}", badValue));
            values[name] = value ?? "";
        }
        return (values, null);
    }

    private static ProblemHttpResult TooBigWhenFilled(ProblemHttpResult problem) =>
        ProblemResponses.Unprocessable("填入后大纲超出上限", $"填入这些值后，{problem.ProblemDetails.Detail}");
}
