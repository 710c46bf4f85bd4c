using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;

namespace OutlineAddin.WordDocuments;

/// <summary>
/// How headings look without a typography preset: as Chinese Word's own 标题 1–9 do in a new document (Normal.dotm of
/// zh-CN Word: 标题 1 二号 22 pt bold, 标题 2–3 三号 16 pt bold, 标题 4–5 四号 14 pt bold, 标题 6–7 小四 12 pt bold,
/// 标题 8 12 pt, 标题 9 五号 10.5 pt; body 五号). Without these a .docx made from the package shows every heading as plain
/// body text, since a style the package defines has only what the package gives it. On insertOoxml into a document that
/// already has the style, the document's definition wins as always.
/// </summary>
public static class WordHeadingLook
{
    /// <summary>五号, Word's body size in Chinese, in half-points.</summary>
    public const int BodyHalfPoints = 21;

    private static readonly (double Points, bool Bold, double BeforePoints, double AfterPoints)[] Levels =
    [
        (22, true, 17, 16.5),
        (16, true, 13, 13),
        (16, true, 13, 13),
        (14, true, 14, 14.5),
        (14, true, 14, 14.5),
        (12, true, 12, 3.2),
        (12, true, 12, 3.2),
        (12, false, 12, 3.2),
        (10.5, false, 12, 3.2),
    ];

    /// <summary>Space before and after a heading of <paramref name="level"/> (1-based).</summary>
    public static SpacingBetweenLines Spacing(int level)
    {
        var look = Levels[level - 1];
        return new SpacingBetweenLines
        {
            Before = Twips.FromPoints(look.BeforePoints).ToString(CultureInfo.InvariantCulture),
            After = Twips.FromPoints(look.AfterPoints).ToString(CultureInfo.InvariantCulture),
        };
    }

    /// <summary>Bold and size of a heading of <paramref name="level"/> (1-based), in the order <c>w:rPr</c> wants them.</summary>
    public static StyleRunProperties RunProperties(int level)
    {
        var look = Levels[level - 1];
        var halfPoints = ((int)Math.Round(look.Points * 2)).ToString(CultureInfo.InvariantCulture);
        var properties = new StyleRunProperties();
        if (look.Bold) properties.Append(new Bold(), new BoldComplexScript());
        properties.Append(new FontSize { Val = halfPoints }, new FontSizeComplexScript { Val = halfPoints });
        return properties;
    }
}
