using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using OutlineAddin.Data;

namespace OutlineAddin.Apis;

/// <summary>
/// <c>GET /healthz</c>, for load balancers and monitoring: 200 while the database answers, 503 while it does not, so a
/// balancer sends requests only to instances that can serve them. Anyone may ask, so the answer names the state, the
/// provider and how long the query took, never a host, a connection string or an error's text (those go to the log).
/// Never cached (Cache-Control: no-store): a stale "healthy" would hide an outage.
/// </summary>
public static class HealthApi
{
    public const string Path = "/healthz";

    public sealed record HealthAnswer(string Status, DatabaseAnswer Database);

    public sealed record DatabaseAnswer(string Status, string Provider, double DurationMs);

    public static WebApplicationBuilder AddHealth(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<DatabaseHealthCheck>(); // one instance: it shares its latest probe (DatabaseHealthCheck.ReusedFor)
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>(DatabaseHealthCheck.Name);
        return builder;
    }

    public static IEndpointConventionBuilder MapHealth(this IEndpointRouteBuilder app) =>
        // Unhealthy answers 503 and caching is refused (no-store) by HealthCheckOptions' defaults.
        app.MapHealthChecks(Path, new HealthCheckOptions { ResponseWriter = WriteAnswerAsync });

    private static Task WriteAnswerAsync(HttpContext http, HealthReport report)
    {
        var database = report.Entries[DatabaseHealthCheck.Name];
        var answer = new HealthAnswer(report.Status.ToString(), new DatabaseAnswer(
            database.Status.ToString(),
            database.Data.GetValueOrDefault(DatabaseHealthCheck.DataKeys.Provider) as string ?? "",
            database.Data.GetValueOrDefault(DatabaseHealthCheck.DataKeys.DurationMs) as double? ?? database.Duration.TotalMilliseconds));
        http.Response.ContentType = "application/json; charset=utf-8";
        return JsonSerializer.SerializeAsync(http.Response.Body, answer,
            http.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions, http.RequestAborted);
    }
}
