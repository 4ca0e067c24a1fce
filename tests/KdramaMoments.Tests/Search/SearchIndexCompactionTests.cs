using KdramaMoments.Web.Search;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Tests.Search;

/// <summary>
/// A whole rebuild of the search index (first start, <c>generate</c>) leaves it laid out for reading: on SQLite one FTS5
/// segment however many its writes made, on PostgreSQL an empty GIN pending list; and it answers as before.
/// </summary>
public sealed class SearchIndexCompactionTests
{
    [Fact]
    public async Task ARebuild_LeavesTheIndexInOnePiece()
    {
        using var database = new TempDatabase();
        await using var factory = new KdramaAppFactory(database.Path);
        var before = await MatchesAsync(factory, "goblin");
        Assert.NotEmpty(before);

        var leftOver = await factory.WithDbAsync(async db =>
        {
            if (!TestProvider.IsPostgres)
            {
                // Flush the writes to a new segment every couple of kilobytes and never merge on the way, so that an
                // uncompacted rebuild leaves dozens of segments.
                await db.Database.ExecuteSqlRawAsync("INSERT INTO search_entries (search_entries, rank) VALUES ('hashsize', 2048)");
                await db.Database.ExecuteSqlRawAsync("INSERT INTO search_entries (search_entries, rank) VALUES ('automerge', 0)");
            }
            await SearchIndexer.RebuildAsync(db, CancellationToken.None);
            return TestProvider.IsPostgres
                ? await db.Database.SqlQueryRaw<long>("SELECT gin_clean_pending_list('search_entries_document'::regclass)::bigint AS \"Value\"").SingleAsync()
                : await db.Database.SqlQueryRaw<long>("SELECT count(DISTINCT segid) - 1 AS \"Value\" FROM search_entries_idx").SingleAsync();
        });

        Assert.Equal(0, leftOver);
        Assert.Equal(before, await MatchesAsync(factory, "goblin"));
    }

    private static Task<List<long>> MatchesAsync(KdramaAppFactory factory, string words) => factory.WithDbAsync(async db =>
    {
        var query = await db.SearchStore.ExpandPrefixesAsync(db, SearchQuery.Parse(words), CancellationToken.None);
        return await db.SearchStore.Hits(db, query).Select(h => h.Position).OrderBy(p => p).ToListAsync();
    });
}
