using System.Net;
using System.Text.Json;
using KdramaMoments.Tests.Accounts;
using KdramaMoments.Web.Domain;
using KdramaMoments.Web.Exporting;
using KdramaMoments.Web.Importing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KdramaMoments.Tests.Pages.Admin;

/// <summary>A merge or an import is undone as a whole from the history pages: the catalogue comes back exactly as it was.</summary>
public sealed class UndoMergeAndImportTests : FreshSiteTests
{
    // Where the last undo's answer was shown: the list the editor pressed it on.
    private string? landedOn;

    /// <summary>
    /// The whole catalogue as the export contract shows it, plus descriptions, former addresses and creation times. Aliases are
    /// compared as sets: a recreated entity gets its aliases back in name order, not their first insertion order.
    /// </summary>
    private Task<string> CatalogueAsync() => Factory.WithDbAsync(async db =>
    {
        var export = await CatalogExport.BuildAsync(db);
        var normalised = export with
        {
            Dramas = export.Dramas.Select(d => d with { Aliases = d.Aliases.Order(StringComparer.Ordinal).ToList() }).ToList(),
            Actors = export.Actors.Select(a => a with { Aliases = a.Aliases.Order(StringComparer.Ordinal).ToList() }).ToList(),
            Characters = export.Characters.Select(c => c with { Aliases = c.Aliases.Order(StringComparer.Ordinal).ToList() }).ToList(),
        };
        var descriptions = await db.Moments.OrderBy(m => m.Id).Select(m => m.Description).ToListAsync();
        var redirects = await db.SlugRedirects.OrderBy(r => r.EntityType).ThenBy(r => r.OldSlug).Select(r => $"{r.EntityType}:{r.OldSlug}->{r.TargetId}").ToListAsync();
        // A duplicate brought back keeps when it was first added (the feed orders moments by it).
        var created = new
        {
            Dramas = await db.Dramas.OrderBy(d => d.Id).Select(d => d.CreatedAt).ToListAsync(),
            Actors = await db.Actors.OrderBy(a => a.Id).Select(a => a.CreatedAt).ToListAsync(),
            Characters = await db.Characters.OrderBy(c => c.Id).Select(c => c.CreatedAt).ToListAsync(),
            Moments = await db.Moments.OrderBy(m => m.Id).Select(m => m.CreatedAt).ToListAsync(),
        };
        return JsonSerializer.Serialize(new { normalised, descriptions, redirects, created });
    });

    private async Task<string> UndoFromPageAsync(HttpClient client, string page, string button)
    {
        (var message, landedOn) = await PressUndoAsync(client, page, button);
        return message;
    }

    /// <summary>
    /// Presses an undo button on a history page, as an editor would, confirms when the page asks (an undo of
    /// many changes), and returns what the page then says and where it said it.
    /// </summary>
    internal static async Task<(string Message, string LandedOn)> PressUndoAsync(HttpClient client, string page, string button)
    {
        var (document, _) = await EditorSession.GetFormAsync(client, page);
        var response = await PressAsync(client, document.QuerySelectorAll("section.change form").First(f => f.QuerySelector("button")!.TextContent == button));
        if (response.StatusCode == HttpStatusCode.OK)
        {
            var confirmation = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
            Assert.StartsWith("Undo the ", confirmation.QuerySelector("#confirm-undo")!.TextContent, StringComparison.Ordinal);
            response = await PressAsync(client, confirmation.QuerySelector("#confirm-undo ~ form")!);
        }
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var landed = response.Headers.Location!.OriginalString;
        return ((await client.GetDocumentAsync(landed)).QuerySelector("[role=status]")!.TextContent, landed);
    }

    private static Task<HttpResponseMessage> PressAsync(HttpClient client, AngleSharp.Dom.IElement form)
    {
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var fields = form.QuerySelectorAll("input[type=hidden]:not([name=__RequestVerificationToken])").Select(i => (i.GetAttribute("name")!, i.GetAttribute("value")!)).ToArray();
        return EditorSession.PostFormAsync(client, form.GetAttribute("action")!, token, fields);
    }

    [Fact]
    public async Task RecentChanges_ShowEachArticlesImportOnce_WithWhatItDid_AndLinkToEachChange()
    {
        var client = await EditorSession.NewEditorClientAsync(Factory);
        // The fresh site's only changes are the seed import, one batch per article.
        var batches = await Factory.WithDbAsync(db => db.Revisions.GroupBy(r => r.Batch).Select(g => new { Last = g.Max(r => r.Id), Count = g.Count() }).OrderByDescending(b => b.Last).ToListAsync());
        var page = await client.GetDocumentAsync("/admin/changes");
        var entries = page.QuerySelectorAll("section.change");
        Assert.Equal(5, entries.Length);
        Assert.Equal(batches.Select(b => $"#{b.Last} import · {b.Count} changes"), entries.Select(e => e.QuerySelector("h2")!.TextContent));
        var entry = entries[0];
        var summary = entry.QuerySelector(".batch-summary")!.TextContent;
        Assert.Contains("1 article created", summary, StringComparison.Ordinal);
        Assert.Contains("dramas created", summary, StringComparison.Ordinal);
        Assert.NotNull(entry.QuerySelector("form button"));

        var batchPage = entry.QuerySelector("a[href^='/admin/changes?batch=']")!.GetAttribute("href")!;
        var each = await client.GetDocumentAsync(batchPage);
        Assert.Equal("Changes made together", each.QuerySelector("h1")!.TextContent);
        Assert.Equal(Math.Min(30, batches[0].Count), each.QuerySelectorAll("section.change").Length);
        Assert.All(each.QuerySelectorAll("section.change h2"), h => Assert.Contains(" import ", h.TextContent, StringComparison.Ordinal));

        // Undone from the batch's own list, the answer comes back to that list; only that article's import goes.
        var (momentsBefore, lastArticle) = await Factory.WithDbAsync(async db => (await db.Moments.CountAsync(), await db.Articles.OrderByDescending(a => a.Id).Select(a => a.Slug).FirstAsync()));
        Assert.StartsWith("Undid the import:", await UndoFromPageAsync(client, batchPage, "Undo the whole import"), StringComparison.Ordinal);
        Assert.Equal(batchPage, landedOn);
        await Factory.CreateClient().GetDocumentAsync($"/articles/{lastArticle}", HttpStatusCode.NotFound);
        Assert.Equal(4, await Factory.WithDbAsync(db => db.Articles.CountAsync()));
        Assert.InRange(await Factory.WithDbAsync(db => db.Moments.CountAsync()), 1, momentsBefore - 1);
    }

    [Fact]
    public async Task UndoingAnActorMerge_BringsTheDuplicateBackWithItsRolesNamesAndAddress()
    {
        await Factory.WithDbAsync(async db =>
        {
            var duplicate = new Actor { Slug = "hyeon-bin", Name = "Hyeon Bin", NormalizedName = Names.Normalize("Hyeon Bin"), HangulName = "현빈", CreatedAt = DateTime.UtcNow };
            duplicate.Aliases.Add(new ActorAlias { Name = "Kim Tae-pyung", NormalizedName = Names.Normalize("Kim Tae-pyung") });
            var drama = await db.Dramas.SingleAsync(d => d.Slug == "goblin");
            db.Characters.Add(new Character { Slug = "cameo-hyeon-bin", Name = "Cameo", NormalizedName = "cameo", DramaId = drama.Id, Actor = duplicate, CreatedAt = DateTime.UtcNow });
            // An address the duplicate already had: after the merge it leads to the survivor, after undo back to the duplicate.
            await db.SaveChangesAsync();
            db.SlugRedirects.Add(new SlugRedirect { EntityType = "actor", OldSlug = "hyeon-bin-old", TargetId = duplicate.Id });
            return await db.SaveChangesAsync();
        });
        var client = await EditorSession.NewEditorClientAsync(Factory);
        var before = await CatalogueAsync();
        var survivorId = await Factory.WithDbAsync(db => db.Actors.Where(a => a.Slug == "hyun-bin").Select(a => a.Id).SingleAsync());

        Assert.Equal(HttpStatusCode.Redirect, (await MergeTests.MergeAsync(client, "actor", "hyeon-bin", "hyun-bin")).StatusCode);
        Assert.NotEqual(before, await CatalogueAsync());
        var history = await client.GetDocumentAsync($"/admin/history/actor/{survivorId}");
        Assert.Contains("undoing it undoes all of them", history.QuerySelector(".batch-note")!.TextContent, StringComparison.Ordinal);

        var message = await UndoFromPageAsync(client, $"/admin/history/actor/{survivorId}", "Undo the whole merge");
        Assert.StartsWith("Undid the merge of hyeon-bin into hyun-bin", message, StringComparison.Ordinal);
        Assert.Equal(before, await CatalogueAsync());

        var anonymous = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var page = await Factory.CreateClient().GetDocumentAsync("/actors/hyeon-bin");
        Assert.StartsWith("Hyeon Bin", page.QuerySelector("h1")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains(page.QuerySelectorAll("#roles + ul a"), a => a.GetAttribute("href") == "/characters/cameo-hyeon-bin");
        Assert.Equal("/actors/hyeon-bin", (await anonymous.GetAsync("/actors/hyeon-bin-old")).Headers.Location?.OriginalString);
        var search = await anonymous.GetStringAsync("/api/search?q=kim+tae+pyung");
        Assert.Contains("/actors/hyeon-bin", search, StringComparison.Ordinal);
        Assert.DoesNotContain("/actors/hyun-bin", search, StringComparison.Ordinal);

        // The undo is itself recorded, and it is not undone from here: merging again is how to redo it.
        var after = await client.GetDocumentAsync("/admin/changes");
        var latest = after.QuerySelector("section.change")!;
        Assert.Matches(@"^#\d+ undo of the merge of hyeon-bin into hyun-bin · \d+ changes$", latest.QuerySelector("h2")!.TextContent);
        Assert.Null(latest.QuerySelector("form"));
        Assert.Contains("merge on the merge page", latest.TextContent, StringComparison.Ordinal);
        var merge = (await client.GetDocumentAsync($"/admin/history/actor/{survivorId}")).QuerySelectorAll("section.change").Single(c => c.QuerySelector("h2")!.TextContent.Contains("merge of", StringComparison.Ordinal));
        var undoneBy = merge.QuerySelector(".batch-note:last-of-type")!;
        Assert.StartsWith("Undone by #", undoneBy.TextContent, StringComparison.Ordinal);
        // The number is one the linked page shows: the undo batch is listed under it.
        var undoLink = undoneBy.QuerySelector("a")!;
        var shown = await client.GetDocumentAsync(undoLink.GetAttribute("href")!.Split('#')[0]);
        Assert.Contains(shown.QuerySelectorAll("section.change h2"), h2 => h2.TextContent.StartsWith(undoLink.TextContent + " ", StringComparison.Ordinal));
        Assert.Contains(undoLink.TextContent + " undo of the merge", latest.QuerySelector("h2")!.TextContent, StringComparison.Ordinal);
        Assert.Null(merge.QuerySelector("form"));
        // A page left open from before still posts; the answer says what happened instead of trying again.
        var mergeId = await Factory.WithDbAsync(db => db.Revisions.Where(r => r.EntityType == "actor" && r.EntityId == survivorId && r.Action.StartsWith("merge of")).Select(r => r.Id).SingleAsync());
        var (_, token) = await EditorSession.GetFormAsync(client, "/admin/changes");
        var again = await EditorSession.PostFormAsync(client, "/admin/changes?handler=Undo", token, ("revision", mergeId.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("confirmed", "true"));
        Assert.Matches(@"^Change #\d+ was already undone by #\d+\.$", (await client.GetDocumentAsync(again.Headers.Location!.OriginalString)).QuerySelector("[role=status]")!.TextContent);
    }

    [Fact]
    public async Task UndoingADramaMerge_MovesMomentsAndRolesBackAndFreesTheAddress()
    {
        var client = await EditorSession.NewEditorClientAsync(Factory);
        var before = await CatalogueAsync();
        var goblin = await Factory.WithDbAsync(db => db.Dramas.Where(d => d.Slug == "goblin").Select(d => d.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await MergeTests.MergeAsync(client, "drama", "lovely-runner", "goblin")).StatusCode);
        Assert.Equal(0, await Factory.WithDbAsync(db => db.Moments.CountAsync(m => m.Drama.Slug == "lovely-runner")));

        // Pressed on recent changes this time, where the merge is one entry.
        var message = await UndoFromPageAsync(client, "/admin/changes", "Undo the whole merge");
        Assert.StartsWith("Undid the merge of lovely-runner into goblin", message, StringComparison.Ordinal);
        Assert.Equal("/admin/changes", landedOn);
        Assert.Equal(before, await CatalogueAsync());
        var anonymous = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/dramas/lovely-runner")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/api/dramas/lovely-runner")).StatusCode);
    }

    [Fact]
    public async Task UndoingMomentAndCharacterMerges_PutsSourcesQuotesAndRolesBack()
    {
        var client = await EditorSession.NewEditorClientAsync(Factory);
        var (from, into) = await Factory.WithDbAsync(async db =>
        {
            var slugs = await db.Moments.Where(m => m.Drama.Slug == "crash-landing-on-you").OrderBy(m => m.Id).Select(m => m.Slug).Take(2).ToListAsync();
            return (slugs[0], slugs[1]);
        });
        // A second spelling of a role in the same drama, named by one moment.
        await Factory.WithDbAsync(async db =>
        {
            var moment = await db.Moments.Include(m => m.Characters).SingleAsync(m => m.Slug == from);
            var character = new Character { Slug = "captain-ri", Name = "Captain Ri", NormalizedName = Names.Normalize("Captain Ri"), DramaId = moment.DramaId, CreatedAt = DateTime.UtcNow };
            moment.Characters.Add(character);
            return await db.SaveChangesAsync();
        });
        var before = await CatalogueAsync();
        var intoId = await Factory.WithDbAsync(db => db.Moments.Where(m => m.Slug == into).Select(m => m.Id).SingleAsync());
        var riId = await Factory.WithDbAsync(db => db.Characters.Where(c => c.Slug == "ri-jung-hyuk").Select(c => c.Id).SingleAsync());

        Assert.Equal(HttpStatusCode.Redirect, (await MergeTests.MergeAsync(client, "character", "captain-ri", "ri-jung-hyuk")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await MergeTests.MergeAsync(client, "moment", from, into)).StatusCode);
        Assert.Equal("Sources (2)", (await Factory.CreateClient().GetDocumentAsync($"/moments/{into}")).QuerySelector("#sources")!.TextContent);

        // The later merge first: the character merge cannot be undone while the moment that named him is merged away.
        Assert.StartsWith("Nothing was undone:", await UndoFromPageAsync(client, $"/admin/history/character/{riId}", "Undo the whole merge"), StringComparison.Ordinal);
        Assert.StartsWith("Undid the merge", await UndoFromPageAsync(client, $"/admin/history/moment/{intoId}", "Undo the whole merge"), StringComparison.Ordinal);
        Assert.Equal("Sources (1)", (await Factory.CreateClient().GetDocumentAsync($"/moments/{into}")).QuerySelector("#sources")!.TextContent);
        Assert.Equal("Sources (1)", (await Factory.CreateClient().GetDocumentAsync($"/moments/{from}")).QuerySelector("#sources")!.TextContent);
        Assert.StartsWith("Undid the merge", await UndoFromPageAsync(client, $"/admin/history/character/{riId}", "Undo the whole merge"), StringComparison.Ordinal);
        Assert.Equal(before, await CatalogueAsync());
        Assert.Contains((await Factory.CreateClient().GetDocumentAsync($"/moments/{from}")).QuerySelectorAll("a"), a => a.GetAttribute("href") == "/characters/captain-ri");
    }

    [Fact]
    public async Task UndoingAMerge_AfterTheSurvivorWasEdited_IsRefusedAndChangesNothing()
    {
        var client = await EditorSession.NewEditorClientAsync(Factory);
        var goblin = await Factory.WithDbAsync(db => db.Dramas.Where(d => d.Slug == "goblin").Select(d => d.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await MergeTests.MergeAsync(client, "drama", "lovely-runner", "goblin")).StatusCode);
        await Factory.WithDbAsync(async db =>
        {
            var drama = await db.Dramas.SingleAsync(d => d.Id == goblin);
            drama.Synopsis = "An editor's later synopsis.";
            return await db.SaveChangesAsync();
        });
        var merged = await CatalogueAsync();

        var message = await UndoFromPageAsync(client, $"/admin/history/drama/{goblin}", "Undo the whole merge");
        Assert.StartsWith("Nothing was undone:", message, StringComparison.Ordinal);
        Assert.Contains("changed again after this", message, StringComparison.Ordinal);
        Assert.Equal(merged, await CatalogueAsync());
        Assert.Equal("An editor's later synopsis.", await Factory.WithDbAsync(db => db.Dramas.Where(d => d.Id == goblin).Select(d => d.Synopsis).SingleAsync()));
        Assert.Equal(0, await Factory.WithDbAsync(db => db.Revisions.CountAsync(r => r.Action.StartsWith("undo"))));
    }

    private static async Task ImportAsync(HttpClient client, string fileName)
    {
        var text = await File.ReadAllTextAsync(RepositoryPaths.Fixture(fileName));
        var (_, token) = await EditorSession.GetFormAsync(client, "/admin/import");
        var saved = await EditorSession.PostFormAsync(client, "/admin/import?handler=Confirm", token, ("Input.Text", text), ("Input.FileName", fileName));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
    }

    [Fact]
    public async Task UndoingAnImport_RemovesWhatItMadeAndRestoresWhatItChanged()
    {
        var client = await EditorSession.NewEditorClientAsync(Factory);
        var before = await CatalogueAsync();
        await ImportAsync(client, "second-looks.txt");
        // The article names known dramas, actors, roles and scenes (new spellings, a new quote) and a new drama.
        var (edited, created) = await Factory.WithDbAsync(async db => (
            await db.Revisions.Where(r => r.Action == "import" && r.Author == "editor@example.com" && r.Before != null).Select(r => r.EntityType).Distinct().OrderBy(t => t).ToListAsync(),
            await db.Revisions.CountAsync(r => r.Action == "import" && r.Author == "editor@example.com" && r.Before == null)));
        Assert.Equal(["actor", "character", "drama", "moment"], edited);
        Assert.True(created > 3);
        Assert.Equal(HttpStatusCode.OK, (await Factory.CreateClient().GetAsync("/dramas/our-beloved-summer")).StatusCode);
        var articleId = await Factory.WithDbAsync(db => db.Articles.Where(a => a.Slug == "second-looks").Select(a => a.Id).SingleAsync());

        var message = await UndoFromPageAsync(client, $"/admin/history/article/{articleId}", "Undo the whole import");
        Assert.StartsWith("Undid the import:", message, StringComparison.Ordinal);
        Assert.Equal(before, await CatalogueAsync());
        await Factory.CreateClient().GetDocumentAsync("/dramas/our-beloved-summer", HttpStatusCode.NotFound);
        await Factory.CreateClient().GetDocumentAsync("/articles/second-looks", HttpStatusCode.NotFound);
        Assert.DoesNotContain("our-beloved-summer", await Factory.CreateClient().GetStringAsync("/api/search?q=documentary"), StringComparison.Ordinal);

        // With the article gone, the same file imports again.
        await ImportAsync(client, "second-looks.txt");
        Assert.Equal(HttpStatusCode.OK, (await Factory.CreateClient().GetAsync("/articles/second-looks")).StatusCode);
    }

    [Fact]
    public async Task UndoingOneFilesImport_LeavesTheOtherFileOfTheSameRunInPlace()
    {
        var client = await EditorSession.NewEditorClientAsync(Factory);
        var before = await CatalogueAsync();
        using (var scope = Factory.Services.CreateScope())
        {
            var inputs = ImportInput.FromPaths([RepositoryPaths.Fixture("second-looks.txt"), RepositoryPaths.Fixture("first-meetings-roman.txt")]);
            var report = await scope.ServiceProvider.GetRequiredService<ArticleImporter>().ImportAsync(inputs, save: true, author: "editor@example.com");
            Assert.All(report.Files, f => Assert.Equal(FileOutcome.Imported, f.Outcome));
        }
        var (first, second) = await Factory.WithDbAsync(async db => (
            await db.Articles.Where(a => a.Slug == "second-looks").Select(a => a.Id).SingleAsync(),
            await db.Articles.Where(a => a.Slug == "first-meetings-roman").Select(a => a.Id).SingleAsync()));
        var afterBoth = await CatalogueAsync();

        var message = await UndoFromPageAsync(client, $"/admin/history/article/{first}", "Undo the whole import");

        Assert.StartsWith("Undid the import:", message, StringComparison.Ordinal);
        var anonymous = Factory.CreateClient();
        await anonymous.GetDocumentAsync("/articles/second-looks", HttpStatusCode.NotFound);
        await anonymous.GetDocumentAsync("/dramas/our-beloved-summer", HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/articles/first-meetings-roman")).StatusCode);
        var remaining = await CatalogueAsync();
        Assert.NotEqual(before, remaining);
        Assert.NotEqual(afterBoth, remaining);
        // The other file's import is still whole: undoing it too brings the catalogue back to before the run.
        Assert.StartsWith("Undid the import:", await UndoFromPageAsync(client, $"/admin/history/article/{second}", "Undo the whole import"), StringComparison.Ordinal);
        Assert.Equal(before, await CatalogueAsync());
    }

    [Fact]
    public async Task UndoingAnImport_WhenALaterEditBuiltOnIt_IsRefusedAndChangesNothing()
    {
        var client = await EditorSession.NewEditorClientAsync(Factory);
        await ImportAsync(client, "second-looks.txt");
        await Factory.WithDbAsync(async db =>
        {
            var moment = await db.Moments.SingleAsync(m => m.Slug == "documentary-exes");
            moment.Episode = 1;
            return await db.SaveChangesAsync();
        });
        var imported = await CatalogueAsync();
        var articleId = await Factory.WithDbAsync(db => db.Articles.Where(a => a.Slug == "second-looks").Select(a => a.Id).SingleAsync());

        var message = await UndoFromPageAsync(client, $"/admin/history/article/{articleId}", "Undo the whole import");
        Assert.StartsWith("Nothing was undone: “Documentary exes” was changed again after this", message, StringComparison.Ordinal);
        Assert.Equal(imported, await CatalogueAsync());
    }

    [Fact]
    public async Task AMergeRecordedBeforeBatches_SaysItCannotBeUndone()
    {
        // Databases from before batches hold merges recorded as one summary revision.
        var id = await Factory.WithDbAsync(async db =>
        {
            var revision = new Revision { Author = "old@example.com", At = DateTime.UtcNow, EntityType = "drama", EntityId = 1, Action = "merge of lovely-runner", Before = "{}", After = "{}" };
            db.Revisions.Add(revision);
            await db.SaveChangesAsync();
            return revision.Id;
        });
        var client = await EditorSession.NewEditorClientAsync(Factory);
        var entry = (await client.GetDocumentAsync("/admin/changes")).QuerySelector($"#change-{id}")!.ParentElement!;
        Assert.Null(entry.QuerySelector("form"));
        Assert.Contains("recorded before they could be undone", entry.TextContent, StringComparison.Ordinal);
        var (_, token) = await EditorSession.GetFormAsync(client, "/admin/changes");
        var response = await EditorSession.PostFormAsync(client, "/admin/changes?handler=Undo", token, ("revision", id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.StartsWith("This merge or import was recorded before", (await client.GetDocumentAsync(response.Headers.Location!.OriginalString)).QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
    }
}
