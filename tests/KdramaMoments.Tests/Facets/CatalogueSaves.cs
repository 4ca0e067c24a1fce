using System.Globalization;
using System.Net;
using System.Text.Json;
using KdramaMoments.Tests.Accounts;
using KdramaMoments.Tests.Data;
using KdramaMoments.Tests.Pages.Admin;
using KdramaMoments.Web.Cli;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Tests.Facets;

/// <summary>Saves the tests of counts kept at write time walk through, each followed by the test's own check.</summary>
internal static class CatalogueSaves
{
    /// <summary>A command-line import, a page import and its undo; the editor's client, signed in, for the next saves.</summary>
    public static async Task<HttpClient> ImportsAndUndoAsync(KdramaAppFactory factory, string databasePath, Func<Task> check)
    {
        await ImportBesideTheSiteAsync(factory, databasePath, "second-looks.txt");
        await check();

        var editor = await EditorSession.NewEditorClientAsync(factory);
        var (_, importToken) = await EditorSession.GetFormAsync(editor, "/admin/import");
        var text = await File.ReadAllTextAsync(RepositoryPaths.Fixture("summer-no-style.txt"));
        Assert.Equal(HttpStatusCode.Redirect,
            (await EditorSession.PostFormAsync(editor, "/admin/import?handler=Confirm", importToken, ("Input.Text", text), ("Input.FileName", "summer-no-style.txt"))).StatusCode);
        await check();
        var (undoneImport, _) = await UndoMergeAndImportTests.PressUndoAsync(editor, "/admin/changes", "Undo the whole import");
        Assert.StartsWith("Undid the import", undoneImport, StringComparison.Ordinal);
        await check();
        return editor;
    }

    /// <summary>
    /// A command-line import (another process, as far as the site knows) of a fixture, returned once the running site
    /// has heard of it. The site's caches forget another process's change when its watch next looks (a poll every
    /// quarter second on SQLite, a notification on PostgreSQL): a check begun before that reads some answers kept from
    /// before the import and others computed after it, and compares the two.
    /// </summary>
    public static async Task ImportBesideTheSiteAsync(KdramaAppFactory factory, string databasePath, string fixture)
    {
        var reader = factory.CreateClient();
        // Read once before the import, so that it is a kept answer the site goes on giving until it hears of the import.
        var before = await MomentTotalAsync(reader);
        var errors = new StringWriter();
        Assert.True(await CommandLine.RunAsync(["import", RepositoryPaths.Fixture(fixture), "--db", databasePath], new StringWriter(), errors) == 0, errors.ToString());
        for (var attempt = 0; attempt < 100 && await MomentTotalAsync(reader) == before; attempt++)
        {
            await Task.Delay(100);
        }
        // The output cache forgets last (the memo and the search words before it), so a new total means every cache has.
        Assert.NotEqual(before, await MomentTotalAsync(reader));
    }

    private static async Task<int> MomentTotalAsync(HttpClient reader)
    {
        using var list = JsonDocument.Parse(await reader.GetStringAsync("/api/moments?pageSize=1"));
        return list.RootElement.GetProperty("total").GetInt32();
    }

    /// <summary>A moment deleted by an editor, and the deletion undone.</summary>
    public static async Task DeleteMomentAndUndoAsync(KdramaAppFactory factory, HttpClient editor, int moment, Func<Task> check)
    {
        var (_, deleteToken) = await EditorSession.GetFormAsync(editor, $"/admin/moments/delete/{moment}");
        Assert.Equal(HttpStatusCode.Redirect, (await EditorSession.PostFormAsync(editor, $"/admin/moments/delete/{moment}", deleteToken)).StatusCode);
        await check();
        var deletion = await factory.WithDbAsync(db => db.Revisions.Where(r => r.Action == "delete").OrderByDescending(r => r.Id).Select(r => r.Id).FirstAsync());
        var (_, undoToken) = await EditorSession.GetFormAsync(editor, "/admin/changes");
        Assert.Equal(HttpStatusCode.Redirect, (await EditorSession.PostFormAsync(editor, "/admin/changes?handler=Undo", undoToken,
            ("revision", deletion.ToString(CultureInfo.InvariantCulture)))).StatusCode);
        await check();
    }

    /// <summary>
    /// After <see cref="ImportsAndUndoAsync"/>: a drama's title and year edited (its moments' keys, years and decades move),
    /// a moment's title and episode, a moment's tropes changed, an actor merge and its undo, a moment merge, a moment
    /// deleted and its deletion undone, an article deleted, a trope renamed and a trope deleted; each followed by the check.
    /// </summary>
    public static async Task EditsMergesAndDeletesAsync(KdramaAppFactory factory, HttpClient editor, Func<Task> check)
    {
        var goblin = await factory.WithDbAsync(db => db.Dramas.Where(d => d.Slug == "goblin").Select(d => d.Id).SingleAsync());
        await ActorMomentsTests.SaveFormAsync(editor, $"/admin/dramas/edit/{goblin}", ("Input.Title", "goblin: the lonely and great god"), ("Input.Year", "2001"));
        await check();
        var moment = await factory.WithDbAsync(db => db.Moments.Where(m => m.DramaId == goblin && m.Tags.Any()).Select(m => m.Id).FirstAsync());
        await ActorMomentsTests.SaveFormAsync(editor, $"/admin/moments/edit/{moment}", ("Input.Title", "AA Top of the stairs"), ("Input.Episode", "17"));
        await check();

        // A moment's tropes changed: one taken off, another put on.
        await factory.WithDbAsync(async db =>
        {
            var edited = await db.Moments.Include(m => m.Tags).SingleAsync(m => m.Id == moment);
            var trope = await db.Tags.Where(t => !t.Moments.Any(m => m.Id == moment)).OrderBy(t => t.Id).FirstAsync();
            edited.Tags.RemoveAt(0);
            edited.Tags.Add(trope);
            return await db.SaveChangesAsync();
        });
        await check();

        // An actor merged into another, and the merge undone: the roles move and move back.
        var (from, into) = await factory.WithDbAsync(async db =>
        {
            var busiest = await db.Actors.OrderByDescending(a => a.MomentCount).ThenBy(a => a.Id).Select(a => a.Slug).Take(2).ToListAsync();
            return (busiest[1], busiest[0]);
        });
        var survivor = await factory.WithDbAsync(db => db.Actors.Where(a => a.Slug == into).Select(a => a.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await MergeTests.MergeAsync(editor, "actor", from, into)).StatusCode);
        await check();
        var (undone, _) = await UndoMergeAndImportTests.PressUndoAsync(editor, $"/admin/history/actor/{survivor}", "Undo the whole merge");
        Assert.StartsWith("Undid the merge", undone, StringComparison.Ordinal);
        await check();

        // Two moments of one drama merged: the loser's tropes move to the survivor, the loser goes.
        var (loser, winner) = await factory.WithDbAsync(async db =>
        {
            var pair = await db.Moments.Where(m => m.Tags.Any())
                .GroupBy(m => m.DramaId).Where(g => g.Count() > 1).Select(g => g.OrderBy(m => m.Id).Select(m => m.Slug).Take(2).ToList()).FirstAsync();
            return (pair[1], pair[0]);
        });
        Assert.Equal(HttpStatusCode.Redirect, (await MergeTests.MergeAsync(editor, "moment", loser, winner)).StatusCode);
        await check();

        var deleted = await factory.WithDbAsync(db => db.Moments.Where(m => m.Tags.Count() > 1 && m.Episode != null).OrderBy(m => m.Id).Select(m => m.Id).FirstAsync());
        await DeleteMomentAndUndoAsync(factory, editor, deleted, check);

        // An article deleted: the lists its moments counted go.
        var article = await factory.WithDbAsync(db => db.Articles.OrderBy(a => a.Id).Select(a => a.Id).FirstAsync());
        var (_, articlesToken) = await EditorSession.GetFormAsync(editor, "/admin/articles");
        Assert.Equal(HttpStatusCode.Redirect, (await EditorSession.PostFormAsync(editor, "/admin/articles?handler=Delete", articlesToken,
            ("id", article.ToString(CultureInfo.InvariantCulture)))).StatusCode);
        await check();

        // A trope renamed, then one deleted outright: the database removes its join rows.
        await factory.WithDbAsync(async db =>
        {
            var trope = await db.Tags.Where(t => t.Moments.Any()).OrderByDescending(t => t.Id).FirstAsync();
            (trope.Name, trope.Slug) = ("A trope renamed", "a-trope-renamed");
            return await db.SaveChangesAsync();
        });
        await check();
        await factory.WithDbAsync(async db =>
        {
            db.Tags.Remove(await db.Tags.Where(t => t.Moments.Any()).OrderBy(t => t.Id).FirstAsync());
            return await db.SaveChangesAsync();
        });
        await check();
    }
}
