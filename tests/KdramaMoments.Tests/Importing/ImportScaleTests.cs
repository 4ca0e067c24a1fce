using KdramaMoments.Web.Cli;
using KdramaMoments.Web.Data;
using KdramaMoments.Web.Importing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KdramaMoments.Tests.Importing;

/// <summary>An import reads the rows its article names, not the catalogue: its cost follows the article's size.</summary>
public sealed class ImportScaleTests : IDisposable
{
    private readonly TempDatabase database = new();

    public void Dispose() => database.Dispose();

    [Fact]
    public async Task Import_IntoALargeCatalogue_TracksOnlyWhatTheArticlesName()
    {
        Assert.Equal(0, await CommandLine.RunAsync(["generate", "--moments", "3000", "--db", database.Path], new StringWriter(), new StringWriter()));
        await using var app = new KdramaAppFactory(database.Path, seed: false);
        var catalogue = await app.WithDbAsync(async db =>
            await db.Dramas.CountAsync() + await db.Actors.CountAsync() + await db.Characters.CountAsync() + await db.Moments.CountAsync() + await db.Quotes.CountAsync());

        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<KdramaDbContext>();
        var read = 0;
        db.ChangeTracker.Tracked += (_, e) => read += e.FromQuery ? 1 : 0;
        var report = await scope.ServiceProvider.GetRequiredService<ArticleImporter>().ImportAsync(ImportInput.FromPaths([RepositoryPaths.Seeds]), save: true);

        Assert.All(report.Files, f => Assert.Equal(FileOutcome.Imported, f.Outcome));
        Assert.Equal(5, await app.WithDbAsync(db => db.Articles.CountAsync(a => !a.FileName.StartsWith("generated_"))));
        // Loading the catalogue would read every one of its thousands of rows; the articles' own names read a few per item.
        Assert.True(catalogue > 5000, $"catalogue of {catalogue} rows");
        Assert.InRange(read, 1, 10 * report.Files.Sum(f => f.Items));
    }
}
