using Dapper;
using Microsoft.Data.Sqlite;
using OutlineAddin.Tests.Api;

namespace OutlineAddin.Tests.Teams;

/// <summary>A database from before names had to differ, with duplicates in it, upgraded by the server as it starts.</summary>
public class TemplateNameMigrationTests
{
    [Fact]
    public async Task Upgrading_renames_later_live_duplicates_in_creation_order_and_leaves_the_bin_and_other_teams_alone()
    {
        await using var factory = new OutlineApiFactory();
        await using (var connection = new SqliteConnection($"Data Source={factory.DatabasePath};Pooling=False"))
        {
            await connection.OpenAsync();
            await CreateSchemaBeforeNameKeysAsync(connection);
            await connection.ExecuteAsync("""
                INSERT INTO users (id, name, created_at) VALUES ('u', '老用户', '2025-01-01T00:00:00+00:00');
                INSERT INTO teams (id, name, created_at) VALUES ('a', '甲团队', '2025-01-01T00:00:00+00:00'), ('b', '乙团队', '2025-01-01T00:00:00+00:00');
                """);
            // (id, team, name, created, binned): created out of id order, so the order has to come from the history.
            foreach (var (id, team, name, created, binned) in new[]
            {
                ("t1", "a", "季度总结", "2025-03-01", false),
                ("t2", "a", "季度总结（2）", "2025-02-01", false),
                ("t3", "a", "季度总结 ", "2025-04-01", false),
                ("t0", "a", "季度总结", "2025-01-01", false),
                ("t4", "a", "季度总结", "2025-05-01", true),
                ("t5", "b", "季度总结", "2025-01-01", false),
                ("t6", "a", "ＡＢＣ", "2025-01-01", false),
                ("t7", "a", "abc", "2025-01-02", false),
            })
            {
                await connection.ExecuteAsync("""
                    INSERT INTO templates (id, name, category, default_style_id, levels_json, nodes_json, node_count, search_text,
                                           content_hash, version, updated_at, team_id, deleted_at, deleted_by, updated_by)
                    VALUES (@Id, @Name, '团队模板', 'gongwen', '[]', '[{"title":"甲","children":[]}]', 1, @Name || char(10) || '甲',
                            'hash', 1, @Created, @Team, @DeletedAt, @DeletedBy, 'u');
                    INSERT INTO template_versions (template_id, version, name, category, tags_json, default_style_id, levels_json,
                                                   nodes_json, node_count, created_at, created_by)
                    VALUES (@Id, 1, @Name, '团队模板', '[]', 'gongwen', '[]', '[{"title":"甲","children":[]}]', 1, @Created, 'u');
                    """, new { Id = id, Team = team, Name = name, Created = created + "T00:00:00+00:00", DeletedAt = binned ? created : null, DeletedBy = binned ? "u" : null });
            }
        }

        factory.CreateClient(); // starts the server, which migrates

        await using var upgraded = new SqliteConnection($"Data Source={factory.DatabasePath};Mode=ReadOnly;Pooling=False");
        await upgraded.OpenAsync();
        var names = (await upgraded.QueryAsync<(string Id, string Name)>("SELECT id, name FROM templates WHERE team_id IS NOT NULL ORDER BY id"))
            .ToDictionary(row => row.Id, row => row.Name);
        Assert.Equal(new Dictionary<string, string>
        {
            ["t0"] = "季度总结", ["t1"] = "季度总结（3）", ["t2"] = "季度总结（2）", ["t3"] = "季度总结（4）", ["t4"] = "季度总结",
            ["t5"] = "季度总结", ["t6"] = "ＡＢＣ", ["t7"] = "abc（2）",
        }, names);
        Assert.Equal("季度总结（3）", await upgraded.ExecuteScalarAsync<string>("SELECT name FROM template_versions WHERE template_id = 't1'"));
        Assert.StartsWith("季度总结（3）\n", await upgraded.ExecuteScalarAsync<string>("SELECT search_text FROM templates WHERE id = 't1'"));
        Assert.Equal(1, await upgraded.ExecuteScalarAsync<long>("SELECT version FROM templates WHERE id = 't1'"));
    }

    private static async Task CreateSchemaBeforeNameKeysAsync(SqliteConnection connection)
    {
        var assembly = typeof(Program).Assembly;
        await connection.ExecuteAsync("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
        foreach (var (version, name) in new[] { (1, "001_templates.sql"), (2, "002_teams.sql") })
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream($"OutlineAddin.Data.Migrations.{name}")!);
            await connection.ExecuteAsync(await reader.ReadToEndAsync());
            await connection.ExecuteAsync("INSERT INTO schema_migrations VALUES (@Version, @Name, '2025-01-01')", new { Version = version, Name = name });
        }
    }
}
