using DocumentFormat.OpenXml.Wordprocessing;

namespace OutlineAddin.WordDocuments;

/// <summary>
/// The 公文 preset as Word formatting, for a heading level (1-based) or the body (level 0). The same elements go into the
/// style definitions or directly onto the inserted paragraphs and runs, so both applications look alike. Each call builds
/// new elements: an OpenXML element has one parent.
/// </summary>
public static class GongwenFormatting
{
    public const int Body = 0;

    /// <summary>§5.2.2: exactly 22 lines a page, nothing added before or after a paragraph.</summary>
    public static SpacingBetweenLines Spacing() => new()
    {
        Before = "0",
        After = "0",
        Line = GongwenTypography.LineTwips.ToString(System.Globalization.CultureInfo.InvariantCulture),
        LineRule = LineSpacingRuleValues.Exact,
    };

    /// <summary>Two characters in, from the margin: the body's paragraphs and the structure levels start alike.</summary>
    public static Indentation Indent() => new()
    {
        Left = "0",
        FirstLineChars = GongwenTypography.FirstLineChars,
        FirstLine = GongwenTypography.FirstLineTwips.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>Font, bold and 三号 for a level, in the order <c>w:rPr</c> wants them.</summary>
    public static RunProperties RunProperties(int level, Typography typography)
    {
        var properties = new RunProperties(Fonts(level));
        if (level != Body && GongwenTypography.HeadingBold(level, typography))
        {
            properties.Append(new Bold(), new BoldComplexScript());
        }
        else
        {
            // Word's own Heading styles are bold; §7.3.3 sets the levels in plain 黑体/楷体/仿宋.
            properties.Append(new Bold { Val = false }, new BoldComplexScript { Val = false });
        }
        properties.Append(
            new FontSize { Val = GongwenTypography.FontHalfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            new FontSizeComplexScript { Val = GongwenTypography.FontHalfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        return properties;
    }

    /// <summary>The same as <see cref="RunProperties"/>, for a paragraph mark (and so for a list label, which takes the mark's look).</summary>
    public static ParagraphMarkRunProperties MarkProperties(int level, Typography typography) =>
        new(RunProperties(level, typography).ChildElements.Select(child => child.CloneNode(true)));

    /// <summary>Every font slot set: the East Asian one for Chinese, ASCII and high ANSI for digits and Latin letters.</summary>
    private static RunFonts Fonts(int level)
    {
        var font = level == Body ? GongwenTypography.Fangsong : GongwenTypography.HeadingFont(level);
        return new RunFonts { Ascii = font, HighAnsi = font, EastAsia = font, ComplexScript = font };
    }
}
