using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;
using OutlineAddin.Templates;

namespace OutlineAddin.Data.Migrations;

/// <summary>
/// The part of migration 003 SQL cannot do: fill <c>name_key</c> for the templates already stored, and rename the
/// live duplicates a team made before names had to differ, so that 004's unique index can be built.
/// </summary>
/// <remarks>
/// In each team, the template created first keeps its name; each later one becomes “名称（2）”, “名称（3）”… in the
/// order they were created (then by id), skipping names the team already has. The rename is a repair, not an edit:
/// it changes the name of the current version in place (templates row and its history row, with search text and
/// content hash), so the version number, and with it every client's ETag, stays what it was.
/// </remarks>
public static class TemplateNameKeyMigration
{
    public const int Version = 3;

    public static async Task RunAsync(SqliteConnection connection, DbTransaction transaction)
    {
        var rows = (await connection.QueryAsync<Row>("""
            SELECT t.id AS Id, t.name AS Name, t.team_id AS TeamId, t.deleted_at IS NOT NULL AS InBin, t.version AS Version,
                   t.category AS Category, t.default_style_id AS DefaultStyleId, t.levels_json AS LevelsJson,
                   t.nodes_json AS NodesJson, t.tags_json AS TagsJson, t.search_text AS SearchText,
                   (SELECT min(v.created_at) FROM template_versions v WHERE v.template_id = t.id) AS CreatedAt
            FROM templates t ORDER BY t.team_id, CreatedAt, t.id
            """, transaction: transaction)).ToList();

        foreach (var row in rows.Where(row => row.TeamId is not null))
        {
            await connection.ExecuteAsync("UPDATE templates SET name_key = @Key WHERE id = @Id",
                new { Key = TemplateNames.Key(row.Name), row.Id }, transaction);
        }

        foreach (var team in rows.Where(row => row.TeamId is not null && !row.InBin).GroupBy(row => row.TeamId))
        {
            var taken = team.Select(row => TemplateNames.Key(row.Name)).ToHashSet();
            var kept = new HashSet<string>();
            foreach (var row in team)
            {
                if (kept.Add(TemplateNames.Key(row.Name))) continue;
                var name = TemplateNames.Numbered(row.Name, taken);
                taken.Add(TemplateNames.Key(name));
                await RenameAsync(connection, transaction, row, name);
            }
        }
    }

    private static async Task RenameAsync(SqliteConnection connection, DbTransaction transaction, Row row, string name)
    {
        // search_text starts with the name (TemplateContent.SearchText); the hash covers the name too.
        var firstLineEnd = row.SearchText.IndexOf('\n');
        var searchText = firstLineEnd < 0 ? name : name + row.SearchText[firstLineEnd..];
        var hash = TemplateRepository.ContentHash(name, row.Category, row.DefaultStyleId, row.LevelsJson, row.NodesJson, row.TagsJson);
        await connection.ExecuteAsync("""
            UPDATE templates SET name = @Name, name_key = @Key, search_text = @SearchText, content_hash = @Hash WHERE id = @Id;
            UPDATE template_versions SET name = @Name WHERE template_id = @Id AND version = @Version;
            """, new { Name = name, Key = TemplateNames.Key(name), SearchText = searchText, Hash = hash, row.Id, row.Version }, transaction);
    }

    private sealed class Row
    {
        public string Id { get; init; } = "";
        public string Name { get; init; } = "";
        public string? TeamId { get; init; }
        public bool InBin { get; init; }
        public long Version { get; init; }
        public string Category { get; init; } = "";
        public string DefaultStyleId { get; init; } = "";
        public string LevelsJson { get; init; } = "[]";
        public string NodesJson { get; init; } = "[]";
        public string TagsJson { get; init; } = "[]";
        public string SearchText { get; init; } = "";
        public string? CreatedAt { get; init; }
    }
}
