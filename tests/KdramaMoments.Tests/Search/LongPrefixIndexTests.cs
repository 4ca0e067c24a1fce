using KdramaMoments.Web.Data;
using KdramaMoments.Web.Domain;
using KdramaMoments.Web.Search;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Tests.Search;

/// <summary>
/// A last word of six letters or more that begins many indexed words is read on SQLite as its five-letter prefix (one
/// posting list of the prefix index) only when those five letters begin no other word: the matches and their ranks are
/// the ones the prefix itself gives.
/// </summary>
public sealed class LongPrefixIndexTests
{
    [Theory]
    // Only "quokka…" words begin "quokk": read as quokk*.
    [InlineData(false)]
    // "quokkz" begins "quokk" too: read as the prefix itself.
    [InlineData(true)]
    public async Task LongPrefix_ReadsTheFiveLetterIndexOnlyWhenItBeginsTheSameWords(bool otherWord)
    {
        using var database = new TempDatabase();
        await using var factory = new KdramaAppFactory(database.Path, seed: false);
        _ = factory.CreateClient();
        // Twenty invented words beginning "quokka" (more than a prefix is read as words), in entries of varied sizes.
        var entries = Enumerable.Range(1, 20).Select(i => new SearchEntry(i, $"quokka{i:00} tail", i % 2 == 0 ? $"quokka{i:00}" : "", string.Join(' ', Enumerable.Repeat("scene", i % 5)))).ToList();
        if (otherWord)
        {
            entries.Add(new SearchEntry(21, "quokkz", "", ""));
        }
        await factory.WithDbAsync(async db =>
        {
            await db.SearchStore.ReplaceAsync(db, EntityKind.Tag, [], entries, CancellationToken.None);
            return 0;
        });

        var (query, ranked, expected) = await factory.WithDbAsync(async db =>
        {
            var query = await db.SearchStore.ExpandPrefixesAsync(db, SearchQuery.Parse("tail quokka"), CancellationToken.None);
            var ranked = await RankedAsync(db, query);
            var asTyped = await RankedAsync(db, SearchQuery.Parse("tail quokka"));
            return (query, ranked, asTyped);
        });

        Assert.Equal(Enumerable.Range(1, 20), ranked.Select(h => h.EntityId).Order());
        Assert.Equal(expected.Select(h => (h.EntityId, h.Rank)), ranked.Select(h => (h.EntityId, h.Rank)));
        if (TestProvider.IsPostgres)
        {
            Assert.Empty(query.ShorterPrefixes);
        }
        else if (otherWord)
        {
            Assert.Empty(query.ShorterPrefixes);
        }
        else
        {
            Assert.Equal("quokk", query.ShorterPrefixes["quokka"]);
        }
    }

    /// <summary>Every match ranked by the store's own rank (bm25, ts_rank), best first.</summary>
    private static async Task<List<SearchHit>> RankedAsync(KdramaDbContext db, SearchQuery query) =>
        (await db.SearchStore.Hits(db, query).ToListAsync()).OrderBy(h => h.Rank).ThenBy(h => h.EntityId).ToList();
}
