namespace OutlineAddin.Templates;

/// <summary>Where a team template lives, for deciding who may touch it.</summary>
public sealed record TemplateOwnership(string? TeamId, bool InBin);
