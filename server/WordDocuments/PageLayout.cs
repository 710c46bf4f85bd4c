namespace OutlineAddin.WordDocuments;

/// <summary>A page and its margins, in twips.</summary>
public sealed record PageLayout(int WidthTwips, int HeightTwips, int TopTwips, int RightTwips, int BottomTwips, int LeftTwips)
{
    public int TextHeightTwips => HeightTwips - TopTwips - BottomTwips;

    public int TextWidthTwips => WidthTwips - LeftTwips - RightTwips;

    /// <summary>
    /// A page given as the standards give it, by its text block: the right and bottom margins are what is left over
    /// (A4 with 公文's block: right 210 − 28 − 156 = 26 mm, bottom 297 − 37 − 225 = 35 mm). Each distance is rounded
    /// to twips on its own: A4 is 11906 × 16838, top 37 mm = 2098, left 28 mm = 1587, right 26 mm = 1474, bottom 35 mm = 1984.
    /// </summary>
    public static PageLayout FromTextBlock(double pageWidthMm, double pageHeightMm, double topMm, double leftMm, double textWidthMm, double textHeightMm) =>
        new(
            Twips.FromMillimetres(pageWidthMm),
            Twips.FromMillimetres(pageHeightMm),
            Twips.FromMillimetres(topMm),
            Twips.FromMillimetres(pageWidthMm - leftMm - textWidthMm),
            Twips.FromMillimetres(pageHeightMm - topMm - textHeightMm),
            Twips.FromMillimetres(leftMm));
}
