using Microsoft.Extensions.Time.Testing;
using OutlineAddin.Data;
using OutlineAddin.Identity;
using OutlineAddin.Teams;
using OutlineAddin.Tests.Data;

namespace OutlineAddin.Tests.Teams;

/// <summary>A team's remembered field values, the same on SQLite and PostgreSQL.</summary>
public class FieldDefaultsRepositoryTests
{
    private sealed record World(TemporaryDatabase Temporary, FieldDefaultsRepository Defaults, string TeamA, string TeamB, string UserId, FakeTimeProvider Clock);

    private static async Task<World> CreateAsync(StorageProvider provider)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero));
        var temporary = await TemporaryDatabase.CreateAsync(clock, provider);
        var (user, _) = await new UserRepository(temporary.Database, clock).CreateAsync("安", CancellationToken.None);
        var teams = new TeamRepository(temporary.Database, clock);
        var teamA = await teams.CreateAsync("甲队", "Asia/Shanghai", user.Id, CancellationToken.None);
        var teamB = await teams.CreateAsync("乙队", "Asia/Shanghai", user.Id, CancellationToken.None);
        return new World(temporary, new FieldDefaultsRepository(temporary.Database, clock), teamA.Id, teamB.Id, user.Id, clock);
    }

    private static Dictionary<string, string> Values(params (string Name, string Value)[] values) =>
        values.ToDictionary(entry => entry.Name, entry => entry.Value, StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(BothProviders.All), MemberType = typeof(BothProviders))]
    public async Task Remembers_each_team_s_latest_values_and_forgets_a_name_saved_blank(StorageProvider provider)
    {
        if (BothProviders.Unavailable(provider)) return;
        var world = await CreateAsync(provider);
        await using var _ = world.Temporary;

        await world.Defaults.SaveAsync(world.TeamA, Values(("单位", "某某县委办"), ("部门", "办公室")), world.UserId, CancellationToken.None);
        await world.Defaults.SaveAsync(world.TeamB, Values(("单位", "另一个单位")), world.UserId, CancellationToken.None);
        world.Clock.Advance(TimeSpan.FromMinutes(1));
        await world.Defaults.SaveAsync(world.TeamA, Values(("单位", " 某某县委 "), ("部门", ""), ("活动", "主题党日")), world.UserId, CancellationToken.None);

        Assert.Equal(Values(("单位", "某某县委"), ("活动", "主题党日")), await world.Defaults.ForTeamAsync(world.TeamA, CancellationToken.None));
        Assert.Equal(Values(("单位", "另一个单位")), await world.Defaults.ForTeamAsync(world.TeamB, CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(BothProviders.All), MemberType = typeof(BothProviders))]
    public async Task Past_the_limit_a_team_keeps_the_names_saved_most_recently(StorageProvider provider)
    {
        if (BothProviders.Unavailable(provider)) return;
        var world = await CreateAsync(provider);
        await using var _ = world.Temporary;

        // One name a second: 名称0 … 名称209, then 名称0 again.
        for (var i = 0; i < FieldDefaultsRepository.MaxRemembered + 10; i++)
        {
            await world.Defaults.SaveAsync(world.TeamA, Values(($"名称{i}", $"值{i}")), world.UserId, CancellationToken.None);
            world.Clock.Advance(TimeSpan.FromSeconds(1));
        }
        await world.Defaults.SaveAsync(world.TeamA, Values(("名称0", "新值")), world.UserId, CancellationToken.None);

        var remembered = await world.Defaults.ForTeamAsync(world.TeamA, CancellationToken.None);
        Assert.Equal(FieldDefaultsRepository.MaxRemembered, remembered.Count);
        Assert.Equal("新值", remembered["名称0"]);
        Assert.Contains("名称11", remembered.Keys);
        Assert.DoesNotContain("名称10", remembered.Keys);
        Assert.DoesNotContain("名称1", remembered.Keys);
    }
}
