namespace OutlineAddin.Numbering;

/// <summary>The numbering conventions Chinese offices use, shipped with the product.</summary>
public static class BuiltInStyles
{
    // Below 公文's four levels practice continues with ①, then Latin letters and Roman numerals.
    private static readonly LevelFormat[] DeepLevels =
    [
        new(NumFmt.DecimalEnclosedCircle, "%5"),
        new(NumFmt.LowerLetter, "%6."),
        new(NumFmt.LowerLetter, "（%7）"),
        new(NumFmt.LowerRoman, "%8."),
        new(NumFmt.LowerRoman, "（%9）"),
    ];

    public static readonly NumberingStyle Gongwen = new("gongwen", "公文标准（GB/T 9704）", "Official documents (GB/T 9704)",
    [
        new(NumFmt.ChineseCounting, "%1、"),
        new(NumFmt.ChineseCounting, "（%2）"),
        new(NumFmt.Decimal, "%3."),
        new(NumFmt.Decimal, "（%4）"),
        .. DeepLevels,
    ]);

    public static readonly NumberingStyle GongwenShort = new("gongwen-short", "公文两级（一、→ 1.）", "Official documents, level skipped",
    [
        new(NumFmt.ChineseCounting, "%1、"),
        new(NumFmt.Decimal, "%2."),
        new(NumFmt.Decimal, "（%3）"),
        new(NumFmt.DecimalEnclosedCircle, "%4"),
        new(NumFmt.LowerLetter, "%5."),
        new(NumFmt.LowerLetter, "（%6）"),
        new(NumFmt.LowerRoman, "%7."),
        new(NumFmt.LowerRoman, "（%8）"),
        new(NumFmt.UpperLetter, "%9."),
    ]);

    public static readonly NumberingStyle Decimal = new("decimal", "条款编号（GB/T 1.1）", "Clause numbers (GB/T 1.1)",
    [
        new(NumFmt.Decimal, "%1 "),
        new(NumFmt.Decimal, "%1.%2 "),
        new(NumFmt.Decimal, "%1.%2.%3 "),
        new(NumFmt.Decimal, "%1.%2.%3.%4 "),
        new(NumFmt.Decimal, "%1.%2.%3.%4.%5 "),
        new(NumFmt.Decimal, "%1.%2.%3.%4.%5.%6 "),
        new(NumFmt.Decimal, "%1.%2.%3.%4.%5.%6.%7 "),
        new(NumFmt.Decimal, "%1.%2.%3.%4.%5.%6.%7.%8 "),
        new(NumFmt.Decimal, "%1.%2.%3.%4.%5.%6.%7.%8.%9 "),
    ]);

    // Articles are numbered through the whole law, not per chapter.
    public static readonly NumberingStyle Legal = new("legal", "法规（章节条）", "Laws and regulations",
    [
        new(NumFmt.ChineseCounting, "第%1章 "),
        new(NumFmt.ChineseCounting, "第%2节 "),
        new(NumFmt.ChineseCounting, "第%3条 ", Continuous: true),
        new(NumFmt.ChineseCounting, "（%4）"),
        new(NumFmt.Decimal, "%5."),
        new(NumFmt.Decimal, "（%6）"),
        new(NumFmt.DecimalEnclosedCircle, "%7"),
        new(NumFmt.LowerLetter, "%8."),
        new(NumFmt.LowerRoman, "%9."),
    ]);

    public static readonly NumberingStyle YiShi = new("yishi", "一是、二是（讲话提纲）", "Speech points (一是/二是)",
    [
        new(NumFmt.ChineseCounting, "%1、"),
        new(NumFmt.ChineseCounting, "%2是"),
        new(NumFmt.Decimal, "%3."),
        new(NumFmt.Decimal, "（%4）"),
        .. DeepLevels,
    ]);

    public static readonly NumberingStyle Ordinal = new("ordinal", "第一，第二，", "Ordinals (第一，)",
    [
        new(NumFmt.ChineseCounting, "第%1，"),
        new(NumFmt.ChineseCounting, "（%2）"),
        new(NumFmt.Decimal, "%3."),
        new(NumFmt.Decimal, "（%4）"),
        .. DeepLevels,
    ]);

    public static readonly NumberingStyle Western = new("western", "I. / A. / 1. / a.（英文提纲）", "Western outline (I. A. 1. a.)",
    [
        new(NumFmt.UpperRoman, "%1."),
        new(NumFmt.UpperLetter, "%2."),
        new(NumFmt.Decimal, "%3."),
        new(NumFmt.LowerLetter, "%4."),
        new(NumFmt.Decimal, "(%5)"),
        new(NumFmt.LowerLetter, "(%6)"),
        new(NumFmt.LowerRoman, "%7."),
        new(NumFmt.LowerRoman, "(%8)"),
        new(NumFmt.UpperLetter, "(%9)"),
    ]);

    public static readonly IReadOnlyList<NumberingStyle> All = [Gongwen, GongwenShort, Decimal, Legal, YiShi, Ordinal, Western];

    public static NumberingStyle? Find(string id) => All.FirstOrDefault(style => style.Id == id);
}
