using Dapper;
using OutlineAddin.Data;

namespace OutlineAddin.Teams;

/// <summary>The values a team last filled its fields with, offered as the defaults of its next insertion.</summary>
public sealed class FieldDefaultsRepository(OutlineDatabase database, TimeProvider clock)
{
    /// <summary>
    /// How many names a team remembers: the most recently saved ones. Each save sends a few; this keeps a team that
    /// has filled hundreds of different fields over the years from carrying them all into every insertion.
    /// </summary>
    public const int MaxRemembered = 200;

    public async Task<IReadOnlyDictionary<string, string>> ForTeamAsync(string teamId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string Name, string Value)>(new CommandDefinition(
            "SELECT name, value FROM team_field_defaults WHERE team_id = @TeamId",
            new { TeamId = teamId }, cancellationToken: cancellationToken));
        return rows.ToDictionary(row => row.Name, row => row.Value, StringComparer.Ordinal);
    }

    /// <summary>
    /// Remembers each value under its name (a blank value forgets the name); names not given stay as they were, so
    /// that filling one template's fields does not forget another's.
    /// </summary>
    public Task SaveAsync(string teamId, IReadOnlyDictionary<string, string> values, string userId, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            var now = clock.GetUtcNow();
            foreach (var (name, value) in values.Where(entry => string.IsNullOrWhiteSpace(entry.Value)))
            {
                await connection.ExecuteAsync(new CommandDefinition(
                    "DELETE FROM team_field_defaults WHERE team_id = @TeamId AND name = @Name",
                    new { TeamId = teamId, Name = name }, transaction, cancellationToken: cancellationToken));
            }
            foreach (var (name, value) in values.Where(entry => !string.IsNullOrWhiteSpace(entry.Value)))
            {
                await connection.ExecuteAsync(new CommandDefinition("""
                    INSERT INTO team_field_defaults (team_id, name, value, updated_at, updated_by) VALUES (@TeamId, @Name, @Value, @Now, @UserId)
                    ON CONFLICT (team_id, name) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, updated_by = excluded.updated_by
                    """, new { TeamId = teamId, Name = name, Value = value.Trim(), Now = now, UserId = userId }, transaction,
                    cancellationToken: cancellationToken));
            }
            await connection.ExecuteAsync(new CommandDefinition("""
                DELETE FROM team_field_defaults WHERE team_id = @TeamId AND name NOT IN (
                    SELECT name FROM team_field_defaults WHERE team_id = @TeamId ORDER BY updated_at DESC, name LIMIT @Max)
                """, new { TeamId = teamId, Max = MaxRemembered }, transaction, cancellationToken: cancellationToken));
        }, cancellationToken);
}
