namespace OutlineAddin.Data;

/// <summary>What a backup or restore says about the database it copied: enough for a person to recognise it.</summary>
public sealed record DatabaseSummary(long SchemaVersion, long TeamTemplates, long TemplateVersions, long Users, long Teams, long Bytes)
{
    public override string ToString() =>
        $"schema version {SchemaVersion}, {TeamTemplates} team templates with {TemplateVersions} versions, {Users} users, {Teams} teams, {Bytes:N0} bytes";
}
