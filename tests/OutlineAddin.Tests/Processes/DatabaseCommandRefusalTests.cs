using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using OutlineAddin.Data;

namespace OutlineAddin.Tests.Processes;

/// <summary>A database a server made and stopped: what the refusal tests try to back up and restore onto.</summary>
public sealed class StoppedServerDatabase : IAsyncLifetime
{
    public ProcessDatabase Database { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Database = await ProcessDatabase.CreateAsync(StorageProvider.Sqlite);
        await using var server = await ServerProcess.StartAsync(Database);
        var team = await TeamOfWriters.CreateAsync(server, 1);
        using var http = server.CreateClient(team.Tokens[0]);
        await new TemplateClient(http).CreateAsync(team.TeamId, "季度总结", "kept");
        await server.StopAsync();
    }

    public async Task DisposeAsync() => await Database.DisposeAsync();
}

/// <summary>
/// Backup and restore refuse what they cannot do well, with a message that says what to do instead, an exit code
/// other than 0, and nothing changed: not the database, not a file beside it.
/// </summary>
[Collection(ServerProcessTests.Name)]
[Trait("Category", "Processes")]
[Trait("Storage", "SqliteOnly")]
public sealed class DatabaseCommandRefusalTests(StoppedServerDatabase made) : IClassFixture<StoppedServerDatabase>
{
    /// <summary>Each case: what is in the database's folder first (besides the database), the command, and what it must say.</summary>
    private static readonly Dictionary<string, (Action<string> Prepare, Func<string, string[]> Arguments, int ExitCode, string Says)> Cases = new()
    {
        ["restore of a file that does not exist"] = (_ => { }, folder => ["restore", Path.Combine(folder, "missing.db")], 1, "missing.db does not exist"),
        ["restore of a text file"] = (folder => File.WriteAllText(Path.Combine(folder, "notes.txt"), "not a database"),
            folder => ["restore", Path.Combine(folder, "notes.txt")], 1, "is not a SQLite database"),
        ["restore of another application's SQLite database"] = (folder => CreateForeignDatabase(Path.Combine(folder, "other.db")),
            folder => ["restore", Path.Combine(folder, "other.db")], 1, "not an OutlineAddin one: it has no schema_migrations"),
        ["restore of a damaged copy"] = (folder => CreateDamagedCopy(folder), folder => ["restore", Path.Combine(folder, "damaged.db")], 1, "Nothing was restored"),
        ["restore of the database onto itself"] = (_ => { }, folder => ["restore", Path.Combine(folder, "outline.db")], 1, "is the database itself"),
        ["backup onto an existing file"] = (folder => File.WriteAllText(Path.Combine(folder, "taken.db"), "an older backup"),
            folder => ["backup", Path.Combine(folder, "taken.db")], 1, "already exists; backup never overwrites"),
        ["backup into a directory that does not exist"] = (_ => { }, folder => ["backup", Path.Combine(folder, "nowhere", "backup.db")], 1, "does not exist: create it"),
        ["a command without its PATH"] = (_ => { }, _ => ["restore"], 2, "Usage: backup PATH"),
    };

    public static TheoryData<string> CaseNames => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Refuses_with_a_message_and_changes_nothing(string caseName)
    {
        var (prepare, arguments, exitCode, says) = Cases[caseName];
        await using var database = await ProcessDatabase.CreateAsync(StorageProvider.Sqlite);
        File.Copy(made.Database.SqliteFile, database.SqliteFile);
        prepare(database.Folder!);
        var files = FolderContents(database.Folder!);

        var result = await DatabaseCommand.RunAsync(database, arguments(database.Folder!));

        Assert.True(result.ExitCode == exitCode, result.ToString());
        Assert.Contains(says, result.Error, StringComparison.Ordinal);
        Assert.Equal(files, FolderContents(database.Folder!));
    }

    [Theory]
    [InlineData("backup", "pg_dump --format=custom --host=db.example --port=5432 --username=outline --dbname=outline --file=outline.dump")]
    [InlineData("restore", "pg_restore --clean --if-exists --no-owner --single-transaction --host=db.example --port=5432 --username=outline --dbname=outline outline.dump")]
    public async Task On_PostgreSQL_both_commands_give_the_pg_dump_or_pg_restore_command_for_the_configured_database(string command, string advice)
    {
        var postgres = new Dictionary<string, string>
        {
            ["Storage__Provider"] = "Postgres",
            ["ConnectionStrings__Outline"] = "Host=db.example;Port=5432;Database=outline;Username=outline;Password=secret",
        };

        var result = await DatabaseCommand.RunAsync(postgres, command, "outline.dump");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains(advice, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Mysql", "Data Source=/var/lib/outline/outline.db", "Storage:Provider must be Sqlite")]
    [InlineData("Postgres", "Data Source=/var/lib/outline/outline.db", "must be an Npgsql connection string with a Host")]
    [InlineData("Sqlite", "Host=db.example;Database=outline", "must be a SQLite connection string")]
    public async Task Settings_the_server_would_refuse_at_start_are_refused_with_the_same_words(string provider, string connectionString, string says)
    {
        var settings = new Dictionary<string, string> { ["Storage__Provider"] = provider, ["ConnectionStrings__Outline"] = connectionString };

        var result = await DatabaseCommand.RunAsync(settings, "backup", Path.Combine(Path.GetTempPath(), $"never-written-{Guid.NewGuid():N}.db"));

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains(says, result.Error, StringComparison.Ordinal);
    }

    /// <summary>Every file's name and content hash: equal before and after means nothing was touched.</summary>
    private static List<string> FolderContents(string folder) =>
    [
        .. Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Order()
            .Select(path => $"{Path.GetFileName(path)}:{Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)))}"),
    ];

    private static void CreateForeignDatabase(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var create = connection.CreateCommand();
        create.CommandText = "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT); INSERT INTO notes (text) VALUES ('hello')";
        create.ExecuteNonQuery();
    }

    /// <summary>The database with a page in the middle overwritten: still SQLite's header, no longer sound.</summary>
    private static void CreateDamagedCopy(string folder)
    {
        var bytes = File.ReadAllBytes(Path.Combine(folder, "outline.db"));
        Random.Shared.NextBytes(bytes.AsSpan(bytes.Length / 2, 4096));
        File.WriteAllBytes(Path.Combine(folder, "damaged.db"), bytes);
    }
}
