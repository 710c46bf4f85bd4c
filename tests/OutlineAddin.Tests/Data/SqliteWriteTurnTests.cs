using Dapper;
using OutlineAddin.Data;

namespace OutlineAddin.Tests.Data;

/// <summary>
/// A server's writes to its SQLite file take turns in the process, and a lock held by another process is waited for by
/// SQLite itself: no write sleeps 150 ms on a pool thread in Microsoft.Data.Sqlite's retry loop.
/// </summary>
[Trait("Storage", "SqliteOnly")]
public sealed class SqliteWriteTurnTests
{
    [Fact]
    public async Task A_write_waiting_for_its_turn_gives_up_when_its_request_is_aborted_and_the_write_before_it_commits()
    {
        await using var temporary = await TemporaryDatabase.CreateAsync(provider: StorageProvider.Sqlite);
        var database = temporary.Database;
        var holding = new TaskCompletionSource();
        var release = new TaskCompletionSource();
        var first = database.WriteAsync(async (connection, transaction) =>
        {
            await connection.ExecuteAsync("CREATE TABLE turns (n INTEGER)", transaction: transaction);
            holding.SetResult();
            await release.Task;
            await connection.ExecuteAsync("INSERT INTO turns VALUES (1)", transaction: transaction);
        }, CancellationToken.None);
        await holding.Task;

        // Before the turn, BEGIN IMMEDIATE met the first write's lock and slept in a loop that no token reaches.
        using var aborted = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        var second = database.WriteAsync((connection, transaction) => connection.ExecuteAsync("INSERT INTO turns VALUES (2)", transaction: transaction),
            aborted.Token);
        var waited = await Task.WhenAny(second, Task.Delay(TimeSpan.FromSeconds(10)));
        release.SetResult();
        await first;

        Assert.Same(second, waited);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => second);
        await using var reading = await database.OpenAsync();
        Assert.Equal([1L], await reading.QueryAsync<long>("SELECT n FROM turns"));
    }

    [Fact]
    public async Task Reading_and_writing_connections_set_a_busy_timeout_so_that_sqlite_itself_waits_for_another_process_lock()
    {
        await using var temporary = await TemporaryDatabase.CreateAsync(provider: StorageProvider.Sqlite);
        var database = temporary.Database;

        await using var reading = await database.OpenAsync();
        var writing = await database.WriteAsync(
            (connection, transaction) => connection.ExecuteScalarAsync<long>("PRAGMA busy_timeout", transaction: transaction), CancellationToken.None);

        Assert.Equal(((long)SqliteDatabase.BusyTimeoutMilliseconds, (long)SqliteDatabase.BusyTimeoutMilliseconds),
            (await reading.ExecuteScalarAsync<long>("PRAGMA busy_timeout"), writing));
    }
}
