using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using OutlineAddin.Identity;
using OutlineAddin.Templates;
using OutlineAddin.Tests.Api;
using OutlineAddin.Tests.Data;

namespace OutlineAddin.Tests.Teams;

/// <summary>A database from before names had to differ, with duplicates in it, upgraded by the server as it starts.</summary>
/// <remarks>SQLite's history: a PostgreSQL database starts with the name keys.</remarks>
[Trait("Storage", "SqliteOnly")]
public class TemplateNameMigrationTests
{
    [Fact]
    public async Task Upgrading_renames_later_live_duplicates_in_creation_order_and_leaves_the_bin_and_other_teams_alone()
    {
        await using var factory = new SqliteApiFactory();
        var longName = new string('长', 100);
        await using (var connection = new SqliteConnection($"Data Source={factory.DatabasePath};Pooling=False"))
        {
            await connection.OpenAsync();
            await CreateSchemaBeforeNameKeysAsync(connection);
            await connection.ExecuteAsync("""
                INSERT INTO users (id, name, created_at) VALUES ('u', '老用户', '2025-01-01T00:00:00+00:00');
                INSERT INTO teams (id, name, created_at) VALUES ('a', '甲团队', '2025-01-01T00:00:00+00:00'), ('b', '乙团队', '2025-01-01T00:00:00+00:00');
                """);
            // (id, team, name, created, binned, history): created out of id order, so the order has to come from the history;
            // without a history row, from updated_at.
            foreach (var (id, team, name, created, binned, history) in new[]
            {
                ("t1", "a", "季度总结", "2025-03-01", false, true),
                ("t2", "a", "季度总结（2）", "2025-02-01", false, true),
                ("t3", "a", "季度总结 ", "2025-04-01", false, true),
                ("t0", "a", "季度总结", "2025-01-01", false, true),
                ("t4", "a", "季度总结", "2025-05-01", true, true),
                ("t5", "b", "季度总结", "2025-01-01", false, true),
                ("t6", "a", "ＡＢＣ", "2025-01-01", false, true),
                ("t7", "a", "abc", "2025-01-02", false, true),
                ("t8", "a", longName, "2025-06-01", false, true),
                ("t9", "a", longName, "2025-06-02", false, true),
                ("h1", "a", "无历史", "2025-09-01", false, false),
                ("h2", "a", "无历史", "2025-08-01", false, true),
            })
            {
                await connection.ExecuteAsync("""
                    INSERT INTO templates (id, name, category, default_style_id, levels_json, nodes_json, node_count, search_text,
                                           content_hash, version, updated_at, team_id, deleted_at, deleted_by, updated_by)
                    VALUES (@Id, @Name, '团队模板', 'gongwen', '[]', '[{"title":"甲","children":[]}]', 1, @Name || char(10) || '甲',
                            'hash', 1, @Created, @Team, @DeletedAt, @DeletedBy, @UpdatedBy);
                    """, new
                {
                    Id = id, Team = team, Name = name, Created = created + "T00:00:00+00:00", DeletedAt = binned ? created : null,
                    DeletedBy = binned ? "u" : null, UpdatedBy = history ? "u" : null,
                });
                if (!history) continue;
                await connection.ExecuteAsync("""
                    INSERT INTO template_versions (template_id, version, name, category, tags_json, default_style_id, levels_json,
                                                   nodes_json, node_count, created_at, created_by)
                    VALUES (@Id, 1, @Name, '团队模板', '[]', 'gongwen', '[]', '[{"title":"甲","children":[]}]', 1, @Created, 'u');
                    """, new { Id = id, Name = name, Created = created + "T00:00:00+00:00" });
            }
        }

        var upgradedAt = new DateTimeOffset(2026, 11, 30, 6, 0, 0, TimeSpan.Zero);
        // Starts the server, which migrates, on a clock of its own: the renames are made at the server's time.
        factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(new FixedClock(upgradedAt))))
            .CreateClient();

        await using var upgraded = new SqliteConnection($"Data Source={factory.DatabasePath};Mode=ReadOnly;Pooling=False");
        await upgraded.OpenAsync();
        Assert.Equal(upgradedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            await upgraded.ExecuteScalarAsync<string>("SELECT created_at FROM template_versions WHERE template_id = 't1' AND version = 2"));
        var names = (await upgraded.QueryAsync<(string Id, string Name)>("SELECT id, name FROM templates WHERE team_id IS NOT NULL ORDER BY id"))
            .ToDictionary(row => row.Id, row => row.Name);
        Assert.Equal(new Dictionary<string, string>
        {
            ["t0"] = "季度总结", ["t1"] = "季度总结（3）", ["t2"] = "季度总结（2）", ["t3"] = "季度总结（4）", ["t4"] = "季度总结",
            ["t5"] = "季度总结", ["t6"] = "ＡＢＣ", ["t7"] = "abc（2）", ["t8"] = longName, ["t9"] = new string('长', 97) + "（2）",
            ["h1"] = "无历史（2）", ["h2"] = "无历史",
        }, names);
        Assert.All(names.Values, name => Assert.True(name.Length <= 100, $"{name.Length} characters: {name}"));
        Assert.StartsWith("季度总结（3）\n", await upgraded.ExecuteScalarAsync<string>("SELECT search_text FROM templates WHERE id = 't1'"));
    }

    [Fact]
    public async Task A_rename_on_upgrade_is_a_new_version_so_a_client_holding_the_old_one_gets_412_not_409()
    {
        await using var factory = new SqliteApiFactory();
        const string token = "oat_migration-test-token";
        await using (var connection = new SqliteConnection($"Data Source={factory.DatabasePath};Pooling=False"))
        {
            await connection.OpenAsync();
            await CreateSchemaBeforeNameKeysAsync(connection);
            await connection.ExecuteAsync("""
                INSERT INTO users (id, name, created_at) VALUES ('u', '老用户', '2025-01-01T00:00:00+00:00');
                INSERT INTO access_tokens (id, user_id, token_hash, name, created_at) VALUES ('k', 'u', @Hash, '测试', '2025-01-01T00:00:00+00:00');
                INSERT INTO teams (id, name, created_at) VALUES ('a', '甲团队', '2025-01-01T00:00:00+00:00');
                INSERT INTO team_members (team_id, user_id, role, added_at) VALUES ('a', 'u', 'owner', '2025-01-01T00:00:00+00:00');
                """, new { Hash = AccessTokens.Hash(token) });
            foreach (var (id, created, updatedBy) in new[] { ("first", "2025-01-01", "u"), ("second", "2025-02-01", "u"), ("third", "2025-03-01", null) })
            {
                await connection.ExecuteAsync("""
                    INSERT INTO templates (id, name, category, default_style_id, levels_json, nodes_json, node_count, search_text,
                                           content_hash, version, updated_at, team_id, updated_by)
                    VALUES (@Id, '季度总结', '团队模板', 'gongwen', '[]', '[{"title":"甲","children":[]}]', 1, '季度总结' || char(10) || '甲',
                            'hash', 1, @Created, 'a', @UpdatedBy);
                    INSERT INTO template_versions (template_id, version, name, category, tags_json, default_style_id, levels_json,
                                                   nodes_json, node_count, created_at, created_by)
                    VALUES (@Id, 1, '季度总结', '团队模板', '[]', 'gongwen', '[]', '[{"title":"甲","children":[]}]', 1, @Created, 'u');
                    """, new { Id = id, Created = created + "T00:00:00+00:00", UpdatedBy = updatedBy });
            }
        }
        var client = TeamWorld.Client(factory, token);

        var versions = await TeamWorld.ReadAsync(await client.GetAsync("/api/templates/second/versions"));
        var current = await client.GetAsync("/api/templates/second");
        var stale = new HttpRequestMessage(HttpMethod.Put, "/api/templates/second")
        {
            Content = JsonContent.Create(new { name = "季度总结", nodes = new[] { new { title = "乙", children = Array.Empty<object>() } } }),
        };
        stale.Headers.TryAddWithoutValidation("If-Match", TemplateETags.Of("second", 1));
        var saved = await client.SendAsync(stale);

        // The rename is the second version, by the one who last saved the template; the first is kept as it was.
        Assert.Equal([(2, "季度总结（2）", "老用户", (int?)null), (1, "季度总结", "老用户", null)], versions.EnumerateArray().Select(version => (
            version.GetProperty("version").GetInt32(), version.GetProperty("name").GetString(), version.GetProperty("createdBy").GetString(),
            version.GetProperty("restoredFrom").ValueKind == JsonValueKind.Null ? null : (int?)version.GetProperty("restoredFrom").GetInt32())));
        Assert.Equal(TemplateETags.Of("second", 2), current.Headers.ETag!.Tag);
        await saved.AssertProblemAsync(HttpStatusCode.PreconditionFailed, "第 2 版");
        // A template nobody is recorded as having saved is renamed in the server's name.
        var third = await TeamWorld.ReadAsync(await client.GetAsync("/api/templates/third/versions"));
        Assert.Equal("系统", third[0].GetProperty("createdBy").GetString());
        Assert.Equal("季度总结（3）", third[0].GetProperty("name").GetString());
    }

    private static async Task CreateSchemaBeforeNameKeysAsync(SqliteConnection connection)
    {
        var assembly = typeof(Program).Assembly;
        await connection.ExecuteAsync("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
        foreach (var (version, name) in new[] { (1, "001_templates.sql"), (2, "002_teams.sql") })
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream($"OutlineAddin.Data.Migrations.Sqlite.{name}")!);
            await connection.ExecuteAsync(await reader.ReadToEndAsync());
            await connection.ExecuteAsync("INSERT INTO schema_migrations VALUES (@Version, @Name, '2025-01-01')", new { Version = version, Name = name });
        }
    }
}
