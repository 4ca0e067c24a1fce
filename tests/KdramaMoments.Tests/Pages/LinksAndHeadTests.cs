using AngleSharp.Html.Dom;

namespace KdramaMoments.Tests.Pages;

/// <summary>Cross-links everywhere: every internal link reached from home resolves, and every page is shaped for sharing and assistive technology.</summary>
public sealed class LinksAndHeadTests(SeededSite site) : IClassFixture<SeededSite>
{
    private const int CrawlLimit = 3000;

    [Fact]
    public async Task EveryInternalLink_ReachedFromHome_Resolves()
    {
        var client = site.Factory.CreateClient();
        var seen = new HashSet<string> { "/" };
        var queue = new Queue<string>(["/"]);
        var broken = new List<string>();
        var unknownEpisode = new List<string>();
        while (queue.TryDequeue(out var path))
        {
            // A crawler trap (links that make new addresses forever) fails here instead of running until CI's limit.
            Assert.True(seen.Count < CrawlLimit, $"more than {CrawlLimit} addresses reached from home; the last ones: {string.Join(", ", seen.TakeLast(5))}");

            var response = await client.GetAsync(path);
            if (!response.IsSuccessStatusCode)
            {
                broken.Add($"{path} → {(int)response.StatusCode}");
                continue;
            }
            if (response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }
            var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
            // An unknown episode is left out, never printed as "episode unknown".
            if (document.Body!.TextContent.Contains("episode unknown", StringComparison.OrdinalIgnoreCase))
            {
                unknownEpisode.Add(path);
            }
            // Links marked nofollow (every facet combination) are skipped, as a search engine's crawler skips them.
            foreach (var href in document.QuerySelectorAll("a[href]:not([rel~=nofollow])").Select(a => a.GetAttribute("href")!))
            {
                // Same-site pages only; the random moment and the machine-read files are tested on their own.
                if (!href.StartsWith('/') || href.StartsWith("//", StringComparison.Ordinal) || href is "/random" || href.StartsWith("/openapi", StringComparison.Ordinal))
                {
                    continue;
                }
                var target = href.Split('#')[0];
                if (target.Length > 0 && seen.Add(target))
                {
                    queue.Enqueue(target);
                }
            }
        }
        Assert.Empty(broken);
        Assert.Empty(unknownEpisode);
        // The crawl reached every kind of page, so the claim covers them all.
        foreach (var prefix in new[] { "/dramas/", "/actors/", "/characters/", "/moments/", "/tags/", "/articles/", "/co-stars", "/moments?" })
        {
            Assert.Contains(seen, p => p.StartsWith(prefix, StringComparison.Ordinal));
        }
        Assert.True(seen.Count > 150, $"only {seen.Count} pages reached");
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/dramas")]
    [InlineData("/dramas/goblin")]
    [InlineData("/moments")]
    [InlineData("/moments/you-taught-me-everything-you-just-didnt-teach-me-how-to-break-up")]
    [InlineData("/actors")]
    [InlineData("/actors/gong-yoo")]
    [InlineData("/characters/im-sol")]
    [InlineData("/tags")]
    [InlineData("/tags/kiss")]
    [InlineData("/articles")]
    [InlineData("/articles/000-d1c5d653134b6707")]
    [InlineData("/co-stars")]
    [InlineData("/search?q=goblin")]
    [InlineData("/developers")]
    public async Task Page_HasOneH1LandmarksCanonicalAndSharingTags(string url)
    {
        var page = await site.Factory.CreateClient().GetDocumentAsync(url);
        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.NotNull(page.QuerySelector("header"));
        Assert.NotNull(page.QuerySelector("main#main"));
        Assert.NotNull(page.QuerySelector("footer"));
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        var canonical = new Uri(page.QuerySelector("link[rel=canonical]")!.GetAttribute("href")!);
        Assert.Equal(url.Split('?')[0], canonical.AbsolutePath);
        Assert.Equal(canonical.ToString(), Meta(page, "og:url"));
        Assert.False(string.IsNullOrWhiteSpace(Meta(page, "og:title")));
        Assert.False(string.IsNullOrWhiteSpace(Meta(page, "og:description")));
        // A moment, drama or actor page has a drawn share card, so the large card; other pages the plain summary.
        var hasShareCard = System.Text.RegularExpressions.Regex.IsMatch(url, "^/(moments|dramas|actors)/[^/?]+$");
        Assert.Equal(hasShareCard, page.QuerySelector("meta[property='og:image']") is not null);
        Assert.Equal(hasShareCard ? "summary_large_image" : "summary", page.QuerySelector("meta[name='twitter:card']")!.GetAttribute("content"));
        Assert.Equal(page.Title!.Split(" · ")[0], Meta(page, "og:title"));
    }

    [Fact]
    public async Task FacetLinks_AreNofollow_SoCrawlersDoNotWalkEveryCombination()
    {
        var page = await site.Factory.CreateClient().GetDocumentAsync("/moments?tag=kiss");
        var facetLinks = page.QuerySelectorAll("nav.facets a[href], .chip a[href]");
        Assert.NotEmpty(facetLinks);
        Assert.All(facetLinks, a => Assert.Contains("nofollow", a.GetAttribute("rel") ?? "", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Canonical_KeepsFiltersButDropsSortOrder()
    {
        var page = await site.Factory.CreateClient().GetDocumentAsync("/moments?tag=kiss&sort=title&page=1");
        var canonical = new Uri(page.QuerySelector("link[rel=canonical]")!.GetAttribute("href")!);
        Assert.Equal("?tag=kiss&page=1", canonical.Query);
    }

    private static string? Meta(IHtmlDocument page, string property) =>
        page.QuerySelector($"meta[property='{property}']")?.GetAttribute("content");
}
