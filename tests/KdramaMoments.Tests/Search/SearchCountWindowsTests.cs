using KdramaMoments.Web.Domain;
using KdramaMoments.Web.Search;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Tests.Search;

/// <summary>
/// What a search counts (<see cref="ISearchStore.CountEachKindAsync"/>) is what a plain read of every match gives: per
/// kind the count up to one past the cap, and the positions bounding its newest cap and its newest ranked, however
/// the reads split the kinds (the first read stopping inside a kind, exactly at the cap, or before the ranked ones).
/// </summary>
public sealed class SearchCountWindowsTests
{
    private const int Cap = SiteSearch.CountCap;

    [Theory]
    // The first read stops inside the moments, below the ranked ones: they are read on from there.
    [InlineData("zelkova", 900, 50, 300)]
    // ... and there are more moments than the cap.
    [InlineData("quincunx", 1500, 50, 300)]
    // The first read stops exactly at the cap inside the moments.
    [InlineData("marimba", 1500, 0, 1)]
    // It stops before the moments' ranked hundred.
    [InlineData("tamarind", 500, 0, 950)]
    // Only characters past the cap: the moments and actors below them are read each from its newest.
    [InlineData("oriole", 40, 30, 1200)]
    // Fewer than the cap in all: one read counts every kind.
    [InlineData("pangolin", 300, 20, 10)]
    public async Task Windows_AreThoseOfEveryMatchReadNewestFirst(string word, int moments, int actors, int characters)
    {
        await using var index = await InventedSearchIndex.CreateAsync(moments, actors, characters, (i, id) => new SearchEntry(id, word, "", i % 2 == 0 ? "a scene" : ""));
        var factory = index.Factory;

        var (counted, expected) = await factory.WithDbAsync(async db =>
        {
            var query = await db.SearchStore.ExpandPrefixesAsync(db, SearchQuery.Parse(word), CancellationToken.None);
            var windows = await db.SearchStore.CountEachKindAsync(db, query, EntityKinds.Searchable.Order().ToList(), Cap, CancellationToken.None);
            var all = await db.SearchStore.Hits(db, query).Select(h => h.Position).ToListAsync();
            return (windows.OrderBy(w => w.Kind).ToList(), Expected(all));
        });

        Assert.Equal(expected, counted);
        Assert.Equal(Math.Min(moments, Cap + 1), counted.Single(w => w.Kind == EntityKind.Moment).Count);
    }

    /// <summary>Each kind's window as the newest-first list of all its matches gives it.</summary>
    private static List<KindWindow> Expected(List<long> positions) => positions.GroupBy(SearchKinds.KindOf).OrderBy(g => g.Key).Select(g =>
    {
        var newest = g.OrderDescending().ToList();
        return new KindWindow((EntityKind)g.Key, Math.Min(newest.Count, Cap + 1), newest[Math.Min(newest.Count, Cap) - 1], newest[0],
            newest[Math.Min(newest.Count, SiteSearch.RankCap) - 1]);
    }).ToList();
}
