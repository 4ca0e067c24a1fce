using System.Net;
using System.Text.Json;
using KdramaMoments.Web.Facets;
using Microsoft.AspNetCore.Mvc.Testing;

namespace KdramaMoments.Tests.Pages;

/// <summary>The list addresses of PRODUCT.md on the seeded catalogue: filters, sorting, paging and the consensus.</summary>
public sealed class ListPagesTests(SeededSite site) : IClassFixture<SeededSite>
{
    private HttpClient Client => site.Factory.CreateClient();

    [Fact]
    public async Task Home_SaysHonestlyThatNoMomentIsNamedTwiceAndLeadsWithMostListedDramas()
    {
        var page = await Client.GetDocumentAsync("/");
        // In the seeds no two articles name the same moment: no consensus is invented.
        Assert.Empty(page.QuerySelectorAll("#consensus ~ .moment-cards > li"));
        Assert.Contains("No moment is named by two lists yet", page.QuerySelector("#consensus + .lede")!.TextContent, StringComparison.Ordinal);
        var dramas = page.Texts("#most-listed + .card-list > li > a");
        Assert.Equal("Crash Landing on You", dramas[0]); // named by four of the five articles
        Assert.Contains("in 4 lists", page.QuerySelector("#most-listed + .card-list > li .meta")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("rescue", page.Texts("#tropes + .tag-list a")[0], StringComparison.Ordinal); // the commonest trope leads
        Assert.NotNull(page.QuerySelector("a[href='/random']"));
    }

    // A year's list reads the year's slice of an index per order (the year kept on the moments): it must be the whole
    // list in the same order with the other years' moments left out, its total that many, and a page a slice of it.
    [Theory]
    [InlineData("listed")]
    [InlineData("year")]
    [InlineData("title")]
    public async Task MomentsOfAYear_AreTheWholeListsMomentsOfThatYear_InTheSameOrder(string sort)
    {
        var all = await WholeListAsync(sort);
        var years = all.Where(m => m.Year is not null).Select(m => m.Year!.Value).Distinct().ToList();
        Assert.True(years.Count >= 3, "the seeds have moments of several years");
        await AssertListsAsync(sort, years.Select(y => ($"year={y}", all.Where(m => m.Year == y).Select(m => m.Slug).ToList())));
        Assert.Empty(Slugs(await JsonAsync($"/api/moments?year=1950&sort={sort}")));
    }

    // A decade's and an episode band's lists read their slice of an index per order (the decade and band kept on the
    // moments; a decade's "year" order a range of that order's index): each must be the whole list's moments of that
    // decade or band in the same order, its total that many, and a page a slice of it.
    [Theory]
    [InlineData("listed")]
    [InlineData("year")]
    [InlineData("title")]
    public async Task MomentsOfADecadeOrBand_AreTheWholeListsMomentsOfThem_InTheSameOrder(string sort)
    {
        var all = await WholeListAsync(sort);
        var decades = all.Where(m => m.Year is not null).Select(m => m.Year!.Value / 10 * 10).Distinct()
            .Select(d => (Query: $"decade={d}", Slugs: all.Where(m => m.Year / 10 * 10 == d).Select(m => m.Slug).ToList()));
        var bands = EpisodeRange.Bands
            .Select(b => (Query: $"episodes={b.Value}", Slugs: all.Where(m => m.Episode >= b.From && (b.To is null || m.Episode <= b.To)).Select(m => m.Slug).ToList()));
        var lists = decades.Concat(bands).ToList();
        Assert.Contains(lists, l => l.Query.StartsWith("decade=", StringComparison.Ordinal) && l.Slugs.Count > 2);
        Assert.Contains(lists, l => l.Query.StartsWith("episodes=", StringComparison.Ordinal) && l.Slugs.Count > 1); // the seeds give few moments an episode
        await AssertListsAsync(sort, lists);
        Assert.Empty(Slugs(await JsonAsync($"/api/moments?decade=1950&sort={sort}")));
    }

    // A page in a list's second half is read from the order's other end: walking every page, in every order, of the
    // whole list and of lists narrowed several ways, gives the whole list in the same order, each moment once.
    [Theory]
    [InlineData("listed")]
    [InlineData("year")]
    [InlineData("title")]
    public async Task EveryPageOfALongList_IsItsSliceOfTheWholeList_ReadFromEitherEnd(string sort)
    {
        var all = await WholeListAsync(sort);
        var year = all.Where(m => m.Year is not null).GroupBy(m => m.Year).OrderByDescending(g => g.Count()).First().Key;
        var lists = new List<(string Query, List<string> Slugs)>
        {
            ("", all.Select(m => m.Slug).ToList()),
            ($"year={year}", all.Where(m => m.Year == year).Select(m => m.Slug).ToList()),
            ($"decade={year / 10 * 10}", all.Where(m => m.Year / 10 * 10 == year / 10 * 10).Select(m => m.Slug).ToList()),
            // A trope's pages are read from its own kept rows: the whole list is the general path's (a trope no moment holds excluded).
            ("tag=rescue", Slugs(await JsonAsync($"/api/moments?tag=rescue&not=no-such-trope&sort={sort}&pageSize=100"))),
            ("actor=son-ye-jin", Slugs(await JsonAsync($"/api/moments?actor=son-ye-jin&sort={sort}&pageSize=100"))),
        };
        Assert.All(lists, l => Assert.True(l.Slugs.Count >= 4, $"{l.Query}: the seeds give it several pages of 3"));
        foreach (var (query, expected) in lists)
        {
            const int size = 3;
            var pages = (expected.Count + size - 1) / size;
            var walked = new List<string>();
            for (var page = 1; page <= pages; page++)
            {
                walked.AddRange(Slugs(await JsonAsync($"/api/moments?{query}&sort={sort}&pageSize={size}&page={page}")));
            }
            Assert.Equal(expected, walked);
        }
    }

    private async Task<JsonElement> JsonAsync(string url) => JsonDocument.Parse(await Client.GetStringAsync(url)).RootElement.Clone();

    private static List<string> Slugs(JsonElement page) => page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("slug").GetString()!).ToList();

    /// <summary>Every seeded moment in this order, with its drama's year and its episode.</summary>
    private async Task<List<(string Slug, int? Year, int? Episode)>> WholeListAsync(string sort)
    {
        static int? Number(JsonElement item, string name) => item.GetProperty(name).ValueKind == JsonValueKind.Number ? item.GetProperty(name).GetInt32() : null;
        return (await JsonAsync($"/api/moments?sort={sort}&pageSize=100")).GetProperty("items").EnumerateArray()
            .Select(i => (i.GetProperty("slug").GetString()!, Number(i, "year"), Number(i, "episode"))).ToList();
    }

    /// <summary>Each narrowed list (its query) is exactly these moments in this order, its total that many, and a page a slice of it.</summary>
    private async Task AssertListsAsync(string sort, IEnumerable<(string Query, List<string> Slugs)> lists)
    {
        foreach (var (query, expected) in lists)
        {
            var listed = await JsonAsync($"/api/moments?{query}&sort={sort}&pageSize=100");
            Assert.Equal(expected, Slugs(listed));
            Assert.Equal(expected.Count, listed.GetProperty("total").GetInt32());
            if (expected.Count > 2) // a page past the end answers the last one
            {
                Assert.Equal(expected.Skip(2).Take(2), Slugs(await JsonAsync($"/api/moments?{query}&sort={sort}&pageSize=2&page=2")));
            }
        }
    }

    [Fact]
    public async Task Moments_ListsAllSeededMomentsOnTwoPages()
    {
        var first = await Client.GetDocumentAsync("/moments");
        Assert.Contains("1–24 of 37 moments", first.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(24, first.QuerySelectorAll(".moment-cards > li").Length);
        Assert.Equal("/moments?page=2", first.QuerySelector(".pager a[rel=next]")!.GetAttribute("href"));

        var second = await Client.GetDocumentAsync("/moments?page=2");
        Assert.Equal(13, second.QuerySelectorAll(".moment-cards > li").Length);
        Assert.Null(second.QuerySelector(".pager a[rel=next]"));
        var all = first.Texts(".moment-cards > li > a").Concat(second.Texts(".moment-cards > li > a")).ToList();
        Assert.Equal(37, all.Distinct().Count());
    }

    [Fact]
    public async Task Moments_FilterByTag_ShowsOnlyMomentsWithThatTrope()
    {
        var page = await Client.GetDocumentAsync("/moments?tag=kiss");
        var cards = page.QuerySelectorAll(".moment-cards > li");
        Assert.Equal(5, cards.Length);
        Assert.All(cards, card => Assert.Contains("kiss", card.QuerySelectorAll(".tag-list a").Select(a => a.TextContent)));
        Assert.Equal("kiss", page.QuerySelector("#filter-tag option[selected]")!.GetAttribute("value"));
        Assert.Contains("Trope: kiss", page.QuerySelector(".active-filters")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Moments_FilterByDramaActorAndYear_Combine()
    {
        var byDrama = await Client.GetDocumentAsync("/moments?drama=goblin");
        Assert.Equal(3, byDrama.QuerySelectorAll(".moment-cards > li").Length);
        Assert.All(byDrama.Texts(".moment-cards .meta a.plain"), drama => Assert.Equal("Goblin", drama));
        Assert.Contains("Drama: Goblin", byDrama.QuerySelector(".active-filters")!.TextContent, StringComparison.Ordinal);

        var byActor = await Client.GetDocumentAsync("/moments?actor=song-hye-kyo");
        Assert.Equal(4, byActor.QuerySelectorAll(".moment-cards > li").Length);

        var byActorAndYear = await Client.GetDocumentAsync("/moments?actor=song-hye-kyo&year=2016");
        Assert.Equal(["Descendants Of The Sun", "Descendants Of The Sun"], byActorAndYear.Texts(".moment-cards .meta a.plain"));
        // Removing one filter keeps the other.
        Assert.Equal("/moments?actor=song-hye-kyo", byActorAndYear.QuerySelector("a[aria-label='Remove the year filter']")!.GetAttribute("href"));

        var none = await Client.GetDocumentAsync("/moments?drama=goblin&year=1990");
        Assert.Contains("No moment matches", none.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Moments_SortByTitleAndYear_OrderTheList()
    {
        var byTitle = (await Client.GetDocumentAsync("/moments?sort=title")).Texts(".moment-cards > li > a");
        Assert.Equal(byTitle.Order(StringComparer.OrdinalIgnoreCase).ToList(), byTitle);

        var byYear = await Client.GetDocumentAsync("/moments?sort=year");
        var years = byYear.Texts(".moment-cards .meta").Select(YearIn).Where(y => y is not null).ToList();
        Assert.Equal(years.OrderDescending().ToList(), years);
        Assert.Equal("year", byYear.QuerySelector("#filter-sort option[selected]")!.GetAttribute("value"));
    }

    [Theory]
    [InlineData("/moments?year=abc")]
    [InlineData("/moments?page=-3")]
    [InlineData("/moments?page=9999")]
    [InlineData("/moments?sort=%3Cscript%3E")]
    [InlineData("/moments?tag=no-such-tag")]
    public async Task Moments_OddQueryValues_StillShowThePage(string url) =>
        await Client.GetDocumentAsync(url);

    [Fact]
    public async Task Actors_ListsWithCountsPagesAndSortsByName()
    {
        var page = await Client.GetDocumentAsync("/actors");
        var moments = page.Texts("td[data-label=Moments]").Select(int.Parse).ToList();
        Assert.Equal(moments.OrderDescending().ToList(), moments); // most moments first
        var songHyeKyo = page.QuerySelectorAll("tbody tr").Single(tr => tr.QuerySelector("th a")!.TextContent == "Song Hye Kyo");
        Assert.Equal("3", songHyeKyo.QuerySelector("td[data-label=Dramas]")!.TextContent);
        Assert.Equal("/actors/song-hye-kyo", songHyeKyo.QuerySelector("th a")!.GetAttribute("href"));

        var byName = await Client.GetDocumentAsync("/actors?sort=name");
        var names = byName.Texts("tbody th a");
        Assert.Equal(names.Order(StringComparer.OrdinalIgnoreCase).ToList(), names);
    }

    [Fact]
    public async Task Tags_ListsTropesAndATropePageListsItsMoments()
    {
        var tags = await Client.GetDocumentAsync("/tags");
        Assert.Equal("rescue", tags.QuerySelector(".tag-cloud li a")!.TextContent);
        var tag = await Client.GetDocumentAsync("/tags/rescue");
        Assert.Equal("Trope: rescue", tag.QuerySelector("h1")!.TextContent);
        Assert.Equal(14, tag.QuerySelectorAll(".moment-cards > li").Length);
        await Client.GetDocumentAsync("/tags/no-such-trope", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Articles_ListsTheFiveSourcesLinkingToEach()
    {
        var page = await Client.GetDocumentAsync("/articles");
        var links = page.QuerySelectorAll(".card-list > li > a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(5, links.Count);
        Assert.Contains("/articles/004-60a6fb003aff7832", links);
        Assert.Contains("9 items", page.QuerySelector("a[href='/articles/004-60a6fb003aff7832'] + .meta")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Random_RedirectsToAnExistingMomentAndIsNeverCached()
    {
        var client = site.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.GetAsync("/random");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var target = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/moments/", target, StringComparison.Ordinal);
        await Client.GetDocumentAsync(target);
    }

    [Fact]
    public async Task CoStarMap_DrawsSvgWithATextAlternative()
    {
        var page = await Client.GetDocumentAsync("/co-stars");
        var svg = page.QuerySelector("figure.costar-map svg")!;
        Assert.Equal("group", svg.GetAttribute("role"));
        Assert.Empty(svg.QuerySelectorAll("a[tabindex]")); // every name is reachable by Tab
        Assert.NotEmpty(svg.QuerySelectorAll("line"));
        // The drama joining actors is written on the picture, not only in a hover tooltip.
        Assert.Contains("Crash Landing on You", svg.QuerySelectorAll(".dramas text").Select(t => t.TextContent));
        Assert.Equal(svg.QuerySelectorAll("circle").Length, page.QuerySelectorAll(".costar-list > li").Length);
        var hyunBin = page.QuerySelectorAll(".costar-list > li").Single(li => li.QuerySelector("a")!.TextContent == "Hyun Bin");
        Assert.Contains("Son Ye Jin (Crash Landing on You)", hyunBin.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Actor_ShowsNeighbourhoodMapWithCoStarsAndSharedDramas()
    {
        var page = await Client.GetDocumentAsync("/actors/song-hye-kyo");
        var svg = page.QuerySelector("#costars ~ .map-scroll svg")!;
        Assert.Equal(4, svg.QuerySelectorAll("circle").Length); // her and three co-stars
        Assert.Equal("Song Hye Kyo", svg.QuerySelector("a.center text")!.TextContent);
        var lines = page.Texts(".costar-list > li").Select(t => string.Join(' ', t.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))).ToList();
        Assert.Contains("Song Joong Ki in Descendants Of The Sun", lines);
        Assert.Contains("Park Bo Gum in Encounter", lines);
    }

    [Fact]
    public async Task Drama_ShowsItsCoupleAndLinksToItsFilteredMoments()
    {
        var page = await Client.GetDocumentAsync("/dramas/crash-landing-on-you");
        var couple = page.QuerySelector("#couples + .couple-list > li")!;
        Assert.NotNull(couple.QuerySelector("a[href='/characters/ri-jung-hyuk']"));
        Assert.NotNull(couple.QuerySelector("a[href='/actors/son-ye-jin']"));
        Assert.NotNull(page.QuerySelector("a[href='/moments?drama=crash-landing-on-you']"));
    }

    [Fact]
    public async Task Dramas_SortByYearAndTitle()
    {
        var byYear = await Client.GetDocumentAsync("/dramas?sort=year");
        var years = byYear.Texts("td[data-label=Year]").Where(y => y.Length > 0).Select(int.Parse).ToList();
        Assert.Equal(years.OrderDescending().ToList(), years);
        Assert.Equal("Newest first", byYear.QuerySelector("[aria-current]")!.TextContent);
        var byTitle = (await Client.GetDocumentAsync("/dramas?sort=title")).Texts("tbody th a");
        Assert.Equal(byTitle.Order(StringComparer.OrdinalIgnoreCase).ToList(), byTitle);
        Assert.Equal(28, byTitle.Count);
    }

    private static int? YearIn(string meta)
    {
        var match = System.Text.RegularExpressions.Regex.Match(meta, @"\((\d{4})\)");
        return match.Success ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }
}
