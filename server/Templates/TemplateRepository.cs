using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Dapper;
using OutlineAddin.Data;
using OutlineAddin.Numbering;
using OutlineAddin.Outlines;

namespace OutlineAddin.Templates;

/// <summary>
/// Reading templates as a caller may see them (the built-ins and their own teams' templates; another
/// team's do not exist for them), and keeping the built-in library current.
/// </summary>
public sealed class TemplateRepository(SqliteDatabase database, TimeProvider clock)
{
    // Visible: built-in, or in a team the caller belongs to; never what is in a bin.
    private const string Visible = """
        t.deleted_at IS NULL
        AND (t.team_id IS NULL OR t.team_id IN (SELECT team_id FROM team_members WHERE user_id = @UserId))
        """;

    private const string Filter = $"""
        WHERE {Visible}
          AND (@Query IS NULL OR instr(lower(t.search_text), lower(@Query)) > 0 OR instr(lower(t.category), lower(@Query)) > 0)
          AND (@Category IS NULL OR t.category = @Category)
          AND (@TeamId IS NULL OR t.team_id = @TeamId)
          AND (@Scope IS NULL OR (@Scope = 'builtin') = (t.team_id IS NULL))
        """;

    private const string SummaryColumns = """
        t.id, t.name, t.category, t.node_count AS NodeCount, t.version, t.updated_at AS UpdatedAt,
        t.team_id AS TeamId, u.name AS UpdatedBy, t.tags_json AS TagsJson
        """;

    public sealed record SearchFilter(string? Query, string? Category, string? TeamId, string? Scope, string? UserId);

    public async Task<(IReadOnlyList<TemplateSummary> Items, int Total)> SearchAsync(
        SearchFilter filter, int page, int pageSize, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var parameters = new { filter.Query, filter.Category, filter.TeamId, filter.Scope, filter.UserId, Take = pageSize, Skip = (page - 1) * pageSize };
        using var results = await connection.QueryMultipleAsync(new CommandDefinition($"""
            SELECT {SummaryColumns}
            FROM templates t LEFT JOIN users u ON u.id = t.updated_by
            {Filter}
            ORDER BY t.team_id IS NOT NULL, t.sort_order, t.updated_at DESC, t.name
            LIMIT @Take OFFSET @Skip;
            SELECT count(*) FROM templates t {Filter};
            """, parameters, cancellationToken: cancellationToken));
        var rows = await results.ReadAsync<TemplateRow>();
        var total = await results.ReadSingleAsync<int>();
        return (rows.Select(row => row.ToSummary()).ToList(), total);
    }

    public async Task<IReadOnlyList<string>> CategoriesAsync(string? userId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var categories = await connection.QueryAsync<string>(new CommandDefinition($"""
            SELECT t.category FROM templates t WHERE {Visible}
            GROUP BY t.category ORDER BY min(t.team_id IS NOT NULL), min(t.sort_order), t.category
            """, new { UserId = userId }, cancellationToken: cancellationToken));
        return categories.ToList();
    }

    /// <summary>A template the caller may see; null when there is none or it is another team's.</summary>
    public async Task<Template?> FindAsync(string id, string? userId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<TemplateRow>(new CommandDefinition($"""
            SELECT {SummaryColumns}, t.default_style_id AS DefaultStyleId, t.levels_json AS LevelsJson, t.nodes_json AS NodesJson
            FROM templates t LEFT JOIN users u ON u.id = t.updated_by
            WHERE t.id = @Id AND {Visible}
            """, new { Id = id, UserId = userId }, cancellationToken: cancellationToken));
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
            var content = draft.Content;
            var levelsJson = JsonSerializer.Serialize(content.Levels, StoredJson.Options);
            var nodesJson = JsonSerializer.Serialize(content.Nodes, StoredJson.Options);
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
                    draft.Id, content.Name, content.Category, content.DefaultStyleId, LevelsJson = levelsJson, NodesJson = nodesJson,
                    content.NodeCount, content.SearchText, draft.SortOrder, UpdatedAt = now,
                    ContentHash = ContentHash(content.Name, content.Category, content.DefaultStyleId, levelsJson, nodesJson),
                }, transaction, cancellationToken: cancellationToken));
        }
        await transaction.CommitAsync(cancellationToken);
    }

    public static string ContentHash(params string[] parts) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001F', parts))));

    internal static DateTimeOffset ParseTime(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);

    private sealed class TemplateRow
    {
        public string Id { get; init; } = "";
        public string Name { get; init; } = "";
        public string Category { get; init; } = "";
        public long NodeCount { get; init; }
        public long Version { get; init; }
        public string UpdatedAt { get; init; } = "";
        public string? TeamId { get; init; }
        public string? UpdatedBy { get; init; }
        public string TagsJson { get; init; } = "[]";
        public string DefaultStyleId { get; init; } = "";
        public string LevelsJson { get; init; } = "[]";
        public string NodesJson { get; init; } = "[]";

        private string Scope => TeamId is null ? TemplateScope.BuiltIn : TemplateScope.Team;

        private IReadOnlyList<string> Tags => JsonSerializer.Deserialize<List<string>>(TagsJson, StoredJson.Options)!;

        public TemplateSummary ToSummary() =>
            new(Id, Name, Category, (int)NodeCount, (int)Version, ParseTime(UpdatedAt), Scope, TeamId, UpdatedBy, Tags);

        public Template ToTemplate() => new(
            Id, Name, Category, DefaultStyleId, (int)Version, ParseTime(UpdatedAt), Scope, TeamId, UpdatedBy, Tags,
            JsonSerializer.Deserialize<List<LevelFormat>>(LevelsJson, StoredJson.Options)!,
            JsonSerializer.Deserialize<List<OutlineNode>>(NodesJson, StoredJson.Options)!);
    }
}
