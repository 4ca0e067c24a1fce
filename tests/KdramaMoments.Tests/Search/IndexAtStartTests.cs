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
            await first.WithDbAsync(async db =>
            {
                await db.SearchStore.ClearAsync(db, CancellationToken.None);
                return 0;
            });
            Assert.False(await first.WithDbAsync(db => db.SearchStore.AnyAsync(db, CancellationToken.None)));
        }
        await using var second = new KdramaAppFactory(database.Path);
        Assert.Contains("/dramas/goblin", await second.CreateClient().GetStringAsync("/api/search?q=goblin"), StringComparison.Ordinal);
    }
}
