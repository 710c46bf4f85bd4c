using OutlineAddin.Data;
using OutlineAddin.Identity;
using OutlineAddin.Numbering;
using OutlineAddin.Teams;
using OutlineAddin.Templates;

namespace OutlineAddin.Tests.Data;

/// <summary>Times and flags read back as written, the same on SQLite (text, integers) and PostgreSQL (timestamptz, booleans).</summary>
public class RoundTripTests
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    /// <summary>Provider, the clock's time, the time read back: in UTC, to the microsecond (timestamptz keeps no more).</summary>
    public static TheoryData<StorageProvider, DateTimeOffset, DateTimeOffset> Times()
    {
        (DateTimeOffset Written, DateTimeOffset Read)[] times =
        [
            (new DateTimeOffset(2026, 11, 30, 13, 30, 0, Beijing).AddTicks(1234567), new DateTimeOffset(2026, 11, 30, 5, 30, 0, TimeSpan.Zero).AddTicks(1234560)),
            (new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero).AddTicks(10), new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero).AddTicks(10)),
            (new DateTimeOffset(2026, 1, 1, 7, 59, 59, Beijing).AddTicks(9_999_999), new DateTimeOffset(2025, 12, 31, 23, 59, 59, TimeSpan.Zero).AddTicks(9_999_990)),
            (new DateTimeOffset(2024, 2, 29, 12, 0, 0, TimeSpan.FromHours(-5)), new DateTimeOffset(2024, 2, 29, 17, 0, 0, TimeSpan.Zero)),
        ];
        var data = new TheoryData<StorageProvider, DateTimeOffset, DateTimeOffset>();
        foreach (var provider in Enum.GetValues<StorageProvider>())
        {
            foreach (var (written, read) in times) data.Add(provider, written, read);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Times))]
    public async Task A_time_reads_back_as_the_same_utc_instant_to_the_microsecond(StorageProvider provider, DateTimeOffset written, DateTimeOffset read)
    {
        if (BothProviders.Unavailable(provider)) return;
        await using var temporary = await TemporaryDatabase.CreateAsync(provider: provider);
        var clock = new FixedClock(written);
        var users = new UserRepository(temporary.Database, clock);
        var templates = new TemplateRepository(temporary.Database, clock);
        var (user, token) = await users.CreateAsync("王老师", CancellationToken.None);
        var team = await new TeamRepository(temporary.Database, clock).CreateAsync("甲团队", "Asia/Shanghai", user.Id, CancellationToken.None);
        var id = Assert.IsType<TemplateWrite.Created>(await templates.CreateAsync(Content("季度总结"), team.Id, user.Id, CancellationToken.None)).Id;
        await templates.MoveToBinAsync(id, user.Id, CancellationToken.None);
        await users.RevokeTokenAsync(user.Id, token.Id, CancellationToken.None);

        var history = Assert.Single(await templates.VersionsAsync(id, CancellationToken.None));
        var binned = Assert.Single(await templates.BinAsync(team.Id, CancellationToken.None));
        var listed = Assert.Single(await users.ListTokensAsync(user.Id, CancellationToken.None));

        Assert.All([token.CreatedAt, history.CreatedAt, binned.DeletedAt, listed.CreatedAt, listed.RevokedAt!.Value], time =>
        {
            Assert.Equal(read, time);
            Assert.Equal(TimeSpan.Zero, time.Offset);
        });
    }

    [Theory]
    [MemberData(nameof(BothProviders.All), MemberType = typeof(BothProviders))]
    public async Task Flags_and_missing_times_read_back_as_written(StorageProvider provider)
    {
        if (BothProviders.Unavailable(provider)) return;
        await using var temporary = await TemporaryDatabase.CreateAsync(provider: provider);
        var clock = TimeProvider.System;
        var users = new UserRepository(temporary.Database, clock);
        var templates = new TemplateRepository(temporary.Database, clock);
        var (user, token) = await users.CreateAsync("王老师", CancellationToken.None);
        var team = await new TeamRepository(temporary.Database, clock).CreateAsync("甲团队", "Asia/Shanghai", user.Id, CancellationToken.None);
        var live = Assert.IsType<TemplateWrite.Created>(await templates.CreateAsync(Content("留着"), team.Id, user.Id, CancellationToken.None)).Id;
        var binned = Assert.IsType<TemplateWrite.Created>(await templates.CreateAsync(Content("扔掉"), team.Id, user.Id, CancellationToken.None)).Id;
        await templates.MoveToBinAsync(binned, user.Id, CancellationToken.None);
        await templates.SaveBuiltInsAsync(new BuiltInLibrary(1, [new TemplateDraft("builtin-1", "内置", "公文", "gongwen", BuiltInStyles.Gongwen.Levels, [new("总体情况", [])], 1)]), CancellationToken.None);

        Assert.Equal(new TemplateOwnership(team.Id, InBin: false), await templates.OwnershipAsync(live, CancellationToken.None));
        Assert.Equal(new TemplateOwnership(team.Id, InBin: true), await templates.OwnershipAsync(binned, CancellationToken.None));
        Assert.Equal(new TemplateOwnership(null, InBin: false), await templates.OwnershipAsync("builtin-1", CancellationToken.None));
        Assert.Null(Assert.Single(await users.ListTokensAsync(user.Id, CancellationToken.None)).RevokedAt);
        Assert.Null((await templates.VersionAsync(live, 1, CancellationToken.None))!.RestoredFrom);
    }

    private static TemplateContent Content(string name) =>
        new(name, "团队模板", ["季度"], "gongwen", BuiltInStyles.Gongwen.Levels, [new("总体情况", [new("主要做法", [])])]);
}
