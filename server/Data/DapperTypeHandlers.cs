using System.Data;
using System.Globalization;
using System.Text.Json;
using Dapper;

namespace OutlineAddin.Data;

/// <summary>
/// How values that SQLite has no type for are stored, taught to Dapper once, so that repositories read rows straight
/// into records and write them from records.
/// </summary>
/// <remarks>
/// SQLite knows 64-bit integers, text and reals only: <see cref="int"/> and <see cref="bool"/> come back as
/// <see cref="long"/>, which Dapper's constructor mapping does not convert on its own; times are text; tags are JSON
/// text, and so are the value types a feature stores in JSON columns, which it registers itself
/// (<see cref="AddJsonColumn{T}"/>; <see cref="StoredJson"/> shapes them).
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

    /// <summary>
    /// A time as round-trip text in UTC (<c>2026-11-30T05:30:00.0000000+00:00</c>), as the server has always written
    /// it: stored times are compared and sorted as text (<c>ORDER BY updated_at</c>), which only works in one offset.
    /// </summary>
    private sealed class RoundTripTimeHandler : SqlMapper.TypeHandler<DateTimeOffset>
    {
        public override DateTimeOffset Parse(object value) => DateTimeOffset.Parse((string)value, CultureInfo.InvariantCulture);

        public override void SetValue(IDbDataParameter parameter, DateTimeOffset value)
        {
            parameter.DbType = DbType.String;
            parameter.Value = value.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);
        }
    }

    // int and bool stay in Dapper's own type map, which it prefers for parameters: these two only read.
    private sealed class Int32Handler : SqlMapper.TypeHandler<int>
    {
        public override int Parse(object value) => Convert.ToInt32(value, CultureInfo.InvariantCulture);

        public override void SetValue(IDbDataParameter parameter, int value) => parameter.Value = value;
    }

    private sealed class BooleanHandler : SqlMapper.TypeHandler<bool>
    {
        public override bool Parse(object value) => Convert.ToInt64(value, CultureInfo.InvariantCulture) != 0;

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
