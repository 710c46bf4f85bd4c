using Dapper;
using OutlineAddin.Data;
using OutlineAddin.Numbering;
using OutlineAddin.Teams;

namespace OutlineAddin.Styles;

/// <summary>A numbering style as a caller sees it: built in, or defined by one of their teams.</summary>
public sealed record CatalogStyle(string Id, string Name, string NameEn, IReadOnlyList<LevelFormat> Levels, string Scope, string? TeamId)
{
    // How Dapper builds a team's style from a row (it picks the constructor whose parameters are the columns): the scope is
    // not stored, and SQLite cannot type a computed scope column when a list comes back empty.
    private CatalogStyle(string id, string name, string nameEn, IReadOnlyList<LevelFormat> levels, string teamId)
        : this(id, name, nameEn, levels, Scopes.Team, teamId)
    {
    }

    public NumberingStyle ToStyle() => new(Id, Name, NameEn, Levels);

    public static CatalogStyle BuiltIn(NumberingStyle style) => new(style.Id, style.Name, style.NameEn, style.Levels, Scopes.BuiltIn, null);
}

/// <summary>
/// All numbering styles: the built-in ones and those teams define for their members. A team's style is
/// invisible to everyone outside the team.
/// </summary>
public sealed class StyleCatalog(OutlineDatabase database, TimeProvider clock)
{
    public const string TeamStylePrefix = "team-";

    /// <summary>How a style's levels are stored: a JSON column (levels_json).</summary>
    public static void AddColumnTypes() => DapperTypeHandlers.AddJsonColumn<IReadOnlyList<LevelFormat>>();

    // A team's style as the parameters of CatalogStyle's constructor for Dapper, in their order.
    private const string TeamStyleColumns = "s.id AS Id, s.name AS Name, s.name_en AS NameEn, s.levels_json AS Levels, s.team_id AS TeamId";

    public async Task<IReadOnlyList<CatalogStyle>> ListAsync(string? userId, CancellationToken cancellationToken)
    {
        var builtIns = BuiltInStyles.All.Select(CatalogStyle.BuiltIn);
        if (userId is null) return builtIns.ToList();
        await using var connection = await database.OpenAsync(cancellationToken);
        var teamStyles = await connection.QueryAsync<CatalogStyle>(new CommandDefinition($"""
            SELECT {TeamStyleColumns}
            FROM numbering_styles s JOIN team_members m ON m.team_id = s.team_id AND m.user_id = @UserId
            ORDER BY s.created_at
            """, new { UserId = userId }, cancellationToken: cancellationToken));
        return builtIns.Concat(teamStyles).ToList();
    }

    /// <summary>A style the caller may use; null when there is none, or it belongs to another team.</summary>
    public async Task<CatalogStyle?> FindAsync(string id, string? userId, CancellationToken cancellationToken)
    {
        if (BuiltInStyles.Find(id) is { } builtIn) return CatalogStyle.BuiltIn(builtIn);
        if (userId is null || !id.StartsWith(TeamStylePrefix, StringComparison.Ordinal)) return null;
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<CatalogStyle>(new CommandDefinition($"""
            SELECT {TeamStyleColumns}
            FROM numbering_styles s JOIN team_members m ON m.team_id = s.team_id AND m.user_id = @UserId
            WHERE s.id = @Id
            """, new { Id = id, UserId = userId }, cancellationToken: cancellationToken));
    }

    public Task<CatalogStyle> CreateAsync(
        string teamId, string name, string nameEn, IReadOnlyList<LevelFormat> levels, string userId, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            var style = new CatalogStyle(TeamStylePrefix + Ids.New(), name, nameEn, levels, Scopes.Team, teamId);
            await connection.ExecuteAsync(new CommandDefinition("""
                INSERT INTO numbering_styles (id, team_id, name, name_en, levels_json, created_by, created_at)
                VALUES (@Id, @TeamId, @Name, @NameEn, @Levels, @UserId, @Now)
                """, new { style.Id, style.TeamId, style.Name, style.NameEn, style.Levels, UserId = userId, Now = clock.GetUtcNow() },
                transaction, cancellationToken: cancellationToken));
            return style;
        }, cancellationToken);
}
