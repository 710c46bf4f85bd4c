using System.Data.Common;
using System.Globalization;
using Dapper;

namespace OutlineAddin.Tests.Processes;

/// <summary>
/// Every version of every team template as the database holds it, read directly (not through a server), and what is
/// wrong with it: a template whose history is not exactly versions 1…current, or whose current content is not its
/// newest version's. The PostgreSQL counterpart of SQLite's integrity check is this count and content check.
/// </summary>
public sealed class StoredHistory
{
    private readonly Dictionary<(string TemplateId, int Version), string> nodes;

    private StoredHistory(Dictionary<(string, int), string> nodes, Dictionary<string, (int Version, string Nodes)> current, List<string> problems)
    {
        this.nodes = nodes;
        Current = current.ToDictionary(entry => entry.Key, entry => entry.Value.Version);
        Problems = problems;
    }

    /// <summary>Each team template's current version.</summary>
    public IReadOnlyDictionary<string, int> Current { get; }

    public int VersionCount => nodes.Count;

    /// <summary>What does not add up; empty when the history is whole.</summary>
    public IReadOnlyList<string> Problems { get; }

    public static async Task<StoredHistory> ReadAsync(DbConnection connection)
    {
        var nodes = new Dictionary<(string, int), string>();
        foreach (var row in await connection.QueryAsync("SELECT template_id, version, nodes_json FROM template_versions"))
        {
            nodes[((string)row.template_id, Convert.ToInt32(row.version, CultureInfo.InvariantCulture))] = (string)row.nodes_json;
        }
        var current = new Dictionary<string, (int, string)>();
        foreach (var row in await connection.QueryAsync("SELECT id, version, nodes_json FROM templates WHERE team_id IS NOT NULL"))
        {
            current[(string)row.id] = (Convert.ToInt32(row.version, CultureInfo.InvariantCulture), (string)row.nodes_json);
        }

        var problems = new List<string>();
        foreach (var (id, (version, currentNodes)) in current)
        {
            var history = nodes.Keys.Where(key => key.Item1 == id).Select(key => key.Item2).Order().ToList();
            if (!history.SequenceEqual(Enumerable.Range(1, version))) problems.Add($"{id} is at version {version} but its history holds [{string.Join(",", history)}]");
            else if (nodes[(id, version)] != currentNodes) problems.Add($"{id}'s current content is not that of its version {version}");
        }
        var orphans = nodes.Keys.Select(key => key.Item1).Distinct().Where(id => !current.ContainsKey(id)).ToList();
        if (orphans.Count > 0) problems.Add($"versions of templates that do not exist: {string.Join(", ", orphans)}");
        if (nodes.Count != current.Values.Sum(template => template.Item1)) problems.Add($"{nodes.Count} versions stored for a total of {current.Values.Sum(t => t.Item1)} current versions");
        return new StoredHistory(nodes, current, problems);
    }

    /// <summary>The acknowledged writes that are not stored as acknowledged: missing, or another content at their version.</summary>
    public IReadOnlyList<string> Missing(IEnumerable<AcknowledgedWrite> writes) =>
    [
        .. writes.Where(write => !Holds(write)).Select(write =>
            nodes.TryGetValue((write.TemplateId, write.Version), out var stored)
                ? $"{write.TemplateId} v{write.Version} should hold {write.Marker} but holds {stored}"
                : $"{write.TemplateId} v{write.Version} ({write.Marker}) is not stored"),
    ];

    public bool Holds(AcknowledgedWrite write) =>
        nodes.TryGetValue((write.TemplateId, write.Version), out var stored) && stored.Contains($"\"{write.Marker}\"", StringComparison.Ordinal);
}
