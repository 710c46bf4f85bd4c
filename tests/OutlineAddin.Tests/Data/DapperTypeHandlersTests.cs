using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;
using OutlineAddin.Data;
using OutlineAddin.Numbering;
using OutlineAddin.Outlines;

namespace OutlineAddin.Tests.Data;

/// <summary>How values SQLite has no type for, or PostgreSQL types differently, are written and read: times, JSON columns, 32-bit integers and flags.</summary>
public class DapperTypeHandlersTests
{
    public DapperTypeHandlersTests()
    {
        DapperTypeHandlers.Register();
        DapperTypeHandlers.AddJsonColumn<IReadOnlyList<LevelFormat>>();
        DapperTypeHandlers.AddJsonColumn<IReadOnlyList<OutlineNode>>();
    }

    private sealed record Stamped(DateTimeOffset At, DateTimeOffset? Cleared);

    [Fact]
    public async Task A_time_with_a_plus_8_offset_is_stored_as_utc_round_trip_text_and_reads_back_as_the_same_instant()
    {
        await using var connection = await OpenAsync("CREATE TABLE t (at TEXT NOT NULL, cleared TEXT)");
        var beijing = new DateTimeOffset(2026, 11, 30, 13, 30, 0, 123, TimeSpan.FromHours(8));

        await connection.ExecuteAsync("INSERT INTO t (at, cleared) VALUES (@At, @Cleared)", new Stamped(beijing, null));

        Assert.Equal("2026-11-30T05:30:00.1230000+00:00", await connection.ExecuteScalarAsync<string>("SELECT at FROM t"));
        var read = await connection.QuerySingleAsync<Stamped>("SELECT at AS At, cleared AS Cleared FROM t");
        Assert.Equal(beijing.UtcDateTime, read.At.UtcDateTime);
        Assert.Null(read.Cleared);
    }

    private sealed record Content(IReadOnlyList<string> Tags, IReadOnlyList<LevelFormat> Levels, IReadOnlyList<OutlineNode> Nodes);

    [Fact]
    public async Task Tags_levels_and_outline_trees_round_trip_through_json_columns_in_the_stored_shape()
    {
        await using var connection = await OpenAsync("CREATE TABLE t (tags_json TEXT NOT NULL, levels_json TEXT NOT NULL, nodes_json TEXT NOT NULL)");
        var content = new Content(["季度", "总结"], BuiltInStyles.Gongwen.Levels,
            [new OutlineNode("总体情况", [new OutlineNode("主要做法", [], new LevelFormat(NumFmt.Decimal, "%2."))])]);

        await connection.ExecuteAsync("INSERT INTO t VALUES (@Tags, @Levels, @Nodes)", content);

        Assert.Equal(JsonSerializer.Serialize(content.Nodes, StoredJson.Options), await connection.ExecuteScalarAsync<string>("SELECT nodes_json FROM t"));
        var read = await connection.QuerySingleAsync<Content>("SELECT tags_json AS Tags, levels_json AS Levels, nodes_json AS Nodes FROM t");
        Assert.Equal(JsonSerializer.Serialize(content, StoredJson.Options), JsonSerializer.Serialize(read, StoredJson.Options));
    }

    private sealed record Counted(int Version, int? RestoredFrom, bool InBin);

    [Fact]
    public async Task Sqlite_integers_read_into_int_and_bool_constructor_parameters()
    {
        await using var connection = await OpenAsync("CREATE TABLE t (version INTEGER NOT NULL, restored_from INTEGER, deleted_at TEXT)");
        await connection.ExecuteAsync("INSERT INTO t VALUES (3, 2, '2025-01-01T00:00:00+00:00'), (4, NULL, NULL)");

        var read = await connection.QueryAsync<Counted>(
            "SELECT version AS Version, restored_from AS RestoredFrom, deleted_at IS NOT NULL AS InBin FROM t ORDER BY version");

        Assert.Equal([new Counted(3, 2, true), new Counted(4, null, false)], read);
    }

    [Theory]
    [MemberData(nameof(BothProviders.All), MemberType = typeof(BothProviders))]
    public async Task Counts_versions_and_flags_of_either_provider_read_into_int_and_bool_constructor_parameters(StorageProvider provider)
    {
        if (BothProviders.Unavailable(provider)) return;
        await using var temporary = await TemporaryDatabase.CreateAsync(provider: provider);
        await using var connection = await temporary.Database.OpenAsync();

        // count(*): SQLite's 64-bit integer, PostgreSQL's bigint; a comparison: SQLite's 0 or 1, PostgreSQL's boolean.
        var read = await connection.QueryAsync<Counted>("""
            SELECT count(*) AS Version, CAST(NULL AS integer) AS RestoredFrom, count(*) > 0 AS InBin FROM schema_migrations WHERE version = 1
            UNION ALL
            SELECT count(*), CAST(NULL AS integer), count(*) > 0 FROM schema_migrations WHERE version = -1
            UNION ALL
            SELECT version, version, name IS NULL FROM schema_migrations WHERE version = 1
            """);

        Assert.Equal([new Counted(1, null, true), new Counted(0, null, false), new Counted(1, 1, false)], read);
    }

    private static async Task<SqliteConnection> OpenAsync(string schema)
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        await connection.ExecuteAsync(schema);
        return connection;
    }
}
