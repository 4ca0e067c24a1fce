using KdramaMoments.Web.Domain;
using KdramaMoments.Web.Search;

namespace KdramaMoments.Tests.Search;

/// <summary>
/// A site with no catalogue whose search index holds invented entries of moments, actors and characters, for the tests
/// of how a search's reads split the kinds (<see cref="SearchCountWindowsTests"/>, <see cref="SearchCountAndRankTests"/>):
/// the i-th entry of a kind (1 to its count) has id 3i, so a kind's matches are not one run of keys.
/// </summary>
internal sealed class InventedSearchIndex : IAsyncDisposable
{
    private readonly TempDatabase database = new();

    private InventedSearchIndex()
    {
        Factory = new KdramaAppFactory(database.Path, seed: false);
    }

    public KdramaAppFactory Factory { get; }

    /// <summary>The site, started, with <paramref name="entry"/>'s entries (given i and the id) of each kind written to its index.</summary>
    public static async Task<InventedSearchIndex> CreateAsync(int moments, int actors, int characters, Func<int, int, SearchEntry> entry)
    {
        var index = new InventedSearchIndex();
        _ = index.Factory.CreateClient();
        await index.Factory.WithDbAsync(async db =>
        {
            foreach (var (kind, count) in new[] { (EntityKind.Moment, moments), (EntityKind.Actor, actors), (EntityKind.Character, characters) })
            {
                var entries = Enumerable.Range(1, count).Select(i => entry(i, i * 3)).ToList();
                await db.SearchStore.ReplaceAsync(db, kind, [], entries, CancellationToken.None);
            }
            return 0;
        });
        return index;
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        database.Dispose();
    }
}
