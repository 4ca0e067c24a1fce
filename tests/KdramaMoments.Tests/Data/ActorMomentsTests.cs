using System.Globalization;
using System.Net;
using System.Text.Json;
using KdramaMoments.Tests.Accounts;
using KdramaMoments.Tests.Facets;
using KdramaMoments.Tests.Pages.Admin;
using KdramaMoments.Web.Cli;
using KdramaMoments.Web.Data;
using KdramaMoments.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Tests.Data;

/// <summary>
/// An actor's moments kept with copies of their order keys and feed times (<c>ActorMoments</c>, which an actor's feed,
/// moment list and page read) and the actor's moment count agree with the same computed afresh from the rows after every
/// kind of write: imports, a drama's and a moment's edits that move the keys, a moment's characters changed, a character
/// given another actor, an actor merge and its undo, a character, a moment and an article deleted, undoing an import and
/// a deletion. A moment naming two roles of one actor is one of the actor's moments.
/// </summary>
public sealed class ActorMomentsTests : FreshSiteTests
{
    /// <summary>Every stored row missing from, or extra to, the rows computed afresh; every actor whose stored count is not its distinct moments.</summary>
    private Task<List<string>> DriftAsync() => Factory.WithDbAsync(async db =>
    {
        var stored = (await db.ActorMoments
                .Select(r => new { r.ActorId, r.MomentId, r.ListCount, r.SortYear, r.Title, r.Slug, r.SortDrama, r.Episode, r.SortTitle, r.FeedUpdatedAt })
                .ToListAsync())
            .Select(r => r.ToString()).ToList();
        var moments = await db.Moments.Select(m => new
        {
            m.Id,
            ListCount = m.Sources.Select(s => s.ArticleId).Distinct().Count(),
            SortYear = m.Drama.Year ?? 0,
            m.Title,
            m.Slug,
            SortDrama = m.Drama.Title,
            m.Episode,
            SortTitle = CaseFold.Lower(m.Title),
            Edited = m.EditedAt ?? m.CreatedAt,
            Named = m.Sources.Select(s => s.Article.ImportedAt).ToList(),
            Actors = m.Characters.Where(c => c.ActorId != null).Select(c => c.ActorId!.Value).ToList(),
        }).ToListAsync();
        var computed = moments
            .SelectMany(m => m.Actors.Distinct().Select(actor => new
            {
                ActorId = actor,
                MomentId = m.Id,
                m.ListCount,
                m.SortYear,
                m.Title,
                m.Slug,
                m.SortDrama,
                m.Episode,
                m.SortTitle,
                FeedUpdatedAt = m.Named.Append(m.Edited).Max(),
            }.ToString()))
            .ToList();
        var actors = await db.Actors.Select(a => new
        {
            a.Slug,
            a.MomentCount,
            Counted = a.Characters.SelectMany(c => c.Moments).Select(m => m.Id).Distinct().Count(),
        }).ToListAsync();
        return stored.Except(computed).Select(r => $"stored {r}")
            .Concat(computed.Except(stored).Select(r => $"computed {r}"))
            .Concat(stored.Count == computed.Count ? [] : [$"rows: {stored.Count} stored but {computed.Count}"])
            .Concat(actors.Where(a => a.MomentCount != a.Counted).Select(a => $"actor {a.Slug}: {a.MomentCount} moments stored but {a.Counted}"))
            .ToList();
    });

    [Fact]
    public async Task ActorMoments_AgreeWithTheRows_AfterImportsEditsAMergeDeletesAndUndo()
    {
        Assert.Empty(await DriftAsync());
        Assert.True(await Factory.WithDbAsync(db => db.ActorMoments.AnyAsync()));

        var errors = new StringWriter();
        Assert.True(await CommandLine.RunAsync(["import", RepositoryPaths.Fixture("second-looks.txt"), "--db", DatabasePath], new StringWriter(), errors) == 0, errors.ToString());
        Assert.Empty(await DriftAsync());

        var editor = await EditorSession.NewEditorClientAsync(Factory);
        var (_, importToken) = await EditorSession.GetFormAsync(editor, "/admin/import");
        var text = await File.ReadAllTextAsync(RepositoryPaths.Fixture("summer-no-style.txt"));
        Assert.Equal(HttpStatusCode.Redirect,
            (await EditorSession.PostFormAsync(editor, "/admin/import?handler=Confirm", importToken, ("Input.Text", text), ("Input.FileName", "summer-no-style.txt"))).StatusCode);
        Assert.Empty(await DriftAsync());
        // The import taken back (before any edit of what it wrote): its moments go.
        var (undoneImport, _) = await UndoMergeAndImportTests.PressUndoAsync(editor, "/admin/changes", "Undo the whole import");
        Assert.StartsWith("Undid the import", undoneImport, StringComparison.Ordinal);
        Assert.Empty(await DriftAsync());

        // A drama's title and year move its moments' keys; a moment's title and episode its own.
        var goblin = await Factory.WithDbAsync(db => db.Dramas.Where(d => d.Slug == "goblin").Select(d => d.Id).SingleAsync());
        await SaveFormAsync(editor, $"/admin/dramas/edit/{goblin}", ("Input.Title", "goblin: the lonely and great god"), ("Input.Year", "2001"));
        Assert.Empty(await DriftAsync());
        var moment = await Factory.WithDbAsync(db => db.Moments.Where(m => m.DramaId == goblin && m.Characters.Any(c => c.ActorId != null)).Select(m => m.Id).FirstAsync());
        await SaveFormAsync(editor, $"/admin/moments/edit/{moment}", ("Input.Title", "AA Top of the stairs"), ("Input.Episode", ""));
        Assert.Empty(await DriftAsync());

        // A moment's characters changed (one taken off, another of its drama named), as an editor's save writes them.
        await Factory.WithDbAsync(async db =>
        {
            var edited = await db.Moments.Include(m => m.Characters).SingleAsync(m => m.Id == moment);
            var other = await db.Characters.Where(c => c.DramaId == edited.DramaId && c.ActorId != null).OrderByDescending(c => c.Id).FirstAsync();
            edited.Characters.RemoveAt(0);
            if (!edited.Characters.Contains(other))
            {
                edited.Characters.Add(other);
            }
            return await db.SaveChangesAsync();
        });
        Assert.Empty(await DriftAsync());

        // A character given another actor: its moments leave the first actor's and join the second's.
        var (role, otherActor) = await Factory.WithDbAsync(async db =>
        {
            var character = await db.Characters.Where(c => c.ActorId != null && c.Moments.Any()).OrderBy(c => c.Id).Select(c => new { c.Id, c.ActorId }).FirstAsync();
            var actor = await db.Actors.Where(a => a.Id != character.ActorId).OrderBy(a => a.Id).Select(a => a.Slug).FirstAsync();
            return (character.Id, actor);
        });
        await SaveFormAsync(editor, $"/admin/characters/edit/{role}", ("Input.ActorSlug", otherActor));
        Assert.Empty(await DriftAsync());

        // An actor merged into another, and the merge undone: the roles move and move back.
        var (from, into) = await Factory.WithDbAsync(async db =>
        {
            var busiest = await db.Actors.OrderByDescending(a => a.MomentCount).ThenBy(a => a.Id).Select(a => a.Slug).Take(2).ToListAsync();
            return (busiest[1], busiest[0]);
        });
        var survivor = await Factory.WithDbAsync(db => db.Actors.Where(a => a.Slug == into).Select(a => a.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await MergeTests.MergeAsync(editor, "actor", from, into)).StatusCode);
        Assert.Empty(await DriftAsync());
        var (undone, _) = await UndoMergeAndImportTests.PressUndoAsync(editor, $"/admin/history/actor/{survivor}", "Undo the whole merge");
        Assert.StartsWith("Undid the merge", undone, StringComparison.Ordinal);
        Assert.Empty(await DriftAsync());

        // A character deleted (the database removes its moments' join rows).
        await Factory.WithDbAsync(async db =>
        {
            db.Characters.Remove(await db.Characters.Where(c => c.ActorId != null && c.Moments.Any()).OrderByDescending(c => c.Id).FirstAsync());
            return await db.SaveChangesAsync();
        });
        Assert.Empty(await DriftAsync());

        // A moment deleted, and the deletion undone.
        var deleted = await Factory.WithDbAsync(db => db.Moments.Where(m => m.Characters.Any(c => c.ActorId != null)).OrderBy(m => m.Id).Select(m => m.Id).FirstAsync());
        var (_, deleteToken) = await EditorSession.GetFormAsync(editor, $"/admin/moments/delete/{deleted}");
        Assert.Equal(HttpStatusCode.Redirect, (await EditorSession.PostFormAsync(editor, $"/admin/moments/delete/{deleted}", deleteToken)).StatusCode);
        Assert.Empty(await DriftAsync());
        var deletion = await Factory.WithDbAsync(db => db.Revisions.Where(r => r.Action == "delete").OrderByDescending(r => r.Id).Select(r => r.Id).FirstAsync());
        var (_, undoToken) = await EditorSession.GetFormAsync(editor, "/admin/changes");
        Assert.Equal(HttpStatusCode.Redirect, (await EditorSession.PostFormAsync(editor, "/admin/changes?handler=Undo", undoToken,
            ("revision", deletion.ToString(CultureInfo.InvariantCulture)))).StatusCode);
        Assert.Empty(await DriftAsync());

        // The oldest article deleted: the lists its moments counted go.
        var article = await Factory.WithDbAsync(db => db.Articles.OrderBy(a => a.Id).Select(a => a.Id).FirstAsync());
        var (_, articlesToken) = await EditorSession.GetFormAsync(editor, "/admin/articles");
        Assert.Equal(HttpStatusCode.Redirect, (await EditorSession.PostFormAsync(editor, $"/admin/articles?handler=Delete&id={article}", articlesToken)).StatusCode);
        Assert.Empty(await DriftAsync());
    }

    /// <summary>The saves the other kept tables are checked through (<see cref="CatalogueSaves"/>): only changed rows are written, and none is missed.</summary>
    [Fact]
    public async Task ActorMoments_AgreeWithTheRows_AfterTheCatalogueSavesWalk()
    {
        var editor = await CatalogueSaves.ImportsAndUndoAsync(Factory, DatabasePath, AgreeAsync);
        await CatalogueSaves.EditsMergesAndDeletesAsync(Factory, editor, AgreeAsync);
    }

    private async Task AgreeAsync() => Assert.Empty(await DriftAsync());

    [Fact]
    public async Task ActorWithTwoRolesInOneMoment_CountsTheMomentOnce()
    {
        // A second role for an actor in a drama where they already have one, named by one of their moments there.
        var (actor, before) = await Factory.WithDbAsync(async db =>
        {
            var role = await db.Characters.Where(c => c.ActorId != null && c.Moments.Any()).OrderBy(c => c.Id)
                .Select(c => new { c.Id, c.DramaId, ActorId = c.ActorId!.Value, c.Actor!.Slug, c.Actor.MomentCount }).FirstAsync();
            var moment = await db.Moments.Include(m => m.Characters).FirstAsync(m => m.Characters.Any(c => c.Id == role.Id));
            moment.Characters.Add(new Character
            {
                Slug = "second-role",
                Name = "Second Role",
                NormalizedName = Names.Normalize("Second Role"),
                DramaId = role.DramaId,
                ActorId = role.ActorId,
                CreatedAt = DateTime.UtcNow,
            });
            await db.SaveChangesAsync();
            return (role.Slug, role.MomentCount);
        });
        Assert.Empty(await DriftAsync());

        var client = Factory.CreateClient();
        using var detail = JsonDocument.Parse(await client.GetStringAsync($"/api/actors/{actor}"));
        Assert.Equal(before, detail.RootElement.GetProperty("momentCount").GetInt32());
        var slugs = detail.RootElement.GetProperty("moments").EnumerateArray().Select(m => m.GetProperty("slug").GetString()).ToList();
        Assert.Equal(slugs.Distinct().Count(), slugs.Count);
        using var list = JsonDocument.Parse(await client.GetStringAsync($"/api/moments?actor={actor}&pageSize=100"));
        Assert.Equal(before, list.RootElement.GetProperty("total").GetInt32());
        Assert.Equal(before, list.RootElement.GetProperty("items").GetArrayLength());
        var page = await client.GetDocumentAsync($"/moments?actor={actor}");
        Assert.Equal(Math.Min(before, 24), page.QuerySelectorAll(".moment-cards > li").Length);
    }

    internal static async Task SaveFormAsync(HttpClient editor, string address, params (string Name, string Value)[] changes)
    {
        var (page, token) = await EditorSession.GetFormAsync(editor, address);
        var response = await EditorSession.PostFormAsync(editor, address, token, EditorSession.FormFields(page, changes));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
