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
