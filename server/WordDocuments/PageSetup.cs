using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace OutlineAddin.WordDocuments;

/// <summary>The page of an exported document (<c>w:sectPr</c>). Only a whole document has one: an insertion keeps the host's page.</summary>
public static class PageSetup
{
    /// <summary>
    /// A4 with the margins Word's Chinese template uses (2.54 cm top and bottom, 3.17 cm left and right), for an export
    /// without a typography preset.
    /// </summary>
    private static readonly PageLayout PlainA4 = new(11906, 16838, 1440, 1800, 1440, 1800);

    public static SectionProperties Build(Typography typography)
    {
        var gongwen = typography.Preset == TypographyPreset.Gongwen;
        var page = gongwen ? GongwenTypography.Page : PlainA4;
        var section = new SectionProperties(
            new PageSize { Width = (UInt32Value)(uint)page.WidthTwips, Height = (UInt32Value)(uint)page.HeightTwips },
            new PageMargin
            {
                Top = page.TopTwips,
                Right = (UInt32Value)(uint)page.RightTwips,
                Bottom = page.BottomTwips,
                Left = (UInt32Value)(uint)page.LeftTwips,
                // Word's defaults (1.5 cm and 1.75 cm from the edge): the outline has no header or footer of its own.
                Header = 851,
                Footer = 992,
                Gutter = 0,
            });
        // §5.2.2: a line grid of 22 lines, the pitch the exact line spacing uses, so Word's grid and the text agree.
        if (gongwen) section.Append(new DocGrid { Type = DocGridValues.Lines, LinePitch = GongwenTypography.LineTwips });
        return section;
    }
}
