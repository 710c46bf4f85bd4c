using DocumentFormat.OpenXml.Wordprocessing;
using OutlineAddin.Numbering;

namespace OutlineAddin.WordDocuments;

/// <summary>
/// A numbering style's levels as one Word multilevel list (<c>w:abstractNum</c> and the <c>w:num</c> paragraphs point to),
/// written so that Word's label for every heading equals the marker <see cref="NumberingStyle.Render"/> gives in text mode.
/// </summary>
public static class ListDefinition
{
    /// <param name="newIndent">
    /// The indent the label's paragraph takes from the list (a new element for each level): the list adds none of its own
    /// (no tab, no hanging indent), so the label sits where a typed marker would.
    /// </param>
    public static (AbstractNum Definition, NumberingInstance Instance) Build(
        IReadOnlyList<LevelFormat> levels, ListIds ids, Func<Indentation> newIndent)
    {
        var definition = new AbstractNum(
            new Nsid { Val = ids.Nsid },
            new MultiLevelType { Val = MultiLevelValues.Multilevel })
        { AbstractNumberId = ids.AbstractNumId };
        for (var level = 1; level <= NumberingStyle.MaxLevels; level++)
        {
            definition.Append(Level(levels, level, newIndent()));
        }
        var instance = new NumberingInstance(new AbstractNumId { Val = ids.AbstractNumId }) { NumberID = ids.NumId };
        return (definition, instance);
    }

    private const int MaxLevelRestart = 7;

    private static Level Level(IReadOnlyList<LevelFormat> levels, int level, Indentation indent)
    {
        // Past the style's last level the engine repeats that level counting its own number (NumberingStyle.LevelAt).
        var format = NumberingStyle.LevelAt(levels, level);
        var (lvlText, suffix) = SplitSuffix(format.LvlText);
        var element = new Level { LevelIndex = level - 1 };
        // The engine starts only the first level at Start (an excerpt from 五、 on); deeper levels start at 1 under each parent.
        element.Append(new StartNumberingValue { Val = level == 1 ? format.Start : 1 });
        element.Append(new NumberingFormat { Val = NumberFormatValue(format.NumFmt) });
        // Restart under the parent (any shallower level), except a continuous level (第…条 through a law's chapters),
        // which never restarts. Past the style's last level the engine restarts every level, continuous or not.
        // Word restarts a level after the one named or any shallower one, and takes only 0–7 ([MS-OI29500] on lvlRestart,
        // §17.9.10): level 9 cannot name its parent 8, and restarts under it without lvlRestart, as Word does by default.
        if (level > 1)
        {
            var continuous = level <= levels.Count && format.Continuous;
            if (continuous) element.Append(new LevelRestart { Val = 0 });
            else if (level - 1 <= MaxLevelRestart) element.Append(new LevelRestart { Val = level - 1 });
        }
        if (IsLegal(format, level, levels)) element.Append(new IsLegalNumberingStyle());
        element.Append(new LevelSuffix { Val = suffix });
        element.Append(new LevelText { Val = lvlText });
        element.Append(new LevelJustification { Val = LevelJustificationValues.Left });
        element.Append(new PreviousParagraphProperties(indent));
        return element;
    }

    /// <summary>
    /// A decimal level whose text shows a non-decimal level (<c>第%1章</c> then <c>%1.%2</c>): Word's legal numbering shows
    /// every level the text refers to in decimal (1.1, not 一.1), which is what <see cref="NumberingStyle.Render"/> shows too.
    /// </summary>
    public static bool IsLegal(LevelFormat format, int level, IReadOnlyList<LevelFormat> levels) =>
        format.NumFmt == NumFmt.Decimal
        && NumberingStyle.ReferencedLevels(format.LvlText).Any(referenced =>
            referenced != level && NumberingStyle.LevelAt(levels, referenced).NumFmt != NumFmt.Decimal);

    /// <summary>
    /// Word puts a tab after a label unless told otherwise. A marker that carries its own punctuation (一、 （一） 1. ①)
    /// takes nothing after it; a level text ending in a space (第一章␠, 1.1␠) takes Word's space instead of the typed one.
    /// </summary>
    public static (string LvlText, LevelSuffixValues Suffix) SplitSuffix(string lvlText) =>
        lvlText.EndsWith(' ') ? (lvlText.TrimEnd(' '), LevelSuffixValues.Space) : (lvlText, LevelSuffixValues.Nothing);

    public static NumberFormatValues NumberFormatValue(NumFmt format) => format switch
    {
        NumFmt.Decimal => NumberFormatValues.Decimal,
        NumFmt.DecimalFullWidth => NumberFormatValues.DecimalFullWidth,
        NumFmt.ChineseCounting => NumberFormatValues.ChineseCounting,
        NumFmt.ChineseCountingThousand => NumberFormatValues.ChineseCountingThousand,
        NumFmt.ChineseLegalSimplified => NumberFormatValues.ChineseLegalSimplified,
        NumFmt.DecimalEnclosedCircle => NumberFormatValues.DecimalEnclosedCircle,
        NumFmt.IdeographTraditional => NumberFormatValues.IdeographTraditional,
        NumFmt.UpperLetter => NumberFormatValues.UpperLetter,
        NumFmt.LowerLetter => NumberFormatValues.LowerLetter,
        NumFmt.UpperRoman => NumberFormatValues.UpperRoman,
        NumFmt.LowerRoman => NumberFormatValues.LowerRoman,
        NumFmt.None => NumberFormatValues.None,
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown number format."),
    };
}
