using OutlineAddin.Numbering;

namespace OutlineAddin.Outlines;

/// <summary>A paragraph after renumbering: its new text, and its outline level or null for body text.</summary>
/// <param name="ListString">
/// For an item Word numbers (given its listString) that this renumbering numbers: the label Word is to draw
/// (<c>（一）</c>), by moving the paragraph to a list that draws it. Its text never changes. Null for every other paragraph.
/// </param>
/// <param name="ListLevel">With <paramref name="ListString"/>: the level (1–9) of the style whose label it is, the list level to put the paragraph at.</param>
/// <param name="ListValue">
/// With <paramref name="ListString"/>: the count the label shows at its level (3 for 三、), for a list that has to start
/// there (a selection that goes on from the headings before it, an excerpt that starts at 三、).
/// </param>
public sealed record RenumberedParagraph(string Text, int? Level, string? ListString = null, int? ListLevel = null, int? ListValue = null);

/// <summary>The renumbered paragraphs (same length and order as given), what was detected and what was wrong.</summary>
/// <param name="TooDeepAt">The first paragraph whose numbering nests deeper than Word's nine levels, if any.</param>
public sealed record RenumberResult(
    IReadOnlyList<RenumberedParagraph> Paragraphs,
    IReadOnlyList<LevelFormat> DetectedLevels,
    IReadOnlyList<OutlineProblem> Problems,
    int? TooDeepAt = null);
