using System.Net;
using System.Text.Json;

namespace KdramaMoments.Tests.Pages;

/// <summary>What browsers ask for beside the pages: the favicon, the web manifest and its icons.</summary>
public sealed class BrowserFurnitureTests(SeededSite site) : IClassFixture<SeededSite>
{
    [Fact]
    public async Task Favicon_AndManifestWithItsIcons_Answer()
    {
        var client = site.Factory.CreateClient();
        var favicon = await client.GetAsync("/favicon.ico");
        Assert.Equal(HttpStatusCode.OK, favicon.StatusCode);
        Assert.Equal([0, 0, 1, 0], (await favicon.Content.ReadAsByteArrayAsync())[..4]); // an ICO header

        var home = await client.GetDocumentAsync("/");
        var manifestHref = home.QuerySelector("link[rel=manifest]")!.GetAttribute("href")!;
        using var manifest = JsonDocument.Parse(await client.GetStringAsync(manifestHref));
        Assert.Equal("KdramaMoments", manifest.RootElement.GetProperty("name").GetString());
        foreach (var icon in manifest.RootElement.GetProperty("icons").EnumerateArray())
        {
            var response = await client.GetAsync(icon.GetProperty("src").GetString());
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(icon.GetProperty("type").GetString(), response.Content.Headers.ContentType!.MediaType);
        }
        Assert.NotNull(home.QuerySelector("link[rel=icon][href='/favicon.ico']"));
    }

    [Fact]
    public async Task Head_HasNoScriptThatBlocksRendering()
    {
        var home = await site.Factory.CreateClient().GetDocumentAsync("/");
        Assert.All(home.Head!.QuerySelectorAll("script"), script => Assert.True(script.HasAttribute("defer") || script.HasAttribute("async"), script.OuterHtml));
    }
}
