using KdramaMoments.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KdramaMoments.Tests.Data;

/// <summary>
/// SQLite reads the catalogue through a memory map of the size <c>Sqlite:MmapMegabytes</c> gives, on every connection
/// the site opens (pooled connections included), and not at all with 0. PostgreSQL has no such setting.
/// </summary>
public sealed class SqliteMemoryMapTests
{
    [Theory]
    [InlineData(null, 1024L)]
    [InlineData("64", 64L)]
    [InlineData("0", 0L)]
    public async Task MmapMegabytes_EveryConnectionTheSiteOpens_MapsThatMuch(string? megabytes, long expected)
    {
        if (TestProvider.IsPostgres)
        {
            return;
        }
        using var database = new TempDatabase();
        var settings = megabytes is null ? null : new Dictionary<string, string> { ["Sqlite:MmapMegabytes"] = megabytes };
        await using var factory = new KdramaAppFactory(database.Path, settings: settings);
        var client = factory.CreateClient();
        // Pages and searches at once: the pool opens several connections and hands them out again.
        var pages = Enumerable.Range(0, 8).Select(i => client.GetAsync(i % 2 == 0 ? "/search?q=kiss" : "/moments?tag=kiss")).ToList();
        foreach (var page in await Task.WhenAll(pages))
        {
            page.EnsureSuccessStatusCode();
        }

        // Several contexts open together: each holds its own connection, new or from the pool.
        var scopes = Enumerable.Range(0, 6).Select(_ => factory.Services.CreateScope()).ToList();
        try
        {
            var sizes = new List<long>();
            foreach (var db in scopes.Select(s => s.ServiceProvider.GetRequiredService<KdramaDbContext>()))
            {
                await db.Database.OpenConnectionAsync();
                await using var command = db.Database.GetDbConnection().CreateCommand();
                command.CommandText = "PRAGMA mmap_size;";
                sizes.Add(Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture));
            }

            Assert.All(sizes, size => Assert.Equal(expected * 1024 * 1024, size));
        }
        finally
        {
            foreach (var scope in scopes)
            {
                scope.Dispose();
            }
        }
    }
}
