using OutlineAddin.Outlines.Fields;
using OutlineAddin.Teams;

namespace OutlineAddin.Tests.Fields;

public class ComputedFieldsTests
{
    public static TheoryData<string, string, string, string, string, string> Moments() => new()
    {
        // The last moment of a quarter and the first of the next, as each team's calendar reads them.
        { "2026-03-31T15:59:59Z", "Asia/Shanghai", "2026", "一", "3", "2026年3月31日" },
        { "2026-03-31T16:00:00Z", "Asia/Shanghai", "2026", "二", "4", "2026年4月1日" },
        { "2026-06-30T23:59:59Z", "UTC", "2026", "二", "6", "2026年6月30日" },
        { "2026-07-01T00:00:00Z", "UTC", "2026", "三", "7", "2026年7月1日" },
        { "2026-09-30T22:30:00Z", "Europe/Berlin", "2026", "四", "10", "2026年10月1日" },
        // New Year: already 2027 in Beijing, still 2026 in New York.
        { "2026-12-31T16:00:00Z", "Asia/Shanghai", "2027", "一", "1", "2027年1月1日" },
        { "2026-12-31T16:00:00Z", "America/New_York", "2026", "四", "12", "2026年12月31日" },
        { "2027-01-01T04:59:59Z", "America/New_York", "2026", "四", "12", "2026年12月31日" },
    };

    [Theory]
    [MemberData(nameof(Moments))]
    public void Today_s_year_quarter_month_and_date_are_the_team_s_calendar(string utc, string zone, string year, string quarter, string month, string date)
    {
        var values = ComputedFields.At(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture), TeamTimeZones.Find(zone)!);
        Assert.Equal([year, quarter, month, date], ComputedFields.Names.Select(name => values[name]));
    }
}
