using System.Globalization;
using AngleSharp.Dom;
using KdramaMoments.Web.Domain;
using KdramaMoments.Web.Facets;
using KdramaMoments.Web.Search;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Tests.Search;

/// <summary>
/// A search's decade and episode counts, read from the year kept on each moment (0 where unknown) through a narrow index,
/// are the counts of the moments found by their drama's year: a drama of unknown year counts in no decade, one of year
/// 0 in the "0s", and every moment in its episode band.
/// </summary>
public sealed class SearchFacetYearTests : FreshSiteTests
{
    [Fact]
    public async Task SearchPage_DecadesAndEpisodes_AreTheMomentsFoundByTheirDramasYear_UnknownAndZeroYearsToo()
    {
        const string word = "kiss";
        // Two dramas of the word's moments lose their year: one unknown, one 0 (as an import might write it).
        await Factory.WithDbAsync(async db =>
        {
            var dramas = await Found(db, word).Select(m => m.DramaId).Distinct().OrderBy(id => id).Take(2).ToListAsync();
            Assert.Equal(2, dramas.Count);
            (await db.Dramas.SingleAsync(d => d.Id == dramas[0])).Year = null;
            (await db.Dramas.SingleAsync(d => d.Id == dramas[1])).Year = 0;
            return await db.SaveChangesAsync();
        });
        var found = await Factory.WithDbAsync(db => Found(db, word).Select(m => new { m.Drama.Year, m.Episode }).ToListAsync());
        Assert.InRange(found.Count, 2, SiteSearch.CountCap);
        Assert.Contains(found, m => m.Year is null);
        Assert.Contains(found, m => m.Year == 0);

        var page = await Factory.CreateClient().GetDocumentAsync("/search?q=" + word);
        var decades = Links(page, "Decade").ToDictionary(l => int.Parse(Value(l.Href, "decade"), CultureInfo.InvariantCulture), l => l.Count);
        var expectedDecades = found.Where(m => m.Year is not null).GroupBy(m => m.Year!.Value / 10 * 10).ToDictionary(g => g.Key, g => g.Count().ToString(CultureInfo.InvariantCulture));
        Assert.Equal(expectedDecades.OrderBy(d => d.Key), decades.OrderBy(d => d.Key));
        var bands = Links(page, "Episodes").ToDictionary(l => Value(l.Href, "episodes"), l => l.Count);
        var expectedBands = EpisodeRange.Bands
            .Select(b => (b.Value, Count: found.Count(m => m.Episode >= b.From && (b.To is null || m.Episode <= b.To))))
            .Where(b => b.Count > 0).ToDictionary(b => b.Value, b => b.Count.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(expectedBands.OrderBy(b => b.Key, StringComparer.Ordinal), bands.OrderBy(b => b.Key, StringComparer.Ordinal));
    }

    private static IQueryable<Moment> Found(Web.Data.KdramaDbContext db, string word)
    {
        var query = db.SearchStore.ExpandPrefixesAsync(db, SearchQuery.Parse(word), CancellationToken.None).GetAwaiter().GetResult();
        var ids = db.SearchStore.Hits(db, query).Where(h => h.Kind == (int)EntityKind.Moment).Select(h => h.EntityId);
        return db.Moments.Where(m => ids.Contains(m.Id));
    }

    private static List<(string Href, string Count)> Links(IDocument page, string group) => page.QuerySelectorAll(".facets details")
        .Where(d => d.QuerySelector("summary")!.TextContent.StartsWith(group, StringComparison.Ordinal))
        .SelectMany(d => d.QuerySelectorAll("a")).Select(a => (a.GetAttribute("href")!, a.QuerySelector(".count")?.TextContent ?? "")).ToList();

    private static string Value(string href, string key) =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri("http://x" + href).Query)[key].ToString();
}
