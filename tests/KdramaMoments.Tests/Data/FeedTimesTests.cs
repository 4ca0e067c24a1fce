using System.Globalization;
using System.Net;
using KdramaMoments.Tests.Accounts;
using KdramaMoments.Tests.Pages.Admin;
using KdramaMoments.Web.Cli;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Tests.Data;

/// <summary>
/// A moment's stored feed time (<c>Moment.FeedUpdatedAt</c>, which the Atom feeds order and show) agrees with the same
/// time computed afresh from its rows (the later of its edit or creation and the newest article naming it) after every
/// kind of write: the seed import, imports from the command line and from the import page, an edit, undoing an import,
/// deleting an article, an article's import time changed, deleting a moment and undoing that.
/// </summary>
public sealed class FeedTimesTests : FreshSiteTests
{
    /// <summary>Every moment whose stored feed time differs from the one computed from its rows.</summary>
    private Task<List<string>> DriftAsync() => Factory.WithDbAsync(async db =>
    {
        var moments = await db.Moments.Select(m => new
        {
            m.Slug,
            Stored = m.FeedUpdatedAt,
            Edited = m.EditedAt ?? m.CreatedAt,
            Named = m.Sources.Select(s => s.Article.ImportedAt).ToList(),
        }).ToListAsync();
        return moments
            .Select(m => (m.Slug, m.Stored, Computed: m.Named.Append(m.Edited).Max()))
            .Where(m => m.Stored != m.Computed)
            .Select(m => $"moment {m.Slug}: stored {m.Stored:O} but {m.Computed:O}")
            .ToList();
    });

    [Fact]
    public async Task FeedTimes_AgreeWithTheRows_AfterImportsAnEditAnUndoAndDeletes()
    {
        Assert.Empty(await DriftAsync());

        var errors = new StringWriter();
        Assert.True(await CommandLine.RunAsync(["import", RepositoryPaths.Fixture("second-looks.txt"), "--db", DatabasePath], new StringWriter(), errors) == 0, errors.ToString());
        Assert.Empty(await DriftAsync());

        var editor = await EditorSession.NewEditorClientAsync(Factory);
        var (_, importToken) = await EditorSession.GetFormAsync(editor, "/admin/import");
        var text = await File.ReadAllTextAsync(RepositoryPaths.Fixture("summer-no-style.txt"));
        Assert.Equal(HttpStatusCode.Redirect,
            (await EditorSession.PostFormAsync(editor, "/admin/import?handler=Confirm", importToken, ("Input.Text", text), ("Input.FileName", "summer-no-style.txt"))).StatusCode);
        Assert.Empty(await DriftAsync());

        // An edit is newer than every article naming the moment: its time leads.
        var edited = await Factory.WithDbAsync(db => db.Moments.OrderBy(m => m.Id).Select(m => m.Id).FirstAsync());
        var (page, editToken) = await EditorSession.GetFormAsync(editor, $"/admin/moments/edit/{edited}");
        Assert.Equal(HttpStatusCode.Redirect, (await EditorSession.PostFormAsync(editor, $"/admin/moments/edit/{edited}", editToken,
            EditorSession.FormFields(page, ("Input.Title", "A moment edited for the feed")))).StatusCode);
        Assert.Empty(await DriftAsync());
        Assert.True(await Factory.WithDbAsync(db => db.Moments.Where(m => m.Id == edited).Select(m => m.EditedAt == m.FeedUpdatedAt).SingleAsync()));

        // The newest import (from the page) taken back: the moments it named fall back to their older articles.
        var (undoneImport, _) = await UndoMergeAndImportTests.PressUndoAsync(editor, "/admin/changes", "Undo the whole import");
        Assert.StartsWith("Undid the import", undoneImport, StringComparison.Ordinal);
        Assert.Empty(await DriftAsync());

        // The newest article deleted: the moments it named keep the time of the next newest naming them, or their own.
        var article = await Factory.WithDbAsync(db => db.Articles.OrderByDescending(a => a.ImportedAt).ThenByDescending(a => a.Id).Select(a => a.Id).FirstAsync());
        var (_, articlesToken) = await EditorSession.GetFormAsync(editor, "/admin/articles");
        Assert.Equal(HttpStatusCode.Redirect, (await EditorSession.PostFormAsync(editor, $"/admin/articles?handler=Delete&id={article}", articlesToken)).StatusCode);
        Assert.Empty(await DriftAsync());

        // An article's import time moved later (as a save would write it): the moments it names follow.
        await Factory.WithDbAsync(async db =>
        {
            var oldest = await db.Articles.OrderBy(a => a.ImportedAt).ThenBy(a => a.Id).FirstAsync();
            oldest.ImportedAt = DateTime.UtcNow.AddDays(1);
            return await db.SaveChangesAsync();
        });
        Assert.Empty(await DriftAsync());

        // A moment deleted, and the deletion undone: the moment comes back with its sources and a time of its own.
        var moment = await Factory.WithDbAsync(db => db.Moments.Where(m => m.Sources.Any()).OrderBy(m => m.Id).Select(m => m.Id).FirstAsync());
        var (_, deleteToken) = await EditorSession.GetFormAsync(editor, $"/admin/moments/delete/{moment}");
        Assert.Equal(HttpStatusCode.Redirect, (await EditorSession.PostFormAsync(editor, $"/admin/moments/delete/{moment}", deleteToken)).StatusCode);
        Assert.Empty(await DriftAsync());
        var deletion = await Factory.WithDbAsync(db => db.Revisions.Where(r => r.Action == "delete").OrderByDescending(r => r.Id).Select(r => r.Id).FirstAsync());
        var (_, undoToken) = await EditorSession.GetFormAsync(editor, "/admin/changes");
        Assert.Equal(HttpStatusCode.Redirect, (await EditorSession.PostFormAsync(editor, "/admin/changes?handler=Undo", undoToken,
            ("revision", deletion.ToString(CultureInfo.InvariantCulture)))).StatusCode);
        Assert.Empty(await DriftAsync());
    }
}
