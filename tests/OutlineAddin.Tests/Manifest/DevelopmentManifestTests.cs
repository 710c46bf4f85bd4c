using System.Xml.Linq;
using OutlineAddin.Hosting;
using static OutlineAddin.Tests.Manifest.ManifestXml;

namespace OutlineAddin.Tests.Manifest;

/// <summary>addin-manifest/manifest.xml, as embedded in the server: offline checks in place of the online validator.</summary>
public class DevelopmentManifestTests
{
    private readonly XDocument manifest = XDocument.Parse(AddinManifest.DevelopmentXml);

    private XElement OfficeApp => manifest.Root!;

    [Fact]
    public void Is_a_task_pane_add_in_for_Word()
    {
        Assert.Equal(Office + "OfficeApp", OfficeApp.Name);
        Assert.Equal("TaskPaneApp", OfficeApp.XsiType());
        var host = Assert.Single(OfficeApp.Element(Office + "Hosts")!.Elements());
        Assert.Equal("Document", (string?)host.Attribute("Name"));
    }

    [Fact]
    public void Lists_the_elements_of_OfficeApp_in_schema_order()
    {
        string[] schemaOrder =
        [
            "Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl",
            "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements", "DefaultSettings",
            "Permissions", "VersionOverrides",
        ];
        Assert.Equal(schemaOrder, OfficeApp.Elements().Select(element => element.Name.LocalName));
    }

    [Fact]
    public void Has_a_fixed_id_and_a_four_part_version()
    {
        Assert.True(Guid.TryParse(OfficeApp.Element(Office + "Id")!.Value, out _));
        Assert.Matches(@"^\d+\.\d+\.\d+\.\d+$", OfficeApp.Element(Office + "Version")!.Value);
    }

    [Fact]
    public void Speaks_Chinese_by_default_and_English_by_override()
    {
        Assert.Equal("zh-CN", OfficeApp.Element(Office + "DefaultLocale")!.Value);

        var displayName = OfficeApp.Element(Office + "DisplayName")!;
        Assert.Equal("提纲助手", (string?)displayName.Attribute("DefaultValue"));
        Assert.Equal("Outline Assistant", EnglishOverride(displayName));
        Assert.NotNull(EnglishOverride(OfficeApp.Element(Office + "Description")!));
    }

    [Fact]
    public void Translates_every_ribbon_string_into_English()
    {
        var strings = manifest.Descendants(BasicTypes + "String").ToList();
        Assert.NotEmpty(strings);
        Assert.All(strings, text => Assert.False(string.IsNullOrWhiteSpace(EnglishOverride(text)), (string?)text.Attribute("id")));
    }

    [Fact]
    public void Needs_WordApi_1_3_and_read_write_access_to_the_document()
    {
        var set = Assert.Single(OfficeApp.Element(Office + "Requirements")!.Descendants(Office + "Set"));
        Assert.Equal("WordApi", (string?)set.Attribute("Name"));
        Assert.Equal("1.3", (string?)set.Attribute("MinVersion"));
        Assert.Equal("ReadWriteDocument", OfficeApp.Element(Office + "Permissions")!.Value);
    }

    [Fact]
    public void Opens_the_taskpane_from_a_button_on_the_Home_tab()
    {
        var homeTab = Assert.Single(manifest.Descendants(Overrides + "OfficeTab"));
        Assert.Equal("TabHome", (string?)homeTab.Attribute("id"));

        var button = Assert.Single(homeTab.Descendants(Overrides + "Control"));
        Assert.Equal("Button", button.XsiType());
        var action = button.Element(Overrides + "Action")!;
        Assert.Equal("ShowTaskpane", action.XsiType());

        var buttonPage = Resource(manifest, (string)action.Element(Overrides + "SourceLocation")!.Attribute("resid")!);
        var defaultPage = (string?)OfficeApp.Element(Office + "DefaultSettings")!.Element(Office + "SourceLocation")!.Attribute("DefaultValue");
        Assert.Equal("https://localhost:3000/taskpane/index.html", defaultPage);
        Assert.Equal(defaultPage, buttonPage);
    }

    [Fact]
    public void Declares_icons_of_16_32_64_and_80_pixels()
    {
        Assert.Equal("https://localhost:3000/assets/icon-32.png", (string?)OfficeApp.Element(Office + "IconUrl")!.Attribute("DefaultValue"));
        Assert.Equal("https://localhost:3000/assets/icon-64.png", (string?)OfficeApp.Element(Office + "HighResolutionIconUrl")!.Attribute("DefaultValue"));

        // The ribbon wants 16, 32 and 80 px for the group and for the button alike.
        var ribbonIcons = manifest.Descendants(Overrides + "Icon").ToList();
        Assert.Equal(2, ribbonIcons.Count);
        foreach (var icon in ribbonIcons)
        {
            var images = icon.Elements(BasicTypes + "Image").ToDictionary(image => (string)image.Attribute("size")!, image => Resource(manifest, (string)image.Attribute("resid")!));
            Assert.Equal(["16", "32", "80"], images.Keys.Order());
            Assert.All(images, image => Assert.Equal($"https://localhost:3000/assets/icon-{image.Key}.png", image.Value));
        }
    }

    [Fact]
    public void Defines_every_resource_it_refers_to()
    {
        var defined = manifest.Descendants(Overrides + "Resources").Descendants().Select(resource => (string?)resource.Attribute("id")).OfType<string>().ToHashSet();
        var referenced = manifest.Descendants().Attributes("resid").Select(resid => resid.Value).Distinct();
        Assert.All(referenced, resid => Assert.Contains(resid, defined));
    }

    [Fact]
    public void Points_every_url_at_the_local_https_server()
    {
        var urls = Urls(manifest);
        Assert.NotEmpty(urls);
        Assert.All(urls, url => Assert.StartsWith(AddinManifest.DevelopmentOrigin, url));
    }

    [Fact]
    public void Rewrites_every_url_for_a_public_base_and_keeps_AppDomain_an_origin()
    {
        var rewritten = XDocument.Parse(AddinManifest.For(new Uri("https://outline.example.cn/tigang/")));

        Assert.DoesNotContain("localhost:3000", rewritten.ToString());
        Assert.Equal("https://outline.example.cn", rewritten.Descendants(Office + "AppDomain").Single().Value);
        var source = rewritten.Root!.Element(Office + "DefaultSettings")!.Element(Office + "SourceLocation")!;
        Assert.Equal("https://outline.example.cn/tigang/taskpane/index.html", (string?)source.Attribute("DefaultValue"));
        Assert.Equal(Urls(manifest).Count, Urls(rewritten).Count);
    }

    [Fact]
    public void Names_no_Entra_ID_application_unless_given_one()
    {
        Assert.Empty(manifest.Descendants(Overrides + "WebApplicationInfo"));
        Assert.Empty(XDocument.Parse(AddinManifest.For(new Uri("https://outline.example.cn/"))).Descendants(Overrides + "WebApplicationInfo"));
    }

    [Theory]
    [InlineData("https://outline.example.cn/", "api://outline.example.cn/")]
    [InlineData("https://example.cn/tigang/", "api://example.cn/")]
    [InlineData("https://localhost:3000/", "api://localhost:3000/")]
    [InlineData("https://word-addin.example.cn:8443/", "api://word-addin.example.cn:8443/")]
    public void Names_the_Entra_ID_application_for_single_sign_on_last_in_VersionOverrides(string publicBase, string resourcePrefix)
    {
        var clientId = Guid.Parse("5661fed9-f33d-4e95-b6cf-624a34a2f51d");
        var withSignOn = XDocument.Parse(AddinManifest.For(new Uri(publicBase), clientId));

        var versionOverrides = withSignOn.Root!.Element(Overrides + "VersionOverrides")!;
        var info = versionOverrides.Elements().Last();
        Assert.Equal(Overrides + "WebApplicationInfo", info.Name);
        Assert.Equal(["Id", "Resource", "Scopes"], info.Elements().Select(element => element.Name.LocalName));
        Assert.Equal(clientId.ToString(), info.Element(Overrides + "Id")!.Value);
        // The Application ID URI: the add-in's host and port (never its path base), then the client id.
        Assert.Equal(resourcePrefix + clientId, info.Element(Overrides + "Resource")!.Value);
        Assert.Equal(["openid", "profile"], info.Element(Overrides + "Scopes")!.Elements(Overrides + "Scope").Select(scope => scope.Value));
    }

    [Fact]
    public void Single_sign_on_changes_nothing_else_in_the_manifest()
    {
        var publicBase = new Uri("https://outline.example.cn/");
        var withSignOn = XDocument.Parse(AddinManifest.For(publicBase, Guid.NewGuid()));
        withSignOn.Descendants(Overrides + "WebApplicationInfo").Single().Remove();

        Assert.Equal(XDocument.Parse(AddinManifest.For(publicBase)).ToString(), withSignOn.ToString());
    }

    private static string? EnglishOverride(XElement element) =>
        (string?)element.Elements().SingleOrDefault(child => child.Name.LocalName == "Override" && (string?)child.Attribute("Locale") == "en-US")
            ?.Attribute("Value");
}
