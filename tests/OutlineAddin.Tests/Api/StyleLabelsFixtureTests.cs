using System.Net.Http.Json;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using OutlineAddin.Numbering;

namespace OutlineAddin.Tests.Api;

/// <summary>
/// taskpane/test/unit/fixtures/style-labels.json is what the server's /api/outlines/render gives for one outline in
/// every built-in style: the taskpane's fake of Word's list numbering is checked against it (fake-lists.test.ts), so
/// the fake's model of Word and the server's engine cannot drift apart unnoticed. Checked in rather than fetched by
/// the unit test so that the taskpane's unit tests run without a server, in a second; this test keeps it current.
/// </summary>
public class StyleLabelsFixtureTests(OutlineApiFactory factory) : IClassFixture<OutlineApiFactory>
{
    private const string UpdateCommand = "UPDATE_STYLE_LABELS=1 dotnet test --filter StyleLabelsFixture";

    private static readonly string CheckedInPath = Path.Combine(RepositoryRoot(), "taskpane", "test", "unit", "fixtures", "style-labels.json");

    private static readonly JsonSerializerOptions Pretty = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public async Task The_checked_in_labels_are_what_the_renderer_gives_for_every_built_in_style()
    {
        var client = factory.CreateClient();
        var nodes = Outline();
        var styles = new JsonArray();
        foreach (var style in BuiltInStyles.All)
        {
            var catalog = await client.GetFromJsonAsync<JsonObject>($"/api/numbering-styles/{style.Id}");
            var response = await client.PostAsJsonAsync("/api/outlines/render", new { nodes, styleId = style.Id });
            response.EnsureSuccessStatusCode();
            var rendered = await response.Content.ReadFromJsonAsync<JsonObject>();
            styles.Add(new JsonObject
            {
                ["styleId"] = style.Id,
                ["levels"] = catalog!["levels"]!.DeepClone(),
                ["lines"] = rendered!["lines"]!.DeepClone(),
            });
        }
        var fixture = new JsonObject { ["nodes"] = JsonSerializer.SerializeToNode(nodes, JsonSerializerOptions.Web), ["styles"] = styles };
        var generated = fixture.ToJsonString(Pretty).ReplaceLineEndings("\n") + "\n";

        if (Environment.GetEnvironmentVariable("UPDATE_STYLE_LABELS") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(CheckedInPath)!);
            await File.WriteAllTextAsync(CheckedInPath, generated);
        }

        var checkedIn = File.Exists(CheckedInPath) ? (await File.ReadAllTextAsync(CheckedInPath)).ReplaceLineEndings("\n") : "";
        Assert.True(checkedIn == generated, $"{CheckedInPath} is not what the renderer gives now. Rewrite it with `{UpdateCommand}`.");
    }

    private sealed record Node(string Title, IReadOnlyList<Node> Children);

    /// <summary>
    /// One outline that meets what Word's list numbering must get right: past ten at levels 1 and 2 (十一、, （十二）),
    /// every level down to the ninth, a restart under a new parent, and a level that counts on across parents (法规's 条).
    /// </summary>
    private static IReadOnlyList<Node> Outline()
    {
        var count = 0;
        Node Leaf() => new($"条目{++count}", []);
        // A heading at `depth` with a child at every level below it, and from level 4 on a second child beside it.
        Node Chain(int depth) => depth == NumberingStyle.MaxLevels ? Leaf() : new Node($"条目{++count}", [Chain(depth + 1), .. depth >= 3 ? new[] { Leaf() } : []]);

        var first = new Node($"条目{++count}", [Chain(2), .. Enumerable.Range(0, 10).Select(_ => Leaf()), new Node($"条目{++count}", [Leaf(), Leaf()])]);
        var second = new Node($"条目{++count}", [new Node($"条目{++count}", [Leaf(), Leaf()]), Leaf()]);
        return [first, second, .. Enumerable.Range(0, 9).Select(_ => Leaf())];
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "OutlineAddin.sln"))) return directory.FullName;
        }
        throw new InvalidOperationException($"No OutlineAddin.sln above {AppContext.BaseDirectory}.");
    }
}
