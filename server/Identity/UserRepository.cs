using Dapper;
using OutlineAddin.Data;

namespace OutlineAddin.Identity;

/// <summary>Users and their personal access tokens.</summary>
public sealed class UserRepository(SqliteDatabase database, TimeProvider clock)
{
    public async Task<(User User, NewAccessToken Token)> CreateAsync(string name, CancellationToken cancellationToken)
    {
        var user = new User(AccessTokens.NewId(), name);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO users (id, name, created_at) VALUES (@Id, @Name, @CreatedAt)",
            new { user.Id, user.Name, CreatedAt = Now() }, transaction, cancellationToken: cancellationToken));
        var token = await InsertTokenAsync(connection, transaction, user.Id, "首个令牌", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (user, token);
    }

    public async Task<User?> FindAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<User>(new CommandDefinition(
            "SELECT id, name FROM users WHERE id = @Id", new { Id = id }, cancellationToken: cancellationToken));
    }

    /// <summary>The owner of an active (not revoked) token.</summary>
    public async Task<User?> FindByTokenAsync(string token, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<User>(new CommandDefinition("""
            SELECT u.id, u.name FROM access_tokens t JOIN users u ON u.id = t.user_id
            WHERE t.token_hash = @Hash AND t.revoked_at IS NULL
            """, new { Hash = AccessTokens.Hash(token) }, cancellationToken: cancellationToken));
    }

    /// <summary>The user an OpenID Connect subject maps to, created on first sign-in.</summary>
    public async Task<User> FindOrCreateExternalAsync(string subject, string name, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO users (id, name, external_subject, created_at) VALUES (@Id, @Name, @Subject, @CreatedAt)
            ON CONFLICT (external_subject) DO NOTHING
            """, new { Id = AccessTokens.NewId(), Name = name, Subject = subject, CreatedAt = Now() }, cancellationToken: cancellationToken));
        return await connection.QuerySingleAsync<User>(new CommandDefinition(
            "SELECT id, name FROM users WHERE external_subject = @Subject", new { Subject = subject }, cancellationToken: cancellationToken));
    }

    public async Task<NewAccessToken> CreateTokenAsync(string userId, string name, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await InsertTokenAsync(connection, null, userId, name, cancellationToken);
    }

    public async Task<IReadOnlyList<AccessTokenInfo>> ListTokensAsync(string userId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string Id, string Name, string CreatedAt, string? RevokedAt)>(new CommandDefinition(
            "SELECT id, name, created_at, revoked_at FROM access_tokens WHERE user_id = @UserId ORDER BY created_at",
            new { UserId = userId }, cancellationToken: cancellationToken));
        return rows.Select(row => new AccessTokenInfo(row.Id, row.Name, DateTimeOffset.Parse(row.CreatedAt),
            row.RevokedAt is null ? null : DateTimeOffset.Parse(row.RevokedAt))).ToList();
    }

    /// <summary>Revokes one of the user's own tokens; false when the user has no such token.</summary>
    public async Task<bool> RevokeTokenAsync(string userId, string tokenId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE access_tokens SET revoked_at = coalesce(revoked_at, @Now) WHERE id = @Id AND user_id = @UserId",
            new { Id = tokenId, UserId = userId, Now = Now() }, cancellationToken: cancellationToken));
        return changed > 0;
    }

    private async Task<NewAccessToken> InsertTokenAsync(
        Microsoft.Data.Sqlite.SqliteConnection connection, System.Data.Common.DbTransaction? transaction, string userId, string name,
        CancellationToken cancellationToken)
    {
        var token = new NewAccessToken(AccessTokens.NewId(), name, AccessTokens.Generate(), clock.GetUtcNow());
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO access_tokens (id, user_id, token_hash, name, created_at) VALUES (@Id, @UserId, @Hash, @Name, @CreatedAt)
            """, new { token.Id, UserId = userId, Hash = AccessTokens.Hash(token.Token), token.Name, CreatedAt = token.CreatedAt.ToString("O") },
            transaction, cancellationToken: cancellationToken));
        return token;
    }

    private string Now() => clock.GetUtcNow().ToString("O");
}
