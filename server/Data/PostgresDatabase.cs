using System.Data;
using System.Data.Common;
using Npgsql;

namespace OutlineAddin.Data;

/// <summary>
/// A PostgreSQL database that several server instances share: one <see cref="NpgsqlDataSource"/> (its connection pool)
/// for the server's lifetime, disposed with the service provider at shutdown.
/// </summary>
public sealed class PostgresDatabase(string connectionString) : OutlineDatabase, IAsyncDisposable, IDisposable
{
    /// <summary>How often a write is tried before its serialization failure is thrown (a 500): enough for dozens of writers on one row.</summary>
    public const int MaxAttempts = 10;

    private readonly NpgsqlDataSource dataSource = NpgsqlDataSource.Create(connectionString);

    public override StorageProvider Provider => StorageProvider.Postgres;

    public override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default) =>
        await dataSource.OpenConnectionAsync(cancellationToken);

    /// <remarks>
    /// SERIALIZABLE, so that a write reads and writes as if alone, as SQLite's <c>BEGIN IMMEDIATE</c> makes it: two
    /// writes that read what the other writes (two saves of one template at one version, two owners demoting each other)
    /// cannot both commit. PostgreSQL does not queue them as SQLite does; it lets them run and refuses one, with
    /// 40001 serialization_failure (or 40P01 deadlock_detected when they lock rows in opposite orders), and the refused
    /// one is run again from the start, after a short random pause so that the same writers do not collide again in step.
    /// The second run reads what the first writer committed (a new version: a 412 now, not a lost update).
    /// </remarks>
    public override async Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> write, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
                await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.Serializable, cancellationToken);
                var result = await write(connection, transaction);
                await transaction.CommitAsync(cancellationToken);
                return result;
            }
            catch (PostgresException error) when (IsWriteConflict(error) && attempt < MaxAttempts)
            {
                await Task.Delay(BackOff(attempt), cancellationToken);
            }
        }
    }

    public override bool IsUniqueViolation(DbException exception) =>
        exception is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };

    /// <summary>A write refused because another one overlapped it, which succeeds when run again.</summary>
    private static bool IsWriteConflict(PostgresException error) =>
        error.SqlState is PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected;

    // 1–5 ms after the first conflict, up to 1–80 ms after the fifth and later: short, and spread out.
    private static TimeSpan BackOff(int attempt) =>
        TimeSpan.FromMilliseconds(Random.Shared.Next(1, 5 << Math.Min(attempt - 1, 4)));

    public ValueTask DisposeAsync() => dataSource.DisposeAsync();

    public void Dispose() => dataSource.Dispose();
}
