using System.Net;
using AngleSharp.Html.Parser;
using KdramaMoments.Tests.Accounts;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Tests.Pages.Admin;

public sealed class TagEditingTests : FreshSiteTests
{
    [Fact]
    public async Task RenameAddDeleteAndUndo()
    {
        var client = await EditorSession.NewEditorClientAsync(Factory);
        var kissId = await Factory.WithDbAsync(db => db.Tags.Where(t => t.Slug == "kiss").Select(t => t.Id).SingleAsync());
        var (_, token) = await EditorSession.GetFormAsync(client, "/admin/tags");

        var version = await Factory.WithDbAsync(db => db.Tags.Where(t => t.Id == kissId).Select(t => t.Version).SingleAsync());
        var id = kissId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var stale = (version - 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(HttpStatusCode.Redirect, (await EditorSession.PostFormAsync(client, "/admin/tags?handler=Save", token, ("Input.Id", id), ("Input.Version", version.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("Input.Name", "First kiss"))).StatusCode);
        // A form read before that rename saves nothing and gets the conflict answer: both names.
        var conflict = await EditorSession.PostFormAsync(client, "/admin/tags?handler=Save", token, ("Input.Id", id), ("Input.Version", stale), ("Input.Name", "Kissing"));
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        var both = new HtmlParser().ParseDocument(await conflict.Content.ReadAsStringAsync()).QuerySelector(".conflict")!.TextContent;
        Assert.Contains("Name: first kiss", both, StringComparison.Ordinal);
        Assert.Contains("Name: kissing", both, StringComparison.Ordinal);
        Assert.Equal("first kiss", await Factory.WithDbAsync(db => db.Tags.Where(t => t.Id == kissId).Select(t => t.Name).SingleAsync()));
        var anonymous = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal("/tags/first-kiss", (await anonymous.GetAsync("/tags/kiss")).Headers.Location?.OriginalString);
        Assert.Equal(5, (await Factory.CreateClient().GetDocumentAsync("/tags/first-kiss")).QuerySelectorAll(".moment-cards > li").Length);

        var duplicate = await EditorSession.PostFormAsync(client, "/admin/tags?handler=Save", token, ("Input.Name", "Rescue"));
        Assert.Equal(HttpStatusCode.OK, duplicate.StatusCode);
        Assert.Contains("There is already a trope called “rescue”", await duplicate.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await EditorSession.PostFormAsync(client, "/admin/tags?handler=Save", token, ("Input.Name", "Piggyback ride"))).StatusCode);
        var newId = await Factory.WithDbAsync(db => db.Tags.Where(t => t.Slug == "piggyback-ride").Select(t => t.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await EditorSession.PostFormAsync(client, $"/admin/tags?handler=Delete&id={newId}", token)).StatusCode);
        Assert.False(await Factory.WithDbAsync(db => db.Tags.AnyAsync(t => t.Id == newId)));

        // A trope on moments is not deleted.
        await EditorSession.PostFormAsync(client, $"/admin/tags?handler=Delete&id={kissId}", token);
        Assert.True(await Factory.WithDbAsync(db => db.Tags.AnyAsync(t => t.Id == kissId)));

        var rename = await Factory.WithDbAsync(db => db.Revisions.Where(r => r.EntityType == "tag" && r.EntityId == kissId && r.Action == "edit").Select(r => r.Id).SingleAsync());
        await EditorSession.PostFormAsync(client, "/admin/changes?handler=Undo", token, ("revision", rename.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal("kiss", await Factory.WithDbAsync(db => db.Tags.Where(t => t.Id == kissId).Select(t => t.Slug).SingleAsync()));
    }
}
