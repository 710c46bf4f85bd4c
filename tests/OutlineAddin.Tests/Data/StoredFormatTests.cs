using System.Text.Json;
using Dapper;
using OutlineAddin.Data;
using OutlineAddin.Numbering;
using OutlineAddin.Teams;
using OutlineAddin.Templates;

namespace OutlineAddin.Tests.Data;

/// <summary>A SQLite database written by earlier versions of the server reads the same, and new writes look as the old ones did.</summary>
[Trait("Storage", "SqliteOnly")]
public class StoredFormatTests
{
    private static readonly string GongwenLevelsJson = JsonSerializer.Serialize(BuiltInStyles.Gongwen.Levels, StoredJson.Options);

    [Fact]
    public async Task A_team_template_row_as_the_old_server_wrote_it_reads_with_its_times_version_tags_levels_and_history()
    {
        await using var temporary = await TemporaryDatabase.CreateAsync(provider: StorageProvider.Sqlite);
        await using (var connection = await temporary.Database.OpenAsync())
        {
            // The text the server before the type handlers wrote: times as ToString("O") in UTC, JSON by StoredJson.Options.
            await connection.ExecuteAsync("""
                INSERT INTO users (id, name, created_at) VALUES ('u1', '王老师', '2025-01-01T00:00:00.0000000+00:00');
                INSERT INTO teams (id, name, created_at, time_zone) VALUES ('a', '甲团队', '2025-01-01T00:00:00.0000000+00:00', 'Asia/Shanghai');
                INSERT INTO team_members (team_id, user_id, role, added_at) VALUES ('a', 'u1', 'editor', '2025-01-01T00:00:00.0000000+00:00');
                INSERT INTO templates (id, name, name_key, category, default_style_id, levels_json, nodes_json, node_count, search_text,
                                       content_hash, is_builtin, sort_order, version, updated_at, team_id, tags_json, updated_by)
                VALUES ('t1', '季度总结', '季度总结', '团队模板', 'gongwen', @Levels, '[{"title":"总体情况","children":[{"title":"主要做法","children":[]}]}]',
                        2, '季度总结', 'hash', 0, 0, 3, '2025-03-01T08:00:00.1234567+00:00', 'a', '["季度","总结"]', 'u1');
                INSERT INTO template_versions (template_id, version, name, category, tags_json, default_style_id, levels_json, nodes_json,
                                               node_count, created_at, created_by, restored_from)
                VALUES ('t1', 3, '季度总结', '团队模板', '["季度","总结"]', 'gongwen', @Levels, '[{"title":"总体情况","children":[]}]',
                        1, '2025-03-01T08:00:00.1234567+00:00', 'u1', 1);
                """, new { Levels = GongwenLevelsJson });
        }
        var templates = new TemplateRepository(temporary.Database, TimeProvider.System);
        var updatedAt = new DateTimeOffset(2025, 3, 1, 8, 0, 0, TimeSpan.Zero).AddTicks(1234567);

        var template = await templates.FindAsync("t1", "u1", CancellationToken.None);
        var (summaries, total) = await templates.SearchAsync(new TemplateRepository.SearchFilter(null, null, "a", null, "u1"), 1, 20, CancellationToken.None);
        var version = await templates.VersionAsync("t1", 3, CancellationToken.None);
        var team = await new TeamRepository(temporary.Database, TimeProvider.System).FindForUserAsync("a", "u1", CancellationToken.None);

        Assert.NotNull(template);
        Assert.Equal((3, updatedAt, Scopes.Team, "a", "王老师"), (template.Version, template.UpdatedAt, template.Scope, template.TeamId, template.UpdatedBy));
        Assert.Equal(["季度", "总结"], template.Tags);
        Assert.Equal(GongwenLevelsJson, JsonSerializer.Serialize(template.Levels, StoredJson.Options));
        Assert.Equal("主要做法", Assert.Single(Assert.Single(template.Nodes).Children).Title);
        var summary = Assert.Single(summaries);
        Assert.Equal((1, "t1", 2, 3, updatedAt, Scopes.Team), (total, summary.Id, summary.NodeCount, summary.Version, summary.UpdatedAt, summary.Scope));
        Assert.NotNull(version);
        Assert.Equal((3, updatedAt, "王老师", (int?)1, "总体情况"), (version.Version, version.CreatedAt, version.CreatedBy, version.RestoredFrom, Assert.Single(version.Content.Nodes).Title));
        Assert.Equal(new Team("a", "甲团队", TeamRole.Editor, "Asia/Shanghai"), team);
    }

    [Fact]
    public async Task A_new_template_and_its_first_version_are_stamped_in_the_old_text_format_to_the_microsecond()
    {
        await using var temporary = await TemporaryDatabase.CreateAsync(provider: StorageProvider.Sqlite);
        var now = new DateTimeOffset(2026, 11, 30, 13, 30, 0, TimeSpan.Zero).AddTicks(1234567);
        var clock = new FixedClock(now);
        var owner = await new Identity.UserRepository(temporary.Database, clock).CreateAsync("王老师", CancellationToken.None);
        var team = await new TeamRepository(temporary.Database, clock).CreateAsync("甲团队", "Asia/Shanghai", owner.User.Id, CancellationToken.None);
        var content = new TemplateContent("季度总结", "团队模板", ["季度"], "gongwen", BuiltInStyles.Gongwen.Levels, [new("总体情况", [])]);

        var created = await new TemplateRepository(temporary.Database, clock).CreateAsync(content, team.Id, owner.User.Id, CancellationToken.None);

        var id = Assert.IsType<TemplateWrite.Created>(created).Id;
        await using var connection = await temporary.Database.OpenAsync();
        var stored = await connection.QuerySingleAsync<(string UpdatedAt, string CreatedAt, string TagsJson, string LevelsJson)>(
            "SELECT t.updated_at, v.created_at, t.tags_json, t.levels_json FROM templates t JOIN template_versions v ON v.template_id = t.id WHERE t.id = @Id",
            new { Id = id });
        // The clock's last 100 ns tick is cut: PostgreSQL keeps microseconds, and both providers store the same time.
        Assert.Equal(("2026-11-30T13:30:00.1234560+00:00", "2026-11-30T13:30:00.1234560+00:00", """["\u5B63\u5EA6"]""", GongwenLevelsJson), stored);
        Assert.Equal("2026-11-30T13:30:00.1234560+00:00", await connection.ExecuteScalarAsync<string>("SELECT created_at FROM teams"));
    }
}
