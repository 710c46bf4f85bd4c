using System.Net;
using Dapper;
using Microsoft.Data.Sqlite;
using OutlineAddin.Data;
using Xunit.Abstractions;

namespace OutlineAddin.Tests.Processes;

/// <summary>
/// <c>backup PATH</c> of a live SQLite database while writes go on, and <c>restore PATH</c> with the server stopped:
/// the backup is sound and holds every write acknowledged before it began; a server started on the restored database
/// serves exactly the backup's data; restore refuses while a server runs on the database.
/// </summary>
[Collection(ServerProcessTests.Name)]
[Trait("Category", "Processes")]
[Trait("Storage", "SqliteOnly")]
public sealed class BackupRestoreTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_backup_during_a_write_load_holds_every_earlier_write_and_a_restore_serves_exactly_the_backup()
    {
        await using var database = await ProcessDatabase.CreateAsync(StorageProvider.Sqlite);
        var backupPath = Path.Combine(database.Folder!, "backup.db");
        IReadOnlyList<AcknowledgedWrite> beforeBackup;
        CommandOutput backup;
        WriteLoad load;
        TeamOfWriters team;
        await using (var server = await ServerProcess.StartAsync(database))
        {
            team = await TeamOfWriters.CreateAsync(server, 4);
            load = new WriteLoad(team);
            using var stop = new CancellationTokenSource();
            var writing = load.RunAsync(server, stop.Token);
            await WaitForAsync(() => load.Acknowledged.Count >= 30, writing);
            beforeBackup = load.Acknowledged;
            backup = await DatabaseCommand.RunAsync(database, "backup", backupPath);
            var afterBackup = load.Acknowledged.Count;
            // Writes the backup cannot hold, new templates among them (a quarter of the writes create one).
            await WaitForAsync(() => load.Acknowledged.Skip(afterBackup).Count(write => write.Version == 1) >= 3, writing);
            await stop.CancelAsync();
            await writing;
            Assert.True(backup.ExitCode == 0, backup.ToString());
            Assert.Empty(load.Unexpected);
            Assert.Equal(0, await server.StopAsync());
        }

        var backedUp = await ReadHistoryAsync(backupPath);
        Assert.Empty(backedUp.Problems);
        Assert.Empty(backedUp.Missing(beforeBackup));
        var createdLater = load.Acknowledged.Where(write => write.Version == 1 && !backedUp.Current.ContainsKey(write.TemplateId)).ToList();
        Assert.NotEmpty(createdLater);

        var restore = await DatabaseCommand.RunAsync(database, "restore", backupPath);
        Assert.True(restore.ExitCode == 0, restore.ToString());
        Assert.Equal(await FileHashAsync(backupPath), await FileHashAsync(database.SqliteFile));

        await using (var restored = await ServerProcess.StartAsync(database))
        {
            using var http = restored.CreateClient(team.Tokens[0]);
            var client = new TemplateClient(http);
            foreach (var (id, version) in backedUp.Current)
            {
                var served = await client.GetAsync(id);
                Assert.Equal(version, served.Version);
                Assert.True(backedUp.Holds(new AcknowledgedWrite(id, version, served.Marker)), $"{id} v{version} is served with {served.Marker}");
            }
            foreach (var later in createdLater)
            {
                Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"/api/templates/{later.TemplateId}")).StatusCode);
            }
        }
        output.WriteLine($"backup during the load, after {beforeBackup.Count} acknowledged writes: {backup.Output.Trim()}");
        output.WriteLine($"the backup holds all {beforeBackup.Count}; {load.Acknowledged.Count} writes were acknowledged in all, "
            + $"{createdLater.Count} templates created after the backup.");
        output.WriteLine($"restore: {restore.Output.Trim()}");
        output.WriteLine($"the server on the restored database serves the backup's {backedUp.Current.Count} templates at their backed-up versions, "
            + $"and none of the {createdLater.Count} created later.");
    }

    [Fact]
    public async Task Restore_is_refused_while_a_server_runs_on_the_database_and_changes_nothing()
    {
        await using var database = await ProcessDatabase.CreateAsync(StorageProvider.Sqlite);
        var backupPath = Path.Combine(database.Folder!, "backup.db");
        await using var server = await ServerProcess.StartAsync(database);
        var team = await TeamOfWriters.CreateAsync(server, 1);
        Assert.Equal(0, (await DatabaseCommand.RunAsync(database, "backup", backupPath)).ExitCode);
        using var http = server.CreateClient(team.Tokens[0]);
        var afterBackup = await new TemplateClient(http).CreateAsync(team.TeamId, "备份之后的模板", "after-backup");
        var files = Directory.GetFiles(database.Folder!).Order().ToList();

        var restore = await DatabaseCommand.RunAsync(database, "restore", backupPath);

        Assert.Equal(1, restore.ExitCode);
        Assert.Contains("A server is running on", restore.Error, StringComparison.Ordinal);
        Assert.Equal(files, Directory.GetFiles(database.Folder!).Order().ToList());
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync($"/api/templates/{afterBackup.Id}")).StatusCode);
        output.WriteLine($"restore with the server running: {restore}");
    }

    private static async Task<StoredHistory> ReadHistoryAsync(string path)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        Assert.Equal(["ok"], await connection.QueryAsync<string>("PRAGMA integrity_check"));
        return await StoredHistory.ReadAsync(connection);
    }

    private static async Task<string> FileHashAsync(string path)
    {
        await using var file = File.OpenRead(path);
        return Convert.ToHexString(await System.Security.Cryptography.SHA256.HashDataAsync(file));
    }

    private static async Task WaitForAsync(Func<bool> condition, Task writing)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!condition())
        {
            if (writing.IsCompleted) throw new InvalidOperationException("The write load ended early.");
            await Task.Delay(10, deadline.Token);
        }
    }
}
