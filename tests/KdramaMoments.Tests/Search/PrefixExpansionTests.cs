using KdramaMoments.Web.Data;
using KdramaMoments.Web.Domain;
using KdramaMoments.Web.Search;

namespace KdramaMoments.Tests.Search;

/// <summary>
/// A last word longer than the prefix indexes is read on SQLite as the indexed words it begins when they are few
/// (<see cref="SqliteSearchStore.MaxPrefixTerms"/>), else as a prefix: either way it matches every entry holding a
/// word it begins, itself included.
/// </summary>
public sealed class PrefixExpansionTests
{
    private const int Words = 80;

    [Fact]
    public async Task LongPrefix_MatchesEveryWordItBegins_WhetherFewOrMany()
    {
        using var database = new TempDatabase();
        await using var factory = new KdramaAppFactory(database.Path, seed: false);
        _ = factory.CreateClient();
        // Eighty invented words beginning "zorbl" (more than a prefix is read as), each in two entries, and "zorbl" itself in one.
        var entries = Enumerable.Range(1, Words)
            .SelectMany(i => new[] { new SearchEntry(2 * i, $"zorbl{i:00}", "", ""), new SearchEntry((2 * i) + 1, $"zorbl{i:00}", "", "") })
            .Append(new SearchEntry(1000, "zorbl", "", ""))
            .ToList();
        await factory.WithDbAsync(async db =>
        {
            await db.SearchStore.ReplaceAsync(db, EntityKind.Tag, [], entries, CancellationToken.None);
            return 0;
        });

        var many = await factory.WithDbAsync(db => MatchesAsync(db, "zorbl"));
        Assert.Equal(entries.Select(e => e.Id).Order(), many);

        // "zorbl1" begins ten words (zorbl10 to zorbl19), few enough to be read as those words.
        Assert.Equal(Enumerable.Range(10, 10).SelectMany(i => new[] { 2 * i, (2 * i) + 1 }).Order(), await factory.WithDbAsync(db => MatchesAsync(db, "zorbl1")));
        Assert.Equal([10, 11], await factory.WithDbAsync(db => MatchesAsync(db, "zorbl05")));
        // A word before the last matches whole; the last, as a prefix, still matches the word itself.
        Assert.Equal([1000], await factory.WithDbAsync(db => MatchesAsync(db, "zorbl zorbl")));
    }

    private static async Task<List<int>> MatchesAsync(KdramaDbContext db, string q)
    {
        var query = await db.SearchStore.ExpandPrefixesAsync(db, SearchQuery.Parse(q), CancellationToken.None);
        var windows = await db.SearchStore.NewestWindowsAsync(db, query, null, SiteSearch.CountCap, CancellationToken.None);
        var hits = await db.SearchStore.TopRankedAsync(db, query, windows, SiteSearch.CountCap, CancellationToken.None);
        return hits.Select(h => h.EntityId).Order().ToList();
    }
}
