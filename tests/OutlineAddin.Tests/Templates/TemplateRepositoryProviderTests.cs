using System.Data.Common;
using Dapper;
using OutlineAddin.Data;
using OutlineAddin.Identity;
using OutlineAddin.Numbering;
using OutlineAddin.Outlines;
using OutlineAddin.Teams;
using OutlineAddin.Templates;
using OutlineAddin.Tests.Data;

namespace OutlineAddin.Tests.Templates;

/// <summary>The templates' queries answer the same on SQLite and PostgreSQL: search, order, names, concurrent saves.</summary>
public class TemplateRepositoryProviderTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 5, 30, 0, TimeSpan.Zero);

    private sealed record World(TemporaryDatabase Temporary, TemplateRepository Templates, string UserId, string TeamId) : IAsyncDisposable
    {
        public static async Task<World> CreateAsync(StorageProvider provider)
        {
            var temporary = await TemporaryDatabase.CreateAsync(provider: provider);
            var clock = new FixedClock(Now); // one time for every write: the order falls to the names
            var (user, _) = await new UserRepository(temporary.Database, clock).CreateAsync("王老师", CancellationToken.None);
            var team = await new TeamRepository(temporary.Database, clock).CreateAsync("甲团队", "Asia/Shanghai", user.Id, CancellationToken.None);
            return new World(temporary, new TemplateRepository(temporary.Database, clock), user.Id, team.Id);
        }

        public async Task<string> AddAsync(string name, string category = "团队模板", params string[] headings) =>
            Assert.IsType<TemplateWrite.Created>(
                await Templates.CreateAsync(Content(name, category, headings), TeamId, UserId, CancellationToken.None)).Id;

        public async Task<IReadOnlyList<string>> SearchAsync(string? query, int page = 1, int pageSize = 100)
        {
            var (items, _) = await Templates.SearchAsync(
                new TemplateRepository.SearchFilter(query, null, TeamId, null, UserId), page, pageSize, CancellationToken.None);
            return items.Select(item => item.Name).ToList();
        }

        public ValueTask DisposeAsync() => Temporary.DisposeAsync();
    }

    private static TemplateContent Content(string name, string category = "团队模板", params string[] headings) =>
        new(name, category, [], "gongwen", BuiltInStyles.Gongwen.Levels, [.. headings.Select(heading => new OutlineNode(heading, []))]);

    /// <summary>Provider, query, the names found: Chinese as written, ASCII letters in any case, other letters as written.</summary>
    public static TheoryData<StorageProvider, string, string[]> Searches()
    {
        (string Query, string[] Found)[] searches =
        [
            ("季度", ["季度工作总结"]),
            ("工作", ["季度工作总结", "年度工作要点"]),
            ("word", ["季度工作总结"]),
            ("WORD 操作", ["季度工作总结"]),
            ("report", ["Annual Report 年报"]),
            ("REPORTS", ["Annual Report 年报"]),
            ("公文", ["季度工作总结", "年度工作要点"]),
            ("年报", ["Annual Report 年报"]),
            ("über", []),
            ("Über", ["Übersicht"]),
            ("ｗｏｒｄ", []),
            ("没有", []),
        ];
        var data = new TheoryData<StorageProvider, string, string[]>();
        foreach (var provider in Enum.GetValues<StorageProvider>())
        {
            foreach (var (query, found) in searches) data.Add(provider, query, found);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Searches))]
    public async Task Search_finds_chinese_as_written_and_ascii_letters_in_any_case(StorageProvider provider, string query, string[] found)
    {
        if (BothProviders.Unavailable(provider)) return;
        await using var world = await World.CreateAsync(provider);
        await world.AddAsync("季度工作总结", "公文", "Word 操作指南");
        await world.AddAsync("年度工作要点", "公文");
        await world.AddAsync("Annual Report 年报", "Reports");
        await world.AddAsync("Übersicht", "Deutsch");

        Assert.Equal(found.Order(StringComparer.Ordinal), await world.SearchAsync(query));
    }

    // Names whose order by code point differs from a language's collation (case, punctuation, digits, CJK, accents).
    private static readonly string[] Names = ["b", "C", "a", "甲", "乙", "Zeta", "_x", "Ä", "10", "9", "a-b", "ab", "Ab c", "ａ全角", "é"];

    [Theory]
    [MemberData(nameof(BothProviders.All), MemberType = typeof(BothProviders))]
    public async Task Templates_teams_and_categories_are_listed_in_code_point_order_page_by_page(StorageProvider provider)
    {
        if (BothProviders.Unavailable(provider)) return;
        await using var world = await World.CreateAsync(provider);
        var teams = new TeamRepository(world.Temporary.Database, new FixedClock(Now));
        foreach (var name in Names)
        {
            await world.AddAsync(name, category: name);
            await teams.CreateAsync(name, "Asia/Shanghai", world.UserId, CancellationToken.None);
        }
        var expected = Names.Order(StringComparer.Ordinal).ToList();

        var pages = new List<string>();
        for (var page = 1; page <= 4; page++) pages.AddRange(await world.SearchAsync(null, page, pageSize: 4));

        Assert.Equal(expected, pages);
        Assert.Equal(expected, await world.Templates.CategoriesAsync(world.UserId, CancellationToken.None));
        Assert.Equal(expected.Append("甲团队").Order(StringComparer.Ordinal),
            (await teams.ListForUserAsync(world.UserId, CancellationToken.None)).Select(team => team.Name));
    }

    [Theory]
    [MemberData(nameof(BothProviders.All), MemberType = typeof(BothProviders))]
    public async Task The_unique_index_refuses_a_second_live_name_and_the_provider_knows_it_for_one(StorageProvider provider)
    {
        if (BothProviders.Unavailable(provider)) return;
        await using var world = await World.CreateAsync(provider);
        var id = await world.AddAsync("季度总结");
        await using var connection = await world.Temporary.Database.OpenAsync();

        var error = await Assert.ThrowsAnyAsync<DbException>(() => connection.ExecuteAsync("""
            INSERT INTO templates (id, name, name_key, category, default_style_id, levels_json, nodes_json, node_count, search_text,
                                   content_hash, version, updated_at, team_id)
            SELECT 'copy', name, name_key, category, default_style_id, levels_json, nodes_json, node_count, search_text,
                   content_hash, version, updated_at, team_id FROM templates WHERE id = @Id
            """, new { Id = id }));

        Assert.True(world.Temporary.Database.IsUniqueViolation(error));
    }

    [Theory]
    [MemberData(nameof(BothProviders.All), MemberType = typeof(BothProviders))]
    public async Task Of_twelve_creates_of_one_name_at_once_one_is_stored_and_the_others_are_told_its_name_is_taken(StorageProvider provider)
    {
        if (BothProviders.Unavailable(provider)) return;
        await using var world = await World.CreateAsync(provider);
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var writing = Task.WhenAll(Enumerable.Range(0, 12).Select(async writer =>
        {
            await start.Task;
            // Differently written, the same name as compared (case and width folded): only the index's key can tell.
            return await world.Templates.CreateAsync(Content(writer % 2 == 0 ? "Word 总结" : "ＷＯＲＤ 总结"), world.TeamId, world.UserId, CancellationToken.None);
        }));
        start.SetResult();
        var writes = await writing;

        var created = Assert.IsType<TemplateWrite.Created>(Assert.Single(writes, write => write is TemplateWrite.Created));
        Assert.All(writes.Where(write => write is not TemplateWrite.Created),
            write => Assert.Equal(created.Id, Assert.IsType<TemplateWrite.NameTaken>(write).ExistingId));
        Assert.Single(await world.SearchAsync(null));
    }

    [Theory]
    [MemberData(nameof(BothProviders.All), MemberType = typeof(BothProviders))]
    public async Task Concurrent_if_match_saves_of_one_template_make_one_version_each_and_lose_none(StorageProvider provider)
    {
        if (BothProviders.Unavailable(provider)) return;
        await using var world = await World.CreateAsync(provider);
        var id = await world.AddAsync("季度总结");
        const int writers = 8, rounds = 5;
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var saving = Task.WhenAll(Enumerable.Range(0, writers).Select(async writer =>
        {
            await start.Task;
            var mine = new List<(int Version, string Heading)>();
            for (var round = 0; round < rounds; round++)
            {
                // As a client does: read the version (the ETag), then save with If-Match on it.
                var read = (await world.Templates.FindAsync(id, world.UserId, CancellationToken.None))!.Version;
                var heading = $"第{writer}人第{round}次";
                var write = await world.Templates.UpdateAsync(id, new HashSet<int> { read }, Content("季度总结", "团队模板", heading), world.UserId, CancellationToken.None);
                if (write is TemplateWrite.Written written) mine.Add((written.Version, heading));
                else Assert.IsType<TemplateWrite.Stale>(write);
            }
            return mine;
        }));
        start.SetResult();
        var saved = await saving;

        var successes = saved.SelectMany(mine => mine).OrderBy(success => success.Version).ToList();
        Assert.Equal(Enumerable.Range(2, successes.Count), successes.Select(success => success.Version));
        Assert.Equal(1 + successes.Count, (await world.Templates.FindAsync(id, world.UserId, CancellationToken.None))!.Version);
        foreach (var (version, heading) in successes)
        {
            var stored = await world.Templates.VersionAsync(id, version, CancellationToken.None);
            Assert.Equal(heading, Assert.Single(stored!.Content.Nodes).Title);
        }
    }
}
