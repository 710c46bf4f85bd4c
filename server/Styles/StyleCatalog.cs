using System.Text.Json;
using Dapper;
using OutlineAddin.Data;
using OutlineAddin.Numbering;

namespace OutlineAddin.Styles;

/// <summary>A numbering style as a caller sees it: built in, or defined by one of their teams.</summary>
public sealed record CatalogStyle(string Id, string Name, string NameEn, IReadOnlyList<LevelFormat> Levels, string Scope, string? TeamId)
{
    public NumberingStyle ToStyle() => new(Id, Name, NameEn, Levels);

    public static CatalogStyle BuiltIn(NumberingStyle style) => new(style.Id, style.Name, style.NameEn, style.Levels, "builtin", null);
}

/// <summary>
/// All numbering styles: the built-in ones and those teams define for their members. A team's style is
/// invisible to everyone outside the team.
/// </summary>
public sealed class StyleCatalog(SqliteDatabase database, TimeProvider clock)
{
    public const string TeamStylePrefix = "team-";

    public async Task<IReadOnlyList<CatalogStyle>> ListAsync(string? userId, CancellationToken cancellationToken)
    {
        var builtIns = BuiltInStyles.All.Select(CatalogStyle.BuiltIn);
        if (userId is null) return builtIns.ToList();
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<StyleRow>(new CommandDefinition("""
            SELECT s.id AS Id, s.name AS Name, s.name_en AS NameEn, s.levels_json AS LevelsJson, s.team_id AS TeamId
            FROM numbering_styles s JOIN team_members m ON m.team_id = s.team_id AND m.user_id = @UserId
            ORDER BY s.created_at
            """, new { UserId = userId }, cancellationToken: cancellationToken));
        return builtIns.Concat(rows.Select(row => row.ToStyle())).ToList();
    }

    /// <summary>A style the caller may use; null when there is none, or it belongs to another team.</summary>
    public async Task<CatalogStyle?> FindAsync(string id, string? userId, CancellationToken cancellationToken)
    {
        if (BuiltInStyles.Find(id) is { } builtIn) return CatalogStyle.BuiltIn(builtIn);
        if (userId is null || !id.StartsWith(TeamStylePrefix, StringComparison.Ordinal)) return null;
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<StyleRow>(new CommandDefinition("""
            SELECT s.id AS Id, s.name AS Name, s.name_en AS NameEn, s.levels_json AS LevelsJson, s.team_id AS TeamId
            FROM numbering_styles s JOIN team_members m ON m.team_id = s.team_id AND m.user_id = @UserId
            WHERE s.id = @Id
            """, new { Id = id, UserId = userId }, cancellationToken: cancellationToken));
        return row?.ToStyle();
    }

    public async Task<CatalogStyle> CreateAsync(
        string teamId, string name, string nameEn, IReadOnlyList<LevelFormat> levels, string userId, CancellationToken cancellationToken)
    {
        var style = new CatalogStyle(TeamStylePrefix + Identity.AccessTokens.NewId(), name, nameEn, levels, "team", teamId);
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO numbering_styles (id, team_id, name, name_en, levels_json, created_by, created_at)
            VALUES (@Id, @TeamId, @Name, @NameEn, @LevelsJson, @UserId, @Now)
            """, new
        {
            style.Id, TeamId = teamId, style.Name, style.NameEn, LevelsJson = JsonSerializer.Serialize(levels, StoredJson.Options),
            UserId = userId, Now = clock.GetUtcNow().ToString("O"),
        }, cancellationToken: cancellationToken));
        return style;
    }

    private sealed class StyleRow
    {
        public string Id { get; init; } = "";
        public string Name { get; init; } = "";
        public string NameEn { get; init; } = "";
        public string LevelsJson { get; init; } = "[]";
        public string TeamId { get; init; } = "";

        public CatalogStyle ToStyle() =>
            new(Id, Name, NameEn, JsonSerializer.Deserialize<List<LevelFormat>>(LevelsJson, StoredJson.Options)!, "team", TeamId);
    }
}
