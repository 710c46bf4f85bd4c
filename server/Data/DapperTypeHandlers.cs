using System.Data;
using System.Globalization;
using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;

namespace OutlineAddin.Data;

/// <summary>
/// How values are stored that the two providers store differently, or that SQLite has no type for, taught to Dapper once,
/// so that repositories read rows straight into records and write them from records, on either provider.
/// </summary>
/// <remarks>
/// SQLite knows 64-bit integers, text and reals only: <see cref="int"/> and <see cref="bool"/> come back as
/// <see cref="long"/>, which Dapper's constructor mapping does not convert on its own; times are text. PostgreSQL has
/// booleans and timestamptz, but counts (<c>count(*)</c>) are bigint. Tags are JSON text on both, and so are the value
/// types a feature stores in JSON columns, which it registers itself (<see cref="AddJsonColumn{T}"/>;
/// <see cref="StoredJson"/> shapes them). Dapper's handlers are process-wide, and the tests run both providers in one
/// process: a handler looks at the parameter or the value it is given to know which provider it serves.
/// </remarks>
public static class DapperTypeHandlers
{
    private static readonly Lock Registering = new();
    private static bool registered;
    private static readonly HashSet<Type> jsonColumns = [];

    public static void Register()
    {
        lock (Registering)
        {
            if (registered) return;
            // Dapper's own mapping of DateTimeOffset would win over a handler, and hand the value to the provider,
            // which writes another text format than the one existing databases hold.
            SqlMapper.RemoveTypeMap(typeof(DateTimeOffset));
            SqlMapper.RemoveTypeMap(typeof(DateTimeOffset?));
            SqlMapper.AddTypeHandler(new RoundTripTimeHandler());
            SqlMapper.AddTypeHandler(new Int32Handler());
            SqlMapper.AddTypeHandler(new BooleanHandler());
            AddJsonColumn<IReadOnlyList<string>>();
            registered = true;
        }
    }

    /// <summary>
    /// Stores values of <typeparamref name="T"/> as JSON text in the API's shape (<see cref="StoredJson"/>). Once per type:
    /// Dapper's handlers are process-wide, and a second registration would only replace the first with its like.
    /// </summary>
    public static void AddJsonColumn<T>()
    {
        lock (Registering)
        {
            if (jsonColumns.Add(typeof(T))) SqlMapper.AddTypeHandler(new JsonColumnHandler<T>());
        }
    }

    /// <summary>A time as the database keeps it (<see cref="RoundTripTimeHandler"/>): in UTC, to the microsecond.</summary>
    public static DateTimeOffset AsStored(DateTimeOffset time)
    {
        var utc = time.ToUniversalTime();
        return utc.AddTicks(-(utc.Ticks % TimeSpan.TicksPerMicrosecond));
    }

    /// <summary>
    /// A time in UTC, to the microsecond. On SQLite as round-trip text (<c>2026-11-30T05:30:00.1234560+00:00</c>), as the
    /// server has always written it: stored times are compared and sorted as text (<c>ORDER BY updated_at</c>), which
    /// only works in one offset. On PostgreSQL as timestamptz, which Npgsql writes from a UTC value only and reads back
    /// as a UTC <see cref="DateTime"/>.
    /// </summary>
    /// <remarks>
    /// Microseconds because timestamptz keeps no more: a time written with .NET's 100 ns ticks would read back
    /// different from PostgreSQL (and its ETag and Last-Modified with it), but not from SQLite. Cut on both, a time
    /// reads back as written on either, and the two providers agree.
    /// </remarks>
    private sealed class RoundTripTimeHandler : SqlMapper.TypeHandler<DateTimeOffset>
    {
        public override DateTimeOffset Parse(object value) => value switch
        {
            string text => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture),
            DateTime utc => new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)),
            _ => (DateTimeOffset)value,
        };

        public override void SetValue(IDbDataParameter parameter, DateTimeOffset value)
        {
            var utc = AsStored(value);
            if (parameter is SqliteParameter)
            {
                parameter.DbType = DbType.String;
                parameter.Value = utc.ToString("O", CultureInfo.InvariantCulture);
            }
            else
            {
                parameter.DbType = DbType.DateTimeOffset;
                parameter.Value = utc;
            }
        }
    }

    // int and bool stay in Dapper's own type map, which it prefers for parameters: these two only read (SQLite's
    // integers, PostgreSQL's bigint counts and booleans).
    private sealed class Int32Handler : SqlMapper.TypeHandler<int>
    {
        public override int Parse(object value) => Convert.ToInt32(value, CultureInfo.InvariantCulture);

        public override void SetValue(IDbDataParameter parameter, int value) => parameter.Value = value;
    }

    private sealed class BooleanHandler : SqlMapper.TypeHandler<bool>
    {
        public override bool Parse(object value) => value is bool flag ? flag : Convert.ToInt64(value, CultureInfo.InvariantCulture) != 0;

        public override void SetValue(IDbDataParameter parameter, bool value) => parameter.Value = value;
    }

    private sealed class JsonColumnHandler<T> : SqlMapper.TypeHandler<T>
    {
        public override T? Parse(object value) => JsonSerializer.Deserialize<T>((string)value, StoredJson.Options);

        public override void SetValue(IDbDataParameter parameter, T? value)
        {
            parameter.DbType = DbType.String;
            parameter.Value = JsonSerializer.Serialize(value, StoredJson.Options);
        }
    }
}
