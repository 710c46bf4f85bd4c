using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace OutlineAddin.Tests.Processes;

/// <summary>The answer to a template write: its status, and for a 2xx the template's id, version and ETag.</summary>
public sealed record SaveResult(HttpStatusCode Status, string? Id, int Version, string? ETag)
{
    public bool Succeeded => (int)Status is >= 200 and < 300;
}

/// <summary>A template as GET answers it: what a save based on it sends back (its ETag), and its name to keep.</summary>
public sealed record CurrentTemplate(string Id, string Name, int Version, string ETag, string Marker);

/// <summary>
/// One signed-in member's template calls, through the real endpoints (<c>server/Apis/TemplatesApi.cs</c>). Each write
/// carries a marker, the title of its one heading, so that what is stored can be matched with the write that made it.
/// </summary>
public sealed class TemplateClient(HttpClient http)
{
    public static object Outline(string marker) => new[] { new { title = marker, children = Array.Empty<object>() } };

    public async Task<SaveResult> CreateAsync(string teamId, string name, string marker, CancellationToken cancellationToken = default)
    {
        using var response = await http.PostAsJsonAsync("/api/templates",
            new { teamId, name, nodes = Outline(marker), defaultStyleId = "gongwen" }, cancellationToken);
        return await ReadSaveAsync(response, cancellationToken);
    }

    public async Task<CurrentTemplate> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        using var response = await http.GetAsync($"/api/templates/{id}", cancellationToken);
        if (!response.IsSuccessStatusCode) throw new HttpRequestException($"GET {id}: {response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}");
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        return new CurrentTemplate(id, body.GetProperty("name").GetString()!, body.GetProperty("version").GetInt32(), response.Headers.ETag!.Tag,
            body.GetProperty("nodes")[0].GetProperty("title").GetString()!);
    }

    /// <summary>A save based on <paramref name="basedOn"/> (If-Match its ETag), keeping its name: 200, or 412 when someone saved first.</summary>
    public async Task<SaveResult> UpdateAsync(CurrentTemplate basedOn, string marker, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/templates/{basedOn.Id}")
        {
            Content = JsonContent.Create(new { name = basedOn.Name, nodes = Outline(marker), defaultStyleId = "gongwen" }),
        };
        request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(basedOn.ETag));
        using var response = await http.SendAsync(request, cancellationToken);
        return await ReadSaveAsync(response, cancellationToken);
    }

    private static async Task<SaveResult> ReadSaveAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode) return new SaveResult(response.StatusCode, null, 0, null);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        return new SaveResult(response.StatusCode, body.GetProperty("id").GetString(), body.GetProperty("version").GetInt32(), response.Headers.ETag?.Tag);
    }
}
