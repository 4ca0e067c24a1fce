using System.Text;
using System.Text.Json;
using KdramaMoments.Web.Cli;
using KdramaMoments.Web.Data;
using KdramaMoments.Web.Domain;
using KdramaMoments.Web.Importing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KdramaMoments.Tests.Importing;

/// <summary>The importer end to end on a real SQLite file: resolution, idempotence, safety.</summary>
public sealed class ImportTests : IAsyncLifetime
{
    private readonly TempDatabase database = new();
    private KdramaAppFactory app = null!;

    public Task InitializeAsync()
    {
        app = new KdramaAppFactory(database.Path, seed: false);
        _ = app.Server;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        database.Dispose();
    }

    private async Task<ImportReport> ImportAsync(params ImportInput[] inputs)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ArticleImporter>().ImportAsync(inputs, save: true);
    }

    private Task<ImportReport> ImportSeedsAsync() => ImportAsync([.. ImportInput.FromPaths([RepositoryPaths.Seeds])]);

    private static ImportInput Text(string name, string text) => new(name, Encoding.UTF8.GetBytes(text));

    [Fact]
    public async Task Seeds_OneRealThingIsOneEntity()
    {
        var report = await ImportSeedsAsync();
        Assert.True(report.Saved);

        var dramas = await app.WithDbAsync(db => db.Dramas.Include(d => d.Aliases).ToListAsync());
        Assert.Equal(28, dramas.Count);
        Assert.Equal(dramas.Count, dramas.Select(d => d.NormalizedTitle).Distinct().Count());
        var goblin = Assert.Single(dramas, d => d.Title == "Goblin");
        Assert.Contains("Guardian: The Lonely And Great God", goblin.Aliases.Select(a => a.Name));
        Assert.Equal(2016, goblin.Year);
        var bongSoon = Assert.Single(dramas, d => d.Title == "Strong Woman Do Bong Soon");
        Assert.Contains("Strong Girl Bong-soon", bongSoon.Aliases.Select(a => a.Name));
        Assert.Equal(2019, Assert.Single(dramas, d => d.Title == "Crash Landing on You").Year);

        var actors = await app.WithDbAsync(db => db.Actors.Include(a => a.Aliases).ToListAsync());
        Assert.Equal(actors.Count, actors.Select(a => a.NormalizedName).Distinct().Count());
        Assert.Contains("Hyun-Bin", Assert.Single(actors, a => a.Name == "Hyun Bin").Aliases.Select(a => a.Name));
        Assert.Single(actors, a => Names.Normalize(a.Name) == "namjoohyuk");

        var characters = await app.WithDbAsync(db => db.Characters.Include(c => c.Aliases).Include(c => c.Drama).Include(c => c.Actor).ToListAsync());
        Assert.Equal(characters.Count, characters.Select(c => (c.DramaId, c.NormalizedName)).Distinct().Count());
        var captainRi = Assert.Single(characters, c => c.Drama.Title == "Crash Landing on You" && c.Actor?.Name == "Hyun Bin");
        Assert.Equal("Ri Jung Hyuk", captainRi.Name);
        Assert.Superset(new HashSet<string> { "Ri Jeong-Hyeok", "Jeong-hyeok", "Captain Ri" }, captainRi.Aliases.Select(a => a.Name).ToHashSet());
        Assert.Single(characters, c => c.Drama.Title == "Crash Landing on You" && c.Actor?.Name == "Son Ye Jin");
        var siJin = Assert.Single(characters, c => c.Actor?.Name == "Song Joong Ki");
        Assert.Contains("Yoo Shi Jin", siJin.Aliases.Select(a => a.Name));
        // One actor may play roles in several dramas: Song Hye Kyo, Park Seo Joon, Kim Hye Yoon…
        Assert.Equal(3, characters.Count(c => c.Actor?.Name == "Song Hye Kyo"));

        var everyName = dramas.Select(d => d.Title).Concat(actors.Select(a => a.Name)).Concat(characters.Select(c => c.Name)).ToList();
        foreach (var nonEntity in new[] { "Netflix", "Uruk", "SCMP", "Cosmopolitan", "Heize", "F4", "Greece", "Zakynthos", "Kim Woo Bin", "DMZ", "The Force" })
        {
            Assert.DoesNotContain(everyName, n => n.Contains(nonEntity, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public async Task Seeds_EveryMomentPointsAtItsSourceExcerpt()
    {
        await ImportSeedsAsync();
        var sources = await app.WithDbAsync(db => db.Sources.Include(s => s.Article).Include(s => s.Moment).ToListAsync());
        Assert.Equal(37, sources.Count);
        Assert.All(sources, s => Assert.Contains(s.Excerpt.Split("\n\n")[0], s.Article.Text, StringComparison.Ordinal));
        var articles = await app.WithDbAsync(db => db.Articles.ToListAsync());
        Assert.All(articles, a => Assert.Equal(CatalogResolver.Hash(a.Text), a.ContentHash));
        Assert.Equal([10, 7, 6, 5, 9], articles.OrderBy(a => a.FileName).Select(a => a.ItemCount));
    }

    [Fact]
    public async Task SameFileTwice_ChangesNothing()
    {
        await ImportSeedsAsync();
        var before = await app.WithDbAsync(Snapshot);
        var again = await ImportSeedsAsync();
        Assert.All(again.Files, f => Assert.Equal(FileOutcome.Skipped, f.Outcome));
        Assert.Equal(before, await app.WithDbAsync(Snapshot));
    }

    [Fact]
    public async Task Reimport_NeverOverwritesWhatAnEditorChanged()
    {
        var seeds = ImportInput.FromPaths([RepositoryPaths.Seeds]);
        await ImportAsync(seeds[0]);
        await app.WithDbAsync(async db =>
        {
            var drama = await db.Dramas.SingleAsync(d => d.Slug == "goblin");
            drama.Title = "Goblin (edited)";
            drama.Year = 1999;
            drama.EditedAt = DateTime.UtcNow;
            return await db.SaveChangesAsync();
        });
        await ImportAsync([.. seeds.Skip(1)]);
        var goblin = await app.WithDbAsync(db => db.Dramas.SingleAsync(d => d.Slug == "goblin"));
        Assert.Equal("Goblin (edited)", goblin.Title);
        Assert.Equal(1999, goblin.Year);
    }

    [Fact]
    public async Task SameSceneInTwoArticles_IsOneMomentWithTwoSources()
    {
        await ImportSeedsAsync();
        await ImportAsync([.. ImportInput.FromPaths([RepositoryPaths.Fixture("winter-rewatch-hash.txt")])]);
        var moment = await app.WithDbAsync(db => db.Moments.Include(m => m.Sources).ThenInclude(s => s.Article).Include(m => m.Characters)
            .SingleAsync(m => m.Drama.Slug == "goblin" && m.Episode == 2));
        Assert.Equal(["004_60a6fb003aff7832.txt", "winter-rewatch-hash.txt"], moment.Sources.Select(s => s.Article.FileName).Order());
        Assert.Contains(moment.Characters, c => c.Name == "Grim Reaper");
        // The fixture's fact line names Goblin by its alternate title, and its Kim Shin is the seeds' Kim Shin.
        Assert.Equal(1, await app.WithDbAsync(db => db.Characters.CountAsync(c => c.Name == "Kim Shin")));
        Assert.Equal(0, await app.WithDbAsync(db => db.Dramas.CountAsync(d => d.Title.Contains("Guardian"))));
    }

    [Fact]
    public async Task Fixtures_AfterSeeds_ResolveToExistingDramasAndPeople()
    {
        await ImportSeedsAsync();
        var dramasBefore = await app.WithDbAsync(db => db.Dramas.CountAsync());
        var report = await ImportAsync([.. Directory.GetFiles(Path.GetDirectoryName(RepositoryPaths.Fixture("x"))!, "*.txt").Order().SelectMany(f => ImportInput.FromPaths([f]))]);
        Assert.True(report.Saved);
        // New: Hometown Cha-Cha-Cha, Reply 1988, Business Proposal, Hotel del Luna, Our Beloved Summer, It's Okay…, Queen of Tears.
        Assert.Equal(dramasBefore + 7, await app.WithDbAsync(db => db.Dramas.CountAsync()));
        Assert.Equal("갯마을 차차차", await app.WithDbAsync(db => db.Dramas.Where(d => d.Title == "Hometown Cha-Cha-Cha").Select(d => d.HangulTitle).SingleAsync()));
        Assert.Equal(2, await app.WithDbAsync(db => db.Characters.CountAsync(c => c.Actor!.Name == "Kim Soo-hyun")));
        Assert.Equal(1, await app.WithDbAsync(db => db.Characters.CountAsync(c => c.Drama.Slug == "twenty-five-twenty-one" && c.Actor!.NormalizedName == "kimtaeri")));
        Assert.Equal(1, await app.WithDbAsync(db => db.Characters.CountAsync(c => c.NormalizedName == "kimmiso")));
        Assert.Equal(0, await app.WithDbAsync(db => db.Actors.CountAsync(a => a.Name == "Netflix" || a.Name == "Soompi" || a.Name == "Han Ji-pyeong")));
    }

    [Theory]
    [InlineData("", "the file is empty")]
    [InlineData("<!DOCTYPE html><html><body><h1>Goblin</h1></body></html>", "HTML")]
    [InlineData("A paragraph about dramas with no list at all.\n\nAnother paragraph.", "no list found")]
    public async Task BadInput_NamesFileAndReason_TheGoodFileStillLands(string text, string reason)
    {
        var report = await ImportAsync(Text("good.txt", File.ReadAllText(Directory.GetFiles(RepositoryPaths.Seeds).Order().First())), Text("bad.txt", text));
        Assert.True(report.Saved);
        Assert.False(report.Succeeded);
        var bad = Assert.Single(report.Files, f => f.Outcome == FileOutcome.Failed);
        Assert.Equal("bad.txt", bad.FileName);
        Assert.Contains(reason, bad.Error, StringComparison.Ordinal);
        Assert.Equal(["good.txt"], await app.WithDbAsync(db => db.Articles.Select(a => a.FileName).ToListAsync()));
    }

    [Fact]
    public async Task BadInput_BinaryAndInvalidUtf8_WritesNothing()
    {
        var report = await ImportAsync(new ImportInput("image.png", [0x89, 0x50, 0x4E, 0x47, 0, 0, 0]), new ImportInput("latin1.txt", [0x31, 0x2E, 0x20, 0xE9, 0x0A]));
        Assert.Equal(["binary", "not valid UTF-8"], report.Files.Select(f => f.Error!.Contains("binary", StringComparison.Ordinal) ? "binary" : f.Error!.Contains("UTF-8", StringComparison.Ordinal) ? "not valid UTF-8" : f.Error));
        Assert.Equal((0, 0, 0, 0, 0), await app.WithDbAsync(Snapshot));
    }

    [Fact]
    public async Task Preview_ReportsChangesButWritesNothing()
    {
        using var scope = app.Services.CreateScope();
        var importer = scope.ServiceProvider.GetRequiredService<ArticleImporter>();
        var report = await importer.ImportAsync(ImportInput.FromPaths([RepositoryPaths.Seeds]), save: false);
        Assert.False(report.Saved);
        Assert.Equal(28, report.Created.Dramas);
        Assert.Equal((0, 0, 0, 0, 0), await app.WithDbAsync(Snapshot));
    }

    [Fact]
    public async Task Import_RecordsARevisionPerCreatedEntity()
    {
        var report = await ImportSeedsAsync();
        // One batch per file; an entity one seed created and a later one changed has a revision in each.
        var created = await app.WithDbAsync(db => db.Revisions.CountAsync(r => r.Action == "import" && r.Before == null));
        Assert.Equal(report.Created.Total + 5, created);
        Assert.Equal(5, await app.WithDbAsync(db => db.Revisions.Select(r => r.Batch).Distinct().CountAsync()));
    }

    [Fact]
    public async Task CommandLine_ImportThenExport_WritesSchemaOneJson()
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var dbPath = Path.Combine(database.Folder, "cli.db");
        var exit = await CommandLine.RunAsync(["import", RepositoryPaths.Seeds, "--db", dbPath], output, errors);
        Assert.Equal(0, exit);
        Assert.Contains("000_d1c5d653134b6707.txt: 10 items; created", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("Created: 28 dramas", output.ToString(), StringComparison.Ordinal);

        var exportPath = Path.Combine(database.Folder, "out", "catalogue.json");
        Assert.Equal(0, await CommandLine.RunAsync(["export", "--out", exportPath, "--db", dbPath], output, errors));
        using var json = JsonDocument.Parse(File.ReadAllText(exportPath));
        var root = json.RootElement;
        Assert.Equal(1, root.GetProperty("schemaVersion").GetInt32());
        var article = root.GetProperty("articles")[0];
        Assert.Equal("000_d1c5d653134b6707.txt", article.GetProperty("file").GetString());
        Assert.Equal(10, article.GetProperty("itemCount").GetInt32());
        var drama = root.GetProperty("dramas")[0];
        Assert.Equal("crash-landing-on-you", drama.GetProperty("slug").GetString());
        Assert.Equal(2019, drama.GetProperty("year").GetInt32());
        Assert.Equal(JsonValueKind.Array, drama.GetProperty("aliases").ValueKind);
        var character = root.GetProperty("characters")[0];
        foreach (var field in new[] { "id", "slug", "name", "aliases", "dramaId", "actorId" })
        {
            Assert.True(character.TryGetProperty(field, out _), field);
        }
        var moment = root.GetProperty("moments")[1];
        Assert.Equal(10, moment.GetProperty("episode").GetInt32());
        Assert.Equal(2, moment.GetProperty("quotes").GetArrayLength());
        Assert.Equal("000_d1c5d653134b6707.txt", moment.GetProperty("sources")[0].GetProperty("article").GetString());
        Assert.Equal(2, moment.GetProperty("sources")[0].GetProperty("position").GetInt32());

        // A second export is byte-identical: the order is stable.
        var secondPath = Path.Combine(database.Folder, "again.json");
        await CommandLine.RunAsync(["export", "--out", secondPath, "--db", dbPath], output, errors);
        Assert.Equal(File.ReadAllBytes(exportPath), File.ReadAllBytes(secondPath));
    }

    [Fact]
    public async Task CommandLine_BadFile_ExitsNonZeroNamingFile()
    {
        var bad = Path.Combine(database.Folder, "empty.txt");
        await File.WriteAllTextAsync(bad, string.Empty);
        var errors = new StringWriter();
        var exit = await CommandLine.RunAsync(["import", bad, "--db", Path.Combine(database.Folder, "cli.db")], new StringWriter(), errors);
        Assert.Equal(1, exit);
        Assert.Contains("empty.txt: error: the file is empty", errors.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CommandLine_GoodBadGood_LandsBothGoodFiles_ReportsTheBadOne_ExitsOne()
    {
        var folder = Directory.CreateDirectory(Path.Combine(database.Folder, "articles")).FullName;
        var seeds = Directory.GetFiles(RepositoryPaths.Seeds, "*.txt").Order(StringComparer.Ordinal).ToList();
        File.Copy(seeds[0], Path.Combine(folder, "1-good.txt"));
        await File.WriteAllTextAsync(Path.Combine(folder, "2-bad.txt"), "<!DOCTYPE html><html><body><p>Not an article</p></body></html>");
        File.Copy(seeds[1], Path.Combine(folder, "3-good.txt"));
        var dbPath = Path.Combine(database.Folder, "cli.db");
        var output = new StringWriter();
        var errors = new StringWriter();

        var exit = await CommandLine.RunAsync(["import", folder, "--db", dbPath], output, errors);

        Assert.Equal(1, exit);
        Assert.Contains("1-good.txt: 10 items; created", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("3-good.txt: 7 items; created", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("2-bad.txt: error: ", errors.ToString(), StringComparison.Ordinal);
        Assert.Contains("HTML", errors.ToString(), StringComparison.Ordinal);
        Assert.Contains("Imported: 2 files", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("Refused: 1 files", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("1 of 3 files were not imported", errors.ToString(), StringComparison.Ordinal);

        var exported = new StringWriter();
        Assert.Equal(0, await CommandLine.RunAsync(["export", "--db", dbPath], exported, errors));
        using var json = JsonDocument.Parse(exported.ToString());
        Assert.Equal(["1-good.txt", "3-good.txt"], json.RootElement.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("file").GetString()).Order(StringComparer.Ordinal));

        // Fixed and run again, the refused file imports alone; the others are skipped.
        File.Copy(seeds[2], Path.Combine(folder, "2-bad.txt"), overwrite: true);
        output = new StringWriter();
        Assert.Equal(0, await CommandLine.RunAsync(["import", folder, "--db", dbPath], output, errors));
        Assert.Contains("Imported: 1 files", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("Skipped: 2 files", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CommandLine_TwoNamesOfOneDramaOnTheReferenceShelf_ImportAsOneDrama()
    {
        var folder = Directory.CreateDirectory(Path.Combine(database.Folder, "names")).FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "1-first.txt"), """
            Three scenes we replay on bad days

            1. Goblin — the first snow on the beach

            Kim Shin (Gong Yoo) blows out the candle on a cake and finds Ji Eun-tak (Kim Go-eun) standing in front of him by the sea.

            2. Crash Landing on You — the paragliding fall

            Yoon Se-ri (Son Ye-jin) drops out of the sky into a tree, and Ri Jeong-hyeok (Hyun Bin) looks up at her from below.

            3. Healer — the rooftop phone call

            Seo Jung-hoo (Ji Chang-wook) talks Chae Young-shin (Park Min-young) across a rooftop without ever showing his face.
            """);
        await File.WriteAllTextAsync(Path.Combine(folder, "2-second.txt"), """
            Side couples who deserved their own shows

            1. Guardian: The Lonely and Great God — the ring in the tea house

            Wang Yeo (Lee Dong-wook) hands Sunny (Yoo In-na) a ring he has no memory of owning, and she keeps it.

            2. CLOY — the last train to Seoul

            Seo Dan (Seo Ji-hye) waits on the platform while Gu Seung-jun (Kim Jung-hyun) runs after the carriage.

            3. Signal — the walkie-talkie at midnight

            Park Hae-young (Lee Je-hoon) hears Lee Jae-han (Cho Jin-woong) speak through the radio from another decade.
            """);

        Assert.Equal(0, await CommandLine.RunAsync(["import", folder, "--db", database.Path], new StringWriter(), new StringWriter()));

        var dramas = await app.WithDbAsync(db => db.Dramas.Include(d => d.Aliases).AsNoTracking().ToListAsync());
        Assert.Equal(["Crash Landing on You", "Goblin", "Healer", "Signal"], dramas.Select(d => d.Title).Order(StringComparer.Ordinal));
        Assert.Contains("Guardian: The Lonely and Great God", Assert.Single(dramas, d => d.Title == "Goblin").Aliases.Select(a => a.Name));
        Assert.Contains("CLOY", Assert.Single(dramas, d => d.Title == "Crash Landing on You").Aliases.Select(a => a.Name));
        var goblinCharacters = await app.WithDbAsync(db => db.Characters.Where(c => c.Drama.Title == "Goblin").Select(c => c.Name).ToListAsync());
        Assert.Contains("Wang Yeo", goblinCharacters);
        Assert.Contains("Kim Shin", goblinCharacters);
    }

    private static async Task<(int, int, int, int, int)> Snapshot(KdramaDbContext db) =>
        (await db.Articles.CountAsync(), await db.Dramas.CountAsync(), await db.Actors.CountAsync(), await db.Characters.CountAsync(), await db.Moments.CountAsync());
}
