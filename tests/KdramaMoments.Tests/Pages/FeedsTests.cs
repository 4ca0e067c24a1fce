using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;

namespace KdramaMoments.Tests.Pages;

public sealed class FeedsTests(SeededSite site) : IClassFixture<SeededSite>
{
    [Fact]
    public async Task AtomFeed_ParsesAndLinksEachEntryToAMomentPage()
    {
        var client = site.Factory.CreateClient();
        var response = await client.GetAsync("/feed.atom");
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        using var reader = XmlReader.Create(await response.Content.ReadAsStreamAsync());
        var feed = SyndicationFeed.Load(reader);
        Assert.Equal(30, feed.Items.Count()); // the newest thirty of 37
        var first = feed.Items.First();
        var link = first.Links.Single().Uri;
        Assert.StartsWith("/moments/", link.AbsolutePath, StringComparison.Ordinal);
        var page = await client.GetDocumentAsync(link.AbsolutePath);
        Assert.Equal(first.Title.Text, page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Sitemap_ListsEveryDramaMomentAndArticleAddress()
    {
        var client = site.Factory.CreateClient();
        var xml = XDocument.Parse(await client.GetStringAsync("/sitemap.xml"));
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var paths = xml.Descendants(ns + "loc").Select(l => new Uri(l.Value).AbsolutePath).ToList();
        Assert.Equal(paths.Count, paths.Distinct().Count());
        Assert.Equal(28, paths.Count(p => p.StartsWith("/dramas/", StringComparison.Ordinal)));
        Assert.Equal(37, paths.Count(p => p.StartsWith("/moments/", StringComparison.Ordinal)));
        Assert.Equal(5, paths.Count(p => p.StartsWith("/articles/", StringComparison.Ordinal)));
        Assert.Contains("/dramas/goblin", paths);
        Assert.Contains("/actors/hyun-bin", paths);
        foreach (var path in paths.Where(p => p.StartsWith("/characters/", StringComparison.Ordinal)).Take(5))
        {
            await client.GetDocumentAsync(path);
        }
    }
}
