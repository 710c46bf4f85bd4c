using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;
using OutlineAddin.Numbering;
using WordStyles = DocumentFormat.OpenXml.Wordprocessing.Styles;

namespace OutlineAddin.WordDocuments;

/// <summary>
/// The package's style definitions: Normal and Heading 1–9 under Word's built-in ids, so that in any language's Word the
/// headings are the document's own 标题 1…9 and the navigation pane shows them (each style carries its outline level).
/// </summary>
/// <remarks>
/// On <c>insertOoxml</c> a style the document already has wins over the package's definition (OfficeDev/office-js#5491 and
/// the insertOoxml docs): fonts and spacing come from the document's styles, so the 公文 preset is applied to an existing
/// document either through its styles after the user confirms (the taskpane reads these definitions) or directly on the
/// inserted paragraphs. Numbering never depends on a style: each paragraph carries its own <c>w:numPr</c>.
/// </remarks>
public static class HeadingStyles
{
    public static string StyleId(int level) => $"Heading{level.ToString(CultureInfo.InvariantCulture)}";

    public static WordStyles Build(Typography typography)
    {
        var gongwenStyles = typography is { Preset: TypographyPreset.Gongwen, Application: TypographyApplication.Styles };
        var styles = new WordStyles(DocumentDefaults(), Normal(gongwenStyles ? typography : null));
        for (var level = 1; level <= NumberingStyle.MaxLevels; level++)
        {
            // Under 公文 styles the levels past 4 take the body's 仿宋 三号 from Normal; elsewhere Word's own heading look.
            var look = !gongwenStyles ? HeadingLook.Word : level <= GongwenTypography.StyledLevels ? HeadingLook.Gongwen : HeadingLook.Body;
            styles.Append(Heading(level, look, typography));
        }
        return styles;
    }

    // Chinese text is Chinese text: East Asian language set so Word picks East Asian line breaking and fonts; 五号 as body size.
    private static DocDefaults DocumentDefaults()
    {
        var bodySize = WordHeadingLook.BodyHalfPoints.ToString(CultureInfo.InvariantCulture);
        return new(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new FontSize { Val = bodySize }, new FontSizeComplexScript { Val = bodySize }, new Languages { EastAsia = "zh-CN" })),
            new ParagraphPropertiesDefault());
    }

    private static Style Normal(Typography? gongwen)
    {
        var style = new Style(new StyleName { Val = "Normal" }, new PrimaryStyle())
        {
            Type = StyleValues.Paragraph,
            StyleId = "Normal",
            Default = true,
        };
        if (gongwen is not null)
        {
            style.Append(
                new StyleParagraphProperties(GongwenFormatting.Spacing(), GongwenFormatting.Indent()),
                StyleRun(GongwenFormatting.RunProperties(GongwenFormatting.Body, gongwen)));
        }
        return style;
    }

    private enum HeadingLook { Word, Gongwen, Body }

    private static Style Heading(int level, HeadingLook look, Typography typography)
    {
        var style = new Style(
            // Word recognises its built-in heading styles by this lower-case name, and shows them localised (标题 1).
            new StyleName { Val = $"heading {level.ToString(CultureInfo.InvariantCulture)}" },
            new BasedOn { Val = "Normal" },
            new NextParagraphStyle { Val = "Normal" },
            new UIPriority { Val = 9 },
            new PrimaryStyle())
        {
            Type = StyleValues.Paragraph,
            StyleId = StyleId(level),
        };
        var paragraph = new StyleParagraphProperties(new KeepNext(), new KeepLines());
        if (look == HeadingLook.Gongwen) paragraph.Append(GongwenFormatting.Spacing(), GongwenFormatting.Indent());
        if (look == HeadingLook.Word) paragraph.Append(WordHeadingLook.Spacing(level));
        paragraph.Append(new OutlineLevel { Val = level - 1 });
        style.Append(paragraph);
        if (look == HeadingLook.Gongwen) style.Append(StyleRun(GongwenFormatting.RunProperties(level, typography)));
        if (look == HeadingLook.Word) style.Append(WordHeadingLook.RunProperties(level));
        return style;
    }

    private static StyleRunProperties StyleRun(RunProperties properties) =>
        new(properties.ChildElements.Select(child => child.CloneNode(true)));
}
