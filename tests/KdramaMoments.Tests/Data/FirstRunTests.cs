using KdramaMoments.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Tests.Data;

public sealed class FirstRunTests
{
    [Fact]
    public async Task FreshDatabase_FirstStart_MigratesSeedsAndListsDramas()
    {
        using var database = new TempDatabase(fresh: true);
        Assert.False(database.Exists());

        await using var app = new KdramaAppFactory(database.Path);
        var client = app.CreateClient();
        var html = await client.GetStringAsync("/dramas");

        Assert.True(database.Exists());
        var applied = await app.WithDbAsync(db => db.Database.GetAppliedMigrationsAsync());
        Assert.NotEmpty(applied);
        Assert.Equal(5, await app.WithDbAsync(db => db.Articles.CountAsync()));
        Assert.Contains("Crash Landing on You", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/dramas/crash-landing-on-you\"", html, StringComparison.Ordinal);
        Assert.Contains("Squid Game", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SecondStart_SameDatabase_ImportsNothingTwice()
    {
        using var database = new TempDatabase(fresh: true);
        (int Articles, int Moments, int Dramas, int Sources) first;
        await using (var app = new KdramaAppFactory(database.Path))
        {
            _ = app.Server;
            first = await app.WithDbAsync(Counts);
        }
        await using (var again = new KdramaAppFactory(database.Path))
        {
            _ = again.Server;
            Assert.Equal(first, await again.WithDbAsync(Counts));
        }
        Assert.Equal(5, first.Articles);
        Assert.True(first.Moments > 30);
    }

    [Fact]
    public async Task TwoInstancesStartingTogether_OnAFreshDatabase_ImportTheSeedsOnce()
    {
        using var database = new TempDatabase(fresh: true);
        await using var a = new KdramaAppFactory(database.Path);
        await using var b = new KdramaAppFactory(database.Path);
        // Both start at the same moment: one migrates, indexes and seeds under the start-up lock, the other waits and finds it done.
        await Task.WhenAll(Task.Run(() => a.Server), Task.Run(() => b.Server));

        var counts = await a.WithDbAsync(Counts);
        Assert.Equal(5, counts.Item1); // articles
        Assert.Equal(counts, await b.WithDbAsync(Counts));
        Assert.Equal(counts.Item3, await a.WithDbAsync(db => db.Dramas.Select(d => d.NormalizedTitle).Distinct().CountAsync())); // no drama twice
        Assert.Contains("Crash Landing on You", await b.CreateClient().GetStringAsync("/dramas"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CatalogueFromBeforeInitials_GetsThemOnce_AndARemovedOneStaysRemoved()
    {
        if (TestProvider.IsPostgres)
        {
            return; // no PostgreSQL catalogue predates the rule: its migrations ask for no such step
        }
        using var database = new TempDatabase();
        await using (var app = new KdramaAppFactory(database.Path))
        {
            _ = app.Server;
            Assert.True(await app.WithDbAsync(db => db.DramaAliases.AnyAsync(a => a.Name == "CLOY")));
            // As a catalogue imported before the rule: no initials, and the migration that brings them not yet applied.
            await app.WithDbAsync(db => db.DramaAliases.Where(a => a.Name == "CLOY" || a.Name == "DOTS").ExecuteDeleteAsync());
            await app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("DELETE FROM __EFMigrationsHistory WHERE MigrationId LIKE '%_DramaAbbreviations'"));
        }
        await using (var upgraded = new KdramaAppFactory(database.Path))
        {
            _ = upgraded.Server;
            Assert.Equal(["CLOY"], await upgraded.WithDbAsync(db => db.DramaAliases.Where(a => a.Drama.Slug == "crash-landing-on-you" && a.Name == "CLOY").Select(a => a.Name).ToListAsync()));
            Assert.Contains("/dramas/crash-landing-on-you", await upgraded.CreateClient().GetStringAsync("/api/search?q=CLOY"), StringComparison.Ordinal);
            await upgraded.WithDbAsync(db => db.DramaAliases.Where(a => a.Name == "CLOY").ExecuteDeleteAsync());
        }
        await using var again = new KdramaAppFactory(database.Path);
        _ = again.Server;
        Assert.False(await again.WithDbAsync(db => db.DramaAliases.AnyAsync(a => a.Name == "CLOY")));
    }

    [Fact]
    public async Task Start_SetsSqlitePragmas()
    {
        if (TestProvider.IsPostgres)
        {
            return; // pragmas are SQLite's; PostgreSQL has nothing to set per connection
        }
        using var database = new TempDatabase();
        await using var app = new KdramaAppFactory(database.Path, seed: false);
        _ = app.Server;
        var journal = await app.WithDbAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "PRAGMA journal_mode;";
            return (string?)await command.ExecuteScalarAsync();
        });
        Assert.Equal("wal", journal);
    }

    [Fact]
    public void SeedCopies_AreByteIdenticalToSharedSeeds()
    {
        var shared = Path.Combine(RepositoryPaths.Seeds, "..", "..", "shared", "seeds");
        Assert.Equal(5, Directory.GetFiles(RepositoryPaths.Seeds, "*.txt").Length);
        if (!Directory.Exists(shared))
        {
            return; // a clone outside the workplace has no shared folder to compare with
        }
        foreach (var file in Directory.GetFiles(shared, "*.txt"))
        {
            Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(Path.Combine(RepositoryPaths.Seeds, Path.GetFileName(file))));
        }
    }

    private static async Task<(int, int, int, int)> Counts(KdramaDbContext db) =>
        (await db.Articles.CountAsync(), await db.Moments.CountAsync(), await db.Dramas.CountAsync(), await db.Sources.CountAsync());
}
