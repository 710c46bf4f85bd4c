namespace OutlineAddin.Outlines.Fields;

/// <summary>What a field's name and value may be, wherever values are sent: to fill an outline, or to be remembered by a team.</summary>
public static class FieldValues
{
    public const int MaxValueLength = 100;
    public const int MaxNames = 50;

    /// <summary>Null when <paramref name="name"/> can be written as a field (<see cref="FieldSyntax"/>); else what is wrong, in words.</summary>
    public static string? NameProblem(string name) =>
        FieldSyntax.Pattern().Match(FieldSyntax.Token(name)) is { Success: true } match && match.Length == name.Length + 2
            ? null
            : $"字段名“{Shorten(name)}”不可用：须为 1–{FieldSyntax.MaxNameLength} 个字符，不含空格和花括号 {{ }}，例如 单位、季度。";

    /// <summary>Null when <paramref name="value"/> fits in a heading; else what is wrong, in words.</summary>
    public static string? ValueProblem(string name, string value)
    {
        if (value.Length > MaxValueLength) return $"字段“{name}”的值超过 {MaxValueLength} 个字符，请缩短。";
        if (value.Any(c => c is '\r' or '\n' or '\v' or '\f' or '\u2028' or '\u2029' or '\u0085'))
        {
            return $"字段“{name}”的值含换行：标题只有一行，请去掉换行。";
        }
        return null;
    }

    private static string Shorten(string text) => text.Length <= 20 ? text : text[..20] + "…";
}
