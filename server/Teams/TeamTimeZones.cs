using System.Text.RegularExpressions;

namespace OutlineAddin.Teams;

/// <summary>
/// The time zone a team works in: an IANA id (Asia/Shanghai, Europe/Berlin), checked against the machine's tzdata.
/// </summary>
/// <remarks>
/// .NET on Linux reads /usr/share/zoneinfo (tzdata); with InvariantGlobalization it knows IANA ids only (not Windows
/// names such as "China Standard Time"). A slim container may have no tzdata at all: then only the default,
/// Asia/Shanghai, is known, as the fixed UTC+8 China has kept since 1991 (no daylight saving), so that every team
/// keeps working; other zones are refused until tzdata is installed, rather than being silently treated as UTC.
/// </remarks>
public static partial class TeamTimeZones
{
    public const string Default = "Asia/Shanghai";

    private static readonly TimeZoneInfo ChinaStandardTime =
        TimeZoneInfo.CreateCustomTimeZone(Default, TimeSpan.FromHours(8), "中国标准时间", "中国标准时间");

    /// <summary>The zone, or null when <paramref name="id"/> is not an IANA id this machine knows.</summary>
    public static TimeZoneInfo? Find(string? id) => Find(id, SystemZone);

    /// <param name="systemZone">The machine's tzdata; a test passes one that knows nothing.</param>
    internal static TimeZoneInfo? Find(string? id, Func<string, TimeZoneInfo?> systemZone)
    {
        if (id is null || id.Length > 64 || !IanaId().IsMatch(id)) return null;
        return systemZone(id) ?? (id == Default ? ChinaStandardTime : null);
    }

    /// <summary>A stored team's zone; the default if the machine no longer knows it (tzdata removed since).</summary>
    public static TimeZoneInfo FindOrDefault(string? id) => Find(id) ?? Find(Default)!;

    /// <summary>A moment as a team member reads it: “2026-11-30 18:40（北京时间）”, or with the zone named when it is another.</summary>
    public static string Describe(DateTimeOffset moment, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(moment, zone);
        return zone.Id == Default ? $"{local:yyyy-MM-dd HH:mm}（北京时间）" : $"{local:yyyy-MM-dd HH:mm}（{zone.Id} 时间）";
    }

    private static TimeZoneInfo? SystemZone(string id) => TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : null;

    // Area/Location[/Sub] or a single name such as UTC: no dots, so no path can be made of it.
    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+){0,2}$")]
    private static partial Regex IanaId();
}
