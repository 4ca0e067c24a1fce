using System.Net;
using AngleSharp.Html.Parser;
using KdramaMoments.Tests.Accounts;
using KdramaMoments.Web.Editing;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Tests.Pages.Admin;

/// <summary>Editing moments through the real forms: validation, saving, revisions, undo, conflicts.</summary>
public sealed class MomentEditingTests : FreshSiteTests
{
    private const string RunOn = "you-taught-me-everything-you-just-didnt-teach-me-how-to-break-up";

    private Task<int> IdOfAsync(string slug) => Factory.WithDbAsync(db => db.Moments.Where(m => m.Slug == slug).Select(m => m.Id).SingleAsync());

    [Fact]
    public async Task Edit_SavesShowsOnThePublicPageFollowsSearchAndRecordsARevision()
    {
        var client = await EditorSession.NewEditorClientAsync(Factory);
        var id = await IdOfAsync(RunOn);
        Assert.Contains("You taught me everything", (await Factory.CreateClient().GetDocumentAsync($"/moments/{RunOn}")).QuerySelector("h1")!.TextContent, StringComparison.Ordinal);

        var (page, token) = await EditorSession.GetFormAsync(client, $"/admin/moments/edit/{id}");
        var response = await EditorSession.PostFormAsync(client, $"/admin/moments/edit/{id}", token, EditorSession.FormFields(page,
            ("Input.Title", "The marathon goodbye"),
            ("Input.Description", "She **runs** the last mile alone."),
            ("Input.Quotes", "Run with me once more.\nYou taught me everything.")));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var publicPage = await Factory.CreateClient().GetDocumentAsync($"/moments/{RunOn}");
        Assert.Equal("The marathon goodbye", publicPage.QuerySelector("h1")!.TextContent);
        Assert.Equal("runs", publicPage.QuerySelector(".prose strong")!.TextContent);
        Assert.Equal(["Run with me once more.", "You taught me everything."], publicPage.Texts("blockquote.quote"));
        var search = await Factory.CreateClient().GetStringAsync("/api/search?q=marathon+goodbye");
        Assert.Contains(RunOn, search, StringComparison.Ordinal);

        var revision = await Factory.WithDbAsync(db => db.Revisions.OrderBy(r => r.Id).LastAsync());
        Assert.Equal(("editor@example.com", "moment", id, "edit"), (revision.Author, revision.EntityType, revision.EntityId, revision.Action));
        Assert.Contains("break up", RevisionLog.Read<MomentSnapshot>(revision.Before)!.Title, StringComparison.Ordinal);
        Assert.Equal("The marathon goodbye", RevisionLog.Read<MomentSnapshot>(revision.After)!.Title);
    }

    [Fact]
    public async Task Edit_AfterASearchShowedTheMoment_TheSameSearchShowsTheNewTitle()
    {
        // Search results' facts are kept per catalogue version: a save must forget the ones a reader already saw.
        var client = await EditorSession.NewEditorClientAsync(Factory);
        var id = await IdOfAsync(RunOn);
        var before = await Factory.CreateClient().GetStringAsync("/api/search?q=taught");
        Assert.Contains(RunOn, before, StringComparison.Ordinal);
        Assert.DoesNotContain("The marathon goodbye", before, StringComparison.Ordinal);

        var (page, token) = await EditorSession.GetFormAsync(client, $"/admin/moments/edit/{id}");
        var response = await EditorSession.PostFormAsync(client, $"/admin/moments/edit/{id}", token, EditorSession.FormFields(page,
            ("Input.Title", "The marathon goodbye")));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var after = await Factory.CreateClient().GetStringAsync("/api/search?q=taught");
        Assert.Contains("The marathon goodbye", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edit_BadInput_ShowsMessagesBesideTheFieldsAndSavesNothing()
    {
        var client = await EditorSession.NewEditorClientAsync(Factory);
        var id = await IdOfAsync(RunOn);
        var (page, token) = await EditorSession.GetFormAsync(client, $"/admin/moments/edit/{id}");
        var response = await EditorSession.PostFormAsync(client, $"/admin/moments/edit/{id}", token, EditorSession.FormFields(page,
            ("Input.Title", ""), ("Input.DramaSlug", "no-such-drama"), ("Input.Episode", "0")));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal("Give the moment a title.", result.QuerySelector("#title-error")!.TextContent);
        Assert.StartsWith("No drama has this address", result.QuerySelector("#drama-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("An episode is a number from 1 to 1000.", result.QuerySelector("#episode-error")!.TextContent);
        Assert.Equal("no-such-drama", result.QuerySelector("#Input_DramaSlug")!.GetAttribute("value")); // what was typed is kept
        Assert.Equal(0, await Factory.WithDbAsync(db => db.Revisions.CountAsync(r => r.Author == "editor@example.com")));
    }

    [Fact]
    public async Task ANewMoment_DoesNotTakeAnAddressThatRedirects()
    {
        // "/moments/kim-shin-shares-an-umbrella" once named a moment since merged into another.
        var target = await Factory.WithDbAsync(async db =>
        {
            var survivor = await db.Moments.Where(m => m.Drama.Slug == "goblin").OrderBy(m => m.Id).FirstAsync();
            db.SlugRedirects.Add(new KdramaMoments.Web.Domain.SlugRedirect { EntityType = "moment", OldSlug = "kim-shin-shares-an-umbrella", TargetId = survivor.Id });
            await db.SaveChangesAsync();
            return survivor.Slug;
        });
        var client = await EditorSession.NewEditorClientAsync(Factory);
        var (_, token) = await EditorSession.GetFormAsync(client, "/admin/moments/edit");
        var created = await EditorSession.PostFormAsync(client, "/admin/moments/edit", token,
            ("Input.Title", "Kim Shin shares an umbrella"), ("Input.DramaSlug", "goblin"), ("Input.Version", "0"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = int.Parse(created.Headers.Location!.OriginalString.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal("kim-shin-shares-an-umbrella-2", await Factory.WithDbAsync(db => db.Moments.Where(m => m.Id == id).Select(m => m.Slug).SingleAsync()));
        var anonymous = Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal($"/moments/{target}", (await anonymous.GetAsync("/moments/kim-shin-shares-an-umbrella")).Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task CreateDeleteAndUndoTheDelete()
    {
        var client = await EditorSession.NewEditorClientAsync(Factory);
        var (page, token) = await EditorSession.GetFormAsync(client, "/admin/moments/edit");
        var created = await EditorSession.PostFormAsync(client, "/admin/moments/edit", token,
            ("Input.Title", "Kim Shin shares an umbrella"), ("Input.DramaSlug", "goblin"), ("Input.Episode", "4"),
            ("Input.Description", "In the rain."), ("Input.Quotes", "Stay dry."), ("Input.Tags", "rain"), ("Input.Version", "0"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = int.Parse(created.Headers.Location!.OriginalString.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(4, (await Factory.CreateClient().GetDocumentAsync("/dramas/goblin")).QuerySelectorAll(".moment-list > li").Length);

        var (_, deleteToken) = await EditorSession.GetFormAsync(client, $"/admin/moments/delete/{id}");
        Assert.Equal(HttpStatusCode.Redirect, (await EditorSession.PostFormAsync(client, $"/admin/moments/delete/{id}", deleteToken)).StatusCode);
        await Factory.CreateClient().GetDocumentAsync("/moments/kim-shin-shares-an-umbrella", HttpStatusCode.NotFound);

        var deletion = await Factory.WithDbAsync(db => db.Revisions.SingleAsync(r => r.Action == "delete"));
        var (_, undoToken) = await EditorSession.GetFormAsync(client, "/admin/changes");
        var undone = await EditorSession.PostFormAsync(client, "/admin/changes?handler=Undo", undoToken, ("revision", deletion.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(HttpStatusCode.Redirect, undone.StatusCode);
        var back = await Factory.CreateClient().GetDocumentAsync("/moments/kim-shin-shares-an-umbrella");
        Assert.Equal(["Stay dry."], back.Texts("blockquote.quote"));
        Assert.Contains("Undid change", (await client.GetDocumentAsync("/admin/changes")).QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UndoAnEdit_RestoresTheBeforeStateButRefusesOverALaterEdit()
    {
        var client = await EditorSession.NewEditorClientAsync(Factory);
        var id = await IdOfAsync(RunOn);
        async Task EditTitle(string title)
        {
            var (page, token) = await EditorSession.GetFormAsync(client, $"/admin/moments/edit/{id}");
            Assert.Equal(HttpStatusCode.Redirect, (await EditorSession.PostFormAsync(client, $"/admin/moments/edit/{id}", token, EditorSession.FormFields(page, ("Input.Title", title)))).StatusCode);
        }
        async Task<string> UndoAsync(int revision)
        {
            var (_, token) = await EditorSession.GetFormAsync(client, $"/admin/history/moment/{id}");
            await EditorSession.PostFormAsync(client, $"/admin/history/moment/{id}?handler=Undo", token,
                ("revision", revision.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("type", "moment"), ("id", id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            return (await client.GetDocumentAsync($"/admin/history/moment/{id}")).QuerySelector("[role=status]")!.TextContent;
        }
        var original = (await Factory.CreateClient().GetDocumentAsync($"/moments/{RunOn}")).QuerySelector("h1")!.TextContent;
        await EditTitle("First edit");
        await EditTitle("Second edit");
        var revisions = await Factory.WithDbAsync(db => db.Revisions.Where(r => r.EntityId == id && r.EntityType == "moment" && r.Author == "editor@example.com").OrderBy(r => r.Id).Select(r => r.Id).ToListAsync());

        var refused = await UndoAsync(revisions[0]);
        Assert.Contains("changed again after this", refused, StringComparison.Ordinal);
        Assert.Equal("Second edit", (await Factory.CreateClient().GetDocumentAsync($"/moments/{RunOn}")).QuerySelector("h1")!.TextContent);

        Assert.StartsWith("Undid change", await UndoAsync(revisions[1]), StringComparison.Ordinal);
        Assert.StartsWith("Undid change", await UndoAsync(revisions[0]), StringComparison.Ordinal);
        Assert.Equal(original, (await Factory.CreateClient().GetDocumentAsync($"/moments/{RunOn}")).QuerySelector("h1")!.TextContent);
        // The import's creation, two edits and two undos.
        Assert.Equal(5, (await client.GetDocumentAsync($"/admin/history/moment/{id}")).QuerySelectorAll("section.change").Length);
    }

    [Fact]
    public async Task StaleForm_GetsAConflictPageWithBothVersionsAndLosesNothing()
    {
        await EditorSession.CreateEditorAsync(Factory, "first@example.com");
        await EditorSession.CreateEditorAsync(Factory, "second@example.com");
        var first = await EditorSession.SignedInClientAsync(Factory, "first@example.com");
        var second = await EditorSession.SignedInClientAsync(Factory, "second@example.com");
        var id = await IdOfAsync(RunOn);
        var (firstPage, firstToken) = await EditorSession.GetFormAsync(first, $"/admin/moments/edit/{id}");
        var (secondPage, secondToken) = await EditorSession.GetFormAsync(second, $"/admin/moments/edit/{id}");

        Assert.Equal(HttpStatusCode.Redirect, (await EditorSession.PostFormAsync(first, $"/admin/moments/edit/{id}", firstToken,
            EditorSession.FormFields(firstPage, ("Input.Description", "The first editor's careful description.")))).StatusCode);
        var conflict = await EditorSession.PostFormAsync(second, $"/admin/moments/edit/{id}", secondToken,
            EditorSession.FormFields(secondPage, ("Input.Description", "The second editor's different description.")));

        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        var page = new HtmlParser().ParseDocument(await conflict.Content.ReadAsStringAsync());
        Assert.Contains("The first editor's careful description.", page.QuerySelector(".conflict")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("The second editor's different description.", page.QuerySelector(".conflict")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("The second editor's different description.", page.QuerySelector("#Input_Description")!.TextContent.Trim());
        Assert.Equal("The first editor's careful description.", await Factory.WithDbAsync(db => db.Moments.Where(m => m.Id == id).Select(m => m.Description).SingleAsync()));

        // Saving again from the conflict page is a knowing choice, and it goes through.
        var token = page.QuerySelector("main form[method=post] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        Assert.Equal(HttpStatusCode.Redirect, (await EditorSession.PostFormAsync(second, $"/admin/moments/edit/{id}", token, EditorSession.FormFields(page))).StatusCode);
        Assert.Equal("The second editor's different description.", await Factory.WithDbAsync(db => db.Moments.Where(m => m.Id == id).Select(m => m.Description).SingleAsync()));
        Assert.Equal(2, await Factory.WithDbAsync(db => db.Revisions.CountAsync(r => r.EntityId == id && r.Action == "edit")));
    }

    [Fact]
    public async Task Preview_RendersSanitisedMarkdownWithoutSaving()
    {
        var client = await EditorSession.NewEditorClientAsync(Factory);
        var id = await IdOfAsync(RunOn);
        var (page, token) = await EditorSession.GetFormAsync(client, $"/admin/moments/edit/{id}");
        var response = await EditorSession.PostFormAsync(client, $"/admin/moments/edit/{id}?handler=Preview", token,
            EditorSession.FormFields(page, ("Input.Description", "*Fine* <script>alert(1)</script> [x](javascript:alert(1))")));
        var result = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        var preview = result.QuerySelector(".preview .prose")!;
        Assert.Equal("Fine", preview.QuerySelector("em")!.TextContent);
        Assert.Empty(preview.QuerySelectorAll("script"));
        Assert.DoesNotContain(preview.QuerySelectorAll("a[href]"), a => a.GetAttribute("href")!.Contains("javascript", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(0, await Factory.WithDbAsync(db => db.Revisions.CountAsync(r => r.Author == "editor@example.com")));
    }
}
