namespace OutlineAddin.WordDocuments;

/// <param name="BoldLevel3">
/// GB/T 9704 says nothing about bold; many local rules set level 3 (1.) in bold 仿宋, others do not, so it is a choice.
/// </param>
public sealed record Typography(TypographyPreset Preset, bool BoldLevel3 = false, TypographyApplication Application = TypographyApplication.Styles)
{
    public static readonly Typography None = new(TypographyPreset.None);
}
