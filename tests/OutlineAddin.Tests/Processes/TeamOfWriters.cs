using System.Net.Http.Json;
using System.Text.Json;

namespace OutlineAddin.Tests.Processes;

/// <summary>
/// A team made through the API as an administrator would (<c>UsersApi</c>, <c>TeamsApi</c>): the server's admin token
/// creates the users, the first creates the team and makes the others its editors. Each member writes with a token of
/// their own, as the people of an office would, so that the per-user limit on saves at once does not queue them.
/// </summary>
public sealed record TeamOfWriters(string TeamId, IReadOnlyList<string> Tokens)
{
    public static async Task<TeamOfWriters> CreateAsync(ServerProcess server, int members)
    {
        using var admin = server.CreateClient(ServerProcess.AdminToken);
        var tokens = new List<string>();
        var userIds = new List<string>();
        for (var member = 1; member <= members; member++)
        {
            var user = await ReadAsync(await admin.PostAsJsonAsync("/api/users", new { name = $"写作者{member}" }));
            userIds.Add(user.GetProperty("id").GetString()!);
            tokens.Add(user.GetProperty("token").GetString()!);
        }

        using var owner = server.CreateClient(tokens[0]);
        var teamId = (await ReadAsync(await owner.PostAsJsonAsync("/api/teams", new { name = "办公室" }))).GetProperty("id").GetString()!;
        foreach (var userId in userIds.Skip(1))
        {
            await ReadAsync(await owner.PostAsJsonAsync($"/api/teams/{teamId}/members", new { userId, role = "editor" }));
        }
        return new TeamOfWriters(teamId, tokens);
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        using (response)
        {
            if (!response.IsSuccessStatusCode) throw new HttpRequestException($"{response.RequestMessage?.RequestUri}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            return await response.Content.ReadFromJsonAsync<JsonElement>();
        }
    }
}
