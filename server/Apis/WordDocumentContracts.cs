using System.ComponentModel.DataAnnotations;
using OutlineAddin.Numbering;
using OutlineAddin.Outlines;
using OutlineAddin.WordDocuments;

namespace OutlineAddin.Apis;

/// <summary>What a Word document of an outline is made from: the tree, how it is numbered, and how it is laid out.</summary>
public interface IWordOutlineRequest
{
    IReadOnlyList<OutlineNode?>? Nodes { get; }
    string? StyleId { get; }
    IReadOnlyList<LevelFormat?>? Levels { get; }
    ListNumbering Numbering { get; }
    TypographyRequest? Typography { get; }
}

/// <summary>
/// Exactly one of <c>styleId</c> and <c>levels</c>, as for render. <c>numbering</c>: <c>text</c> writes each marker
/// into its heading's text (the default), <c>list</c> makes the headings a Word multilevel list that draws the markers.
/// </summary>
/// <param name="StyleId">The numbering style to number by. Give this or levels, not both.</param>
/// <param name="Levels">The levels to number by as authored. Give this or styleId, not both.</param>
/// <param name="Numbering">text: markers typed into the headings; list: Word's own list numbering.</param>
/// <param name="Typography">How the headings and body text are set; left out, Word's own heading styles.</param>
public sealed record OoxmlRequest(
    [property: Required] IReadOnlyList<OutlineNode?>? Nodes, string? StyleId, IReadOnlyList<LevelFormat?>? Levels,
    ListNumbering Numbering = ListNumbering.Text, TypographyRequest? Typography = null) : IWordOutlineRequest;

/// <summary>A flat-OPC package (pkg:package) for Word's Range.insertOoxml, with fresh list ids.</summary>
public sealed record OoxmlResponse(string Ooxml);

/// <summary>As <see cref="OoxmlRequest"/>, for a whole .docx file.</summary>
/// <param name="StyleId">The numbering style to number by. Give this or levels, not both.</param>
/// <param name="Levels">The levels to number by as authored. Give this or styleId, not both.</param>
/// <param name="Numbering">text: markers typed into the headings; list: Word's own list numbering.</param>
/// <param name="Typography">How the headings and body text are set; left out, Word's own heading styles.</param>
/// <param name="Name">The file's name, without .docx.</param>
public sealed record DocxRequest(
    [property: Required] IReadOnlyList<OutlineNode?>? Nodes, string? StyleId, IReadOnlyList<LevelFormat?>? Levels,
    ListNumbering Numbering = ListNumbering.Text, TypographyRequest? Typography = null, string? Name = null) : IWordOutlineRequest;

/// <param name="Preset">gongwen: GB/T 9704 fonts and sizes (and, in a .docx, its page); none: Word's own styles.</param>
/// <param name="BoldLevel3">Level 3 headings in bold, as many offices set them.</param>
/// <param name="Application">styles: define the document's Heading 1–4 and Normal styles; direct: format the inserted headings themselves.</param>
public sealed record TypographyRequest(
    [property: Required] TypographyPreset? Preset, bool BoldLevel3 = false, TypographyApplication Application = TypographyApplication.Styles)
{
    public Typography ToTypography() => new(Preset ?? TypographyPreset.None, BoldLevel3, Application);
}
