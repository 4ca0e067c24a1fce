using System.Globalization;
using AngleSharp.Dom;
using KdramaMoments.Web.Domain;
using KdramaMoments.Web.Search;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Tests.Search;

/// <summary>
/// The search page's facet counts are counted in the window its moment count is: where it says "1,000+" moments, each
/// trope and decade counts the newest thousand moments found and says "at least" ("312+", and a line saying so); where it
/// gives the number, the counts are exact.
/// </summary>
public sealed class SearchFacetWindowTests(SeededSite site) : IClassFixture<SeededSite>
{
    private static readonly string[] SeededWords = ["kiss", "goblin", "rain"];

    /// <summary>
    /// Narrowed to a trope that none of its words' moments carries, a search finds no moment, and the panel counts none:
    /// as counting every group over the (empty) moments found would.
    /// </summary>
    [Fact]
    public async Task SearchPage_ATropeNoneOfItsMomentsCarries_FindsNoMomentAndCountsNoFacet()
    {
        var (word, trope) = await site.Factory.WithDbAsync(async db =>
        {
            foreach (var candidate in SeededWords)
            {
                var query = await db.SearchStore.ExpandPrefixesAsync(db, SearchQuery.Parse(candidate), CancellationToken.None);
                var ids = db.SearchStore.Hits(db, query).Where(h => h.Kind == (int)EntityKind.Moment).Select(h => h.EntityId);
                var carried = await db.Moments.Where(m => ids.Contains(m.Id)).SelectMany(m => m.Tags).Select(t => t.Slug).Distinct().ToListAsync();
                var absent = await db.Tags.Where(t => t.Moments.Any() && !carried.Contains(t.Slug)).OrderBy(t => t.Slug).Select(t => t.Slug).FirstOrDefaultAsync();
                if (await ids.AnyAsync() && absent is not null)
                {
                    return (candidate, absent);
                }
            }
            throw new InvalidOperationException("no seeded word leaves out a trope");
        });

        var page = await site.Factory.CreateClient().GetDocumentAsync($"/search?q={word}&tag={trope}");

        Assert.Null(page.QuerySelector("#group-moment"));
        Assert.Empty(page.QuerySelectorAll(".facets details a:not(.facet-not) .count"));
        Assert.Null(page.QuerySelector(".facets .facet-window"));
    }

    [Fact]
    public async Task SearchPage_PastTheCap_CountsFacetsAmongTheNewestThousand_AndExactlyBelowIt()
    {
        await using var site = await GeneratedSearchSite.CreateAsync(1100);
        var factory = site.Factory;
        var client = factory.CreateClient();
        var found = await factory.WithDbAsync(async db =>
        {
            var query = await db.SearchStore.ExpandPrefixesAsync(db, SearchQuery.Parse("happens"), CancellationToken.None);
            var ids = db.SearchStore.Hits(db, query).Where(h => h.Kind == (int)EntityKind.Moment).Select(h => h.EntityId);
            return await db.Moments.Where(m => ids.Contains(m.Id)).OrderByDescending(m => m.Id)
                .Select(m => new Found(m.Tags.Select(t => t.Slug).ToList(), m.Drama.Year)).ToListAsync();
        });
        Assert.True(found.Count > SiteSearch.CountCap, $"{found.Count} moments found");

        // Past the cap: the newest thousand, at least.
        var common = await client.GetDocumentAsync("/search?q=happens");
        Assert.Equal("(1,000+)", common.QuerySelector("#group-moment .count")!.TextContent);
        Assert.Contains("newest 1,000 moments found", common.QuerySelector(".facets .facet-window")!.TextContent, StringComparison.Ordinal);
        AssertCounts(common, found.Take(SiteSearch.CountCap).ToList(), "+");

        // A trope found in fewer than the cap: the page gives its number, and the counts are exact.
        var trope = found.SelectMany(m => m.Tags).GroupBy(t => t).Select(g => (Slug: g.Key, Count: g.Count()))
            .Where(t => t.Count is > 1 and < SiteSearch.CountCap).OrderByDescending(t => t.Count).ThenBy(t => t.Slug, StringComparer.Ordinal).First();
        var narrowed = await client.GetDocumentAsync("/search?q=happens&kind=moment&tag=" + trope.Slug);
        Assert.Equal("(" + trope.Count.ToString("N0", CultureInfo.InvariantCulture) + ")", narrowed.QuerySelector("#group-moment .count")!.TextContent);
        Assert.Null(narrowed.QuerySelector(".facets .facet-window"));
        AssertCounts(narrowed, found.Where(m => m.Tags.Contains(trope.Slug)).ToList(), "");
    }

    /// <summary>
    /// With a decade chosen, the tropes and the episodes count the decade's moments found (one window, read once and
    /// given to both groups), and the decades count the newest thousand of all moments found (their own window): each
    /// link's count is a direct count over those moments.
    /// </summary>
    [Fact]
    public async Task SearchPage_ADecadeChosen_CountsTropesAndEpisodesInTheDecade_AndDecadesInTheWordsWindow()
    {
        await using var site = await GeneratedSearchSite.CreateAsync(1100);
        var factory = site.Factory;
        var found = await factory.WithDbAsync(async db =>
        {
            var query = await db.SearchStore.ExpandPrefixesAsync(db, SearchQuery.Parse("happens"), CancellationToken.None);
            var ids = db.SearchStore.Hits(db, query).Where(h => h.Kind == (int)EntityKind.Moment).Select(h => h.EntityId);
            return await db.Moments.Where(m => ids.Contains(m.Id)).OrderByDescending(m => m.Id)
                .Select(m => new Found(m.Tags.Select(t => t.Slug).ToList(), m.Drama.Year, m.Episode)).ToListAsync();
        });
        Assert.True(found.Count > SiteSearch.CountCap, $"{found.Count} moments found");
        var decade = found.Where(m => m.Year is not null).GroupBy(m => m.Year!.Value / 10 * 10).OrderByDescending(g => g.Count()).First().Key;
        var inDecade = found.Where(m => m.Year / 10 * 10 == decade).ToList();
        Assert.True(inDecade.Count < SiteSearch.CountCap, $"{inDecade.Count} moments in the {decade}s");

        var page = await factory.CreateClient().GetDocumentAsync($"/search?q=happens&decade={decade}");
        var tropes = Links(page, "Tropes");
        var decades = Links(page, "Decade");
        var episodes = Links(page, "Episodes");
        Assert.NotEmpty(tropes);
        Assert.NotEmpty(episodes);
        Assert.True(decades.Count > 1, "the other decades are linked");
        Assert.All(tropes, link =>
        {
            var slug = System.Text.RegularExpressions.Regex.Matches(link.Href, "tag=([^&]+)")[^1].Groups[1].Value;
            Assert.Equal(Text(inDecade.Count(m => m.Tags.Contains(slug)), ""), link.Count);
        });
        Assert.All(episodes, link =>
        {
            var band = Web.Facets.EpisodeRange.Bands.Single(b => link.Text.StartsWith(b.Label, StringComparison.Ordinal));
            Assert.Equal(Text(inDecade.Count(m => m.Episode >= band.From && (band.To is null || m.Episode <= band.To)), ""), link.Count);
        });
        Assert.All(decades, link =>
        {
            var linked = int.Parse(link.Text[..4], CultureInfo.InvariantCulture);
            Assert.Equal(Text(found.Take(SiteSearch.CountCap).Count(m => m.Year / 10 * 10 == linked), "+"), link.Count);
        });
    }

    private static List<(string Href, string Text, string? Count)> Links(IDocument page, string group) => page.QuerySelectorAll(".facets details")
        .Where(d => d.QuerySelector("summary")!.TextContent.StartsWith(group, StringComparison.Ordinal))
        .SelectMany(d => d.QuerySelectorAll("a:not(.facet-not)")).Select(a => (a.GetAttribute("href")!, a.TextContent.Trim(), a.QuerySelector(".count")?.TextContent)).ToList();

    private sealed record Found(List<string> Tags, int? Year, int? Episode = null);

    /// <summary>Every trope and decade the panel links counts its moments among <paramref name="counted"/>, written with <paramref name="suffix"/>.</summary>
    private static void AssertCounts(IDocument page, List<Found> counted, string suffix)
    {
        List<(string Href, string? Count)> Links(string group) => page.QuerySelectorAll(".facets details")
            .Where(d => d.QuerySelector("summary")!.TextContent.StartsWith(group, StringComparison.Ordinal))
            .SelectMany(d => d.QuerySelectorAll("a:not(.facet-not)")).Select(a => (a.GetAttribute("href")!, a.QuerySelector(".count")?.TextContent)).ToList();
        var tropes = Links("Tropes");
        var decades = Links("Decade");
        Assert.NotEmpty(tropes);
        Assert.NotEmpty(decades);
        Assert.All(tropes, link =>
        {
            // The trope a link adds comes last.
            var slug = link.Href[(link.Href.LastIndexOf("tag=", StringComparison.Ordinal) + 4)..];
            Assert.Equal(Text(counted.Count(m => m.Tags.Contains(slug)), suffix), link.Count);
        });
        Assert.All(decades, link =>
        {
            var decade = int.Parse(link.Href[(link.Href.LastIndexOf("decade=", StringComparison.Ordinal) + 7)..], CultureInfo.InvariantCulture);
            Assert.Equal(Text(counted.Count(m => m.Year / 10 * 10 == decade), suffix), link.Count);
        });
    }

    private static string Text(int count, string suffix) =>
        (suffix.Length == 0 ? count.ToString(CultureInfo.InvariantCulture) : count.ToString("N0", CultureInfo.InvariantCulture)) + suffix;
}
