using System.Xml.Linq;

namespace KdramaMoments.Tests.Pages;

/// <summary>Behind a proxy the request's host is internal; <c>Site:BaseUrl</c> gives every absolute address instead.</summary>
public sealed class SiteBaseUrlTests : IAsyncLifetime
{
    private readonly TempDatabase database = new();
    private KdramaAppFactory factory = null!;

    public Task InitializeAsync()
    {
        factory = new KdramaAppFactory(database.Path, settings: new Dictionary<string, string> { ["Site:BaseUrl"] = "https://kdrama.example/" });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await factory.DisposeAsync();
        database.Dispose();
    }

    [Fact]
    public async Task CanonicalLinksFeedAndSitemap_UseTheConfiguredOrigin()
    {
        var client = factory.CreateClient();
        var page = await client.GetDocumentAsync("/moments?tag=kiss&sort=title");
        Assert.Equal("https://kdrama.example/moments?tag=kiss", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("https://kdrama.example/moments?tag=kiss", page.QuerySelector("meta[property='og:url']")!.GetAttribute("content"));

        XNamespace atom = "http://www.w3.org/2005/Atom";
        var feed = XDocument.Parse(await client.GetStringAsync("/feed.atom"));
        var links = feed.Descendants(atom + "link").Select(l => l.Attribute("href")!.Value).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, href => Assert.StartsWith("https://kdrama.example/", href, StringComparison.Ordinal));

        XNamespace sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var locations = XDocument.Parse(await client.GetStringAsync("/sitemap.xml")).Descendants(sitemap + "loc").Select(l => l.Value).ToList();
        Assert.Contains("https://kdrama.example/dramas/goblin", locations);
        Assert.All(locations, loc => Assert.StartsWith("https://kdrama.example/", loc, StringComparison.Ordinal));
    }
}
