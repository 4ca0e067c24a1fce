using System.Globalization;
using System.Net;
using KdramaMoments.Tests.Accounts;
using KdramaMoments.Tests.Facets;
using KdramaMoments.Tests.Pages.Admin;
using KdramaMoments.Web.Cli;
using KdramaMoments.Web.Couples;
using KdramaMoments.Web.Data;
using KdramaMoments.Web.Domain;
using KdramaMoments.Web.Facets;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Tests.Data;

/// <summary>
/// The counts and sort keys stored on moments, dramas, tropes and actors (which the lists order and page by) agree
/// with the rows they count after every kind of write: the seed import, an import from the command line and one
/// from the import page, edits, a merge, and undoing the merge and an import. So does what the pairing rule needs of each
/// pair of characters (<see cref="PairEvidence"/>), also after a trope's slug changes and a character or moment is deleted.
/// </summary>
public sealed class StoredCountsTests : FreshSiteTests
{

    /// <summary>Every stored value that differs from the same value counted afresh from the rows.</summary>
    private Task<List<string>> DriftAsync() => Factory.WithDbAsync(async db =>
    {
        var moments = (await db.Moments.Select(m => new
        {
            m.Slug,
            m.Title,
            Drama = m.Drama.Title,
            Stored = new { m.ListCount, m.SortYear, m.SortDrama, m.SortTitle, m.CharacterCount, m.TitleFault },
            Counted = new { ListCount = m.Sources.Select(s => s.ArticleId).Distinct().Count(), SortYear = m.Drama.Year ?? 0, SortDrama = m.Drama.Title, SortTitle = CaseFold.Lower(m.Title), CharacterCount = m.Characters.Count, TitleFault = MomentTitleFault.None },
        }).ToListAsync()).Select(m => m with { Counted = m.Counted with { TitleFault = MomentTitles.FaultOf(m.Title, m.Drama) } }).ToList();
        var dramas = await db.Dramas.Select(d => new
        {
            d.Slug,
            Stored = new { d.MomentCount, d.ListCount, d.SortYear, d.SortTitle },
            Counted = new { MomentCount = d.Moments.Count, ListCount = d.Moments.SelectMany(m => m.Sources).Select(s => s.ArticleId).Distinct().Count(), SortYear = d.Year ?? 0, SortTitle = CaseFold.Lower(d.Title) },
        }).ToListAsync();
        var tags = await db.Tags.Select(t => new { t.Slug, Stored = t.MomentCount, Counted = t.Moments.Count }).ToListAsync();
        var actors = await db.Actors.Select(a => new
        {
            a.Slug,
            Stored = new { a.MomentCount, a.DramaCount, a.SortName },
            Counted = new { MomentCount = a.Characters.SelectMany(c => c.Moments).Select(m => m.Id).Distinct().Count(), DramaCount = a.Characters.Select(c => c.DramaId).Distinct().Count(), SortName = CaseFold.Lower(a.Name) },
        }).ToListAsync();
        var characters = await db.Characters.Select(c => new
        {
            c.Slug,
            Stored = new { c.MomentCount, c.SortName },
            Counted = new { MomentCount = c.Moments.Count, SortName = CaseFold.Lower(c.Name) },
        }).ToListAsync();
        // An article named by a sentence: its title ends as one ends, or is longer than a headline.
        var articles = (await db.Articles.Select(a => new
        {
            a.Slug,
            a.Title,
            Stored = new { a.SortTitle, a.NamedBySentence },
            Counted = new { SortTitle = CaseFold.Lower(a.Title), NamedBySentence = false },
        }).ToListAsync()).Select(a => a with { Counted = a.Counted with { NamedBySentence = a.Title.EndsWith('.') || a.Title.EndsWith('?') || a.Title.EndsWith('!') || a.Title.Length > 120 } }).ToList();
        // The moment list's unfiltered facet counts, read from the stored counts, against the same counted over every moment.
        var facetsStored = Describe(await FacetCounts.CountCatalogueAsync(db, CancellationToken.None));
        var facetsCounted = Describe(await FacetCounts.CountAsync(db, db.Moments, MomentFacets.None, CancellationToken.None));
        // The catalogue's totals (the home page's figures, the pagers of the moment and actor lists, the editors' dashboard,
        // the moment list's episode counts and year menu) against the rows.
        var totals = await CatalogueTotals.ReadAsync(db, CancellationToken.None);
        var totalsStored = new
        {
            totals.Dramas,
            totals.Moments,
            totals.Articles,
            totals.Actors,
            totals.Characters,
            Couples = await CatalogueTotals.ReadAsync(db, CatalogueSizeName.Couples, CancellationToken.None),
            Episodes = string.Join(", ", totals.Episodes.Select(e => $"{e.Episode}: {e.Count}")),
            Years = string.Join(", ", totals.Years.Select(y => $"{y.Year}: {y.Count}")),
        };
        var years = await db.Moments.Where(m => m.Drama.Year != null).GroupBy(m => m.Drama.Year!.Value).Select(g => new { Year = g.Key, Count = g.Count() }).ToListAsync();
        var episodes = await db.Moments.Where(m => m.Episode != null).GroupBy(m => m.Episode!.Value).Select(g => new { Episode = g.Key, Count = g.Count() }).ToListAsync();
        var totalsCounted = new
        {
            Dramas = await db.Dramas.CountAsync(),
            Moments = await db.Moments.CountAsync(),
            Articles = await db.Articles.CountAsync(),
            Actors = await db.Actors.CountAsync(),
            Characters = await db.Characters.CountAsync(),
            Couples = await db.ActorCouples.CountAsync(c => c.ActorId < c.PartnerActorId),
            Episodes = string.Join(", ", episodes.OrderBy(e => e.Episode).Select(e => $"{e.Episode}: {e.Count}")),
            Years = string.Join(", ", years.OrderBy(y => y.Year).Select(y => $"{y.Year}: {y.Count}")),
        };
        var pairsStored = (await db.PairEvidence.ToListAsync())
            .Select(p => $"drama {p.DramaId}, characters {p.FirstCharacterId} and {p.SecondCharacterId}: {p.MomentCount} moments, romantic {p.Romantic}, named alone {p.NamedAlone}")
            .Order(StringComparer.Ordinal).ToList();
        var pairsCounted = await CountPairsAsync(db);
        return moments.Where(m => m.Stored.ToString() != m.Counted.ToString()).Select(m => $"moment {m.Slug}: {m.Stored} but {m.Counted}")
            .Concat(pairsStored.Except(pairsCounted).Select(p => $"pair stored {p}"))
            .Concat(pairsCounted.Except(pairsStored).Select(p => $"pair counted {p}"))
            .Concat(pairsStored.Count == pairsCounted.Count ? [] : [$"pairs: {pairsStored.Count} stored but {pairsCounted.Count}"])
            .Concat(facetsStored == facetsCounted ? [] : [$"facet counts: {facetsStored} but {facetsCounted}"])
            .Concat(totalsStored.ToString() == totalsCounted.ToString() ? [] : [$"catalogue totals: {totalsStored} but {totalsCounted}"])
            .Concat(dramas.Where(d => d.Stored.ToString() != d.Counted.ToString()).Select(d => $"drama {d.Slug}: {d.Stored} but {d.Counted}"))
            .Concat(tags.Where(t => t.Stored != t.Counted).Select(t => $"tag {t.Slug}: {t.Stored} but {t.Counted}"))
            .Concat(actors.Where(a => a.Stored.ToString() != a.Counted.ToString()).Select(a => $"actor {a.Slug}: {a.Stored} but {a.Counted}"))
            .Concat(characters.Where(c => c.Stored.ToString() != c.Counted.ToString()).Select(c => $"character {c.Slug}: {c.Stored} but {c.Counted}"))
            .Concat(articles.Where(a => a.Stored.ToString() != a.Counted.ToString()).Select(a => $"article {a.Slug}: {a.Stored} but {a.Counted}"))
            .ToList();
    });

    /// <summary>Every pair of characters named by one moment, per drama of the moments, counted afresh by the pairing rule's own terms.</summary>
    private static async Task<List<string>> CountPairsAsync(KdramaDbContext db)
    {
        var romance = CoupleRule.RomanceTropes.ToList();
        var moments = await db.Moments.Select(m => new
        {
            m.DramaId,
            Characters = m.Characters.Select(c => c.Id).ToList(),
            Romantic = m.Tags.Any(t => romance.Contains(t.Slug)),
        }).ToListAsync();
        return moments
            .SelectMany(m => m.Characters.Order().SelectMany((a, i) => m.Characters.Order().Skip(i + 1).Select(b => (m.DramaId, a, b, m.Romantic, Alone: m.Characters.Count == 2))))
            .GroupBy(p => (p.DramaId, p.a, p.b))
            .Select(g => $"drama {g.Key.DramaId}, characters {g.Key.a} and {g.Key.b}: {g.Count()} moments, romantic {g.Any(p => p.Romantic)}, named alone {g.Any(p => p.Alone)}")
            .Order(StringComparer.Ordinal).ToList();
    }

    private static string Describe(FacetCounts counts) =>
        string.Join("; ", new[] { counts.Tags, counts.Decades, counts.Episodes }.Select(facet => string.Join(", ", facet)));

    // An anonymous type, not a tuple: PostgreSQL would return a tuple's columns as one record.
    private async Task<(int Moments, int Lists)> DramaCountsAsync(string slug)
    {
        var counts = await Factory.WithDbAsync(db => db.Dramas.Where(d => d.Slug == slug).Select(d => new { d.MomentCount, d.ListCount }).SingleAsync());
        return (counts.MomentCount, counts.ListCount);
    }

    [Fact]
    public async Task StoredCounts_AgreeWithTheRows_AfterImportsEditsAMergeAndUndo()
    {
        // The seeds were imported as the site started: every moment is named by a list, every trope carried.
        Assert.Empty(await DriftAsync());
        Assert.True(await Factory.WithDbAsync(db => db.Moments.AllAsync(m => m.ListCount >= 1)));
        Assert.True(await Factory.WithDbAsync(db => db.Tags.AllAsync(t => t.MomentCount >= 1)));

        var errors = new StringWriter();
        Assert.True(await CommandLine.RunAsync(["import", RepositoryPaths.Fixture("second-looks.txt"), "--db", DatabasePath], new StringWriter(), errors) == 0, errors.ToString());
        Assert.Empty(await DriftAsync());

        var editor = await EditorSession.NewEditorClientAsync(Factory);
        await ImportFromPageAsync(editor, "summer-no-style.txt");
        Assert.Empty(await DriftAsync());

        // A drama's new title and year reach its moments' keys; a moment's new title its own.
        var goblin = await Factory.WithDbAsync(db => db.Dramas.Where(d => d.Slug == "goblin").Select(d => d.Id).SingleAsync());
        await SaveFormAsync(editor, $"/admin/dramas/edit/{goblin}", ("Input.Title", "goblin: the lonely and great god"), ("Input.Year", "2001"));
        var moment = await Factory.WithDbAsync(db => db.Moments.Where(m => m.DramaId == goblin).Select(m => m.Id).FirstAsync());
        // A moment moved to an episode no other has: the episode counts follow it.
        await SaveFormAsync(editor, $"/admin/moments/edit/{moment}", ("Input.Title", "ZZ Top of the stairs"), ("Input.Episode", "97"));
        Assert.Empty(await DriftAsync());
        var retitled = await Factory.WithDbAsync(db => db.Dramas.Where(d => d.Id == goblin).Select(d => d.Slug).SingleAsync()); // a new title may give a new address

        // A merge moves the loser's moments and roles: the survivor counts them, the roles' actors their new drama.
        var (survivorBefore, loser) = (await DramaCountsAsync("crash-landing-on-you"), await DramaCountsAsync(retitled));
        Assert.Equal(HttpStatusCode.Redirect, (await MergeTests.MergeAsync(editor, "drama", retitled, "crash-landing-on-you")).StatusCode);
        Assert.Empty(await DriftAsync());
        Assert.Equal(survivorBefore.Moments + loser.Moments, (await DramaCountsAsync("crash-landing-on-you")).Moments);

        var survivor = await Factory.WithDbAsync(db => db.Dramas.Where(d => d.Slug == "crash-landing-on-you").Select(d => d.Id).SingleAsync());
        var (undone, _) = await UndoMergeAndImportTests.PressUndoAsync(editor, $"/admin/history/drama/{survivor}", "Undo the whole merge");
        Assert.StartsWith("Undid the merge", undone, StringComparison.Ordinal);
        Assert.Empty(await DriftAsync());
        Assert.Equal(survivorBefore, await DramaCountsAsync("crash-landing-on-you"));

        // The newest import (from the page) taken back: its moments, citations and tropes go.
        var (undoneImport, _) = await UndoMergeAndImportTests.PressUndoAsync(editor, "/admin/changes", "Undo the whole import");
        Assert.StartsWith("Undid the import", undoneImport, StringComparison.Ordinal);
        Assert.Empty(await DriftAsync());

        // An article re-titled: its folded title, the articles list's order, follows.
        await Factory.WithDbAsync(async db =>
        {
            var retitledArticle = await db.Articles.OrderByDescending(a => a.Id).FirstAsync();
            retitledArticle.Title = "AAA First In The List";
            return await db.SaveChangesAsync();
        });
        Assert.Empty(await DriftAsync());
        Assert.Contains("AAA First In The List", await editor.GetStringAsync("/articles"), StringComparison.Ordinal);

        // An article deleted: its citations go, and with them the lists its moments counted.
        var article = await Factory.WithDbAsync(db => db.Articles.OrderBy(a => a.Id).Select(a => a.Id).FirstAsync());
        var (_, token) = await EditorSession.GetFormAsync(editor, "/admin/articles");
        Assert.Equal(HttpStatusCode.Redirect, (await EditorSession.PostFormAsync(editor, $"/admin/articles?handler=Delete&id={article}", token)).StatusCode);
        Assert.Empty(await DriftAsync());
    }

    // Trope counts, the catalogue's sizes (couples too) and episode counts are kept by difference: the whole walk of saves.
    [Fact]
    public async Task StoredCounts_AgreeWithTheRows_AfterTheCatalogueSavesWalk()
    {
        async Task CheckAsync() => Assert.Empty(await DriftAsync());
        await CheckAsync();
        var editor = await CatalogueSaves.ImportsAndUndoAsync(Factory, DatabasePath, CheckAsync);
        await CatalogueSaves.EditsMergesAndDeletesAsync(Factory, editor, CheckAsync);
    }

    [Fact]
    public async Task CatalogueTotals_AgreeWithTheRows_AfterAnActorAndARoleAreAddedMergedAndTheMergeUndone()
    {
        Assert.Empty(await DriftAsync());
        await AddSecondSpellingOfHyunBinAsync(Factory);
        Assert.Empty(await DriftAsync());

        var editor = await EditorSession.NewEditorClientAsync(Factory);
        var survivor = await Factory.WithDbAsync(db => db.Actors.Where(a => a.Slug == "hyun-bin").Select(a => a.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await MergeTests.MergeAsync(editor, "actor", "hyeon-bin", "hyun-bin")).StatusCode);
        Assert.Empty(await DriftAsync());

        var (undone, _) = await UndoMergeAndImportTests.PressUndoAsync(editor, $"/admin/history/actor/{survivor}", "Undo the whole merge");
        Assert.StartsWith("Undid the merge", undone, StringComparison.Ordinal);
        Assert.Empty(await DriftAsync());
    }

    [Fact]
    public async Task PairEvidence_AgreesWithTheRows_AfterATropesSlugChangesAndACharacterAndAMomentAreDeleted()
    {
        // The seeds pair characters, some by a romance trope and some by a moment naming just the two.
        Assert.Empty(await DriftAsync());
        Assert.True(await Factory.WithDbAsync(db => db.PairEvidence.AnyAsync(p => p.Romantic)));
        Assert.True(await Factory.WithDbAsync(db => db.PairEvidence.AnyAsync(p => p.NamedAlone)));

        // A romance trope renamed out of the rule and back: its moments' pairs lose the flag and get it again.
        var editor = await EditorSession.NewEditorClientAsync(Factory);
        var kiss = await Factory.WithDbAsync(db => db.Tags.Where(t => t.Slug == "kiss").Select(t => t.Id).SingleAsync());
        await RenameTropeAsync(Factory, editor, kiss, "Smooch");
        Assert.Empty(await DriftAsync());
        await RenameTropeAsync(Factory, editor, kiss, "Kiss");
        Assert.Empty(await DriftAsync());

        // A character deleted (the database removes the moments' join rows): the moments that named it pair the rest anew.
        await Factory.WithDbAsync(async db =>
        {
            var crowded = await db.Moments.OrderByDescending(m => m.Characters.Count).ThenBy(m => m.Id).Select(m => m.Characters.OrderBy(c => c.Id).Select(c => c.Id).First()).FirstAsync();
            db.Characters.Remove(await db.Characters.SingleAsync(c => c.Id == crowded));
            return await db.SaveChangesAsync();
        });
        Assert.Empty(await DriftAsync());

        // A moment naming two characters or more deleted.
        await Factory.WithDbAsync(async db =>
        {
            db.Moments.Remove(await db.Moments.Where(m => m.Characters.Count >= 2).OrderBy(m => m.Id).FirstAsync());
            return await db.SaveChangesAsync();
        });
        Assert.Empty(await DriftAsync());
    }

    /// <summary>A trope renamed by an editor (its slug follows the name).</summary>
    internal static async Task RenameTropeAsync(KdramaAppFactory factory, HttpClient editor, int id, string name)
    {
        var (_, token) = await EditorSession.GetFormAsync(editor, "/admin/tags");
        var version = await factory.WithDbAsync(db => db.Tags.Where(t => t.Id == id).Select(t => t.Version).SingleAsync());
        var saved = await EditorSession.PostFormAsync(editor, "/admin/tags?handler=Save", token, ("Input.Id", id.ToString(CultureInfo.InvariantCulture)),
            ("Input.Version", version.ToString(CultureInfo.InvariantCulture)), ("Input.Name", name));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
    }

    /// <summary>A second spelling of an actor ("hyeon-bin") with a role of their own in Goblin, saved as an editor's save would be: a merge into "hyun-bin" to come.</summary>
    internal static Task<int> AddSecondSpellingOfHyunBinAsync(KdramaAppFactory factory) => factory.WithDbAsync(async db =>
    {
        var duplicate = new Actor { Slug = "hyeon-bin", Name = "Hyeon Bin", NormalizedName = Names.Normalize("Hyeon Bin"), CreatedAt = DateTime.UtcNow };
        var drama = await db.Dramas.SingleAsync(d => d.Slug == "goblin");
        db.Characters.Add(new Character { Slug = "cameo-hyeon-bin", Name = "Cameo", NormalizedName = "cameo", DramaId = drama.Id, Actor = duplicate, CreatedAt = DateTime.UtcNow });
        return await db.SaveChangesAsync();
    });

    internal static async Task ImportFromPageAsync(HttpClient editor, string fixture)
    {
        var (_, token) = await EditorSession.GetFormAsync(editor, "/admin/import");
        var text = await File.ReadAllTextAsync(RepositoryPaths.Fixture(fixture));
        var saved = await EditorSession.PostFormAsync(editor, "/admin/import?handler=Confirm", token, ("Input.Text", text), ("Input.FileName", fixture));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
    }

    private static async Task SaveFormAsync(HttpClient editor, string address, params (string Name, string Value)[] changes)
    {
        var (page, token) = await EditorSession.GetFormAsync(editor, address);
        var response = await EditorSession.PostFormAsync(editor, address, token, EditorSession.FormFields(page, changes));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
