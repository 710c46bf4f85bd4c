namespace OutlineAddin.Apis;

/// <summary>
/// The problem+json bodies of the template writes' conflicts, with their extensions, as the OpenAPI document
/// describes them (so that a generated client has the fields typed); TemplatesApi writes them.
/// </summary>
public sealed record TemplateNameTakenProblem(
    string? Type, string Title, int Status, string Detail, string ExistingId, int ExistingVersion, string ExistingName);

/// <summary>412: someone saved first. The answer's ETag is that of <paramref name="CurrentVersion"/>.</summary>
public sealed record TemplateStaleProblem(
    string? Type, string Title, int Status, string Detail, int CurrentVersion, string? UpdatedBy, DateTimeOffset UpdatedAt);
