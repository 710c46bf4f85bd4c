using OutlineAddin.Numbering;

namespace OutlineAddin.Outlines;

/// <summary>A paragraph after renumbering: its new text, and its outline level or null for body text.</summary>
public sealed record RenumberedParagraph(string Text, int? Level);

/// <summary>The renumbered paragraphs (same length and order as given), what was detected and what was wrong.</summary>
/// <param name="TooDeepAt">The first paragraph whose numbering nests deeper than Word's nine levels, if any.</param>
public sealed record RenumberResult(
    IReadOnlyList<RenumberedParagraph> Paragraphs,
    IReadOnlyList<LevelFormat> DetectedLevels,
    IReadOnlyList<OutlineProblem> Problems,
    int? TooDeepAt = null);
