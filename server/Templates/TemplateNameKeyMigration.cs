using System.Data.Common;
using Dapper;
using OutlineAddin.Data;

namespace OutlineAddin.Templates;

/// <summary>
/// The part of migration 003 SQL cannot do: fill <c>name_key</c> for the templates already stored, and rename the
/// live duplicates a team made before names had to differ, so that 004's unique index can be built.
/// </summary>
/// <remarks>
/// In each team, the template created first keeps its name; each later one becomes “名称（2）”, “名称（3）”… in the
/// order they were created (their first version's time; for a template without history, its last change; then by id),
/// skipping names the team already has, and shortened so that the name stays within <see cref="TemplateNames.MaxLength"/>.
/// The rename is a new version, as any other change of name would be: the current content under the new name, made by
/// whoever last saved the template (or, when nobody is recorded, by <see cref="RenamedBy"/>). Its version number, and
/// with it the ETag, moves on, so a client still holding the old version that saves it gets a 412 (someone changed
/// it) rather than a 409 pointing at the template that kept the name; and the history keeps the old name.
/// It lives with the templates, not in Data/, because names are compared by the templates' rule (<see cref="TemplateNames.Key"/>);
/// the templates feature registers it as the <see cref="IMigrationStep"/> of script 003. Its hash is the repository's
/// (<see cref="TemplateRepository.ContentHash"/>), so that a later save of the same content is seen as unchanged; its
/// SQL is its own, written for the schema as script 003 leaves it, which the repository's queries may outgrow.
/// </remarks>
public sealed class TemplateNameKeyMigration(TimeProvider clock) : IMigrationStep
{
    /// <summary>SQLite's script 003: PostgreSQL's schema starts with name_key and its unique index, and has nothing to fill.</summary>
    public StorageProvider Provider => StorageProvider.Sqlite;

    public int Version => 3;

    /// <summary>The user a rename is recorded as made by when nobody is recorded as having saved the template.</summary>
    public const string RenamedById = "system";

    /// <summary>The name of <see cref="RenamedById"/>, as the history shows it.</summary>
    public const string RenamedBy = "系统";

    public async Task RunAsync(DbConnection connection, DbTransaction transaction)
    {
        var rows = (await connection.QueryAsync<Row>("""
            SELECT t.id AS Id, t.name AS Name, t.team_id AS TeamId, t.deleted_at IS NOT NULL AS InBin, t.version AS Version,
                   t.category AS Category, t.default_style_id AS DefaultStyleId, t.levels_json AS LevelsJson,
                   t.nodes_json AS NodesJson, t.tags_json AS TagsJson, t.search_text AS SearchText, t.node_count AS NodeCount,
                   t.updated_by AS UpdatedBy,
                   coalesce((SELECT min(v.created_at) FROM template_versions v WHERE v.template_id = t.id), t.updated_at) AS CreatedAt
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

    private async Task RenameAsync(DbConnection connection, DbTransaction transaction, Row row, string name)
    {
        // search_text starts with the name (TemplateContent.SearchText); the hash covers the name too.
        var firstLineEnd = row.SearchText.IndexOf('\n');
        var searchText = firstLineEnd < 0 ? name : name + row.SearchText[firstLineEnd..];
        var hash = TemplateRepository.ContentHash(name, row.Category, row.DefaultStyleId, row.LevelsJson, row.NodesJson, row.TagsJson);
        var renamedBy = row.UpdatedBy ?? await RenamingUserAsync(connection, transaction);
        await connection.ExecuteAsync("""
            UPDATE templates SET name = @Name, name_key = @Key, search_text = @SearchText, content_hash = @Hash,
                                 version = @NewVersion, updated_at = @Now, updated_by = @RenamedBy
            WHERE id = @Id;
            INSERT INTO template_versions (template_id, version, name, category, tags_json, default_style_id, levels_json, nodes_json,
                                           node_count, created_at, created_by, restored_from)
            VALUES (@Id, @NewVersion, @Name, @Category, @TagsJson, @DefaultStyleId, @LevelsJson, @NodesJson, @NodeCount, @Now, @RenamedBy, NULL);
            """, new
        {
            Name = name, Key = TemplateNames.Key(name), SearchText = searchText, Hash = hash, row.Id, NewVersion = row.Version + 1,
            Now = clock.GetUtcNow(), RenamedBy = renamedBy, row.Category, row.TagsJson, row.DefaultStyleId,
            row.LevelsJson, row.NodesJson, row.NodeCount,
        }, transaction);
    }

    private async Task<string> RenamingUserAsync(DbConnection connection, DbTransaction transaction)
    {
        await connection.ExecuteAsync(
            "INSERT OR IGNORE INTO users (id, name, created_at) VALUES (@Id, @Name, @Now)",
            new { Id = RenamedById, Name = RenamedBy, Now = clock.GetUtcNow() }, transaction);
        return RenamedById;
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
        public long NodeCount { get; init; }
        public string? UpdatedBy { get; init; }
        public string? CreatedAt { get; init; }
    }
}
