using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Tests.Pages;

public sealed class FacetsTests(SeededSite site) : IClassFixture<SeededSite>
{
    [Theory]
    [InlineData("tag=kiss")]
    [InlineData("tag=kiss&tag=rain")]
    [InlineData("tag=kiss&not=sacrifice")]
    [InlineData("not=kiss&not=confession")]
    [InlineData("tag=confession&decade=2010")]
    [InlineData("episodes=1-4")]
    [InlineData("episodes=17-&not=tears")]
    [InlineData("tag=kiss,rain")]
    public async Task Moments_IncludeExcludeDecadeAndEpisodes_ListExactlyTheMatchingMoments(string query)
    {
        var expected = await ExpectedAsync(query);
        var page = await site.Factory.CreateClient().GetDocumentAsync($"/moments?{query}&sort=title");
        var listed = page.QuerySelectorAll(".moment-cards > li > a:first-child").Select(a => a.GetAttribute("href")!).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected.Take(24).Count(), listed.Count);
        Assert.Equal(expected.Count, Total(page.QuerySelector(".lede[role=status]")!.TextContent));
        Assert.All(listed, href => Assert.Contains(href, expected));

        // The API answers the same moments for the same parameters.
        using var json = JsonDocument.Parse(await site.Factory.CreateClient().GetStringAsync($"/api/moments?{query}&pageSize=100"));
        Assert.Equal(expected, json.RootElement.GetProperty("items").EnumerateArray().Select(i => "/moments/" + i.GetProperty("slug").GetString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task FacetCounts_FollowTheFilters_AndEachLinkLeadsToThatMany()
    {
        var client = site.Factory.CreateClient();
        var page = await client.GetDocumentAsync("/moments?tag=kiss");
        var offered = page.QuerySelectorAll(".facets .facet-list a:not(.facet-not)").Take(8).ToList();
        Assert.NotEmpty(offered);
        foreach (var link in offered)
        {
            var count = int.Parse(link.QuerySelector(".count")!.TextContent, System.Globalization.CultureInfo.InvariantCulture);
            var target = await client.GetDocumentAsync(link.GetAttribute("href")!);
            Assert.Equal(count, Total(target.QuerySelector(".lede[role=status]")!.TextContent));
        }
        // Adding "kiss" is no choice any more; "not kiss" would leave nothing, so kiss is not offered at all.
        Assert.DoesNotContain(page.QuerySelectorAll(".facets a"), a => a.GetAttribute("href") == "/moments?tag=kiss&tag=kiss");

        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/moments?tag=kiss"));
        var tags = json.RootElement.GetProperty("facets").GetProperty("tags").EnumerateArray().ToDictionary(t => t.GetProperty("value").GetString()!, t => t.GetProperty("count").GetInt32());
        Assert.Equal(json.RootElement.GetProperty("total").GetInt32(), tags["kiss"]);
        foreach (var (slug, count) in tags)
        {
            Assert.Equal((await ExpectedAsync($"tag=kiss&tag={slug}")).Count, count);
        }
    }

    [Fact]
    public async Task Chips_EachRemovesItsOwnFilter_WithoutJavaScript()
    {
        var page = await site.Factory.CreateClient().GetDocumentAsync("/moments?tag=kiss&not=sacrifice&decade=2010&episodes=1-4&sort=title");
        var chips = page.QuerySelectorAll(".active-filters .chip").ToDictionary(c => c.TextContent.Split('✕')[0].Trim(), c => c.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("/moments?sort=title&not=sacrifice&decade=2010&episodes=1-4", chips["Trope: kiss"]);
        Assert.Equal("/moments?sort=title&tag=kiss&decade=2010&episodes=1-4", chips["Not: sacrifice"]);
        Assert.Equal("/moments?sort=title&tag=kiss&not=sacrifice&episodes=1-4", chips["Decade: 2010s"]);
        Assert.Equal("/moments?sort=title&tag=kiss&not=sacrifice&decade=2010", chips["Episodes: episodes 1–4"]);
        // The filter form carries the facets it does not show, so pressing Show keeps them.
        var hidden = page.QuerySelectorAll("form.filters input[type=hidden]").Select(i => $"{i.GetAttribute("name")}={i.GetAttribute("value")}").ToList();
        Assert.Contains("not=sacrifice", hidden);
        Assert.Contains("episodes=1-4", hidden);
    }

    [Theory]
    [InlineData("/moments?tag=&not=&decade=abc&episodes=9-2")]
    [InlineData("/moments?episodes=-5&decade=99999999999")]
    [InlineData("/moments?tag=%00%27;drop&not=x,y,z,a,b,c,d,e,f,g,h,i,j,k,l")]
    [InlineData("/search?q=kiss&tag=rain&not=tears&episodes=1-&decade=1990s")]
    [InlineData("/api/moments?tag=a&tag=b&not=c&episodes=x")]
    [InlineData("/api/search?q=love&tag=kiss&not=rain")]
    public async Task Facets_OddValues_AreIgnoredNotErrors(string path)
    {
        Assert.Equal(HttpStatusCode.OK, (await site.Factory.CreateClient().GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task Search_TakesTheSameFacets_AndCountsTheMomentsFound()
    {
        var client = site.Factory.CreateClient();
        var narrowed = await client.GetDocumentAsync("/search?q=love&kind=moment&not=kiss");
        var kissing = await site.Factory.WithDbAsync(db => db.Moments.Where(m => m.Tags.Any(t => t.Slug == "kiss")).Select(m => "/moments/" + m.Slug).ToListAsync());
        var narrowedLinks = narrowed.QuerySelectorAll("main a[href^='/moments/']").Select(a => a.GetAttribute("href")!).Distinct().ToList();
        Assert.NotEmpty(narrowedLinks);
        Assert.Empty(narrowedLinks.Intersect(kissing));
        Assert.Contains("Not: kiss", narrowed.QuerySelector(".active-filters")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(narrowed.QuerySelector(".facets"));

        // Found with kiss plus found without kiss is everything found; the facet's count says the first.
        var all = await MomentsFoundAsync(client, "/api/search?q=love&kind=moment");
        var without = await MomentsFoundAsync(client, "/api/search?q=love&kind=moment&not=kiss");
        var with = await MomentsFoundAsync(client, "/api/search?q=love&kind=moment&tag=kiss");
        Assert.True(with > 0 && without > 0, $"{with} with kiss, {without} without");
        Assert.Equal(all, with + without);
        var kissFacet = (await client.GetDocumentAsync("/search?q=love&kind=moment")).QuerySelectorAll(".facets a").First(a => a.GetAttribute("href")!.EndsWith("tag=kiss", StringComparison.Ordinal));
        Assert.Equal(with.ToString(System.Globalization.CultureInfo.InvariantCulture), kissFacet.QuerySelector(".count")!.TextContent);
    }

    private static async Task<int> MomentsFoundAsync(HttpClient client, string url)
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync(url));
        return json.RootElement.GetProperty("groups").EnumerateArray().Where(g => g.GetProperty("kind").GetString() == "moment").Sum(g => g.GetProperty("total").GetInt32());
    }

    private static int Total(string status) =>
        status.Contains("No moment", StringComparison.Ordinal) ? 0 : int.Parse(status.Split(" of ")[1].Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The moments a query must list, computed in memory from every moment's tropes, year and episode.</summary>
    private Task<List<string>> ExpectedAsync(string query) => site.Factory.WithDbAsync(async db =>
    {
        var pairs = query.Split('&').Select(p => p.Split('=')).ToList();
        var include = pairs.Where(p => p[0] == "tag").SelectMany(p => p[1].Split(',')).ToList();
        var exclude = pairs.Where(p => p[0] == "not").Select(p => p[1]).ToList();
        var decade = pairs.Where(p => p[0] == "decade").Select(p => (int?)int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture)).FirstOrDefault();
        var band = pairs.Where(p => p[0] == "episodes").Select(p => p[1].Split('-')).FirstOrDefault();
        var moments = await db.Moments.Select(m => new { m.Slug, m.Drama.Year, m.Episode, Tags = m.Tags.Select(t => t.Slug).ToList() }).ToListAsync();
        return moments
            .Where(m => include.All(m.Tags.Contains) && !exclude.Any(m.Tags.Contains))
            .Where(m => decade is null || (m.Year >= decade && m.Year < decade + 10))
            .Where(m => band is null || (m.Episode >= int.Parse(band[0], System.Globalization.CultureInfo.InvariantCulture)
                && (band[1].Length == 0 || m.Episode <= int.Parse(band[1], System.Globalization.CultureInfo.InvariantCulture))))
            .Select(m => "/moments/" + m.Slug).Order(StringComparer.Ordinal).ToList();
    });
}
