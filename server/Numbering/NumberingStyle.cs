using System.Text;

namespace OutlineAddin.Numbering;

/// <summary>
/// A numbering convention of up to nine levels, in Word's own model so that it maps onto a Word list.
/// </summary>
public sealed record NumberingStyle(string Id, string Name, string NameEn, IReadOnlyList<LevelFormat> Levels)
{
    public const int MaxLevels = 9;

    /// <summary>
    /// The marker of an item at <paramref name="level"/> (1-based), given the counters of levels 1…9
    /// (index 0 is level 1). Levels past the style's last level repeat its last level.
    /// </summary>
    public string Marker(int level, ReadOnlySpan<int> counters) => Render(LevelAt(level), level, counters, Levels);

    /// <summary>
    /// The format of a level. Past the style's last level, its last level repeats, counting its own level:
    /// a two-level style's <c>（%2）</c> is <c>（%3）</c> at level 3, not a copy of level 2's number.
    /// </summary>
    public LevelFormat LevelAt(int level) => LevelAt(Levels, level);

    public static LevelFormat LevelAt(IReadOnlyList<LevelFormat> levels, int level)
    {
        if (levels.Count == 0) return LevelFormat.Unnumbered;
        if (level <= levels.Count) return levels[level - 1];
        var last = levels[^1];
        return last with { LvlText = last.LvlText.Replace($"%{levels.Count}", $"%{level}", StringComparison.Ordinal) };
    }

    /// <summary>
    /// Expands the level text of an item at <paramref name="level"/>: each <c>%n</c> becomes level n's
    /// counter in level n's format; the item's own counter is in <paramref name="format"/>'s, which may be
    /// a heading's own numbering rather than its level's.
    /// </summary>
    public static string Render(LevelFormat format, int level, ReadOnlySpan<int> counters, IReadOnlyList<LevelFormat> levels)
    {
        var text = format.LvlText;
        if (text.IndexOf('%') < 0) return text;
        var result = new StringBuilder(text.Length + 4);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '%' && i + 1 < text.Length && text[i + 1] is >= '1' and <= '9')
            {
                var referenced = text[i + 1] - '1';
                var referencedFormat = referenced == level - 1 || referenced >= levels.Count ? format : levels[referenced];
                // A decimal level shows the levels it refers to in decimal, 1.1 under 第一章 (Word's legal numbering, w:isLgl).
                var numFmt = format.NumFmt == NumFmt.Decimal ? NumFmt.Decimal : referencedFormat.NumFmt;
                var counter = referenced < counters.Length ? counters[referenced] : 0;
                result.Append(NumberFormatter.Format(counter, numFmt));
                i++;
            }
            else
            {
                result.Append(text[i]);
            }
        }
        return result.ToString();
    }

    /// <summary>The levels <c>%n</c> placeholders in a level text refer to (1-based).</summary>
    public static IEnumerable<int> ReferencedLevels(string lvlText)
    {
        for (var i = 0; i + 1 < lvlText.Length; i++)
        {
            if (lvlText[i] == '%' && lvlText[i + 1] is >= '1' and <= '9') yield return lvlText[i + 1] - '0';
        }
    }
}
