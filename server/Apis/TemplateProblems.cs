using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using OutlineAddin.Data;

namespace OutlineAddin.Apis;

/// <summary>
/// The problem+json bodies of the template writes' conflicts, with their extensions. The OpenAPI document describes them
/// with these records (so that a generated client has the fields typed), and TemplatesApi writes them from these records
/// too (<see cref="TemplateProblems.Result{TProblem}"/>): what is sent cannot drift from what is documented.
/// </summary>
public sealed record TemplateNameTakenProblem(
    string? Type, string Title, int Status, string Detail, string ExistingId, int ExistingVersion, string ExistingName);

/// <summary>412: someone saved first. The answer's ETag is that of <paramref name="CurrentVersion"/>.</summary>
public sealed record TemplateStaleProblem(
    string? Type, string Title, int Status, string Detail, int CurrentVersion, string? UpdatedBy, DateTimeOffset UpdatedAt);

public static class TemplateProblems
{
    private static readonly HashSet<string> ProblemMembers = ["type", "title", "status", "detail", "instance"];

    /// <summary>
    /// The problem answer whose body is <paramref name="problem"/>: its type, title, status and detail as the problem's,
    /// every other property (by its JSON name) as an extension. Written through the problem details service like any
    /// other problem (which adds <c>traceId</c> and a type for the status when there is none).
    /// </summary>
    public static ProblemHttpResult Result<TProblem>(TProblem problem) where TProblem : notnull
    {
        var details = new ProblemDetails();
        foreach (var property in JsonSerializer.SerializeToElement(problem, StoredJson.Options).EnumerateObject())
        {
            if (!ProblemMembers.Contains(property.Name))
            {
                details.Extensions[property.Name] = property.Value;
                continue;
            }
            var text = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : null;
            switch (property.Name)
            {
                case "type": details.Type = text; break;
                case "title": details.Title = text; break;
                case "status": details.Status = property.Value.GetInt32(); break;
                case "detail": details.Detail = text; break;
                case "instance": details.Instance = text; break;
            }
        }
        return TypedResults.Problem(details);
    }
}
