namespace OutlineAddin.Numbering;

/// <summary>
/// OOXML number formats (<c>w:numFmt</c>) a level can count in. The JSON names are the OOXML names,
/// so a style maps one to one onto a Word list.
/// </summary>
public enum NumFmt
{
    Decimal,
    DecimalFullWidth,
    ChineseCounting,
    ChineseCountingThousand,
    ChineseLegalSimplified,
    DecimalEnclosedCircle,
    IdeographTraditional,
    UpperLetter,
    LowerLetter,
    UpperRoman,
    LowerRoman,
    None,
}
