using KdramaMoments.Web.Domain;
using KdramaMoments.Web.Search;

namespace KdramaMoments.Tests.Search;

/// <summary>
/// Counting and ranking together (<see cref="ISearchStore.CountAndRankEachKindAsync"/>, on SQLite ranked inside the
/// counting reads) gives what counting (<see cref="ISearchStore.CountEachKindAsync"/>) and then ranking the windows
/// (<see cref="ISearchStore.TopRankedAsync"/>) give: the same windows, and the same hits in the same order with the same
/// ranks, however the reads split the kinds.
/// </summary>
public sealed class SearchCountAndRankTests
{
    [Theory]
    // The first read stops inside the moments, below the ranked ones: they are read on from there.
    [InlineData("zelkova", 900, 50, 300)]
    // ... and there are more moments than the cap.
    [InlineData("quincunx", 1500, 50, 300)]
    // The first read stops exactly at the cap inside the moments.
    [InlineData("marimba", 1500, 0, 1)]
    // It stops before the moments' ranked hundred.
    [InlineData("tamarind", 500, 0, 950)]
    // ... after fewer than a hundred of them (the ranked ones are read on below).
    [InlineData("cassowary", 300, 0, 960)]
    // Only characters past the cap: the moments and actors below them are read each from its newest.
    [InlineData("oriole", 40, 30, 1200)]
    // Fewer than the cap in all: one read counts and ranks every kind.
    [InlineData("pangolin", 300, 20, 10)]
    // Two words (each phrase's entries counted for the rank) and a prefix.
    [InlineData("zelkova sce", 900, 50, 300)]
    [InlineData("pangolin scene", 60, 20, 10)]
    public async Task CountAndRank_IsCountingThenRanking(string q, int moments, int actors, int characters)
    {
        var word = q.Split(' ')[0];
        // Of varied sizes and word counts, so their ranks differ and tie.
        await using var index = await InventedSearchIndex.CreateAsync(moments, actors, characters, (i, id) => new SearchEntry(id, string.Join(' ', Enumerable.Repeat(word, 1 + i % 3)),
            i % 5 == 0 ? word + " said" : "", i % 2 == 0 ? string.Join(' ', Enumerable.Repeat("a scene", 1 + i % 4)) : ""));
        var factory = index.Factory;

        var (together, apart) = await factory.WithDbAsync(async db =>
        {
            var kinds = EntityKinds.Searchable.Order().ToList();
            var query = await db.SearchStore.CountPhrasesAsync(db, await db.SearchStore.ExpandPrefixesAsync(db, SearchQuery.Parse(q), CancellationToken.None), CancellationToken.None);
            var together = await db.SearchStore.CountAndRankEachKindAsync(db, query, kinds, SiteSearch.CountCap, SiteSearch.RankCap, CancellationToken.None);
            var windows = await db.SearchStore.CountEachKindAsync(db, query, kinds, SiteSearch.CountCap, CancellationToken.None);
            var ranked = await db.SearchStore.TopRankedAsync(db, query, windows.Select(w => w with { Lowest = w.RankedLowest }).ToList(), SiteSearch.RankCap, CancellationToken.None);
            return (together, (Windows: windows, Ranked: ranked));
        });

        Assert.Equal(apart.Windows.OrderBy(w => w.Kind), together.Windows.OrderBy(w => w.Kind));
        Assert.NotEmpty(apart.Ranked);
        Assert.Equal(apart.Ranked.Select(h => (h.Kind, h.EntityId)), together.Ranked.Select(h => (h.Kind, h.EntityId)));
        Assert.All(apart.Ranked.Zip(together.Ranked), pair => Assert.Equal(pair.First.Rank, pair.Second.Rank, 12));
    }
}
