using System.Text.Json;
using KdramaMoments.Web.Cli;
using KdramaMoments.Web.Data;
using KdramaMoments.Web.Markdown;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Tests.Generating;

public sealed class GenerateCommandTests
{
    [Fact]
    public async Task Generate_FillsAnEmptyDatabaseThatTheSiteAndSearchServe()
    {
        using var database = new TempDatabase();
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var exit = await CommandLine.RunAsync(["generate", "--moments", "400", "--db", database.Path], output, errors);
        Assert.True(exit == 0, errors.ToString());
        Assert.Contains("Generated 400 moments, 20 dramas, 80 actors", output.ToString(), StringComparison.Ordinal);

        await using var factory = new KdramaAppFactory(database.Path, seed: false);
        var counts = await factory.WithDbAsync(async db => (
            Moments: await db.Moments.CountAsync(), Dramas: await db.Dramas.CountAsync(), Actors: await db.Actors.CountAsync(),
            Sources: await db.Sources.CountAsync(), Quoted: await db.Moments.CountAsync(m => m.Quotes.Any()), Tagged: await db.Moments.CountAsync(m => m.Tags.Any())));
        Assert.Equal((400, 20, 80), (counts.Moments, counts.Dramas, counts.Actors));
        Assert.InRange(counts.Sources, 1, 400);
        Assert.InRange(counts.Quoted, 100, 399);
        Assert.Equal(400, counts.Tagged);
        // Descriptions carry the HTML a save would have rendered from them, as the moment pages show it.
        var descriptions = await factory.WithDbAsync(db => db.Moments.Select(m => new { m.Description, m.DescriptionHtml }).ToListAsync());
        Assert.All(descriptions, m => Assert.Equal(MarkdownRenderer.ToSafeHtml(m.Description), m.DescriptionHtml));

        var client = factory.CreateClient();
        Assert.Equal(20, (await client.GetDocumentAsync("/dramas")).QuerySelectorAll("tbody tr").Length);
        using var search = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=umbrella&kind=moment"));
        Assert.True(search.RootElement.GetProperty("total").GetInt32() > 0);
        // A second run adds to the catalogue without slug clashes.
        Assert.Equal(0, await CommandLine.RunAsync(["generate", "--moments", "40", "--seed", "7", "--db", database.Path], output, errors));
        Assert.Equal(440, await factory.WithDbAsync(db => db.Moments.CountAsync()));
        // The list-order indexes the load set aside are all back, as the migrations made them.
        using var migratedOnly = new TempDatabase();
        await using var migratedFactory = new KdramaAppFactory(migratedOnly.Path, seed: false);
        Assert.Equal(await migratedFactory.WithDbAsync(IndexesAsync), await factory.WithDbAsync(IndexesAsync));
        // The articles list's folded titles and the co-star map's links, filled after the bulk load as a save keeps them.
        Assert.Equal(0, await factory.WithDbAsync(db => db.Articles.CountAsync(a => a.SortTitle != CaseFold.Lower(a.Title))));
        Assert.Equal(0, await factory.WithDbAsync(db => db.Actors.CountAsync(a => a.CoStarLinks != db.CoStarDramas.Count(p => p.FirstActorId == a.Id || p.SecondActorId == a.Id))));
        Assert.True(await factory.WithDbAsync(db => db.Actors.AnyAsync(a => a.CoStarLinks > 0)));
        // Each moment's decade and episode band, which a decade's and a band's lists read.
        Assert.Equal(0, await factory.WithDbAsync(db => db.Moments.CountAsync(m => m.Decade != m.SortYear / 10 * 10)));
        Assert.Equal(0, await factory.WithDbAsync(db => db.Moments.CountAsync(m => m.EpisodeBand != (m.Episode >= 17 ? 17 : m.Episode >= 13 ? 13 : m.Episode >= 9 ? 9 : m.Episode >= 5 ? 5 : m.Episode >= 1 ? 1 : 0))));
        Assert.True(await factory.WithDbAsync(db => db.Moments.AnyAsync(m => m.EpisodeBand > 1 && m.Decade > 0)));
        // Each trope's moments with their order keys, which a trope's list reads: a row per trope of a moment, the moment's keys.
        Assert.Equal(await factory.WithDbAsync(db => db.MomentTagRows.CountAsync()), await factory.WithDbAsync(db => db.TagMoments.CountAsync(
            r => db.Moments.Any(m => m.Id == r.MomentId && m.Tags.Any(t => t.Id == r.TagId) && m.ListCount == r.ListCount && m.SortYear == r.SortYear
                && m.SortTitle == r.SortTitle && m.SortDrama == r.SortDrama && m.Slug == r.Slug && m.Title == r.Title && m.Episode == r.Episode))));
    }

    /// <summary>Each index of the database, by name with its definition.</summary>
    private static Task<List<string>> IndexesAsync(KdramaDbContext db) => db.Database.SqlQueryRaw<string>(db.Database.IsSqlite()
        ? "SELECT name || ': ' || sql AS \"Value\" FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name"
        : "SELECT indexname || ': ' || replace(indexdef, current_schema() || '.', '') AS \"Value\" FROM pg_indexes WHERE schemaname = current_schema() ORDER BY indexname").ToListAsync();

    [Theory]
    [InlineData("generate")]
    [InlineData("generate --moments 0")]
    [InlineData("generate --moments lots")]
    public async Task Generate_WithoutAPositiveCount_ExplainsUsage(string command)
    {
        using var database = new TempDatabase();
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var exit = await CommandLine.RunAsync([.. command.Split(' '), "--db", database.Path], output, errors);
        Assert.Equal(2, exit);
        Assert.Contains("usage: generate --moments N", errors.ToString(), StringComparison.Ordinal);
    }
}
