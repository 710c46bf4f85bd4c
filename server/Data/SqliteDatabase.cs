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
}
