using System.Data.Common;

namespace OutlineAddin.Data;

/// <summary>
/// The database both providers implement, and the only way repositories reach it: connections to read on, and
/// <see cref="WriteAsync{T}"/> for every write.
/// </summary>
public abstract class OutlineDatabase
{
    public abstract StorageProvider Provider { get; }

    public abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Runs <paramref name="write"/> in a transaction that is committed when it returns and rolled back when it throws,
    /// and that reads and writes as if no other write ran at the same time: what a write reads before it writes (a
    /// version, a name, the team's owners) is still so when it commits.
    /// </summary>
    /// <remarks>
    /// One write at a time, readers never waiting: SQLite by <c>BEGIN IMMEDIATE</c>, PostgreSQL by an advisory lock every
    /// write takes first (across all server instances). The delegate runs once.
    /// </remarks>
    public abstract Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> write, CancellationToken cancellationToken);

    /// <inheritdoc cref="WriteAsync{T}"/>
    public Task WriteAsync(Func<DbConnection, DbTransaction, Task> write, CancellationToken cancellationToken) =>
        WriteAsync(async (connection, transaction) =>
        {
            await write(connection, transaction);
            return true;
        }, cancellationToken);

    /// <summary>A unique index refused a write (SQLite 2067 SQLITE_CONSTRAINT_UNIQUE / PostgreSQL 23505 unique_violation).</summary>
    public abstract bool IsUniqueViolation(DbException exception);
}
