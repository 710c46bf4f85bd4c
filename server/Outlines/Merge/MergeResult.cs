namespace OutlineAddin.Outlines.Merge;

/// <summary>One paragraph of the outline as it becomes under the new version.</summary>
/// <param name="Text">
/// A heading of the new version: its text with its marker in the style. A body paragraph, a heading the user added
/// and a removed-kept heading: exactly the document's text.
/// </param>
/// <param name="Level">The heading's level (1–9); null for body text.</param>
/// <param name="Source">The paragraph of the document it comes from (0-based); null for a new heading.</param>
public sealed record MergedParagraph(string Text, int? Level, MergeOrigin Origin, int? Source);

/// <summary>A heading of the document that the merge leaves out, with nothing of the user's lost.</summary>
/// <param name="Text">The heading as it stands in the document.</param>
/// <param name="Source">Its paragraph in the document (0-based).</param>
public sealed record RemovedHeading(string Text, int Level, int Source);

/// <summary>What the document's outline becomes under the new version.</summary>
/// <param name="Paragraphs">The outline in the new version's order: every paragraph of the document's sections, and every heading of the new version, once.</param>
/// <param name="Removed">
/// Headings of the document dropped: the new version removed them and nothing of the user's was under them, or it
/// merged them into another heading, under which their text now sits.
/// </param>
public sealed record MergeResult(IReadOnlyList<MergedParagraph> Paragraphs, IReadOnlyList<RemovedHeading> Removed);
