using Microsoft.Data.Sqlite;

namespace OutlineAddin.Data;

/// <summary>Where the data is kept: the connection string <c>ConnectionStrings:Outline</c>, by default <c>data/outline.db</c> beside the app.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "ConnectionStrings";

    /// <summary>A SQLite connection string, such as <c>Data Source=/var/lib/outline/outline.db</c>.</summary>
    public string Outline { get; set; } = $"Data Source={Path.Combine(AppContext.BaseDirectory, "data", "outline.db")}";

    public static bool IsSqliteFile(string connectionString)
    {
        try
        {
            return !string.IsNullOrWhiteSpace(new SqliteConnectionStringBuilder(connectionString).DataSource);
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
