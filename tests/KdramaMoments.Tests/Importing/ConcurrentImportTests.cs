using KdramaMoments.Web.Cli;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Tests.Importing;

/// <summary>Two imports at once (two command-line runs, as two instances would) into one database.</summary>
public sealed class ConcurrentImportTests
{
    [Fact]
    public async Task TwoImportsAtOnce_OverlappingArticles_CreateEachDramaActorAndCharacterOnce()
    {
        using var shared = await EmptyDatabaseAsync();
        var articles = Directory.GetFiles(RepositoryPaths.Seeds, "*.txt").Order(StringComparer.Ordinal).ToArray();
        // The same articles in opposite orders: the runs meet in the middle, and the seed articles share dramas and cast,
        // so each run resolves names the other is creating at that moment.
        var forward = Task.Run(() => ImportAsync(shared.Path, articles));
        var backward = Task.Run(() => ImportAsync(shared.Path, [.. articles.Reverse()]));
        await Task.WhenAll(forward, backward);

        await using var both = new KdramaAppFactory(shared.Path, seed: false);
        // Each article once (the second run skips what the first imported), and no name twice. (Counts are not compared
        // with a run in one order: which article comes first can decide whether a given name is a new character.)
        Assert.Equal(articles.Length, await both.WithDbAsync(db => db.Articles.CountAsync()));
        Assert.Empty(await both.WithDbAsync(db => db.Dramas.GroupBy(d => d.NormalizedTitle).Where(g => g.Count() > 1).Select(g => g.Key).ToListAsync()));
        Assert.Empty(await both.WithDbAsync(db => db.Actors.GroupBy(a => a.NormalizedName).Where(g => g.Count() > 1).Select(g => g.Key).ToListAsync()));
        Assert.Empty(await both.WithDbAsync(db => db.Characters.GroupBy(c => new { c.DramaId, c.NormalizedName }).Where(g => g.Count() > 1).Select(g => g.Key.NormalizedName).ToListAsync()));
    }

    private static async Task<TempDatabase> EmptyDatabaseAsync()
    {
        var database = new TempDatabase();
        await using var site = new KdramaAppFactory(database.Path, seed: false);
        _ = site.Server; // migrated, and nothing imported
        return database;
    }

    private static async Task ImportAsync(string database, string[] articles)
    {
        var errors = new StringWriter();
        var exit = await CommandLine.RunAsync(["import", .. articles, "--db", database], new StringWriter(), errors);
        Assert.True(exit == 0, errors.ToString());
    }
}
