using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace OutlineAddin.Data;

/// <summary>The embedded SQLite database: where its file is, and connections to it.</summary>
public sealed class SqliteDatabase : OutlineDatabase, IDisposable
{
    /// <summary>SQLITE_CONSTRAINT_UNIQUE: a write ran into a unique index.</summary>
    private const int UniqueConstraintFailed = 2067;

    /// <summary>
    /// How long a connection waits, inside SQLite, for a lock another process holds (a backup, the sqlite3 shell, a
    /// second server on the file) before its statement fails with SQLITE_BUSY.
    /// </summary>
    public const int BusyTimeoutMilliseconds = 5000;

    // This process's writes take turns here, before BEGIN IMMEDIATE; see WriteAsync.
    private readonly SemaphoreSlim writeTurn = new(1, 1);

    /// <param name="connectionString">A SQLite connection string naming the file, such as <c>Data Source=/var/lib/outline/outline.db</c>.</param>
    public SqliteDatabase(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString)
        {
            // Shared cache would serialise readers; pooled private connections with WAL read in parallel.
            Pooling = true,
            ForeignKeys = true,
        };
        ConnectionString = builder.ToString();
        FilePath = Path.GetFullPath(builder.DataSource);
    }

    public override StorageProvider Provider => StorageProvider.Sqlite;

    public string ConnectionString { get; }

    public string FilePath { get; }

    public override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default) => await OpenSqliteAsync(cancellationToken);

    /// <remarks>
    /// <c>synchronous = FULL</c> on every connection (it is a setting of the connection, not of the file). In WAL mode
    /// FULL syncs the WAL to disk at every commit ("an additional sync operation of the WAL file happens after each
    /// transaction commit", https://www.sqlite.org/wal.html#performance_considerations), so a write the server
    /// acknowledged survives a power loss or an operating system crash, not only the server's own crash (which any
    /// setting survives). NORMAL, the usual WAL companion, syncs only at checkpoints: "A transaction committed in WAL
    /// mode with synchronous=NORMAL might roll back following a power loss or system crash"
    /// (https://www.sqlite.org/pragma.html#pragma_synchronous). The price is one fsync per write.
    /// <c>busy_timeout</c>: without it a statement that finds the file locked fails at once with SQLITE_BUSY, and
    /// Microsoft.Data.Sqlite retries it after <c>Thread.Sleep(150)</c>, blocking a thread of the pool; SQLite's own busy
    /// handler waits in steps of 1 to 100 ms instead.
    /// </remarks>
    private async Task<SqliteConnection> OpenSqliteAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var settings = connection.CreateCommand();
            settings.CommandText = $"PRAGMA synchronous = FULL; PRAGMA busy_timeout = {BusyTimeoutMilliseconds}";
            await settings.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <remarks>
    /// <c>BEGIN IMMEDIATE</c>: the write lock is taken first, so writers queue here and what a write reads before it
    /// writes is still so when it writes. A deferred transaction would read unlocked and then fail with SQLITE_BUSY, or
    /// decide on what another writer has since changed. Writers queueing for the lock, the delegate runs once.
    /// The server's own writers queue before that, asynchronously and in turn (<see cref="writeTurn"/>), so that
    /// BEGIN IMMEDIATE meets a lock only when another process holds it. Without the turn, the writers of one server
    /// found the lock taken by each other and each loser slept 150 ms on a pool thread (see OpenSqliteAsync): under
    /// bench/load.sh's 8 writers, saves had a p90 of 157 ms and a p99 of 0.9 s, and the blocked threads slowed the
    /// reads (docs/PERFORMANCE.md, section 6).
    /// </remarks>
    public override async Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> write, CancellationToken cancellationToken)
    {
        await writeTurn.WaitAsync(cancellationToken);
        try
        {
            await using var connection = await OpenSqliteAsync(cancellationToken);
            await using var transaction = connection.BeginTransaction(deferred: false);
            var result = await write(connection, transaction);
            await transaction.CommitAsync(cancellationToken);
            return result;
        }
        finally
        {
            writeTurn.Release();
        }
    }

    public void Dispose() => writeTurn.Dispose();

    public override bool IsUniqueViolation(DbException exception) =>
        exception is SqliteException { SqliteExtendedErrorCode: UniqueConstraintFailed };
}
