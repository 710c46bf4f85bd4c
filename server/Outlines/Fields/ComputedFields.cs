using System.Globalization;
using OutlineAddin.Numbering;

namespace OutlineAddin.Outlines.Fields;

/// <summary>
/// The fields whose value is today's, as a team reads the calendar in its time zone: 年份 (2026), 季度 (四: 第四季度,
/// 四季度), 月份 (11) and 日期 (2026年11月30日). They are computed on every request, never remembered.
/// </summary>
public static class ComputedFields
{
    public const string Year = "年份";
    public const string Quarter = "季度";
    public const string Month = "月份";
    public const string Date = "日期";

    public static readonly IReadOnlyList<string> Names = [Year, Quarter, Month, Date];

    public static bool IsComputed(string name) => Names.Contains(name, StringComparer.Ordinal);

    public static IReadOnlyDictionary<string, string> At(DateTimeOffset now, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(now, zone);
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [Year] = local.Year.ToString(CultureInfo.InvariantCulture),
            [Quarter] = ChineseNumerals.Format((local.Month + 2) / 3),
            [Month] = local.Month.ToString(CultureInfo.InvariantCulture),
            [Date] = string.Create(CultureInfo.InvariantCulture, $"{local.Year}年{local.Month}月{local.Day}日"),
        };
    }
}
