using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Dapper;
using OutlineAddin.Data;
using OutlineAddin.Numbering;
using OutlineAddin.Outlines;

namespace OutlineAddin.Templates;

/// <summary>
/// The <c>templates</c> table and its history, <c>template_versions</c>: built-ins and team templates alike.
/// Reading as a caller may see them (the built-ins and their own teams' templates; another team's do not exist for
/// them), keeping the built-in library current, and a team's writes: creating, updating under optimistic concurrency,
/// history and the bin. History is only ever added to: every write, a restore included, is a new version row.
/// </summary>
public sealed class TemplateRepository(OutlineDatabase database, TimeProvider clock)
{
    private readonly string searchWhere = FilterIn(database.Provider);

    /// <summary>How a template's levels and outline are stored: JSON columns (levels_json, nodes_json; tags_json is Data's).</summary>
    public static void AddColumnTypes()
    {
        DapperTypeHandlers.AddJsonColumn<IReadOnlyList<LevelFormat>>();
        DapperTypeHandlers.AddJsonColumn<IReadOnlyList<OutlineNode>>();
    }

    // Visible: built-in, or in a team the caller belongs to; never what is in a bin.
    private const string Visible = """
        t.deleted_at IS NULL
        AND (t.team_id IS NULL OR t.team_id IN (SELECT team_id FROM team_members WHERE user_id = @UserId))
        """;

    private static string FilterIn(StorageProvider provider) => $"""
        WHERE {Visible}
          AND (@Query IS NULL OR {QueryIn("t.search_text", provider)} OR {QueryIn("t.category", provider)})
          AND (@Category IS NULL OR t.category = @Category)
          AND (@TeamId IS NULL OR t.team_id = @TeamId)
          AND (@Scope IS NULL OR (@Scope = 'builtin') = (t.team_id IS NULL))
        """;

    /// <summary>
    /// The providers' one difference here: whether <paramref name="column"/> contains the query, ASCII letters in any
    /// case. SQLite's lower() folds ASCII only; PostgreSQL's folds by the collation, so the query is folded as "C", as the
    /// searched columns are (their collation: Migrations/Postgres/001_schema.sql), and both providers find the same rows.
    /// </summary>
    private static string QueryIn(string column, StorageProvider provider) => provider switch
    {
        StorageProvider.Postgres => $"strpos(lower({column}), lower(@Query COLLATE \"C\")) > 0",
        _ => $"instr(lower({column}), lower(@Query)) > 0",
    };

    // What a template row reads as, in the order of the parameters of the records' constructors for Dapper (it maps by
    // position and name): TemplateSummary is Identity, NodeCount, Stamp, Tags; Template is Identity, DefaultStyleId, Stamp,
    // Tags, Levels, Nodes. Both select FROM templates t LEFT JOIN users u ON u.id = t.updated_by.
    private const string Identity = "t.id AS Id, t.name AS Name, t.category AS Category";

    private const string Stamp = "t.version AS Version, t.updated_at AS UpdatedAt, t.team_id AS TeamId, u.name AS UpdatedBy";

    private const string SummaryColumns = $"{Identity}, t.node_count AS NodeCount, {Stamp}, t.tags_json AS Tags";

    private const string TemplateColumns =
        $"{Identity}, t.default_style_id AS DefaultStyleId, {Stamp}, t.tags_json AS Tags, t.levels_json AS Levels, t.nodes_json AS Nodes";

    // What a write stores of a template's content (StoredContent's parameters), for INSERT and UPDATE alike.
    private const string ContentColumns =
        "name, name_key, category, default_style_id, levels_json, nodes_json, tags_json, node_count, search_text, content_hash";

    private const string ContentValues =
        "@Name, @NameKey, @Category, @DefaultStyleId, @LevelsJson, @NodesJson, @TagsJson, @NodeCount, @SearchText, @ContentHash";

    // A version is the template row as just written: by whom and when it was written, and what it was restored from.
    private const string SnapshotVersion = """
        INSERT INTO template_versions (template_id, version, name, category, tags_json, default_style_id, levels_json, nodes_json,
                                       node_count, created_at, created_by, restored_from)
        SELECT id, version, name, category, tags_json, default_style_id, levels_json, nodes_json,
               node_count, updated_at, updated_by, @RestoredFrom
        FROM templates WHERE id = @Id
        """;

    public sealed record SearchFilter(string? Query, string? Category, string? TeamId, string? Scope, string? UserId);

    public async Task<(IReadOnlyList<TemplateSummary> Items, int Total)> SearchAsync(
        SearchFilter filter, int page, int pageSize, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var parameters = new { filter.Query, filter.Category, filter.TeamId, filter.Scope, filter.UserId, Take = pageSize, Skip = (page - 1) * pageSize };
        using var results = await connection.QueryMultipleAsync(new CommandDefinition($"""
            SELECT {SummaryColumns}
            FROM templates t LEFT JOIN users u ON u.id = t.updated_by
            {searchWhere}
            ORDER BY t.team_id IS NOT NULL, t.sort_order, t.updated_at DESC, t.name
            LIMIT @Take OFFSET @Skip;
            SELECT count(*) FROM templates t {searchWhere};
            """, parameters, cancellationToken: cancellationToken));
        var items = (await results.ReadAsync<TemplateSummary>()).ToList();
        return (items, await results.ReadSingleAsync<int>());
    }

    public async Task<IReadOnlyList<string>> CategoriesAsync(string? userId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var categories = await connection.QueryAsync<string>(new CommandDefinition($"""
            SELECT t.category FROM templates t WHERE {Visible}
            GROUP BY t.category ORDER BY min(CASE WHEN t.team_id IS NULL THEN 0 ELSE 1 END), min(t.sort_order), t.category
            """, new { UserId = userId }, cancellationToken: cancellationToken));
        return categories.ToList();
    }

    /// <summary>A template the caller may see; null when there is none or it is another team's.</summary>
    public async Task<Template?> FindAsync(string id, string? userId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<Template>(new CommandDefinition($"""
            SELECT {TemplateColumns}
            FROM templates t LEFT JOIN users u ON u.id = t.updated_by
            WHERE t.id = @Id AND {Visible}
            """, new { Id = id, UserId = userId }, cancellationToken: cancellationToken));
    }

    /// <summary>
    /// Stores a release's built-in library unless the database holds the same revision or a newer one: instances of two
    /// releases share the database during a rolling upgrade, and an older one (re)starting after a newer one must not
    /// write its older templates back (each rewrite a new version, so two releases would take turns at every restart).
    /// A template whose content changed since the stored revision gets a new version; an unchanged one keeps its version
    /// and date, so clients' cached copies stay valid.
    /// </summary>
    public Task<BuiltInSeeding> SaveBuiltInsAsync(BuiltInLibrary library, CancellationToken cancellationToken) =>
        // In the write transaction, read then write: of instances starting together, one stores, the others find it current.
        database.WriteAsync(async (connection, transaction) =>
        {
            var stored = await connection.QuerySingleOrDefaultAsync<int?>(new CommandDefinition(
                "SELECT revision FROM builtin_library WHERE id = 1", transaction: transaction, cancellationToken: cancellationToken));
            if (stored > library.Revision) return BuiltInSeeding.NewerInDatabase;
            if (stored == library.Revision) return BuiltInSeeding.AlreadyCurrent;
            var now = clock.GetUtcNow();
            foreach (var draft in library.Templates)
            {
                await connection.ExecuteAsync(new CommandDefinition($"""
                    INSERT INTO templates (id, {ContentColumns}, is_builtin, sort_order, version, updated_at)
                    VALUES (@Id, {ContentValues}, TRUE, @SortOrder, 1, @Now)
                    ON CONFLICT (id) DO UPDATE SET
                        ({ContentColumns}) = ({ContentValues}),
                        sort_order = excluded.sort_order, version = templates.version + 1, updated_at = excluded.updated_at
                    WHERE templates.content_hash <> excluded.content_hash
                    """, StoredContent.BuiltIn(draft.Content).With(new { draft.Id, draft.SortOrder, Now = now }), transaction,
                    cancellationToken: cancellationToken));
            }
            await connection.ExecuteAsync(new CommandDefinition("""
                INSERT INTO builtin_library (id, revision, stored_at) VALUES (1, @Revision, @Now)
                ON CONFLICT (id) DO UPDATE SET revision = excluded.revision, stored_at = excluded.stored_at
                """, new { library.Revision, Now = now }, transaction, cancellationToken: cancellationToken));
            return BuiltInSeeding.Stored;
        }, cancellationToken);

    /// <summary>The built-in templates as the database holds them, read together (one snapshot), in the library's order.</summary>
    public async Task<IReadOnlyList<Template>> BuiltInsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var builtIns = await connection.QueryAsync<Template>(new CommandDefinition($"""
            SELECT {TemplateColumns}
            FROM templates t LEFT JOIN users u ON u.id = t.updated_by
            WHERE t.team_id IS NULL AND t.deleted_at IS NULL
            ORDER BY t.sort_order, t.id
            """, cancellationToken: cancellationToken));
        return builtIns.ToList();
    }

    /// <summary>A new template, <see cref="TemplateWrite.Created"/>; or <see cref="TemplateWrite.NameTaken"/> and nothing stored.</summary>
    public Task<TemplateWrite> CreateAsync(TemplateContent content, string teamId, string userId, CancellationToken cancellationToken) =>
        NameCheckedAsync(() => database.WriteAsync<TemplateWrite>(async (connection, transaction) =>
            {
                // In the write transaction: the name is still free when we write (the unique index is only the last line of defence).
                if (await NameTakenAsync(connection, transaction, teamId, content.Name, exceptId: null, cancellationToken) is { } taken) return taken;
                var id = Ids.New();
                await connection.ExecuteAsync(new CommandDefinition($"""
                    INSERT INTO templates (id, {ContentColumns}, is_builtin, sort_order, version, updated_at, team_id, updated_by)
                    VALUES (@Id, {ContentValues}, FALSE, 0, 1, @Now, @TeamId, @UserId);
                    {SnapshotVersion};
                    """, StoredContent.Team(content).With(new { Id = id, Now = clock.GetUtcNow(), TeamId = teamId, UserId = userId, RestoredFrom = (int?)null }),
                    transaction, cancellationToken: cancellationToken));
                return new TemplateWrite.Created(id);
            }, cancellationToken),
            _ => Task.FromResult<string?>(content.Name), teamId, exceptId: null, cancellationToken);

    /// <summary>Writes a new version if the template is still at one of <paramref name="acceptedVersions"/> (null: any).</summary>
    public Task<TemplateWrite> UpdateAsync(
        string id, IReadOnlySet<int>? acceptedVersions, TemplateContent content, string userId, CancellationToken cancellationToken) =>
        NameCheckedAsync(() => database.WriteAsync<TemplateWrite>(async (connection, transaction) =>
            {
                // In the write transaction: the version read here is still current when we write.
                var current = await CurrentAsync(connection, transaction, id, cancellationToken);
                if (current is null) return new TemplateWrite.Missing();
                if (acceptedVersions?.Contains(current.Version) == false) return current.Stale();
                // Saving what is already there makes no version: history records changes, not clicks on 保存.
                if (StoredContent.Team(content).ContentHash == current.ContentHash) return new TemplateWrite.Unchanged(current.Version);
                if (await NameTakenAsync(connection, transaction, current.TeamId, content.Name, id, cancellationToken) is { } taken) return taken;
                var version = await WriteVersionAsync(connection, transaction, id, current.Version, content, userId, restoredFrom: null, cancellationToken);
                return new TemplateWrite.Written(version);
            }, cancellationToken),
            _ => Task.FromResult<string?>(content.Name), teamId: null, exceptId: id, cancellationToken);

    /// <summary>Makes the content of version <paramref name="version"/> the newest version again.</summary>
    public Task<TemplateWrite> RestoreVersionAsync(
        string id, int version, IReadOnlySet<int>? acceptedVersions, string userId, CancellationToken cancellationToken) =>
        NameCheckedAsync(() => database.WriteAsync<TemplateWrite>(async (connection, transaction) =>
            {
                var current = await CurrentAsync(connection, transaction, id, cancellationToken);
                var old = await ReadVersionAsync(connection, transaction, id, version, cancellationToken);
                if (current is null || old is null) return new TemplateWrite.Missing();
                if (acceptedVersions?.Contains(current.Version) == false) return current.Stale();
                if (await NameTakenAsync(connection, transaction, current.TeamId, old.Content.Name, id, cancellationToken) is { } taken) return taken;
                var written = await WriteVersionAsync(connection, transaction, id, current.Version, old.Content, userId, version, cancellationToken);
                return new TemplateWrite.Written(written);
            }, cancellationToken),
            connection => connection.QuerySingleOrDefaultAsync<string?>(new CommandDefinition(
                "SELECT name FROM template_versions WHERE template_id = @Id AND version = @Version", new { Id = id, Version = version },
                cancellationToken: cancellationToken)),
            teamId: null, exceptId: id, cancellationToken);

    public async Task<TemplateOwnership?> OwnershipAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<TemplateOwnership>(new CommandDefinition(
            "SELECT team_id AS TeamId, deleted_at IS NOT NULL AS InBin FROM templates WHERE id = @Id", new { Id = id },
            cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<TemplateVersionInfo>> VersionsAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var versions = await connection.QueryAsync<TemplateVersionInfo>(new CommandDefinition("""
            SELECT v.version AS Version, v.name AS Name, v.node_count AS NodeCount, v.created_at AS CreatedAt, u.name AS CreatedBy,
                   v.restored_from AS RestoredFrom
            FROM template_versions v JOIN users u ON u.id = v.created_by
            WHERE v.template_id = @Id ORDER BY v.version DESC
            """, new { Id = id }, cancellationToken: cancellationToken));
        return versions.ToList();
    }

    public async Task<TemplateVersion?> VersionAsync(string id, int version, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await ReadVersionAsync(connection, null, id, version, cancellationToken);
    }

    /// <summary>Moves a template to its team's bin; false when it is not there to move.</summary>
    public Task<bool> MoveToBinAsync(string id, string userId, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) => await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE templates SET deleted_at = @Now, deleted_by = @UserId WHERE id = @Id AND team_id IS NOT NULL AND deleted_at IS NULL",
            new { Id = id, UserId = userId, Now = clock.GetUtcNow() }, transaction, cancellationToken: cancellationToken)) > 0, cancellationToken);

    /// <summary>
    /// Takes a template out of its team's bin (<see cref="TemplateWrite.OutOfBin"/>: no version is written), unless a live
    /// template of the team has its name by now.
    /// </summary>
    public Task<TemplateWrite> RestoreFromBinAsync(string id, CancellationToken cancellationToken) =>
        NameCheckedAsync(() => database.WriteAsync<TemplateWrite>(async (connection, transaction) =>
            {
                var binned = await connection.QuerySingleOrDefaultAsync<BinnedRow>(new CommandDefinition(
                    "SELECT team_id AS TeamId, name AS Name, version AS Version FROM templates WHERE id = @Id AND team_id IS NOT NULL AND deleted_at IS NOT NULL",
                    new { Id = id }, transaction, cancellationToken: cancellationToken));
                if (binned is null) return new TemplateWrite.Missing();
                if (await NameTakenAsync(connection, transaction, binned.TeamId, binned.Name, id, cancellationToken) is { } taken) return taken;
                await connection.ExecuteAsync(new CommandDefinition(
                    "UPDATE templates SET deleted_at = NULL, deleted_by = NULL WHERE id = @Id",
                    new { Id = id }, transaction, cancellationToken: cancellationToken));
                return new TemplateWrite.OutOfBin(binned.Version);
            }, cancellationToken),
            connection => connection.QuerySingleOrDefaultAsync<string?>(new CommandDefinition(
                "SELECT name FROM templates WHERE id = @Id", new { Id = id }, cancellationToken: cancellationToken)),
            teamId: null, exceptId: id, cancellationToken);

    public async Task<IReadOnlyList<BinnedTemplate>> BinAsync(string teamId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var binned = await connection.QueryAsync<BinnedTemplate>(new CommandDefinition("""
            SELECT t.id AS Id, t.name AS Name, t.version AS Version, t.deleted_at AS DeletedAt, u.name AS DeletedBy
            FROM templates t JOIN users u ON u.id = t.deleted_by
            WHERE t.team_id = @TeamId AND t.deleted_at IS NOT NULL ORDER BY t.deleted_at DESC
            """, new { TeamId = teamId }, cancellationToken: cancellationToken));
        return binned.ToList();
    }

    /// <summary>
    /// The hash a template's stored content is compared by (an unchanged save is no new version), over the very text
    /// stored. A built-in's (<paramref name="tagsJson"/> null) leaves out the tags, as the server has always written it;
    /// the name-key migration renames with it too, so that its hashes compare with the ones saves write.
    /// </summary>
    public static string ContentHash(string name, string category, string defaultStyleId, string levelsJson, string nodesJson, string? tagsJson)
    {
        string[] parts = tagsJson is null
            ? [name, category, defaultStyleId, levelsJson, nodesJson]
            : [name, category, defaultStyleId, levelsJson, nodesJson, tagsJson];
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001F', parts))));
    }

    /// <summary>
    /// Runs a write that checked the name itself, and answers <see cref="TemplateWrite.NameTaken"/> if the database's unique
    /// index refused it all the same (the check and the index disagreeing, or a writer the check did not see): the
    /// name check is run again, after the write was rolled back, to name the template that has the name. Any other
    /// constraint failure, or one the check cannot explain, is thrown as it is.
    /// </summary>
    /// <param name="nameOf">The name the write tried to give (read only when needed, after the rollback).</param>
    /// <param name="teamId">The team; null: the team of the template <paramref name="exceptId"/>.</param>
    private async Task<TemplateWrite> NameCheckedAsync(
        Func<Task<TemplateWrite>> write, Func<DbConnection, Task<string?>> nameOf, string? teamId, string? exceptId,
        CancellationToken cancellationToken)
    {
        try
        {
            return await write();
        }
        catch (DbException error) when (database.IsUniqueViolation(error))
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            teamId ??= await connection.QuerySingleOrDefaultAsync<string?>(new CommandDefinition(
                "SELECT team_id FROM templates WHERE id = @Id", new { Id = exceptId }, cancellationToken: cancellationToken));
            if (teamId is not null && await nameOf(connection) is { } name
                && await NameTakenAsync(connection, null, teamId, name, exceptId, cancellationToken) is { } taken)
            {
                return taken;
            }
            throw;
        }
    }

    private static Task<TemplateWrite.NameTaken?> NameTakenAsync(
        DbConnection connection, DbTransaction? transaction, string teamId, string name, string? exceptId, CancellationToken cancellationToken) =>
        connection.QueryFirstOrDefaultAsync<TemplateWrite.NameTaken?>(new CommandDefinition("""
            SELECT id AS ExistingId, version AS ExistingVersion, name AS ExistingName FROM templates
            WHERE team_id = @TeamId AND name_key = @NameKey AND deleted_at IS NULL AND (@ExceptId IS NULL OR id <> @ExceptId)
            """, new { TeamId = teamId, NameKey = TemplateNames.Key(name), ExceptId = exceptId }, transaction, cancellationToken: cancellationToken));

    /// <summary>A live team template as a write finds it.</summary>
    private sealed record Current(int Version, DateTimeOffset UpdatedAt, string? UpdatedBy, string TeamId, string ContentHash)
    {
        public TemplateWrite.Stale Stale() => new(Version, UpdatedBy, UpdatedAt);
    }

    private sealed record BinnedRow(string TeamId, string Name, int Version);

    private static Task<Current?> CurrentAsync(DbConnection connection, DbTransaction transaction, string id, CancellationToken cancellationToken) =>
        connection.QuerySingleOrDefaultAsync<Current?>(new CommandDefinition("""
            SELECT t.version AS Version, t.updated_at AS UpdatedAt, u.name AS UpdatedBy, t.team_id AS TeamId, t.content_hash AS ContentHash
            FROM templates t LEFT JOIN users u ON u.id = t.updated_by
            WHERE t.id = @Id AND t.team_id IS NOT NULL AND t.deleted_at IS NULL
            """, new { Id = id }, transaction, cancellationToken: cancellationToken));

    private async Task<int> WriteVersionAsync(
        DbConnection connection, DbTransaction transaction, string id, int currentVersion, TemplateContent content, string userId,
        int? restoredFrom, CancellationToken cancellationToken)
    {
        var version = currentVersion + 1;
        await connection.ExecuteAsync(new CommandDefinition($"""
            UPDATE templates SET ({ContentColumns}) = ({ContentValues}), version = @Version, updated_at = @Now, updated_by = @UserId
            WHERE id = @Id AND version = @CurrentVersion;
            {SnapshotVersion};
            """, StoredContent.Team(content).With(new
        {
            Id = id, Version = version, CurrentVersion = currentVersion, Now = clock.GetUtcNow(), UserId = userId, RestoredFrom = restoredFrom,
        }), transaction, cancellationToken: cancellationToken));
        return version;
    }

    /// <summary>Who made a version, when, and from which one it was restored: a <see cref="TemplateVersion"/> but its content.</summary>
    private sealed record VersionStamp(string TemplateId, int Version, DateTimeOffset CreatedAt, string CreatedBy, int? RestoredFrom);

    private static async Task<TemplateVersion?> ReadVersionAsync(
        DbConnection connection, DbTransaction? transaction, string id, int version, CancellationToken cancellationToken)
    {
        var versions = await connection.QueryAsync<VersionStamp, TemplateContent, TemplateVersion>(new CommandDefinition("""
            SELECT v.template_id AS TemplateId, v.version AS Version, v.created_at AS CreatedAt, u.name AS CreatedBy, v.restored_from AS RestoredFrom,
                   v.name AS Name, v.category AS Category, v.tags_json AS Tags, v.default_style_id AS DefaultStyleId,
                   v.levels_json AS Levels, v.nodes_json AS Nodes
            FROM template_versions v JOIN users u ON u.id = v.created_by
            WHERE v.template_id = @Id AND v.version = @Version
            """, new { Id = id, Version = version }, transaction, cancellationToken: cancellationToken),
            (stamp, content) => new TemplateVersion(stamp.TemplateId, stamp.Version, stamp.CreatedAt, stamp.CreatedBy, stamp.RestoredFrom, content),
            splitOn: nameof(TemplateContent.Name));
        return versions.SingleOrDefault();
    }

    /// <summary>
    /// A template's content as a write stores it (<see cref="ContentColumns"/>), its JSON serialised once: the hash covers
    /// the very text stored. Hash and name key are as the server has always written them, so that stored hashes stay
    /// comparable: a built-in's hash leaves out the tags (built-ins have none) and it has no name key (names only have to
    /// differ within a team).
    /// </summary>
    private sealed record StoredContent(
        string Name, string? NameKey, string Category, string DefaultStyleId, string LevelsJson, string NodesJson, string TagsJson,
        int NodeCount, string SearchText, string ContentHash)
    {
        public static StoredContent Team(TemplateContent content) => Of(content, builtIn: false);

        public static StoredContent BuiltIn(TemplateContent content) => Of(content, builtIn: true);

        /// <summary>These columns and <paramref name="more"/> parameters, for one command.</summary>
        public DynamicParameters With(object more)
        {
            var parameters = new DynamicParameters(this);
            parameters.AddDynamicParams(more);
            return parameters;
        }

        private static StoredContent Of(TemplateContent content, bool builtIn)
        {
            var levelsJson = JsonSerializer.Serialize(content.Levels, StoredJson.Options);
            var nodesJson = JsonSerializer.Serialize(content.Nodes, StoredJson.Options);
            var tagsJson = JsonSerializer.Serialize(content.Tags, StoredJson.Options);
            return new StoredContent(content.Name, builtIn ? null : TemplateNames.Key(content.Name), content.Category, content.DefaultStyleId,
                levelsJson, nodesJson, tagsJson, content.NodeCount, content.SearchText,
                TemplateRepository.ContentHash(content.Name, content.Category, content.DefaultStyleId, levelsJson, nodesJson, builtIn ? null : tagsJson));
        }
    }
}
