using System.Globalization;
using OutlineAddin.Numbering;
using OutlineAddin.Outlines;
using OutlineAddin.WordDocuments;

namespace OutlineAddin.Tests.WordDocuments;

/// <summary>Outlines that reach past ten items on every level (十一、 （十二）) and four levels deep.</summary>
public static class WordOutlines
{
    public const int ItemsPerLevel = 12;
    public const int Depth = 4;

    /// <summary>Twelve items on each level; the first item of each level has the twelve of the next.</summary>
    public static IReadOnlyList<OutlineNode> Deep(int depth = Depth, string prefix = "") =>
        [.. Enumerable.Range(1, ItemsPerLevel).Select(i =>
        {
            var title = $"标题{prefix}{i.ToString(CultureInfo.InvariantCulture)}";
            var children = i == 1 && depth > 1 ? Deep(depth - 1, $"{prefix}{i.ToString(CultureInfo.InvariantCulture)}-") : [];
            return new OutlineNode(title, children);
        })];

    public static WordOutline Of(NumberingStyle style, ListNumbering numbering, Typography typography, IReadOnlyList<OutlineNode>? nodes = null) =>
        new(nodes ?? Deep(), style.Levels, AsAuthored: false, numbering, typography);

    public static readonly Typography[] Typographies =
    [
        Typography.None,
        new(TypographyPreset.Gongwen, BoldLevel3: true, TypographyApplication.Styles),
        new(TypographyPreset.Gongwen, BoldLevel3: false, TypographyApplication.Direct),
    ];
}
