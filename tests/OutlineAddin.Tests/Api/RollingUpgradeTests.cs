using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OutlineAddin.Templates;
using OutlineAddin.Tests.Templates;

namespace OutlineAddin.Tests.Api;

/// <summary>
/// Instances of two releases on one database, the newer with a newer built-in library: every instance that starts
/// answers the built-ins as the database holds them, with the database's versions as ETags.
/// </summary>
public class RollingUpgradeTests
{
    private const string Changed = "builtin-01";

    [Fact]
    public async Task An_older_release_starting_after_a_newer_one_serves_the_newer_built_ins_at_the_databases_version()
    {
        await using var older = new OutlineApiFactory();
        var before = await GetAsync(older.CreateClient());
        var newerLibrary = BuiltInLibraryTests.Library(SeedLibrary.Revision + 1);

        await using (var newer = older.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton(newerLibrary))))
        {
            var upgraded = await GetAsync(newer.CreateClient());
            Assert.Equal(before.Version + 1, upgraded.Version);
            Assert.Equal(newerLibrary.Templates.Single(draft => draft.Id == Changed).Name, upgraded.Name);
        }

        for (var restart = 0; restart < 2; restart++)
        {
            await using var restarted = older.WithWebHostBuilder(_ => { });
            var client = restarted.CreateClient();
            var served = await GetAsync(client);
            Assert.Equal((before.Version + 1, newerLibrary.Templates.Single(draft => draft.Id == Changed).Name), (served.Version, served.Name));
            Assert.Equal(TemplateETags.Of(Changed, before.Version + 1), served.ETag);

            using var revalidation = new HttpRequestMessage(HttpMethod.Get, $"/api/templates/{Changed}");
            revalidation.Headers.TryAddWithoutValidation("If-None-Match", served.ETag);
            Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(revalidation)).StatusCode);
        }
    }

    private sealed record Served(string ETag, int Version, string Name);

    private static async Task<Served> GetAsync(HttpClient client)
    {
        var response = await client.GetAsync($"/api/templates/{Changed}");
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return new Served(response.Headers.ETag!.Tag, body.GetProperty("version").GetInt32(), body.GetProperty("name").GetString()!);
    }
}
