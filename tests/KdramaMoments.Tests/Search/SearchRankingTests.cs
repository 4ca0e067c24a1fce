using KdramaMoments.Web.Domain;
using KdramaMoments.Web.Search;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Tests.Search;

/// <summary>
/// A search's ranking (<see cref="ISearchStore.TopRankedAsync"/>, on SQLite by <c>kdrama_bm25</c> with each phrase's
/// entries counted beforehand, <see cref="ISearchStore.CountPhrasesAsync"/>) orders the matches as the store's own
/// rank does (bm25 on SQLite, ts_rank on PostgreSQL), with the same values when the counts are given.
/// </summary>
public sealed class SearchRankingTests
{
    [Theory]
    // One word: no counts needed, the order is bm25's.
    [InlineData("quimble")]
    // Two words, one common and one rare: the rare word weighs more (its IDF), so "zorblat" thrice beats "quimble" thrice.
    [InlineData("quimble zorblat")]
    [InlineData("zorblat quimb")]
    public async Task TopRanked_OrdersAsTheStoresRank(string q)
    {
        using var database = new TempDatabase();
        await using var factory = await FactoryWithEntriesAsync(database);

        var (ranked, expected, counted) = await factory.WithDbAsync(async db =>
        {
            var (query, counted) = await ReadAndCountAsync(db, q);
            var windows = await db.SearchStore.CountEachKindAsync(db, counted, EntityKinds.Searchable.Order().ToList(), SiteSearch.CountCap, CancellationToken.None);
            var ranked = await db.SearchStore.TopRankedAsync(db, counted, windows, SiteSearch.RankCap, CancellationToken.None);
            var all = await db.SearchStore.Hits(db, query).ToListAsync();
            return (ranked, all.OrderBy(h => h.Kind).ThenBy(h => h.Rank).ThenBy(h => h.EntityId).ToList(), counted);
        });

        Assert.Equal(expected.Select(h => (h.Kind, h.EntityId)), ranked.Select(h => (h.Kind, h.EntityId)));
        if (q.Contains(' ', StringComparison.Ordinal) && !TestProvider.IsPostgres)
        {
            // bm25 weighs the rare word more; the counts were given, so kdrama_bm25 ranked (not bm25 counting them), with bm25's values.
            Assert.Equal(2, ranked.First(h => h.Kind == (int)EntityKind.Tag).EntityId);
            Assert.NotEmpty(counted.PhraseEntries);
            Assert.All(expected.Zip(ranked), pair => Assert.Equal(pair.First.Rank, pair.Second.Rank, 12));
        }
    }

    /// <summary>
    /// The counting reads rank as they count (<see cref="ISearchStore.CountAndRankEachKindAsync"/>: on SQLite
    /// kdrama_window, which reads the table's totals once per command and keeps them for every row it ranks): the same
    /// order as the store's rank, and on SQLite bm25's values for every row of every kind where the phrases were counted.
    /// </summary>
    [Theory]
    [InlineData("quimble")]
    [InlineData("quimble zorblat")]
    [InlineData("zorblat quimb")]
    public async Task CountAndRank_RanksEveryRowAsTheStoresRank(string q)
    {
        using var database = new TempDatabase();
        await using var factory = await FactoryWithEntriesAsync(database);

        var (ranked, expected) = await factory.WithDbAsync(async db =>
        {
            var (query, counted) = await ReadAndCountAsync(db, q);
            var (_, ranked) = await db.SearchStore.CountAndRankEachKindAsync(db, counted, EntityKinds.Searchable.Order().ToList(), SiteSearch.CountCap, SiteSearch.RankCap, CancellationToken.None);
            var all = await db.SearchStore.Hits(db, query).ToListAsync();
            return (ranked, all.OrderBy(h => h.Kind).ThenBy(h => h.Rank).ThenBy(h => h.EntityId).ToList());
        });

        Assert.Equal(expected.Select(h => (h.Kind, h.EntityId)), ranked.Select(h => (h.Kind, h.EntityId)));
        if (q.Contains(' ', StringComparison.Ordinal) && !TestProvider.IsPostgres)
        {
            // With the phrases counted, bm25's values (one phrase is ranked with an IDF of 1: its order only).
            Assert.All(expected.Zip(ranked), pair => Assert.Equal(pair.First.Rank, pair.Second.Rank, 12));
        }
    }

    /// <summary>The typed words as the search reads them, and with each phrase's entries counted for ranking.</summary>
    private static async Task<(SearchQuery Query, SearchQuery Counted)> ReadAndCountAsync(KdramaMoments.Web.Data.KdramaDbContext db, string q)
    {
        var query = await db.SearchStore.ExpandPrefixesAsync(db, SearchQuery.Parse(q), CancellationToken.None);
        return (query, await db.SearchStore.CountPhrasesAsync(db, query, CancellationToken.None));
    }

    /// <summary>
    /// Entries 1 and 2 hold both words, three times the common one or three times the rare one; 3 to 40 the common one
    /// with other words of varied lengths (their sizes weigh too); 41 the rare one alone. All as tags, every fourth as a moment.
    /// </summary>
    private static async Task<KdramaAppFactory> FactoryWithEntriesAsync(TempDatabase database)
    {
        var factory = new KdramaAppFactory(database.Path, seed: false);
        _ = factory.CreateClient();
        await factory.WithDbAsync(async db =>
        {
            List<SearchEntry> entries =
            [
                new(1, "quimble quimble quimble zorblat", "", ""),
                new(2, "quimble zorblat zorblat zorblat", "", ""),
                .. Enumerable.Range(3, 38).Select(i => new SearchEntry(i, "quimble", i % 3 == 0 ? "quimble said" : "", string.Join(' ', Enumerable.Repeat("scene", i % 7)))),
                new(41, "zorblat", "", ""),
            ];
            await db.SearchStore.ReplaceAsync(db, EntityKind.Tag, [], entries, CancellationToken.None);
            await db.SearchStore.ReplaceAsync(db, EntityKind.Moment, [], entries.Where(e => e.Id % 4 == 1).ToList(), CancellationToken.None);
            return 0;
        });

        return factory;
    }
}
