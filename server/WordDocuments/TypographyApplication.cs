namespace OutlineAddin.WordDocuments;

/// <summary>Where a typography preset's formatting goes.</summary>
public enum TypographyApplication
{
    /// <summary>Into the Heading 1–4 and Normal style definitions (changes how the document's own styles look).</summary>
    Styles,

    /// <summary>Onto the inserted headings' paragraphs and runs, leaving the document's styles as they are.</summary>
    Direct,
}
