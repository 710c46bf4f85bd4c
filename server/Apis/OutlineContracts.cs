using System.ComponentModel.DataAnnotations;
using OutlineAddin.Numbering;
using OutlineAddin.Outlines;
using OutlineAddin.Outlines.Merge;
using OutlineAddin.WordDocuments;

namespace OutlineAddin.Apis;

public sealed record ParseRequest([property: Required] string? Text);

/// <param name="KeptOut">The lines (counted from 0) read as body text of a pasted document, not as headings.</param>
public sealed record ParseResponse(IReadOnlyList<OutlineNode> Nodes, IReadOnlyList<LevelFormat> Levels, IReadOnlyList<OutlineProblem> Problems, IReadOnlyList<int> KeptOut);

/// <summary>
/// Exactly one of <c>styleId</c> and <c>levels</c>: <c>styleId</c> numbers the outline by that style; <c>levels</c>
/// renders it as authored, honouring headings' own numbering. Neither or both is refused (400).
/// </summary>
/// <param name="StyleId">The numbering style to number by. Give this or levels, not both.</param>
/// <param name="Levels">The levels to render as authored. Give this or styleId, not both.</param>
public sealed record RenderRequest([property: Required] IReadOnlyList<OutlineNode?>? Nodes, string? StyleId, IReadOnlyList<LevelFormat?>? Levels);

public sealed record RenderResponse(IReadOnlyList<RenderedLine> Lines);

/// <param name="OutlineLevel">1–9 for a heading-styled paragraph; null (or Word's 10) for body text.</param>
/// <param name="IsListItem">True when Word numbers the paragraph itself (a list item): its marker is Word's, not in its text.</param>
/// <param name="ListString">
/// For a list item, the label Word draws (listItem.listString: <c>（二）</c>): read as its marker. Renumbering then
/// answers with the label it is to have (listString, listLevel), never with a changed text.
/// </param>
public sealed record ParagraphInput([property: Required] string? Text, int? OutlineLevel, bool? IsListItem = null, string? ListString = null);

/// <summary>
/// <c>styleId</c> null keeps the document's own convention and only repairs the sequence. With
/// <c>selection</c>, the whole document is sent for context and only the selected paragraphs change.
/// </summary>
/// <param name="Numbering">
/// Absent: each heading stays numbered the way it is (a typed marker is edited; a Word list item, given its listString,
/// is answered with its new label). <c>text</c> (转为文本编号): every numbered heading of the selection ends with a typed
/// marker (a list item's text gets its label in front, and it leaves its list). <c>list</c> (转为自动编号): every one ends
/// numbered by Word (a typed marker is taken out of the text, and the answer gives the label and list level).
/// </param>
public sealed record RenumberRequest([property: Required] IReadOnlyList<ParagraphInput?>? Paragraphs, string? StyleId, ParagraphSelection? Selection = null, ListNumbering? Numbering = null);

/// <summary>Paragraphs <c>start</c> (0-based) up to, not including, <c>end</c>.</summary>
/// <remarks>Nullable only so that a missing bound is refused rather than read as 0 (an empty selection, changing nothing).</remarks>
public sealed record ParagraphSelection([property: Required] int? Start, [property: Required] int? End);

/// <summary>The document's paragraphs whose headings become a template.</summary>
public sealed record CaptureRequest([property: Required] IReadOnlyList<ParagraphInput?>? Paragraphs);

public sealed record RenumberResponse(
    IReadOnlyList<RenumberedParagraph> Paragraphs,
    IReadOnlyList<LevelFormat> DetectedLevels,
    IReadOnlyList<OutlineProblem> Problems);

/// <summary>
/// An outline inserted from template version <c>from</c>, as it stands in the document (<c>paragraphs</c>), to be
/// updated to version <c>to</c>.
/// </summary>
/// <param name="Paragraphs">
/// The inserted outline's paragraphs in order: its headings with their markers (<c>（二）强化作风建设</c>) and outline level,
/// and the user's body paragraphs with outlineLevel null.
/// </param>
/// <param name="StyleId">The style to number the result in; absent: the style the document's headings are written in.</param>
public sealed record MergeRequest(
    [property: Required] IReadOnlyList<OutlineNode?>? From,
    [property: Required] IReadOnlyList<OutlineNode?>? To,
    [property: Required] IReadOnlyList<OutlineParagraphInput?>? Paragraphs,
    string? StyleId = null);

/// <param name="OutlineLevel">1–9 for a heading; null for body text.</param>
public sealed record OutlineParagraphInput([property: Required] string? Text, int? OutlineLevel = null);

/// <param name="Paragraphs">What the outline becomes, in the new version's order.</param>
/// <param name="Removed">The document's headings the merge drops, none with anything of the user's lost.</param>
public sealed record MergeResponse(IReadOnlyList<MergedParagraph> Paragraphs, IReadOnlyList<RemovedHeading> Removed);
