using System.Globalization;
using System.Net;
using KdramaMoments.Tests.Accounts;
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
        var errors = new StringWriter();
        Assert.True(await CommandLine.RunAsync(["import", RepositoryPaths.Fixture("second-looks.txt"), "--db", databasePath], new StringWriter(), errors) == 0, errors.ToString());
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
}
