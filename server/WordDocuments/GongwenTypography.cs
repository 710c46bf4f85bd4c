namespace OutlineAddin.WordDocuments;

/// <summary>
/// The numbers of GB/T 9704-2012 (党政机关公文格式), each with the clause it comes from. Font names are the Windows names the
/// standard's fonts are installed under; <see cref="FontTable"/> names the fallbacks for machines without the GB2312 fonts.
/// </summary>
public static class GongwenTypography
{
    // §7.3.3: 一、 in 黑体, （一） in 楷体, 1. and （1） in 仿宋.
    public const string Heiti = "黑体";
    public const string Kaiti = "楷体_GB2312";
    public const string Fangsong = "仿宋_GB2312";

    /// <summary>§7.3.3 and §5.2.1 (正文 and the structure levels): 三号 is 16 pt; <c>w:sz</c> counts half-points.</summary>
    public const int FontHalfPoints = 16 * 2;

    /// <summary>The width of one 三号 character, 16 pt = 320 twips.</summary>
    public static readonly int CharacterTwips = Twips.FromPoints(16);

    /// <summary>§5.2.1 and common practice (首行缩进 2 字符): two characters, given in hundredths of a character as Word does.</summary>
    public const int FirstLineChars = 200;

    /// <summary>The same indent in twips (2 × 320), for readers that ignore <c>w:firstLineChars</c>.</summary>
    public static readonly int FirstLineTwips = 2 * CharacterTwips;

    /// <summary>§5.2.4 (版心): top margin 37 mm, left 28 mm, text block 156 × 225 mm on A4 (210 × 297 mm, §5.1).</summary>
    public static readonly PageLayout Page = PageLayout.FromTextBlock(
        pageWidthMm: 210, pageHeightMm: 297, topMm: 37, leftMm: 28, textWidthMm: 156, textHeightMm: 225);

    /// <summary>§5.2.2: 22 lines a page.</summary>
    public const int LinesPerPage = 22;

    /// <summary>
    /// Exact line spacing giving 22 lines in the 225 mm text block: the block is 16838 − 2098 − 1984 = 12756 twips tall
    /// (A4 height less the rounded top and bottom margins), 12756 / 22 = 579.8, and rounding down to 579 twips (28.95 pt)
    /// keeps the 22nd line on the page (580 × 22 = 12760 would push it off).
    /// </summary>
    public static readonly int LineTwips = Page.TextHeightTwips / LinesPerPage;

    /// <summary>The font of a heading level (1-based); deeper than 4 the levels continue in 仿宋 like body text.</summary>
    public static string HeadingFont(int level) => level switch
    {
        1 => Heiti,
        2 => Kaiti,
        _ => Fangsong,
    };

    public static bool HeadingBold(int level, Typography typography) => level == 3 && typography.BoldLevel3;

    /// <summary>The levels the preset defines styles for (§7.3.3 names four); deeper headings keep the document's look.</summary>
    public const int StyledLevels = 4;
}
