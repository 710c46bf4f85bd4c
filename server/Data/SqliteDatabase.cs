using Microsoft.Data.Sqlite;

namespace OutlineAddin.Data;

/// <summary>
/// The embedded SQLite database: where its file is, and connections to it. The file comes from the
/// connection string <c>ConnectionStrings:Outline</c>, by default <c>data/outline.db</c> beside the app.
/// </summary>
public sealed class SqliteDatabase
{
    public SqliteDatabase(IConfiguration configuration)
    {
        var configured = configuration.GetConnectionString("Outline");
        var builder = new SqliteConnectionStringBuilder(configured ?? $"Data Source={Path.Combine(AppContext.BaseDirectory, "data", "outline.db")}")
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
