using KdramaMoments.Web.Search;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Tests.Search;

public sealed class IndexAtStartTests
{
    [Fact]
    public async Task ADatabaseWithoutItsSearchIndex_GetsItBuiltAtStart()
    {
        using var database = new TempDatabase();
        await using (var first = new KdramaAppFactory(database.Path))
        {
            _ = first.Server;
            // As a bulk load or a database from before the index would leave it: rows, no index.
            await first.WithDbAsync(db => db.Database.ExecuteSqlRawAsync($"INSERT INTO {SearchIndexer.Table}({SearchIndexer.Table}) VALUES('delete-all')"));
            Assert.False(await first.WithDbAsync(db => SearchIndexer.AnyAsync(db, CancellationToken.None)));
        }
        await using var second = new KdramaAppFactory(database.Path);
        Assert.Contains("/dramas/goblin", await second.CreateClient().GetStringAsync("/api/search?q=goblin"), StringComparison.Ordinal);
    }
}
