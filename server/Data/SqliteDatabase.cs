using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace OutlineAddin.Data;

/// <summary>
/// The embedded SQLite database: where its file is (<see cref="StorageOptions"/>), and connections to it.
/// </summary>
public sealed class SqliteDatabase
{
    public SqliteDatabase(IOptions<StorageOptions> storage)
    {
        var builder = new SqliteConnectionStringBuilder(storage.Value.Outline)
        {
            // Shared cache would serialise readers; pooled private connections with WAL read in parallel.
            Pooling = true,
            ForeignKeys = true,
        };
        ConnectionString = builder.ToString();
        FilePath = Path.GetFullPath(builder.DataSource);
    }

    public string ConnectionString { get; }

    public string FilePath { get; }

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    /// <summary>
    /// Runs <paramref name="write"/> in a transaction that is committed when it returns and rolled back when it throws.
    /// Every write goes through here.
    /// </summary>
    /// <remarks>
    /// <c>BEGIN IMMEDIATE</c>: the write lock is taken first, so writers queue here and what a write reads before it
    /// writes (a version, a name, the team's owners) is still so when it writes. A deferred transaction would read
    /// unlocked and then fail with SQLITE_BUSY, or decide on what another writer has since changed.
    /// </remarks>
    public async Task<T> WriteAsync<T>(Func<SqliteConnection, SqliteTransaction, Task<T>> write, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        var result = await write(connection, transaction);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    /// <inheritdoc cref="WriteAsync{T}"/>
    public Task WriteAsync(Func<SqliteConnection, SqliteTransaction, Task> write, CancellationToken cancellationToken) =>
        WriteAsync(async (connection, transaction) =>
        {
            await write(connection, transaction);
            return true;
        }, cancellationToken);
}
