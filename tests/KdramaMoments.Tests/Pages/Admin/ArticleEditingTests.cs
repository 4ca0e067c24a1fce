using System.Net;
using AngleSharp.Html.Parser;
using KdramaMoments.Tests.Accounts;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Tests.Pages.Admin;

public sealed class ArticleEditingTests : FreshSiteTests
{
    [Fact]
    public async Task RenameUndoAndDelete_KeepTheMoments()
    {
        var client = await EditorSession.NewEditorClientAsync(Factory);
        var (id, moments) = await Factory.WithDbAsync(async db => (
            await db.Articles.Where(a => a.Slug == "004-60a6fb003aff7832").Select(a => a.Id).SingleAsync(), await db.Moments.CountAsync()));
        var (_, token) = await EditorSession.GetFormAsync(client, "/admin/articles");
        var idText = id.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var version = (await Factory.WithDbAsync(db => db.Articles.Where(a => a.Id == id).Select(a => a.Version).SingleAsync())).ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(HttpStatusCode.Redirect, (await EditorSession.PostFormAsync(client, "/admin/articles?handler=Rename", token, ("Input.Id", idText), ("Input.Version", version), ("Input.Title", "Ten Goodbyes, Ranked"))).StatusCode);
        var conflict = await EditorSession.PostFormAsync(client, "/admin/articles?handler=Rename", token, ("Input.Id", idText), ("Input.Version", version), ("Input.Title", "A stale title"));
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        var both = new HtmlParser().ParseDocument(await conflict.Content.ReadAsStringAsync()).QuerySelector(".conflict")!.TextContent;
        Assert.Contains("Title: Ten Goodbyes, Ranked", both, StringComparison.Ordinal);
        Assert.Contains("Title: A stale title", both, StringComparison.Ordinal);
        Assert.Equal("Ten Goodbyes, Ranked", (await Factory.CreateClient().GetDocumentAsync("/articles/004-60a6fb003aff7832")).QuerySelector("h1")!.TextContent);
        var empty = await EditorSession.PostFormAsync(client, "/admin/articles?handler=Rename", token, ("Input.Id", idText), ("Input.Version", version), ("Input.Title", " "));
        Assert.Contains("An article needs a title.", await empty.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var rename = await Factory.WithDbAsync(db => db.Revisions.Where(r => r.EntityType == "article" && r.Action == "edit").Select(r => r.Id).SingleAsync());
        await EditorSession.PostFormAsync(client, "/admin/changes?handler=Undo", token, ("revision", rename.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.NotEqual("Ten Goodbyes, Ranked", (await Factory.CreateClient().GetDocumentAsync("/articles/004-60a6fb003aff7832")).QuerySelector("h1")!.TextContent);

        Assert.Equal(HttpStatusCode.Redirect, (await EditorSession.PostFormAsync(client, $"/admin/articles?handler=Delete&id={idText}", token)).StatusCode);
        await Factory.CreateClient().GetDocumentAsync("/articles/004-60a6fb003aff7832", HttpStatusCode.NotFound);
        Assert.Equal(moments, await Factory.WithDbAsync(db => db.Moments.CountAsync()));
        Assert.Equal(4, (await Factory.CreateClient().GetDocumentAsync("/articles")).QuerySelectorAll(".card-list > li").Length);
    }
}
