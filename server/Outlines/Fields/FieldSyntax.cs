using System.Text.RegularExpressions;

namespace OutlineAddin.Outlines.Fields;

/// <summary>
/// How a fill-in field is written in a heading: a name in braces, <c>{单位}</c>, <c>{季度}</c>. The name has no
/// braces and no spaces and is at most <see cref="MaxNameLength"/> characters, so a brace that is only
/// punctuation (a pasted <c>{</c>, a long aside in braces) is never taken for a field.
/// </summary>
public static partial class FieldSyntax
{
    public const int MaxNameLength = 20;

    [GeneratedRegex(@"\{([^{}\s]{1,20})\}")]
    public static partial Regex Pattern();

    public static string Token(string name) => string.Concat("{", name, "}");

    /// <summary>The names of the fields in <paramref name="text"/>, in order of appearance, each once.</summary>
    public static IReadOnlyList<string> NamesIn(string text) =>
        Pattern().Matches(text).Select(match => match.Groups[1].Value).Distinct(StringComparer.Ordinal).ToList();
}
