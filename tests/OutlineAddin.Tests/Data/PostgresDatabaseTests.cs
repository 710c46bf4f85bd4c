using Dapper;
using Npgsql;
using OutlineAddin.Data;

namespace OutlineAddin.Tests.Data;

/// <summary>PostgreSQL's writes: serializable, and run again when the database refuses one for overlapping another.</summary>
public class PostgresDatabaseTests
{
    [Fact]
    public async Task A_write_that_another_overtook_is_run_again_from_the_start_and_then_sees_its_change()
    {
        if (TestPostgres.Skipped) return;
        await using var temporary = await TemporaryDatabase.CreateAsync(provider: StorageProvider.Postgres);
        var database = temporary.Database;
        await database.WriteAsync((connection, transaction) => connection.ExecuteAsync(
            "INSERT INTO teams (id, name, created_at) VALUES ('a', '甲团队', now())", transaction: transaction), CancellationToken.None);
        var runs = 0;

        var renamedFrom = await database.WriteAsync(async (connection, transaction) =>
        {
            runs++;
            var name = await connection.ExecuteScalarAsync<string>("SELECT name FROM teams WHERE id = 'a'", transaction: transaction);
            if (runs == 1)
            {
                // Another server renames the team after this write read its name and before it writes.
                await using var other = await database.OpenAsync();
                await other.ExecuteAsync("UPDATE teams SET name = '乙团队' WHERE id = 'a'");
            }
            await connection.ExecuteAsync("UPDATE teams SET name = @Name || '（改）' WHERE id = 'a'", new { Name = name }, transaction);
            return name;
        }, CancellationToken.None);

        Assert.Equal((2, "乙团队"), (runs, renamedFrom));
        await using var reading = await database.OpenAsync();
        Assert.Equal("乙团队（改）", await reading.ExecuteScalarAsync<string>("SELECT name FROM teams WHERE id = 'a'"));
    }

    [Fact]
    public async Task A_write_refused_every_time_is_given_up_after_a_bounded_number_of_runs()
    {
        if (TestPostgres.Skipped) return;
        await using var temporary = await TemporaryDatabase.CreateAsync(provider: StorageProvider.Postgres);
        var runs = 0;

        var error = await Assert.ThrowsAsync<PostgresException>(() => temporary.Database.WriteAsync<int>((_, _) =>
        {
            runs++;
            throw new PostgresException("could not serialize access", "ERROR", "ERROR", PostgresErrorCodes.SerializationFailure);
        }, CancellationToken.None));

        Assert.Equal((PostgresErrorCodes.SerializationFailure, PostgresDatabase.MaxAttempts), (error.SqlState, runs));
    }

    [Fact]
    public async Task Writes_run_serializable()
    {
        if (TestPostgres.Skipped) return;
        await using var temporary = await TemporaryDatabase.CreateAsync(provider: StorageProvider.Postgres);

        var isolation = await temporary.Database.WriteAsync(
            (connection, transaction) => connection.ExecuteScalarAsync<string>("SHOW transaction_isolation", transaction: transaction), CancellationToken.None);

        Assert.Equal("serializable", isolation);
    }
}
