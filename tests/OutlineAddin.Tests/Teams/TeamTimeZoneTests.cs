using System.Net;
using System.Net.Http.Json;
using OutlineAddin.Teams;
using OutlineAddin.Tests.Api;
using static OutlineAddin.Tests.Teams.TeamWorld;

namespace OutlineAddin.Tests.Teams;

public class TeamTimeZoneTests(OutlineApiFactory factory) : IClassFixture<OutlineApiFactory>
{
    [Fact]
    public async Task A_team_works_in_Asia_Shanghai_unless_created_with_another_zone()
    {
        var world = await CreateAsync(factory);
        var owner = world.Callers[Owner];

        var teams = await ReadAsync(await owner.GetAsync("/api/teams"));
        var berlin = await ReadAsync(await owner.PostAsJsonAsync("/api/teams", new { name = "柏林办事处", timeZone = "Europe/Berlin" }));

        Assert.Equal("Asia/Shanghai", teams.EnumerateArray().Single(team => team.GetProperty("id").GetString() == world.TeamA).GetProperty("timeZone").GetString());
        Assert.Equal("Europe/Berlin", berlin.GetProperty("timeZone").GetString());
    }

    [Theory]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("China Standard Time")]
    [InlineData("../../etc/passwd")]
    public async Task An_unknown_time_zone_is_a_400_naming_the_field(string timeZone)
    {
        var world = await CreateAsync(factory);

        var created = await world.Callers[Owner].PostAsJsonAsync("/api/teams", new { name = "火星站", timeZone });
        var changed = await world.Callers[Owner].PatchAsJsonAsync($"/api/teams/{world.TeamA}", new { timeZone });

        Assert.True((await created.AssertProblemAsync(HttpStatusCode.BadRequest, "IANA")).GetProperty("errors").TryGetProperty("timeZone", out _));
        await changed.AssertProblemAsync(HttpStatusCode.BadRequest, "IANA");
    }

    [Fact]
    public async Task An_owner_renames_the_team_and_changes_its_zone_and_others_may_not()
    {
        var world = await CreateAsync(factory);

        var editor = await world.Callers[Editor].PatchAsJsonAsync($"/api/teams/{world.TeamA}", new { name = "编辑者改名" });
        var outsider = await world.Callers[Outsider].PatchAsJsonAsync($"/api/teams/{world.TeamA}", new { name = "外人改名" });
        var renamed = await ReadAsync(await world.Callers[Owner].PatchAsJsonAsync($"/api/teams/{world.TeamA}", new { name = "机关第二党支部" }));
        var moved = await ReadAsync(await world.Callers[Owner].PatchAsJsonAsync($"/api/teams/{world.TeamA}", new { timeZone = "Asia/Urumqi" }));

        await editor.AssertProblemAsync(HttpStatusCode.Forbidden, "所有者");
        await outsider.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(("机关第二党支部", "Asia/Shanghai", "owner"),
            (renamed.GetProperty("name").GetString(), renamed.GetProperty("timeZone").GetString(), renamed.GetProperty("role").GetString()));
        Assert.Equal(("机关第二党支部", "Asia/Urumqi"), (moved.GetProperty("name").GetString(), moved.GetProperty("timeZone").GetString()));
    }

    [Fact]
    public async Task A_stale_save_tells_the_time_in_the_team_s_zone_and_names_a_zone_other_than_Beijing()
    {
        var world = await CreateAsync(factory);
        var owner = world.Callers[Owner];
        var original = await world.ETagAsync(world.TemplateA);
        (await owner.SendAsync(Put(world.TemplateA, original, new { name = "第二版", nodes = Outline("乙") }))).EnsureSuccessStatusCode();
        var savedAt = DateTimeOffset.Parse((await ReadAsync(await owner.GetAsync($"/api/templates/{world.TemplateA}"))).GetProperty("updatedAt").GetString()!);

        var beijing = await owner.SendAsync(Put(world.TemplateA, original, new { name = "第三版", nodes = Outline("丙") }));
        await beijing.AssertProblemAsync(HttpStatusCode.PreconditionFailed, $"{savedAt.ToOffset(TimeSpan.FromHours(8)):yyyy-MM-dd HH:mm}（北京时间）");

        (await owner.PatchAsJsonAsync($"/api/teams/{world.TeamA}", new { timeZone = "America/New_York" })).EnsureSuccessStatusCode();
        var newYork = await owner.SendAsync(Put(world.TemplateA, original, new { name = "第三版", nodes = Outline("丙") }));
        var local = TimeZoneInfo.ConvertTime(savedAt, TimeZoneInfo.FindSystemTimeZoneById("America/New_York"));
        await newYork.AssertProblemAsync(HttpStatusCode.PreconditionFailed, $"{local:yyyy-MM-dd HH:mm}（America/New_York 时间）");
    }

    [Fact]
    public void Without_tzdata_Asia_Shanghai_is_still_known_as_UTC_plus_8_and_other_zones_are_not()
    {
        static TimeZoneInfo? NoTzdata(string id) => null;

        var shanghai = TeamTimeZones.Find("Asia/Shanghai", NoTzdata);

        Assert.NotNull(shanghai);
        Assert.Equal(TimeSpan.FromHours(8), shanghai.GetUtcOffset(new DateTimeOffset(2026, 7, 1, 0, 0, 0, TimeSpan.Zero)));
        Assert.Equal("2026-11-30 18:40（北京时间）", TeamTimeZones.Describe(new DateTimeOffset(2026, 11, 30, 10, 40, 0, TimeSpan.Zero), shanghai));
        Assert.Null(TeamTimeZones.Find("Europe/Berlin", NoTzdata));
    }

    private static HttpRequestMessage Put(string id, string ifMatch, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/templates/{id}") { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return request;
    }
}
