using DocumentFormat.OpenXml.Wordprocessing;

namespace OutlineAddin.WordDocuments;

/// <summary>
/// The fonts the 公文 preset names, each with the font Word and LibreOffice may use where it is missing
/// (<c>w:altName</c>): the GB2312 fonts are absent from most machines since Windows Vista, which ship 仿宋 and 楷体 instead.
/// </summary>
public static class FontTable
{
    private static readonly (string Name, string AlternateName)[] GongwenFonts =
    [
        (GongwenTypography.Fangsong, "仿宋"),
        ("仿宋", "FangSong"),
        (GongwenTypography.Kaiti, "楷体"),
        ("楷体", "KaiTi"),
        (GongwenTypography.Heiti, "SimHei"),
    ];

    public static Fonts Gongwen() => new(GongwenFonts.Select(font => new Font(
        new AltName { Val = font.AlternateName },
        // GB2312 (charset 0x86) and a fixed pitch: how Windows describes these fonts, so Word matches them by more than name.
        new FontCharSet { Val = "86" },
        new FontFamily { Val = FontFamilyValues.Modern },
        new Pitch { Val = FontPitchValues.Fixed })
    { Name = font.Name }));
}
