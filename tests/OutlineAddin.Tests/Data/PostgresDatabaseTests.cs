using Dapper;
using OutlineAddin.Data;

namespace OutlineAddin.Tests.Data;

/// <summary>PostgreSQL's writes take turns across every server on the database; readers never wait for them.</summary>
public class PostgresDatabaseTests
{
    [Fact]
    public async Task A_write_through_another_server_waits_for_the_write_in_progress_and_then_reads_its_change()
    {
        if (TestPostgres.Skipped) return;
        await using var temporary = await TemporaryDatabase.CreateAsync(provider: StorageProvider.Postgres);
        var first = temporary.Database;
        await using var second = new PostgresDatabase(temporary.ConnectionString); // another server's pool on the same database
        await first.WriteAsync((connection, transaction) => connection.ExecuteAsync(
            "INSERT INTO teams (id, name, created_at) VALUES ('a', '甲团队', now())", transaction: transaction), CancellationToken.None);
        var firstHasRead = new TaskCompletionSource();
        var letFirstFinish = new TaskCompletionSource();

        var firstWrite = first.WriteAsync(async (connection, transaction) =>
        {
            var name = await connection.ExecuteScalarAsync<string>("SELECT name FROM teams WHERE id = 'a'", transaction: transaction);
            firstHasRead.SetResult();
            await letFirstFinish.Task;
            await connection.ExecuteAsync("UPDATE teams SET name = @Name || '（一）' WHERE id = 'a'", new { Name = name }, transaction);
        }, CancellationToken.None);
        await firstHasRead.Task;
        var secondRuns = 0;
        var secondWrite = second.WriteAsync(async (connection, transaction) =>
        {
            secondRuns++;
            var name = await connection.ExecuteScalarAsync<string>("SELECT name FROM teams WHERE id = 'a'", transaction: transaction);
            await connection.ExecuteAsync("UPDATE teams SET name = @Name || '（二）' WHERE id = 'a'", new { Name = name }, transaction);
        }, CancellationToken.None);

        await Task.Delay(300);
        Assert.Equal(0, secondRuns); // its turn has not come: it has not even read
        letFirstFinish.SetResult();
        await Task.WhenAll(firstWrite, secondWrite);

        await using var reading = await first.OpenAsync();
        Assert.Equal(("甲团队（一）（二）", 1), (await reading.ExecuteScalarAsync<string>("SELECT name FROM teams WHERE id = 'a'"), secondRuns));
    }

    [Fact]
    public async Task Readers_do_not_wait_for_a_write_in_progress()
    {
        if (TestPostgres.Skipped) return;
        await using var temporary = await TemporaryDatabase.CreateAsync(provider: StorageProvider.Postgres);
        var database = temporary.Database;
        var writing = new TaskCompletionSource();
        var letWriteFinish = new TaskCompletionSource();
        var write = database.WriteAsync(async (connection, transaction) =>
        {
            await connection.ExecuteAsync("INSERT INTO teams (id, name, created_at) VALUES ('a', '甲团队', now())", transaction: transaction);
            writing.SetResult();
            await letWriteFinish.Task;
        }, CancellationToken.None);
        await writing.Task;

        await using (var reading = await database.OpenAsync())
        {
            var read = reading.ExecuteScalarAsync<long>("SELECT count(*) FROM teams");
            Assert.Same(read, await Task.WhenAny(read, Task.Delay(TimeSpan.FromSeconds(10))));
            Assert.Equal(0, await read); // the write is not committed yet
        }
        letWriteFinish.SetResult();
        await write;
    }
}
