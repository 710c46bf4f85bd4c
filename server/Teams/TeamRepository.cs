using System.Data.Common;
using Dapper;
using OutlineAddin.Data;

namespace OutlineAddin.Teams;

/// <summary>Teams and their members.</summary>
public sealed class TeamRepository(OutlineDatabase database, TimeProvider clock)
{
    // A team as one member (m) sees it, in the order of Team's parameters.
    private const string TeamColumns = "t.id AS Id, t.name AS Name, m.role AS Role, t.time_zone AS TimeZone";

    public Task<Team> CreateAsync(string name, string timeZone, string ownerId, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            var team = new Team(Ids.New(), name, TeamRole.Owner, timeZone);
            await connection.ExecuteAsync(new CommandDefinition("""
                INSERT INTO teams (id, name, time_zone, created_at) VALUES (@Id, @Name, @TimeZone, @Now);
                INSERT INTO team_members (team_id, user_id, role, added_at) VALUES (@Id, @OwnerId, 'owner', @Now);
                """, new { team.Id, team.Name, team.TimeZone, OwnerId = ownerId, Now = clock.GetUtcNow() }, transaction,
                cancellationToken: cancellationToken));
            return team;
        }, cancellationToken);

    public async Task<IReadOnlyList<Team>> ListForUserAsync(string userId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var teams = await connection.QueryAsync<Team>(new CommandDefinition($"""
            SELECT {TeamColumns} FROM team_members m JOIN teams t ON t.id = m.team_id
            WHERE m.user_id = @UserId ORDER BY t.name
            """, new { UserId = userId }, cancellationToken: cancellationToken));
        return teams.ToList();
    }

    /// <summary>Renames a team or moves it to another time zone; null leaves a field as it is.</summary>
    public Task UpdateAsync(string teamId, string? name, string? timeZone, CancellationToken cancellationToken) =>
        database.WriteAsync((connection, transaction) => connection.ExecuteAsync(new CommandDefinition(
            "UPDATE teams SET name = coalesce(@Name, name), time_zone = coalesce(@TimeZone, time_zone) WHERE id = @TeamId",
            new { TeamId = teamId, Name = name, TimeZone = timeZone }, transaction, cancellationToken: cancellationToken)), cancellationToken);

    /// <summary>The team as <paramref name="userId"/> sees it; null when they are not a member.</summary>
    public async Task<Team?> FindForUserAsync(string teamId, string userId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<Team>(new CommandDefinition($"""
            SELECT {TeamColumns} FROM team_members m JOIN teams t ON t.id = m.team_id
            WHERE m.user_id = @UserId AND t.id = @TeamId
            """, new { UserId = userId, TeamId = teamId }, cancellationToken: cancellationToken));
    }

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
        // Dapper reads a name into an enum inside a record, not as a single value.
        var role = await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
            "SELECT role FROM team_members WHERE team_id = @TeamId AND user_id = @UserId",
            new { TeamId = teamId, UserId = userId }, cancellationToken: cancellationToken));
        return role is null ? null : Enum.Parse<TeamRole>(role, ignoreCase: true);
    }

    public async Task<IReadOnlyList<TeamMember>> MembersAsync(string teamId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var members = await connection.QueryAsync<TeamMember>(new CommandDefinition("""
            SELECT u.id AS UserId, u.name AS Name, m.role AS Role FROM team_members m JOIN users u ON u.id = m.user_id
            WHERE m.team_id = @TeamId ORDER BY m.added_at
            """, new { TeamId = teamId }, cancellationToken: cancellationToken));
        return members.ToList();
    }

    /// <summary>Adds a member, or changes the role of one already there.</summary>
    public Task<MembershipChange> SetRoleAsync(string teamId, string userId, TeamRole role, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            var exists = await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
                "SELECT count(*) > 0 FROM users WHERE id = @UserId", new { UserId = userId }, transaction, cancellationToken: cancellationToken));
            if (!exists) return MembershipChange.NoSuchUser;
            if (role != TeamRole.Owner && await IsLastOwnerAsync(connection, transaction, teamId, userId, cancellationToken))
            {
                return MembershipChange.LastOwner;
            }
            var member = await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
                "SELECT count(*) > 0 FROM team_members WHERE team_id = @TeamId AND user_id = @UserId",
                new { TeamId = teamId, UserId = userId }, transaction, cancellationToken: cancellationToken));
            await connection.ExecuteAsync(new CommandDefinition("""
                INSERT INTO team_members (team_id, user_id, role, added_at) VALUES (@TeamId, @UserId, @Role, @Now)
                ON CONFLICT (team_id, user_id) DO UPDATE SET role = excluded.role
                """, new { TeamId = teamId, UserId = userId, Role = RoleName(role), Now = clock.GetUtcNow() },
                transaction, cancellationToken: cancellationToken));
            return member ? MembershipChange.Changed : MembershipChange.Added;
        }, cancellationToken);

    public Task<MembershipChange> RemoveAsync(string teamId, string userId, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            if (await IsLastOwnerAsync(connection, transaction, teamId, userId, cancellationToken)) return MembershipChange.LastOwner;
            var removed = await connection.ExecuteAsync(new CommandDefinition(
                "DELETE FROM team_members WHERE team_id = @TeamId AND user_id = @UserId",
                new { TeamId = teamId, UserId = userId }, transaction, cancellationToken: cancellationToken));
            return removed == 0 ? MembershipChange.NotAMember : MembershipChange.Removed;
        }, cancellationToken);

    // Checked inside the writing transaction, so two owners demoting each other at once cannot leave the team ownerless.
    private static async Task<bool> IsLastOwnerAsync(
        DbConnection connection, DbTransaction transaction, string teamId, string userId,
        CancellationToken cancellationToken)
    {
        var owners = (await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT user_id FROM team_members WHERE team_id = @TeamId AND role = 'owner'", new { TeamId = teamId }, transaction,
            cancellationToken: cancellationToken))).ToList();
        return owners is [var only] && only == userId;
    }

    /// <summary>A role as stored: its name in lower case (Dapper reads it back into <see cref="TeamRole"/>, ignoring case).</summary>
    private static string RoleName(TeamRole role) => role.ToString().ToLowerInvariant();
}

public enum MembershipChange { Added, Changed, Removed, NoSuchUser, NotAMember, LastOwner }
