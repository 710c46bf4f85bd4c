using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;

namespace OutlineAddin.Http;

/// <summary>
/// An enum in the query string, read by the names the JSON body uses (camelCase, exactly one). Minimal APIs' own
/// binding (Enum.TryParse) would also take "1" or "text, list", and answer a bare 400 for anything else.
/// </summary>
public static class QueryNames
{
    public static IReadOnlyList<string> Of<TEnum>() where TEnum : struct, Enum =>
        [.. Enum.GetValues<TEnum>().Select(value => JsonNamingPolicy.CamelCase.ConvertName(value.ToString()))];

    /// <summary>A missing or empty value is <paramref name="absent"/>; an unknown one a 400 that lists the names allowed.</summary>
    public static bool TryRead<TEnum>(string? given, string field, TEnum absent, out TEnum value, out ProblemHttpResult? problem) where TEnum : struct, Enum
    {
        (value, problem) = (absent, null);
        if (string.IsNullOrEmpty(given)) return true;
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (!string.Equals(JsonNamingPolicy.CamelCase.ConvertName(candidate.ToString()), given, StringComparison.OrdinalIgnoreCase)) continue;
            value = candidate;
            return true;
        }
        problem = ProblemResponses.Invalid(field, $"参数 {field} 的值“{given}”不可用：须是 {string.Join("、", Of<TEnum>())} 中的一个（只能一个）。");
        return false;
    }
}
