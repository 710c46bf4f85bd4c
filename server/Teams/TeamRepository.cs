using Dapper;
using OutlineAddin.Data;

namespace OutlineAddin.Teams;

/// <summary>Teams and their members.</summary>
public sealed class TeamRepository(SqliteDatabase database, TimeProvider clock)
{
    public async Task<Team> CreateAsync(string name, string timeZone, string ownerId, CancellationToken cancellationToken)
    {
        var team = new Team(Identity.AccessTokens.NewId(), name, TeamRole.Owner, timeZone);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow().ToString("O");
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO teams (id, name, time_zone, created_at) VALUES (@Id, @Name, @TimeZone, @Now)", new { team.Id, team.Name, team.TimeZone, Now = now }, transaction,
            cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO team_members (team_id, user_id, role, added_at) VALUES (@TeamId, @UserId, 'owner', @Now)",
            new { TeamId = team.Id, UserId = ownerId, Now = now }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return team;
    }

    public async Task<IReadOnlyList<Team>> ListForUserAsync(string userId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string Id, string Name, string Role, string TimeZone)>(new CommandDefinition("""
            SELECT t.id, t.name, m.role, t.time_zone FROM team_members m JOIN teams t ON t.id = m.team_id
            WHERE m.user_id = @UserId ORDER BY t.name
            """, new { UserId = userId }, cancellationToken: cancellationToken));
        return rows.Select(row => new Team(row.Id, row.Name, ParseRole(row.Role), row.TimeZone)).ToList();
    }

    /// <summary>Renames a team or moves it to another time zone; null leaves a field as it is.</summary>
    public async Task UpdateAsync(string teamId, string? name, string? timeZone, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE teams SET name = coalesce(@Name, name), time_zone = coalesce(@TimeZone, time_zone) WHERE id = @TeamId",
            new { TeamId = teamId, Name = name, TimeZone = timeZone }, cancellationToken: cancellationToken));
    }

    /// <summary>The team as <paramref name="userId"/> sees it; null when they are not a member.</summary>
    public async Task<Team?> FindForUserAsync(string teamId, string userId, CancellationToken cancellationToken) =>
        (await ListForUserAsync(userId, cancellationToken)).FirstOrDefault(team => team.Id == teamId);

    public async Task<string?> TimeZoneOfAsync(string teamId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
            "SELECT time_zone FROM teams WHERE id = @TeamId", new { TeamId = teamId }, cancellationToken: cancellationToken));
    }

    /// <summary>The caller's role in a team; null when they are not a member (the team then does not exist for them).</summary>
    public async Task<TeamRole?> RoleOfAsync(string teamId, string? userId, CancellationToken cancellationToken)
    {
        if (userId is null) return null;
        await using var connection = await database.OpenAsync(cancellationToken);
        var role = await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
            "SELECT role FROM team_members WHERE team_id = @TeamId AND user_id = @UserId",
            new { TeamId = teamId, UserId = userId }, cancellationToken: cancellationToken));
        return role is null ? null : ParseRole(role);
    }

    public async Task<IReadOnlyList<TeamMember>> MembersAsync(string teamId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string UserId, string Name, string Role)>(new CommandDefinition("""
            SELECT u.id, u.name, m.role FROM team_members m JOIN users u ON u.id = m.user_id
            WHERE m.team_id = @TeamId ORDER BY m.added_at
            """, new { TeamId = teamId }, cancellationToken: cancellationToken));
        return rows.Select(row => new TeamMember(row.UserId, row.Name, ParseRole(row.Role))).ToList();
    }

    /// <summary>Adds a member, or changes the role of one already there.</summary>
    public async Task<MembershipChange> SetRoleAsync(string teamId, string userId, TeamRole role, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var exists = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT count(*) FROM users WHERE id = @UserId", new { UserId = userId }, transaction, cancellationToken: cancellationToken));
        if (exists == 0) return MembershipChange.NoSuchUser;
        if (role != TeamRole.Owner && await IsLastOwnerAsync(connection, transaction, teamId, userId, cancellationToken))
        {
            return MembershipChange.LastOwner;
        }
        var existing = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT count(*) FROM team_members WHERE team_id = @TeamId AND user_id = @UserId",
            new { TeamId = teamId, UserId = userId }, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO team_members (team_id, user_id, role, added_at) VALUES (@TeamId, @UserId, @Role, @Now)
            ON CONFLICT (team_id, user_id) DO UPDATE SET role = excluded.role
            """, new { TeamId = teamId, UserId = userId, Role = RoleName(role), Now = clock.GetUtcNow().ToString("O") },
            transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return existing == 0 ? MembershipChange.Added : MembershipChange.Changed;
    }

    public async Task<MembershipChange> RemoveAsync(string teamId, string userId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (await IsLastOwnerAsync(connection, transaction, teamId, userId, cancellationToken)) return MembershipChange.LastOwner;
        var removed = await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM team_members WHERE team_id = @TeamId AND user_id = @UserId",
            new { TeamId = teamId, UserId = userId }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return removed == 0 ? MembershipChange.NotAMember : MembershipChange.Removed;
    }

    // Checked inside the writing transaction, so two owners demoting each other at once cannot leave the team ownerless.
    private static async Task<bool> IsLastOwnerAsync(
        Microsoft.Data.Sqlite.SqliteConnection connection, System.Data.Common.DbTransaction transaction, string teamId, string userId,
        CancellationToken cancellationToken)
    {
        var owners = (await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT user_id FROM team_members WHERE team_id = @TeamId AND role = 'owner'", new { TeamId = teamId }, transaction,
            cancellationToken: cancellationToken))).ToList();
        return owners is [var only] && only == userId;
    }

    public static string RoleName(TeamRole role) => role.ToString().ToLowerInvariant();

    private static TeamRole ParseRole(string role) => Enum.Parse<TeamRole>(role, ignoreCase: true);
}

public enum MembershipChange { Added, Changed, Removed, NoSuchUser, NotAMember, LastOwner }
