using OutlineAddin.Numbering;

namespace OutlineAddin.Outlines;

/// <summary>A numbering marker found at the start of a line: 一、 （二） 3. ④ 一是 第五条 1.2.3 …</summary>
/// <param name="Kind">What decides the line's level.</param>
/// <param name="Value">The counter the marker shows (for a clause, its last number).</param>
/// <param name="Offset">Where the marker starts: after any indentation.</param>
/// <param name="Length">The marker with the spaces after it: what is cut off to leave the title.</param>
/// <param name="Form">
/// How it was written, with <c>%</c> for the number (<c>(%)</c>, <c>%．</c>); glyph forms such as ⑴ are
/// given their kind's right form. For a clause, the text after the numbers (a space).
/// </param>
/// <param name="NumFmt">The number format it was written in.</param>
/// <param name="IsCanonical">False for the common errors: 一. （一）、 (1) 1） ⑴ ①、 第一、 …</param>
/// <param name="HalfWidthBracket">True when a bracket is the half-width ( or ).</param>
/// <param name="Text">The marker as written, without the spaces after it.</param>
public sealed record Marker(
    MarkerKind Kind,
    int Value,
    int Offset,
    int Length,
    string Form,
    NumFmt NumFmt,
    bool IsCanonical,
    bool HalfWidthBracket,
    string Text)
{
    /// <summary>The letter I, V, X… could also be a Roman numeral; this is its value read that way, or 0.</summary>
    public int RomanAlternative { get; init; }

    /// <summary>
    /// True for a look-alike that is a marker only where the numbering runs on through it: 一、 followed by
    /// the next numeral (一、二季度累计…, but 三、四季度工作打算 after 二、), or a number run into a decimal
    /// (20.2026年10件民生实事 between 19. and 21.).
    /// </summary>
    public bool CountsOnlyInSequence { get; init; }

    /// <summary>For a clause number (3.1.4, 1.0.1), all its numbers, the parents' first; else empty.</summary>
    public IReadOnlyList<int> ClauseNumbers { get; init; } = [];

    public int End => Offset + Length;

    /// <summary>
    /// How this marker is written right, with <c>%</c> for the number: as it is where it is right (一要 stays
    /// 一要, 第一章 keeps its space), else its kind's right form (<c>(%)</c> becomes <c>（%）</c>; <c>%是：</c> <c>%是</c>).
    /// </summary>
    public string RightForm => IsCanonical ? Form : Kind.CanonicalForm ?? Form.Replace("：", "", StringComparison.Ordinal);

    public string LvlText(int level) => Kind.LvlText(Form, level);
}
