using OutlineAddin.Numbering;

namespace OutlineAddin.Outlines;

/// <summary>How the number in a marker is written.</summary>
public enum NumeralSystem { None, Chinese, Decimal, Circled, UpperRoman, LowerRoman, UpperLetter, LowerLetter }

/// <summary>What surrounds the number: 一、 is a separator, （一） a paren, 一是 a 是/要 point, 第一章 a chapter…</summary>
public enum MarkerShape { None, Separator, Paren, ShiYao, Bare, Chapter, Section, Article, Ordinal, Clause }

/// <summary>
/// The kind of a marker: what decides its level. Wrong forms share their right form's kind
/// (一. and 一、 are one kind; (一) and （一） are one kind), so a sloppy line still lands on its level.
/// </summary>
public readonly record struct MarkerKind(NumeralSystem System, MarkerShape Shape, int ClauseDepth = 0)
{
    public static readonly MarkerKind Unnumbered;

    public bool IsNumbered => Shape != MarkerShape.None;

    /// <summary>章, 节 and 条: their order is fixed, whatever order an excerpt meets them in.</summary>
    public bool IsLegalDivision => Shape is MarkerShape.Chapter or MarkerShape.Section or MarkerShape.Article;

    /// <summary>
    /// Where the kind usually sits in a Chinese hierarchy (GB/T 9704, laws, speech points); smaller is
    /// higher. Used only to break a tie: a kind met before, off the current path, sits under a kind
    /// that usually ranks above it.
    /// </summary>
    public int Rank => (System, Shape) switch
    {
        (_, MarkerShape.Chapter) => 0,
        (_, MarkerShape.Section) => 1,
        (_, MarkerShape.Article) => 2,
        (_, MarkerShape.None) => 3,
        (NumeralSystem.UpperRoman, _) => 3,
        (NumeralSystem.Chinese, MarkerShape.Separator or MarkerShape.Bare or MarkerShape.Ordinal) => 4,
        (NumeralSystem.UpperLetter, _) => 4,
        (NumeralSystem.Chinese, MarkerShape.Paren) => 5,
        (NumeralSystem.Chinese, MarkerShape.ShiYao) => 6,
        (NumeralSystem.Decimal, MarkerShape.Clause) => 6 + ClauseDepth,
        (NumeralSystem.Decimal, MarkerShape.Separator) => 7,
        (NumeralSystem.Decimal, MarkerShape.Paren) => 8,
        (NumeralSystem.Circled, _) => 9,
        _ => 10,
    };

    /// <summary>The number format a level of this kind counts in.</summary>
    public NumFmt DefaultNumFmt => System switch
    {
        NumeralSystem.Chinese => NumFmt.ChineseCounting,
        NumeralSystem.Decimal => NumFmt.Decimal,
        NumeralSystem.Circled => NumFmt.DecimalEnclosedCircle,
        NumeralSystem.UpperRoman => NumFmt.UpperRoman,
        NumeralSystem.LowerRoman => NumFmt.LowerRoman,
        NumeralSystem.UpperLetter => NumFmt.UpperLetter,
        NumeralSystem.LowerLetter => NumFmt.LowerLetter,
        _ => NumFmt.None,
    };

    /// <summary>
    /// The right way to write this kind (GB/T 9704 and the reference table), with <c>%</c> for the number:
    /// what a wrong form is rewritten to. Null where the right form depends on the words (一是 and 一要;
    /// 第一章 with or without a space).
    /// </summary>
    public string? CanonicalForm => (System, Shape) switch
    {
        (NumeralSystem.Chinese, MarkerShape.Separator) => "%、",
        (NumeralSystem.Chinese, MarkerShape.Paren) => "（%）",
        (NumeralSystem.Chinese, MarkerShape.Ordinal) => "第%，",
        (NumeralSystem.Chinese, MarkerShape.Bare) => "%",
        (NumeralSystem.Decimal, MarkerShape.Separator) => "%.",
        (NumeralSystem.Decimal, MarkerShape.Paren) => "（%）",
        (NumeralSystem.Circled, _) => "%",
        (NumeralSystem.UpperRoman or NumeralSystem.UpperLetter or NumeralSystem.LowerRoman or NumeralSystem.LowerLetter, MarkerShape.Separator) => "%.",
        (NumeralSystem.UpperRoman or NumeralSystem.UpperLetter or NumeralSystem.LowerRoman or NumeralSystem.LowerLetter, MarkerShape.Paren) => "(%)",
        _ => null,
    };

    /// <summary>
    /// The Word level text for a marker of this kind written as <paramref name="form"/> at
    /// <paramref name="level"/>: <c>%、</c> at level 1 is <c>%1、</c>; a depth-3 clause at level 3 is
    /// <c>%1.%2.%3 </c>.
    /// </summary>
    public string LvlText(string form, int level)
    {
        if (Shape == MarkerShape.Clause)
        {
            var first = Math.Max(1, level - ClauseDepth + 1);
            var parts = Enumerable.Range(first, level - first + 1).Select(n => $"%{n}");
            return string.Join(".", parts) + form;
        }
        return form.Replace("%", $"%{level}", StringComparison.Ordinal);
    }
}
