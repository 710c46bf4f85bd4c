using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Dapper;
using OutlineAddin.Data;
using OutlineAddin.Numbering;
using OutlineAddin.Outlines;

namespace OutlineAddin.Templates;

/// <summary>Templates in the database: search, fetch, and keeping the built-in library current.</summary>
public sealed class TemplateRepository(SqliteDatabase database, TimeProvider clock)
{
    private const string Filter = """
        WHERE (@Query IS NULL OR instr(lower(search_text), lower(@Query)) > 0)
          AND (@Category IS NULL OR category = @Category)
        """;

    public async Task<(IReadOnlyList<TemplateSummary> Items, int Total)> SearchAsync(
        string? query, string? category, int page, int pageSize, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var parameters = new { Query = query, Category = category, Take = pageSize, Skip = (page - 1) * pageSize };
        using var results = await connection.QueryMultipleAsync(new CommandDefinition($"""
            SELECT id, name, category, node_count AS NodeCount, version, updated_at AS UpdatedAt
            FROM templates {Filter}
            ORDER BY sort_order, name
            LIMIT @Take OFFSET @Skip;
            SELECT count(*) FROM templates {Filter};
            """, parameters, cancellationToken: cancellationToken));
        var rows = await results.ReadAsync<SummaryRow>();
        var total = await results.ReadSingleAsync<int>();
        return (rows.Select(row => row.ToSummary()).ToList(), total);
    }

    public async Task<IReadOnlyList<string>> CategoriesAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var categories = await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT category FROM templates GROUP BY category ORDER BY min(sort_order), category", cancellationToken: cancellationToken));
        return categories.ToList();
    }

    public async Task<Template?> FindAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<TemplateRow>(new CommandDefinition("""
            SELECT id, name, category, default_style_id AS DefaultStyleId, version, updated_at AS UpdatedAt,
                   levels_json AS LevelsJson, nodes_json AS NodesJson
            FROM templates WHERE id = @Id
            """, new { Id = id }, cancellationToken: cancellationToken));
        return row?.ToTemplate();
    }

    /// <summary>
    /// Stores the built-in library. A template whose content changed since the last start gets a new
    /// version; an unchanged one keeps its version and date, so clients' cached copies stay valid.
    /// </summary>
    public async Task SaveBuiltInsAsync(IEnumerable<TemplateDraft> drafts, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow().ToString("O");
        foreach (var draft in drafts)
        {
            var levelsJson = JsonSerializer.Serialize(draft.Levels, StoredJson.Options);
            var nodesJson = JsonSerializer.Serialize(draft.Nodes, StoredJson.Options);
            await connection.ExecuteAsync(new CommandDefinition("""
                INSERT INTO templates (id, name, category, default_style_id, levels_json, nodes_json, node_count,
                                       search_text, content_hash, is_builtin, sort_order, version, updated_at)
                VALUES (@Id, @Name, @Category, @DefaultStyleId, @LevelsJson, @NodesJson, @NodeCount,
                        @SearchText, @ContentHash, 1, @SortOrder, 1, @UpdatedAt)
                ON CONFLICT (id) DO UPDATE SET
                    name = excluded.name, category = excluded.category, default_style_id = excluded.default_style_id,
                    levels_json = excluded.levels_json, nodes_json = excluded.nodes_json, node_count = excluded.node_count,
                    search_text = excluded.search_text, content_hash = excluded.content_hash, sort_order = excluded.sort_order,
                    version = templates.version + 1, updated_at = excluded.updated_at
                WHERE templates.content_hash <> excluded.content_hash
                """,
                new
                {
                    draft.Id, draft.Name, draft.Category, draft.DefaultStyleId, LevelsJson = levelsJson, NodesJson = nodesJson,
                    draft.NodeCount, draft.SearchText, draft.SortOrder, UpdatedAt = now,
                    ContentHash = Hash(draft.Name, draft.Category, draft.DefaultStyleId, levelsJson, nodesJson),
                }, transaction, cancellationToken: cancellationToken));
        }
        await transaction.CommitAsync(cancellationToken);
    }

    private static string Hash(params string[] parts) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001F', parts))));

    private sealed class SummaryRow
    {
        public string Id { get; init; } = "";
        public string Name { get; init; } = "";
        public string Category { get; init; } = "";
        public long NodeCount { get; init; }
        public long Version { get; init; }
        public string UpdatedAt { get; init; } = "";

        public TemplateSummary ToSummary() => new(Id, Name, Category, (int)NodeCount, (int)Version, DateTimeOffset.Parse(UpdatedAt, System.Globalization.CultureInfo.InvariantCulture));
    }

    private sealed class TemplateRow
    {
        public string Id { get; init; } = "";
        public string Name { get; init; } = "";
        public string Category { get; init; } = "";
        public string DefaultStyleId { get; init; } = "";
        public long Version { get; init; }
        public string UpdatedAt { get; init; } = "";
        public string LevelsJson { get; init; } = "[]";
        public string NodesJson { get; init; } = "[]";

        public Template ToTemplate() => new(
            Id, Name, Category, DefaultStyleId, (int)Version, DateTimeOffset.Parse(UpdatedAt, System.Globalization.CultureInfo.InvariantCulture),
            JsonSerializer.Deserialize<List<LevelFormat>>(LevelsJson, StoredJson.Options)!,
            JsonSerializer.Deserialize<List<OutlineNode>>(NodesJson, StoredJson.Options)!);
    }
}
