using System.Net;
using System.Text.Json;

namespace OutlineAddin.Tests.Health;

/// <summary>GET /healthz as a load balancer reads it.</summary>
public static class HealthAnswers
{
    public sealed record Answer(HttpStatusCode Status, string Body, JsonElement Json, string CacheControl);

    public static async Task<Answer> GetAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/healthz");
        var body = await response.Content.ReadAsStringAsync();
        return new Answer(response.StatusCode, body, JsonDocument.Parse(body).RootElement.Clone(), response.Headers.CacheControl?.ToString() ?? "");
    }

    /// <summary>
    /// The answer is public: it says the state, the provider and the query's time, and nothing else (no host, no
    /// connection string, no error text), in any state.
    /// </summary>
    public static void AssertSaysNoMoreThanItsState(Answer answer)
    {
        Assert.Equal(["status", "database"], answer.Json.EnumerateObject().Select(property => property.Name));
        var database = answer.Json.GetProperty("database");
        Assert.Equal(["status", "provider", "durationMs"], database.EnumerateObject().Select(property => property.Name));
        Assert.Contains(answer.Json.GetProperty("status").GetString(), States);
        Assert.Contains(database.GetProperty("status").GetString(), States);
        Assert.Contains(database.GetProperty("provider").GetString(), new[] { "Sqlite", "Postgres" });
        Assert.Equal(JsonValueKind.Number, database.GetProperty("durationMs").ValueKind);
    }

    private static readonly string[] States = ["Healthy", "Unhealthy"];

    /// <summary>Asks until the answer has <paramref name="status"/> (a probe's answer is reused for a second), or fails.</summary>
    public static async Task<Answer> UntilAsync(HttpClient client, HttpStatusCode status, TimeSpan? within = null)
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            var answer = await GetAsync(client);
            if (answer.Status == status) return answer;
            if (DateTime.UtcNow > deadline) Assert.Fail($"GET /healthz still answers {answer.Status} ({answer.Body}), not {status}.");
            await Task.Delay(200);
        }
    }
}
