using System.Net;
using AngleSharp.Html.Parser;
using KdramaMoments.Tests.Accounts;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Tests.Pages.Admin;

public sealed class DramaEditingTests : FreshSiteTests
{
    private async Task<(HttpClient Client, int GoblinId)> StartAsync()
    {
        var client = await EditorSession.NewEditorClientAsync(Factory);
        return (client, await Factory.WithDbAsync(db => db.Dramas.Where(d => d.Slug == "goblin").Select(d => d.Id).SingleAsync()));
    }

    private static async Task<HttpResponseMessage> SaveAsync(HttpClient client, int? id, string title, string aliases, string? version = null)
    {
        var url = id is null ? "/admin/dramas/edit" : $"/admin/dramas/edit/{id}";
        var (page, token) = await EditorSession.GetFormAsync(client, url);
        return await EditorSession.PostFormAsync(client, url, token, ("Input.Title", title), ("Input.Year", "2016"), ("Input.Aliases", aliases),
            ("Input.Synopsis", "A *goblin* and his bride."), ("Input.Version", version ?? page.QuerySelector("#Input_Version")!.GetAttribute("value")!));
    }

    [Fact]
    public async Task Rename_GivesANewAddressAndTheOldOneRedirects()
    {
        var (client, id) = await StartAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await SaveAsync(client, id, "Guardian: The Lonely and Great God", "Goblin\nDokkaebi")).StatusCode);
        var anonymous = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var old = await anonymous.GetAsync("/dramas/goblin");
        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.Equal("/dramas/guardian-the-lonely-and-great-god", old.Headers.Location?.OriginalString);
        var page = await Factory.CreateClient().GetDocumentAsync("/dramas/guardian-the-lonely-and-great-god");
        Assert.Contains("Dokkaebi", page.QuerySelector(".meta")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("goblin", page.QuerySelector(".prose em")!.TextContent);
        Assert.Contains("guardian-the-lonely-and-great-god", await anonymous.GetStringAsync("/api/search?q=dokkaebi"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Aliases_TheTitleItselfAndRepeatsAreNotKeptAsAliases()
    {
        var (client, id) = await StartAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await SaveAsync(client, id, "Goblin", "Goblin\nDokkaebi\n  Dokkaebi  \n\n")).StatusCode);
        Assert.Equal(["Dokkaebi"], await Factory.WithDbAsync(db => db.DramaAliases.Where(a => a.DramaId == id).Select(a => a.Name).ToListAsync()));
    }

    [Fact]
    public async Task Aliases_AddAndRemove_AndACollisionWithAnotherDramaIsRefused()
    {
        var (client, id) = await StartAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await SaveAsync(client, id, "Goblin", "Dokkaebi\nThe Lonely Goblin")).StatusCode);
        Assert.Equal(["Dokkaebi", "The Lonely Goblin"], await Factory.WithDbAsync(db => db.DramaAliases.Where(a => a.DramaId == id).Select(a => a.Name).OrderBy(n => n).ToListAsync()));

        var refused = await SaveAsync(client, id, "Goblin", "Dokkaebi\nCrash Landing On You");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = new HtmlParser().ParseDocument(await refused.Content.ReadAsStringAsync());
        Assert.Contains("“Crash Landing On You” is already a name of the drama “Crash Landing on You”", page.QuerySelector("#aliases-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, await Factory.WithDbAsync(db => db.DramaAliases.CountAsync(a => a.DramaId == id)));

        Assert.Equal(HttpStatusCode.Redirect, (await SaveAsync(client, id, "Goblin", "Dokkaebi")).StatusCode);
        Assert.Equal(["Dokkaebi"], await Factory.WithDbAsync(db => db.DramaAliases.Where(a => a.DramaId == id).Select(a => a.Name).ToListAsync()));
    }

    [Fact]
    public async Task CreateThenDelete_AndADramaWithMomentsIsNotDeleted()
    {
        var (client, id) = await StartAsync();
        var created = await SaveAsync(client, null, "My Mister", "My Ajusshi", "0");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var newId = int.Parse(created.Headers.Location!.OriginalString.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        await Factory.CreateClient().GetDocumentAsync("/dramas/my-mister");

        var (_, token) = await EditorSession.GetFormAsync(client, $"/admin/dramas/delete/{newId}");
        Assert.Equal(HttpStatusCode.Redirect, (await EditorSession.PostFormAsync(client, $"/admin/dramas/delete/{newId}", token)).StatusCode);
        await Factory.CreateClient().GetDocumentAsync("/dramas/my-mister", HttpStatusCode.NotFound);

        var refusal = await client.GetDocumentAsync($"/admin/dramas/delete/{id}");
        Assert.Contains("still has 3 moment(s)", refusal.QuerySelector(".form-error")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(refusal.QuerySelectorAll("main form[method=post]"));
    }

    [Fact]
    public async Task UndoARename_BringsBackTitleAddressAndAliases()
    {
        var (client, id) = await StartAsync();
        await SaveAsync(client, id, "Goblin Returns", "Dokkaebi");
        var revision = await Factory.WithDbAsync(db => db.Revisions.Where(r => r.EntityType == "drama" && r.EntityId == id && r.Action == "edit").Select(r => r.Id).SingleAsync());
        var (_, token) = await EditorSession.GetFormAsync(client, "/admin/changes");
        await EditorSession.PostFormAsync(client, "/admin/changes?handler=Undo", token, ("revision", revision.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var page = await Factory.CreateClient().GetDocumentAsync("/dramas/goblin");
        Assert.Equal("Goblin", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("Guardian: The Lonely And Great God", page.QuerySelector(".meta")!.TextContent, StringComparison.Ordinal);
        var anonymous = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal("/dramas/goblin", (await anonymous.GetAsync("/dramas/goblin-returns")).Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task AnotherSpellingOfTheTitle_StaysAnAlias()
    {
        var (client, _) = await StartAsync();
        var id = await Factory.WithDbAsync(db => db.Dramas.Where(d => d.Slug == "crash-landing-on-you").Select(d => d.Id).SingleAsync());
        var saved = await SaveAsync(client, id, "Crash Landing on You", "Crash Landing On You\nLove's Emergency Landing");
        Assert.True(saved.StatusCode == HttpStatusCode.Redirect, new HtmlParser().ParseDocument(await saved.Content.ReadAsStringAsync()).QuerySelector(".form-error")?.TextContent);
        Assert.Equal(["Crash Landing On You", "Love's Emergency Landing"], await Factory.WithDbAsync(db => db.DramaAliases.Where(a => a.DramaId == id).Select(a => a.Name).OrderBy(n => n).ToListAsync()));
    }

    [Fact]
    public async Task StaleDramaForm_GetsTheConflictPage()
    {
        var (client, id) = await StartAsync();
        var (page, token) = await EditorSession.GetFormAsync(client, $"/admin/dramas/edit/{id}");
        var version = page.QuerySelector("#Input_Version")!.GetAttribute("value")!;
        Assert.Equal(HttpStatusCode.Redirect, (await SaveAsync(client, id, "Goblin", "Dokkaebi")).StatusCode);
        var stale = await EditorSession.PostFormAsync(client, $"/admin/dramas/edit/{id}", token, ("Input.Title", "Goblin"), ("Input.Aliases", "Something Else"), ("Input.Version", version));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var conflict = new HtmlParser().ParseDocument(await stale.Content.ReadAsStringAsync());
        Assert.Contains("Dokkaebi", conflict.QuerySelector(".conflict")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Something Else", conflict.QuerySelector(".conflict")!.TextContent, StringComparison.Ordinal);
    }
}
