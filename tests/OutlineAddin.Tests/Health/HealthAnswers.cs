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
