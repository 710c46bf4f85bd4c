namespace OutlineAddin.Outlines.Fields;

/// <summary>
/// One habitual blank in a title: the blank itself (XX, ××, ○○, 某某) at <see cref="Start"/>, and the word after it
/// when that word says what the blank stands for (县, 年, 季度).
/// </summary>
/// <param name="WordStays">
/// True when the word is a unit the value is counted in (XX年 → {年份}年: the year is 2026, the 年 stays); false when
/// the word is part of the value (XX县 → {单位}: the unit is 某某县, its 县 included).
/// </param>
/// <param name="SuggestedName">The field the word suggests; null when the words around the blank say nothing.</param>
public sealed record HabitualBlank(int Start, int BlankLength, int WordLength, bool WordStays, string? SuggestedName)
{
    public int Length => BlankLength + WordLength;

    public int End => Start + Length;
}
