using System.Data.Common;
using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;
using OutlineAddin.Data;
using OutlineAddin.Numbering;
using OutlineAddin.Outlines;

namespace OutlineAddin.Templates;

/// <summary>What became of a write that names the version it expects to replace.</summary>
public abstract record TemplateWrite
{
    public sealed record Written(int Version) : TemplateWrite;

    /// <summary>Someone else wrote first: who, when, and the version they made.</summary>
    public sealed record Stale(int CurrentVersion, string? UpdatedBy, DateTimeOffset UpdatedAt) : TemplateWrite;

    public sealed record Missing : TemplateWrite;

    public sealed record Created(string Id) : TemplateWrite;

    /// <summary>The content equals the current version's: nothing was written, the current version stands.</summary>
    public sealed record Unchanged(int Version) : TemplateWrite;

    /// <summary>Another live template of the team has this name (as <see cref="TemplateNames.Key"/> compares names).</summary>
    public sealed record NameTaken(string ExistingId, int ExistingVersion, string ExistingName) : TemplateWrite;
}

/// <summary>Where a team template lives, for deciding who may touch it.</summary>
public sealed record TemplateOwnership(string? TeamId, bool InBin);

/// <summary>
/// Team templates: creating, updating under optimistic concurrency, history and the bin.
/// History is only ever added to: every write, a restore included, is a new version row.
/// </summary>
public sealed class TeamTemplateRepository(SqliteDatabase database, TimeProvider clock)
{
    /// <summary>A new template, <see cref="TemplateWrite.Created"/>; or <see cref="TemplateWrite.NameTaken"/> and nothing stored.</summary>
    public async Task<TemplateWrite> CreateAsync(TemplateContent content, string teamId, string userId, CancellationToken cancellationToken)
    {
        var id = Identity.AccessTokens.NewId();
        await using var connection = await database.OpenAsync(cancellationToken);
        // BEGIN IMMEDIATE: the name is still free when we write (the unique index is only the last line of defence).
        await using var transaction = connection.BeginTransaction(deferred: false);
        if (await NameTakenAsync(connection, transaction, teamId, content.Name, exceptId: null, cancellationToken) is { } taken) return taken;
        var stored = Store(content);
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO templates (id, name, name_key, category, default_style_id, levels_json, nodes_json, node_count, search_text,
                                   content_hash, is_builtin, sort_order, version, updated_at, team_id, tags_json, updated_by)
            VALUES (@Id, @Name, @NameKey, @Category, @DefaultStyleId, @LevelsJson, @NodesJson, @NodeCount, @SearchText,
                    @ContentHash, 0, 0, 1, @Now, @TeamId, @TagsJson, @UserId)
            """, new
            {
                Id = id, content.Name, NameKey = TemplateNames.Key(content.Name), content.Category, content.DefaultStyleId, stored.LevelsJson,
                stored.NodesJson, content.NodeCount, content.SearchText, stored.ContentHash, Now = Now(), TeamId = teamId, stored.TagsJson, UserId = userId,
            }, transaction, cancellationToken: cancellationToken));
        await AddVersionAsync(connection, transaction, id, 1, content, stored, userId, restoredFrom: null, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new TemplateWrite.Created(id);
    }

    /// <summary>Writes a new version if the template is still at one of <paramref name="acceptedVersions"/> (null: any).</summary>
    public async Task<TemplateWrite> UpdateAsync(
        string id, IReadOnlySet<int>? acceptedVersions, TemplateContent content, string userId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        // BEGIN IMMEDIATE: writers queue here, so the version read below is still current when we write.
        await using var transaction = connection.BeginTransaction(deferred: false);
        var current = await CurrentAsync(connection, transaction, id, cancellationToken);
        if (current is null) return new TemplateWrite.Missing();
        if (acceptedVersions?.Contains((int)current.Version) == false) return Stale(current);
        // Saving what is already there makes no version: history records changes, not clicks on 保存.
        if (Store(content).ContentHash == current.ContentHash) return new TemplateWrite.Unchanged((int)current.Version);
        if (await NameTakenAsync(connection, transaction, current.TeamId, content.Name, id, cancellationToken) is { } taken) return taken;
        var version = await WriteVersionAsync(connection, transaction, id, (int)current.Version, content, userId, null, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new TemplateWrite.Written(version);
    }

    /// <summary>Makes the content of version <paramref name="version"/> the newest version again.</summary>
    public async Task<TemplateWrite> RestoreVersionAsync(
        string id, int version, IReadOnlySet<int>? acceptedVersions, string userId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        var current = await CurrentAsync(connection, transaction, id, cancellationToken);
        var old = await ReadVersionAsync(connection, transaction, id, version, cancellationToken);
        if (current is null || old is null) return new TemplateWrite.Missing();
        if (acceptedVersions?.Contains((int)current.Version) == false) return Stale(current);
        if (await NameTakenAsync(connection, transaction, current.TeamId, old.Content.Name, id, cancellationToken) is { } taken) return taken;
        var written = await WriteVersionAsync(connection, transaction, id, (int)current.Version, old.Content, userId, version, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new TemplateWrite.Written(written);
    }

    public async Task<TemplateOwnership?> OwnershipAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<OwnershipRow>(new CommandDefinition(
            "SELECT team_id AS TeamId, deleted_at AS DeletedAt FROM templates WHERE id = @Id", new { Id = id }, cancellationToken: cancellationToken));
        return row is null ? null : new TemplateOwnership(row.TeamId, row.DeletedAt is not null);
    }

    private sealed record OwnershipRow(string? TeamId, string? DeletedAt);

    public async Task<IReadOnlyList<TemplateVersionInfo>> VersionsAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(long Version, string Name, long NodeCount, string CreatedAt, string CreatedBy, long? RestoredFrom)>(
            new CommandDefinition("""
                SELECT v.version, v.name, v.node_count, v.created_at, u.name, v.restored_from
                FROM template_versions v JOIN users u ON u.id = v.created_by
                WHERE v.template_id = @Id ORDER BY v.version DESC
                """, new { Id = id }, cancellationToken: cancellationToken));
        return rows.Select(row => new TemplateVersionInfo((int)row.Version, row.Name, (int)row.NodeCount,
            TemplateRepository.ParseTime(row.CreatedAt), row.CreatedBy, (int?)row.RestoredFrom)).ToList();
    }

    public async Task<TemplateVersion?> VersionAsync(string id, int version, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await ReadVersionAsync(connection, null, id, version, cancellationToken);
    }

    /// <summary>Moves a template to its team's bin; false when it is not there to move.</summary>
    public async Task<bool> MoveToBinAsync(string id, string userId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE templates SET deleted_at = @Now, deleted_by = @UserId WHERE id = @Id AND team_id IS NOT NULL AND deleted_at IS NULL",
            new { Id = id, UserId = userId, Now = Now() }, cancellationToken: cancellationToken)) > 0;
    }

    /// <summary>Takes a template out of its team's bin, unless a live template of the team has its name by now.</summary>
    public async Task<TemplateWrite> RestoreFromBinAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        var binned = await connection.QuerySingleOrDefaultAsync<(string TeamId, string Name, long Version)>(new CommandDefinition(
            "SELECT team_id, name, version FROM templates WHERE id = @Id AND team_id IS NOT NULL AND deleted_at IS NOT NULL",
            new { Id = id }, transaction, cancellationToken: cancellationToken));
        if (binned.TeamId is null) return new TemplateWrite.Missing();
        if (await NameTakenAsync(connection, transaction, binned.TeamId, binned.Name, id, cancellationToken) is { } taken) return taken;
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE templates SET deleted_at = NULL, deleted_by = NULL WHERE id = @Id",
            new { Id = id }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return new TemplateWrite.Written((int)binned.Version);
    }

    public async Task<IReadOnlyList<BinnedTemplate>> BinAsync(string teamId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string Id, string Name, long Version, string DeletedAt, string DeletedBy)>(new CommandDefinition("""
            SELECT t.id, t.name, t.version, t.deleted_at, u.name FROM templates t JOIN users u ON u.id = t.deleted_by
            WHERE t.team_id = @TeamId AND t.deleted_at IS NOT NULL ORDER BY t.deleted_at DESC
            """, new { TeamId = teamId }, cancellationToken: cancellationToken));
        return rows.Select(row => new BinnedTemplate(row.Id, row.Name, (int)row.Version, TemplateRepository.ParseTime(row.DeletedAt), row.DeletedBy)).ToList();
    }

    private sealed record CurrentRow(long Version, string UpdatedAt, string? UpdatedBy, string TeamId, string ContentHash);

    private static async Task<TemplateWrite.NameTaken?> NameTakenAsync(
        SqliteConnection connection, DbTransaction transaction, string teamId, string name, string? exceptId, CancellationToken cancellationToken)
    {
        var existing = await connection.QueryFirstOrDefaultAsync<(string Id, long Version, string Name)>(new CommandDefinition("""
            SELECT id, version, name FROM templates
            WHERE team_id = @TeamId AND name_key = @NameKey AND deleted_at IS NULL AND (@ExceptId IS NULL OR id <> @ExceptId)
            """, new { TeamId = teamId, NameKey = TemplateNames.Key(name), ExceptId = exceptId }, transaction, cancellationToken: cancellationToken));
        return existing.Id is null ? null : new TemplateWrite.NameTaken(existing.Id, (int)existing.Version, existing.Name);
    }

    private static TemplateWrite.Stale Stale(CurrentRow current) =>
        new((int)current.Version, current.UpdatedBy, TemplateRepository.ParseTime(current.UpdatedAt));

    private static Task<CurrentRow?> CurrentAsync(SqliteConnection connection, DbTransaction transaction, string id, CancellationToken cancellationToken) =>
        connection.QuerySingleOrDefaultAsync<CurrentRow>(new CommandDefinition("""
            SELECT t.version AS Version, t.updated_at AS UpdatedAt, u.name AS UpdatedBy, t.team_id AS TeamId, t.content_hash AS ContentHash
            FROM templates t LEFT JOIN users u ON u.id = t.updated_by
            WHERE t.id = @Id AND t.team_id IS NOT NULL AND t.deleted_at IS NULL
            """, new { Id = id }, transaction, cancellationToken: cancellationToken));

    private async Task<int> WriteVersionAsync(
        SqliteConnection connection, DbTransaction transaction, string id, int currentVersion, TemplateContent content, string userId,
        int? restoredFrom, CancellationToken cancellationToken)
    {
        var version = currentVersion + 1;
        var stored = Store(content);
        await connection.ExecuteAsync(new CommandDefinition("""
            UPDATE templates SET name = @Name, name_key = @NameKey, category = @Category, default_style_id = @DefaultStyleId, levels_json = @LevelsJson,
                   nodes_json = @NodesJson, node_count = @NodeCount, search_text = @SearchText, content_hash = @ContentHash,
                   tags_json = @TagsJson, version = @Version, updated_at = @Now, updated_by = @UserId
            WHERE id = @Id AND version = @CurrentVersion
            """, new
            {
                Id = id, content.Name, NameKey = TemplateNames.Key(content.Name), content.Category, content.DefaultStyleId, stored.LevelsJson,
                stored.NodesJson, content.NodeCount, content.SearchText, stored.ContentHash, stored.TagsJson, Version = version, Now = Now(), UserId = userId,
                CurrentVersion = currentVersion,
            }, transaction, cancellationToken: cancellationToken));
        await AddVersionAsync(connection, transaction, id, version, content, stored, userId, restoredFrom, cancellationToken);
        return version;
    }

    private async Task AddVersionAsync(
        SqliteConnection connection, DbTransaction transaction, string id, int version, TemplateContent content, StoredContent stored,
        string userId, int? restoredFrom, CancellationToken cancellationToken) =>
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO template_versions (template_id, version, name, category, tags_json, default_style_id, levels_json, nodes_json,
                                           node_count, created_at, created_by, restored_from)
            VALUES (@Id, @Version, @Name, @Category, @TagsJson, @DefaultStyleId, @LevelsJson, @NodesJson, @NodeCount, @Now, @UserId, @RestoredFrom)
            """, new
            {
                Id = id, Version = version, content.Name, content.Category, stored.TagsJson, content.DefaultStyleId, stored.LevelsJson,
                stored.NodesJson, content.NodeCount, Now = Now(), UserId = userId, RestoredFrom = restoredFrom,
            }, transaction, cancellationToken: cancellationToken));

    private static async Task<TemplateVersion?> ReadVersionAsync(
        SqliteConnection connection, DbTransaction? transaction, string id, int version, CancellationToken cancellationToken)
    {
        var row = await connection.QuerySingleOrDefaultAsync<VersionRow>(new CommandDefinition("""
            SELECT v.version AS Version, v.name AS Name, v.category AS Category, v.tags_json AS TagsJson,
                   v.default_style_id AS DefaultStyleId, v.levels_json AS LevelsJson, v.nodes_json AS NodesJson,
                   v.created_at AS CreatedAt, u.name AS CreatedBy, v.restored_from AS RestoredFrom
            FROM template_versions v JOIN users u ON u.id = v.created_by
            WHERE v.template_id = @Id AND v.version = @Version
            """, new { Id = id, Version = version }, transaction, cancellationToken: cancellationToken));
        if (row is null) return null;
        var content = new TemplateContent(row.Name, row.Category,
            JsonSerializer.Deserialize<List<string>>(row.TagsJson, StoredJson.Options)!, row.DefaultStyleId,
            JsonSerializer.Deserialize<List<LevelFormat>>(row.LevelsJson, StoredJson.Options)!,
            JsonSerializer.Deserialize<List<OutlineNode>>(row.NodesJson, StoredJson.Options)!);
        return new TemplateVersion(id, (int)row.Version, TemplateRepository.ParseTime(row.CreatedAt), row.CreatedBy, (int?)row.RestoredFrom, content);
    }

    private sealed class VersionRow
    {
        public long Version { get; init; }
        public string Name { get; init; } = "";
        public string Category { get; init; } = "";
        public string TagsJson { get; init; } = "[]";
        public string DefaultStyleId { get; init; } = "";
        public string LevelsJson { get; init; } = "[]";
        public string NodesJson { get; init; } = "[]";
        public string CreatedAt { get; init; } = "";
        public string CreatedBy { get; init; } = "";
        public long? RestoredFrom { get; init; }
    }

    private sealed record StoredContent(string LevelsJson, string NodesJson, string TagsJson, string ContentHash);

    private static StoredContent Store(TemplateContent content)
    {
        var levelsJson = JsonSerializer.Serialize(content.Levels, StoredJson.Options);
        var nodesJson = JsonSerializer.Serialize(content.Nodes, StoredJson.Options);
        var tagsJson = JsonSerializer.Serialize(content.Tags, StoredJson.Options);
        return new StoredContent(levelsJson, nodesJson, tagsJson,
            TemplateRepository.ContentHash(content.Name, content.Category, content.DefaultStyleId, levelsJson, nodesJson, tagsJson));
    }

    private string Now() => clock.GetUtcNow().ToString("O");
}
