using System.Globalization;
using System.Net;
using KdramaMoments.Tests.Accounts;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Tests.Pages.Lists;

/// <summary>Editors' curated lists, from the editors' form to the reader's page, over HTTP on a seeded database.</summary>
public sealed class CuratedListTests : FreshSiteTests
{
    private sealed record MomentRef(int Id, string Slug, string Title);

    /// <summary>Two moments whose titles no other moment shares (a title is one way the form finds a moment).</summary>
    private Task<List<MomentRef>> TwoMomentsAsync() => Factory.WithDbAsync(db => db.Moments.OrderBy(m => m.Id)
        .Where(m => db.Moments.Count(o => o.Title == m.Title) == 1)
        .Select(m => new MomentRef(m.Id, m.Slug, m.Title)).Take(2).ToListAsync());

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Creates a list through the form and adds the moments one save at a time; the list's edit address.</summary>
    private static async Task<string> CreateAsync(HttpClient editor, string title, string? slug, bool published, params (string Moment, string Note)[] moments)
    {
        var (_, token) = await EditorSession.GetFormAsync(editor, "/admin/lists/edit");
        var created = await EditorSession.PostFormAsync(editor, "/admin/lists/edit", token,
            ("Input.Title", title), ("Input.Slug", slug ?? ""), ("Input.Intro", "Chosen *with care*."), ("Input.Published", published ? "true" : "false"), ("Input.Version", "0"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var edit = created.Headers.Location!.OriginalString;
        foreach (var (moment, note) in moments)
        {
            var (page, formToken) = await EditorSession.GetFormAsync(editor, edit);
            var added = await EditorSession.PostFormAsync(editor, edit, formToken, EditorSession.FormFields(page, ("Input.AddMoment", moment), ("Input.AddNote", note)));
            Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        }
        return edit;
    }

    [Fact]
    public async Task CreateAddReorder_PublicPageShowsTheMomentsInOrderWithSanitisedNotes()
    {
        var editor = await EditorSession.NewEditorClientAsync(Factory, "curator@example.com");
        var moments = await TwoMomentsAsync();
        // The first is found by its exact title (typed), the second by its address (what the picker fills in).
        var edit = await CreateAsync(editor, "Rainy-day moments", null, published: true,
            (moments[0].Title, "**Still** the best. <script>alert('x')</script>"),
            (moments[1].Slug, ":::spoiler\nShe remembers him.\n:::"));

        // Reorder: the second moment first.
        var (page, token) = await EditorSession.GetFormAsync(editor, edit);
        var reordered = await EditorSession.PostFormAsync(editor, edit, token, EditorSession.FormFields(page, ("Input.Entries[0].Position", "2"), ("Input.Entries[1].Position", "1")));
        Assert.Equal(HttpStatusCode.Redirect, reordered.StatusCode);

        var anonymous = Factory.CreateClient();
        var list = await anonymous.GetDocumentAsync("/lists/rainy-day-moments");
        Assert.Equal("Rainy-day moments", list.QuerySelector("h1")!.TextContent);
        Assert.Equal([moments[1].Title, moments[0].Title], list.QuerySelectorAll(".curated-list > li.card > a:first-child").Select(a => a.TextContent).ToList());
        var notes = list.QuerySelectorAll(".curated-list > li.card .card-note");
        Assert.Equal(2, notes.Length);
        Assert.Equal("Spoiler: reveal", notes[0].QuerySelector("details.spoiler > summary")?.TextContent);
        Assert.Equal("Still", notes[1].QuerySelector("strong")?.TextContent);
        Assert.Empty(list.QuerySelectorAll("main script"));
        // Typed tags are text, never markup.
        Assert.DoesNotContain("<script", list.QuerySelector("main")!.InnerHtml, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<script>alert('x')</script>", notes[1].TextContent, StringComparison.Ordinal);
        Assert.Equal("with care", list.QuerySelector("main .prose em")?.TextContent);
        // The spoiler gate reads every card's drama and episode, as on other lists.
        Assert.All(list.QuerySelectorAll(".curated-list > li.card"), card => Assert.True(card.HasAttribute("data-drama")));
        Assert.Contains("/share/moments/" + moments[1].Slug + ".png", list.QuerySelector("meta[property='og:image']")?.GetAttribute("content"), StringComparison.Ordinal);

        var index = await anonymous.GetDocumentAsync("/lists");
        Assert.Contains("Rainy-day moments", index.Texts("main .card-list a"));
        Assert.Contains("/lists", (await anonymous.GetDocumentAsync("/")).QuerySelectorAll("footer a").Select(a => a.GetAttribute("href")));
        var feed = await anonymous.GetStringAsync("/lists/rainy-day-moments/feed.atom");
        Assert.Contains(moments[0].Title.Replace("'", "&apos;", StringComparison.Ordinal).Split(' ')[0], feed, StringComparison.Ordinal);
        // Named in the sitemap with the time of its last edit.
        var sitemap = System.Xml.Linq.XDocument.Parse(await anonymous.GetStringAsync("/sitemap.xml"));
        var listed = sitemap.Descendants().Single(e => e.Name.LocalName == "loc" && e.Value.EndsWith("/lists/rainy-day-moments", StringComparison.Ordinal)).Parent!;
        var edited = await Factory.WithDbAsync(db => db.CuratedLists.Where(l => l.Slug == "rainy-day-moments").Select(l => l.EditedAt ?? l.CreatedAt).SingleAsync());
        Assert.Equal(edited.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture), listed.Elements().Single(e => e.Name.LocalName == "lastmod").Value);
        // The reader-built list keeps its address beside the editors' lists.
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/lists/shared?ids=" + Text(moments[0].Id))).StatusCode);

        // The export keeps schema 1 and adds the published lists, moments by id in the editor's order.
        using var export = System.Text.Json.JsonDocument.Parse(await anonymous.GetStringAsync("/export.json"));
        Assert.Equal(1, export.RootElement.GetProperty("schemaVersion").GetInt32());
        var exported = export.RootElement.GetProperty("lists").EnumerateArray().Single();
        Assert.Equal("rainy-day-moments", exported.GetProperty("slug").GetString());
        Assert.Equal([moments[1].Id, moments[0].Id], exported.GetProperty("moments").EnumerateArray().Select(m => m.GetProperty("momentId").GetInt32()).ToList());
        Assert.Contains("/lists/{slug}", (await anonymous.GetDocumentAsync("/developers")).Body!.TextContent, StringComparison.Ordinal);

        // Every save is a revision of the list by the editor: create, two additions, the reorder.
        var revisions = await Factory.WithDbAsync(db => db.Revisions.Where(r => r.EntityType == "list").Select(r => new { r.Author, r.Action }).ToListAsync());
        Assert.Equal(4, revisions.Count);
        Assert.All(revisions, r => Assert.Equal("curator@example.com", r.Author));
    }

    [Fact]
    public async Task AdminListPages_AnonymousGoesToSignIn_AndAPostWithoutTokenIsRefused()
    {
        var anonymous = EditorSession.NewClient(Factory);
        foreach (var address in new[] { "/admin/lists", "/admin/lists/edit" })
        {
            var response = await anonymous.GetAsync(address);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/account/sign-in", response.Headers.Location!.OriginalString, StringComparison.OrdinalIgnoreCase);
        }
        var editor = await EditorSession.NewEditorClientAsync(Factory);
        using var form = new FormUrlEncodedContent([new("Input.Title", "Forged"), new("Input.Version", "0")]);
        Assert.Equal(HttpStatusCode.BadRequest, (await editor.PostAsync("/admin/lists/edit", form)).StatusCode);
        Assert.Equal(0, await Factory.WithDbAsync(db => db.CuratedLists.CountAsync()));
    }

    [Fact]
    public async Task SlugTakenByAnotherList_OrAnotherPage_IsRefusedBesideTheField_AndNothingIsSaved()
    {
        var editor = await EditorSession.NewEditorClientAsync(Factory);
        await CreateAsync(editor, "Best confessions", "best-moments", published: true);
        var (_, token) = await EditorSession.GetFormAsync(editor, "/admin/lists/edit");

        var clash = await EditorSession.PostFormAsync(editor, "/admin/lists/edit", token, ("Input.Title", "Other confessions"), ("Input.Slug", "Best Moments"), ("Input.Version", "0"));
        Assert.Equal(HttpStatusCode.OK, clash.StatusCode);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await clash.Content.ReadAsStringAsync());
        Assert.Equal("The address /lists/best-moments is the list “Best confessions”. Choose another.", page.QuerySelector("#slug-error")!.TextContent);
        Assert.Equal("Other confessions", page.QuerySelector("#Input_Title")!.GetAttribute("value"));

        var reserved = await EditorSession.PostFormAsync(editor, "/admin/lists/edit", token, ("Input.Title", "Shared"), ("Input.Version", "0"));
        Assert.Contains("/lists/shared is another page of the site", await reserved.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await Factory.WithDbAsync(db => db.CuratedLists.CountAsync()));

        // Without a typed address, a title like another list's gets an address of its own.
        await CreateAsync(editor, "Best confessions", null, published: true);
        await CreateAsync(editor, "Best confessions", null, published: true);
        Assert.Equal(["best-confessions", "best-confessions-2", "best-moments"], await Factory.WithDbAsync(db => db.CuratedLists.OrderBy(l => l.Slug).Select(l => l.Slug).ToListAsync()));
    }

    [Fact]
    public async Task MomentDeletedFromTheCatalogue_LeavesTheList_WhichStillAnswers()
    {
        var editor = await EditorSession.NewEditorClientAsync(Factory);
        var moments = await TwoMomentsAsync();
        var edit = await CreateAsync(editor, "Leaving moments", null, published: true, (moments[0].Slug, "Gone soon."), (moments[1].Slug, "Stays."));
        var (_, token) = await EditorSession.GetFormAsync(editor, $"/admin/moments/delete/{moments[0].Id}");
        Assert.Equal(HttpStatusCode.Redirect, (await EditorSession.PostFormAsync(editor, $"/admin/moments/delete/{moments[0].Id}", token)).StatusCode);

        var list = await Factory.CreateClient().GetDocumentAsync("/lists/leaving-moments");
        Assert.Equal([moments[1].Title], list.QuerySelectorAll(".curated-list > li.card > a:first-child").Select(a => a.TextContent).ToList());
        var (page, _) = await EditorSession.GetFormAsync(editor, edit);
        Assert.Single(page.QuerySelectorAll(".list-row"));
    }

    [Fact]
    public async Task Unpublished_IsHiddenFromReaders_RenamedAddressRedirects_DeleteIsUndone_StaleFormConflicts()
    {
        var editor = await EditorSession.NewEditorClientAsync(Factory);
        var moments = await TwoMomentsAsync();
        var edit = await CreateAsync(editor, "Drafts", null, published: false, (moments[0].Slug, ""));
        var anonymous = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/lists/drafts")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/lists/drafts")).StatusCode);

        var (page, token) = await EditorSession.GetFormAsync(editor, edit);
        Assert.Equal(HttpStatusCode.Redirect, (await EditorSession.PostFormAsync(editor, edit, token, EditorSession.FormFields(page, ("Input.Slug", "finished"), ("Input.Published", "true")))).StatusCode);
        Assert.Equal("/lists/finished", (await anonymous.GetAsync("/lists/drafts")).Headers.Location?.OriginalString);
        // The form read before that save is stale: 409, both versions shown, nothing overwritten.
        var stale = await EditorSession.PostFormAsync(editor, edit, token, EditorSession.FormFields(page, ("Input.Title", "Late title")));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("Drafts", await Factory.WithDbAsync(db => db.CuratedLists.Select(l => l.Title).SingleAsync()));

        var id = edit.Split('/')[^1];
        var (_, deleteToken) = await EditorSession.GetFormAsync(editor, $"/admin/lists/delete/{id}");
        Assert.Equal(HttpStatusCode.Redirect, (await EditorSession.PostFormAsync(editor, $"/admin/lists/delete/{id}", deleteToken)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/lists/finished")).StatusCode);
        var deletion = await Factory.WithDbAsync(db => db.Revisions.SingleAsync(r => r.EntityType == "list" && r.Action == "delete"));
        var (_, undoToken) = await EditorSession.GetFormAsync(editor, "/admin/changes");
        Assert.Equal(HttpStatusCode.Redirect, (await EditorSession.PostFormAsync(editor, "/admin/changes?handler=Undo", undoToken, ("revision", Text(deletion.Id)))).StatusCode);
        var back = await Factory.CreateClient().GetDocumentAsync("/lists/finished");
        Assert.Equal([moments[0].Title], back.QuerySelectorAll(".curated-list > li.card > a:first-child").Select(a => a.TextContent).ToList());
    }

    [Fact]
    public async Task MomentMergedIntoAnother_TheListNamesTheSurvivorWithTheNote_AndUndoingTheMergePutsItBack()
    {
        var editor = await EditorSession.NewEditorClientAsync(Factory);
        var (loser, survivor) = await Factory.WithDbAsync(async db =>
        {
            var pair = await db.Moments.GroupBy(m => m.DramaId).Where(g => g.Count() >= 2).Select(g => g.OrderBy(m => m.Id).Take(2).Select(m => new MomentRef(m.Id, m.Slug, m.Title)).ToList()).FirstAsync();
            return (pair[0], pair[1]);
        });
        await CreateAsync(editor, "Merged moments", null, published: true, (loser.Slug, "The scene *itself*."));

        Assert.Equal(HttpStatusCode.Redirect, (await KdramaMoments.Tests.Pages.Admin.MergeTests.MergeAsync(editor, "moment", loser.Slug, survivor.Slug)).StatusCode);
        var list = await Factory.CreateClient().GetDocumentAsync("/lists/merged-moments");
        var card = Assert.Single(list.QuerySelectorAll(".curated-list > li.card"));
        Assert.Equal("/moments/" + survivor.Slug, card.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("itself", card.QuerySelector(".card-note em")?.TextContent);

        var merge = await Factory.WithDbAsync(db => db.Revisions.Where(r => r.Action.StartsWith("merge of")).OrderByDescending(r => r.Id).Select(r => r.Id).FirstAsync());
        var (_, token) = await EditorSession.GetFormAsync(editor, "/admin/changes");
        Assert.Equal(HttpStatusCode.Redirect, (await EditorSession.PostFormAsync(editor, "/admin/changes?handler=Undo", token, ("revision", Text(merge)), ("confirmed", "true"))).StatusCode);
        var back = await Factory.CreateClient().GetDocumentAsync("/lists/merged-moments");
        Assert.Equal("/moments/" + loser.Slug, Assert.Single(back.QuerySelectorAll(".curated-list > li.card")).QuerySelector("a")!.GetAttribute("href"));
    }
}
