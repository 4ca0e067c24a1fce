using System.ServiceModel.Syndication;
using System.Text.RegularExpressions;
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

    [Fact]
    public async Task RobotsTxt_NamesTheSitemap_AndKeepsCrawlersOffWhatIsNotAPageOfItsOwn()
    {
        var client = site.Factory.CreateClient();
        using var response = await client.GetAsync("/robots.txt");
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.TrimEntries);
        Assert.Equal("User-agent: *", lines[0]);
        Assert.Contains("Sitemap: http://localhost/sitemap.xml", lines);
        var rules = lines.Where(l => l.StartsWith("Disallow: ", StringComparison.Ordinal)).Select(l => l["Disallow: ".Length..]).ToList();
        bool Disallowed(string address) => rules.Any(rule => Regex.IsMatch(address, "^" + Regex.Escape(rule).Replace(@"\*", ".*", StringComparison.Ordinal)));
        Assert.All(["/admin", "/admin/moments", "/account/sign-in", "/random", "/search?q=kiss", "/api/moments", "/export.json", "/moments?tag=kiss&page=2", "/dramas?sort=year"],
            address => Assert.True(Disallowed(address), address + " is open to crawlers"));
        Assert.All(["/", "/moments?page=2", "/dramas/goblin", "/co-stars?list=all", "/sitemap.xml", "/feed.atom"],
            address => Assert.False(Disallowed(address), address + " is closed to crawlers"));
        // Nothing the sitemap asks crawlers to read is closed to them.
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var listed = XDocument.Parse(await client.GetStringAsync("/sitemap.xml")).Descendants(ns + "loc").Select(l => new Uri(l.Value).PathAndQuery).ToList();
        Assert.True(listed.Count > 100);
        Assert.DoesNotContain(listed, Disallowed);
    }
}
