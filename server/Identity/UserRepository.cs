using System.Data.Common;
using Dapper;
using OutlineAddin.Data;

namespace OutlineAddin.Identity;

/// <summary>Users and their personal access tokens.</summary>
public sealed class UserRepository(OutlineDatabase database, TimeProvider clock)
{
    public Task<(User User, NewAccessToken Token)> CreateAsync(string name, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            var user = new User(Ids.New(), name);
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO users (id, name, created_at) VALUES (@Id, @Name, @CreatedAt)",
                new { user.Id, user.Name, CreatedAt = clock.GetUtcNow() }, transaction, cancellationToken: cancellationToken));
            var token = await InsertTokenAsync(connection, transaction, user.Id, "首个令牌", cancellationToken);
            return (user, token);
        }, cancellationToken);

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
    public Task<User> FindOrCreateExternalAsync(string subject, string name, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await connection.ExecuteAsync(new CommandDefinition("""
                INSERT INTO users (id, name, external_subject, created_at) VALUES (@Id, @Name, @Subject, @CreatedAt)
                ON CONFLICT (external_subject) DO NOTHING
                """, new { Id = Ids.New(), Name = name, Subject = subject, CreatedAt = clock.GetUtcNow() }, transaction,
                cancellationToken: cancellationToken));
            return await connection.QuerySingleAsync<User>(new CommandDefinition(
                "SELECT id, name FROM users WHERE external_subject = @Subject", new { Subject = subject }, transaction,
                cancellationToken: cancellationToken));
        }, cancellationToken);

    public Task<NewAccessToken> CreateTokenAsync(string userId, string name, CancellationToken cancellationToken) =>
        database.WriteAsync((connection, transaction) => InsertTokenAsync(connection, transaction, userId, name, cancellationToken), cancellationToken);

    public async Task<IReadOnlyList<AccessTokenInfo>> ListTokensAsync(string userId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var tokens = await connection.QueryAsync<AccessTokenInfo>(new CommandDefinition("""
            SELECT id AS Id, name AS Name, created_at AS CreatedAt, revoked_at AS RevokedAt
            FROM access_tokens WHERE user_id = @UserId ORDER BY created_at
            """, new { UserId = userId }, cancellationToken: cancellationToken));
        return tokens.ToList();
    }

    /// <summary>Revokes one of the user's own tokens; false when the user has no such token.</summary>
    public Task<bool> RevokeTokenAsync(string userId, string tokenId, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) => await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE access_tokens SET revoked_at = coalesce(revoked_at, @Now) WHERE id = @Id AND user_id = @UserId",
            new { Id = tokenId, UserId = userId, Now = clock.GetUtcNow() }, transaction, cancellationToken: cancellationToken)) > 0,
            cancellationToken);

    private async Task<NewAccessToken> InsertTokenAsync(
        DbConnection connection, DbTransaction transaction, string userId, string name, CancellationToken cancellationToken)
    {
        // Its time as stored, so that the answer and a later list of tokens agree.
        var token = new NewAccessToken(Ids.New(), name, AccessTokens.Generate(), DapperTypeHandlers.AsStored(clock.GetUtcNow()));
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO access_tokens (id, user_id, token_hash, name, created_at) VALUES (@Id, @UserId, @Hash, @Name, @CreatedAt)
            """, new { token.Id, UserId = userId, Hash = AccessTokens.Hash(token.Token), token.Name, token.CreatedAt },
            transaction, cancellationToken: cancellationToken));
        return token;
    }
}
