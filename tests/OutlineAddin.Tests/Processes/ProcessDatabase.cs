using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using OutlineAddin.Data;
using OutlineAddin.Tests.Data;

namespace OutlineAddin.Tests.Processes;

/// <summary>
/// A database of its own for server processes: a SQLite file in a folder of its own, or a database on the test
/// PostgreSQL cluster; removed afterwards. The settings a server needs to use it, and connections to look inside.
/// </summary>
public sealed class ProcessDatabase : IAsyncDisposable
{
    private ProcessDatabase(StorageProvider provider, string connectionString, string? folder)
    {
        Provider = provider;
        ConnectionString = connectionString;
        Folder = folder;
    }

    public StorageProvider Provider { get; }

    /// <summary>What the server gets as ConnectionStrings:Outline.</summary>
    public string ConnectionString { get; }

    /// <summary>The SQLite file's folder (backups are written beside it); null on PostgreSQL.</summary>
    public string? Folder { get; }

    public string SqliteFile => Path.Combine(Folder ?? throw new InvalidOperationException("Not a SQLite database."), "outline.db");

    public static async Task<ProcessDatabase> CreateAsync(StorageProvider provider)
    {
        if (provider == StorageProvider.Postgres) return new(provider, await TestPostgres.CreateDatabaseAsync(), null);
        var folder = Directory.CreateTempSubdirectory("outline-process-").FullName;
        return new(provider, $"Data Source={Path.Combine(folder, "outline.db")}", folder);
    }

    /// <summary>The environment a server (or a backup/restore command) on this database runs with.</summary>
    public IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Storage__Provider"] = Provider.ToString(),
        ["ConnectionStrings__Outline"] = ConnectionString,
    };

    /// <summary>A connection for looking at what is stored; for SQLite, with the servers stopped (or read-only beside them).</summary>
    public async Task<DbConnection> OpenAsync()
    {
        DbConnection connection = Provider == StorageProvider.Postgres
            ? new NpgsqlConnection(ConnectionString)
            : new SqliteConnection($"{ConnectionString};Pooling=False");
        await connection.OpenAsync();
        return connection;
    }

    public async ValueTask DisposeAsync()
    {
        if (Provider == StorageProvider.Postgres) await TestPostgres.DropDatabaseAsync(ConnectionString);
        else Directory.Delete(Folder!, recursive: true);
    }
}
