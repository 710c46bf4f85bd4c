using System.Data.Common;
using Dapper;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;
using OutlineAddin.Data;
using OutlineAddin.Tests.Data;

namespace OutlineAddin.Tests.Api;

/// <summary>
/// The real server on a real database of its own, deleted afterwards: a SQLite file, or with
/// <c>OUTLINE_TEST_STORAGE=Postgres</c> a fresh PostgreSQL database (<see cref="TestStorage"/>).
/// </summary>
public class OutlineApiFactory : WebApplicationFactory<Program>
{
    private readonly string sqlitePath = Path.Combine(Path.GetTempPath(), $"outline-api-{Guid.NewGuid():N}.db");

    // Made when the server first starts, so a factory that never starts one leaves no database behind; shared by the
    // servers WithSettings starts, which run on this factory's database.
    private readonly Lazy<string> connectionString;

    public OutlineApiFactory() : this(TestStorage.Provider)
    {
    }

    /// <summary>A server on <paramref name="provider"/> whatever <c>OUTLINE_TEST_STORAGE</c> says.</summary>
    protected OutlineApiFactory(StorageProvider provider)
    {
        Provider = provider;
        connectionString = new(() => provider == StorageProvider.Postgres
            // Off the test's synchronization context: xunit's would deadlock waiting on itself.
            ? Task.Run(TestPostgres.CreateDatabaseAsync).GetAwaiter().GetResult()
            : $"Data Source={sqlitePath}");
    }

    public StorageProvider Provider { get; }

    /// <summary>The server's <c>ConnectionStrings:Outline</c>.</summary>
    public string ConnectionString => connectionString.Value;

    /// <summary>The SQLite database file, for the tests of SQLite itself (they use <see cref="SqliteApiFactory"/>).</summary>
    public string DatabasePath => Provider == StorageProvider.Sqlite
        ? sqlitePath
        : throw new InvalidOperationException(
            "Only a SQLite server has a database file: a test of the file is a test of SQLite; give it a SqliteApiFactory " +
            "and [Trait(\"Storage\", \"SqliteOnly\")].");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Storage:Provider", Provider.ToString());
        builder.UseSetting("ConnectionStrings:Outline", ConnectionString);
        builder.UseSetting("Auth:AdminToken", AdminToken);
        builder.UseEnvironment("Production");
    }

    /// <summary>This server with more settings (on this factory's database), as configuration would give them.</summary>
    public WebApplicationFactory<Program> WithSettings(params (string Key, string Value)[] settings) =>
        WithWebHostBuilder(builder =>
        {
            foreach (var (key, value) in settings)
                builder.UseSetting(key, value);
        });

    /// <summary>
    /// Starts this server with more settings that it must refuse to start with, and gives its reason. WebApplicationFactory
    /// now and then reports an ObjectDisposedException instead, when the host that failed to start was disposed before the
    /// factory read its services (dotnet/aspnetcore#33494, seen here under load): the start is then tried again.
    /// </summary>
    public OptionsValidationException StartRefusedWith(params (string Key, string Value)[] settings)
    {
        for (var attempt = 1; ; attempt++)
        {
            using var server = WithSettings(settings);
            try
            {
                server.CreateClient();
            }
            catch (OptionsValidationException refusal)
            {
                return refusal;
            }
            catch (ObjectDisposedException) when (attempt < 3)
            {
                continue;
            }
            throw new Xunit.Sdk.XunitException("The server started with settings it should have refused.");
        }
    }

    /// <summary>Reads the database directly, as an administrator would, to see what was stored.</summary>
    public async Task<T> QueryDatabaseAsync<T>(string sql)
    {
        await using var connection = await OpenReadOnlyAsync();
        return await connection.ExecuteScalarAsync<T>(sql) ?? throw new InvalidOperationException("No value.");
    }

    public const string AdminToken = "test-admin-token-0123456789abcdef";

    /// <summary>A fingerprint of everything stored: equal before and after a refused request means nothing changed.</summary>
    /// <remarks>
    /// Each table's rows are sorted by their text: PostgreSQL has no rowid, and returns rows in no particular order.
    /// </remarks>
    public async Task<string> DatabaseFingerprintAsync()
    {
        await using var connection = await OpenReadOnlyAsync();
        var tables = await connection.QueryAsync<string>(Provider == StorageProvider.Postgres
            ? "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'"
            : "SELECT name FROM sqlite_master WHERE type = 'table'");
        var fingerprint = new System.Text.StringBuilder();
        foreach (var table in tables.Order(StringComparer.Ordinal))
        {
            fingerprint.Append(table).Append('|');
            var rows = await connection.QueryAsync($"SELECT * FROM \"{table}\"");
            foreach (var row in rows.Select(row => string.Join(',', ((IDictionary<string, object?>)row).Values)).Order(StringComparer.Ordinal))
            {
                fingerprint.Append(row).Append(';');
            }
        }
        return fingerprint.ToString();
    }

    /// <summary>
    /// Everything the database holds, as text, to look for what must not be stored: SQLite's file and write-ahead log
    /// byte for byte (freed pages too); on PostgreSQL, whose files are the server's, every row.
    /// </summary>
    public async Task<string> StoredTextAsync()
    {
        if (Provider == StorageProvider.Postgres) return await DatabaseFingerprintAsync();
        var file = await File.ReadAllBytesAsync(sqlitePath);
        var wal = File.Exists(sqlitePath + "-wal") ? await File.ReadAllBytesAsync(sqlitePath + "-wal") : [];
        return System.Text.Encoding.UTF8.GetString(file) + System.Text.Encoding.UTF8.GetString(wal);
    }

    private async Task<DbConnection> OpenReadOnlyAsync()
    {
        DbConnection connection = Provider == StorageProvider.Postgres
            ? new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false, Options = "-c default_transaction_read_only=on" }.ConnectionString)
            : new SqliteConnection($"Data Source={sqlitePath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        return connection;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Provider == StorageProvider.Postgres)
        {
            if (connectionString.IsValueCreated) await TestPostgres.DropDatabaseAsync(connectionString.Value);
        }
        else
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(sqlitePath + suffix);
            File.Delete(DatabaseFileLock.PathFor(sqlitePath)); // the running server's marker (restore refuses while it is held)
        }
        GC.SuppressFinalize(this);
    }
}

/// <summary>
/// The server on SQLite whatever <c>OUTLINE_TEST_STORAGE</c> says, for the tests of SQLite itself (its file, its pragmas,
/// its migration history); they carry <c>[Trait("Storage", "SqliteOnly")]</c> so the PostgreSQL run leaves them out.
/// </summary>
public sealed class SqliteApiFactory : OutlineApiFactory
{
    public SqliteApiFactory() : base(StorageProvider.Sqlite)
    {
    }
}

/// <summary>
/// One user writing templates from many connections at once, to test the database under contention: the per-user
/// limit on template saves (2 at once) queues them all instead of refusing past 4 queued.
/// </summary>
public sealed class ManyWritersApiFactory : OutlineApiFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Limits:QueuedOutlineRequestsPerClient", "1000");
    }
}
