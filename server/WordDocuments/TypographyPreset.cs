namespace OutlineAddin.WordDocuments;

public enum TypographyPreset
{
    /// <summary>Plain heading styles: the document's own look decides.</summary>
    None,

    /// <summary>The layout of GB/T 9704-2012 (党政机关公文格式): fonts, 三号, line grid, and in an export the page.</summary>
    Gongwen,
}
