namespace OutlineAddin.Tests.Processes;

public static class AcknowledgedWrites
{
    /// <summary>Two acknowledgements of one version of one template with different contents: each should have made a version of its own.</summary>
    public static IReadOnlyList<string> SharedVersions(this IEnumerable<AcknowledgedWrite> writes) =>
    [
        .. writes.GroupBy(write => (write.TemplateId, write.Version)).Where(group => group.Count() > 1)
            .Select(group => $"{group.Key.TemplateId} v{group.Key.Version} acknowledged for {string.Join(", ", group.Select(write => write.Marker))}"),
    ];
}
