using System.Data;
using System.Data.Common;
using Dapper;
using Npgsql;

namespace OutlineAddin.Data;

/// <summary>
/// A PostgreSQL database that several server instances share: one <see cref="NpgsqlDataSource"/> (its connection pool)
/// for the server's lifetime, disposed with the service provider at shutdown.
/// </summary>
public sealed class PostgresDatabase(string connectionString) : OutlineDatabase, IAsyncDisposable, IDisposable
{
    /// <summary>
    /// The key of the transaction-level advisory lock every write takes first (a fixed number nothing else on the database
    /// uses; not <see cref="Migrator.PostgresLockKey"/>, which a starting server holds while it migrates).
    /// </summary>
    public const long WriteTurnKey = 0x6F75746C696E6577;

    private readonly NpgsqlDataSource dataSource = NpgsqlDataSource.Create(connectionString);

    public override StorageProvider Provider => StorageProvider.Postgres;

    public override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default) =>
        await dataSource.OpenConnectionAsync(cancellationToken);

    /// <remarks>
    /// Writes take turns, across every server instance on the database, as SQLite's <c>BEGIN IMMEDIATE</c> makes them take
    /// turns in one file: the first statement of each write waits for <see cref="WriteTurnKey"/>, an advisory lock held
    /// until the transaction ends; readers never wait for it. The transaction is READ COMMITTED, so each later statement
    /// sees every write committed before the turn came: what a write reads before it writes (a version, a name, the team's
    /// owners) is still so when it commits, and the delegate runs exactly once.
    /// SERIALIZABLE with retries was tried first and measured: saves of different templates of one team conflicted on the
    /// team's name check (PostgreSQL's predicate locks cover whole pages or tables of a small database), 105 rollbacks for
    /// 119 saves and a few 500s after ten attempts under bench/load.sh's 8 writers (docs/PERFORMANCE.md, section 6).
    /// One write at a time costs one commit (an fsync) per write, hundreds a second, far above what a province's
    /// saves need (docs/SCALING.md).
    /// </remarks>
    public override async Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> write, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "SELECT pg_advisory_xact_lock(@Key)", new { Key = WriteTurnKey }, transaction, commandTimeout: 0, cancellationToken: cancellationToken));
        var result = await write(connection, transaction);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    public override bool IsUniqueViolation(DbException exception) =>
        exception is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };

    public ValueTask DisposeAsync() => dataSource.DisposeAsync();

    public void Dispose() => dataSource.Dispose();
}
