using System.Text;
using System.Text.RegularExpressions;
using OutlineAddin.Outlines.Fields;

namespace OutlineAddin.Outlines.Merge;

/// <summary>
/// The values the user gave a template's fields, read back from the document: a template title
/// <c>{单位}{年份}年工作总结</c> matches the document's <c>某县委办2026年工作总结</c> and so captures 单位 = 某县委办 and
/// 年份 = 2026, which then fill the same fields in the new version's new and renamed titles.
/// </summary>
internal sealed class CapturedFields
{
    // No backtracking: a title is up to 2,000 characters of user text, and lazy groups side by side could otherwise take
    // time that grows with the title's length to the power of its fields.
    private const RegexOptions PatternOptions = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | RegexOptions.Singleline;

    private readonly Dictionary<string, string> values = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string> Values => values;

    /// <summary>
    /// The pattern a template title with fields is written in (each field any text of at least one character), or null
    /// for a title without fields.
    /// </summary>
    public static (Regex Pattern, IReadOnlyList<string> Names)? PatternOf(string templateTitle)
    {
        var fields = FieldSyntax.Pattern().Matches(templateTitle);
        if (fields.Count == 0) return null;
        var pattern = new StringBuilder("^");
        var names = new List<string>(fields.Count);
        var at = 0;
        foreach (Match field in fields)
        {
            pattern.Append(Regex.Escape(templateTitle[at..field.Index])).Append("(.+?)");
            names.Add(field.Groups[1].Value);
            at = field.Index + field.Length;
        }
        pattern.Append(Regex.Escape(templateTitle[at..])).Append('$');
        return (new Regex(pattern.ToString(), PatternOptions), names);
    }

    /// <summary>Whether the document's title is the template's with its fields filled in; if so, remembers the values (the first value of a field wins).</summary>
    public bool Capture((Regex Pattern, IReadOnlyList<string> Names) template, string documentTitle)
    {
        var match = template.Pattern.Match(documentTitle.Trim());
        if (!match.Success) return false;
        for (var i = 0; i < template.Names.Count; i++) values.TryAdd(template.Names[i], match.Groups[i + 1].Value);
        return true;
    }

    /// <summary>The title with each field whose value is known filled in; a field without one stays as written, to be seen and filled.</summary>
    public string Fill(string templateTitle) =>
        values.Count == 0 ? templateTitle : FieldSyntax.Pattern().Replace(templateTitle, field => values.GetValueOrDefault(field.Groups[1].Value) ?? field.Value);
}
