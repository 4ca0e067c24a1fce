using System.Net;
using AngleSharp.Html.Parser;
using KdramaMoments.Tests.Accounts;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Tests.Pages.Admin;

public sealed class ActorEditingTests : FreshSiteTests
{
    private static async Task<HttpResponseMessage> SaveAsync(HttpClient client, int? id, string name, string aliases)
    {
        var url = id is null ? "/admin/actors/edit" : $"/admin/actors/edit/{id}";
        var (page, token) = await EditorSession.GetFormAsync(client, url);
        return await EditorSession.PostFormAsync(client, url, token, ("Input.Name", name), ("Input.Aliases", aliases),
            ("Input.Version", page.QuerySelector("#Input_Version")?.GetAttribute("value") ?? "0"));
    }

    [Fact]
    public async Task Aliases_AddRemoveRefuseCollisionsAndUndo()
    {
        var client = await EditorSession.NewEditorClientAsync(Factory);
        var id = await Factory.WithDbAsync(db => db.Actors.Where(a => a.Slug == "hyun-bin").Select(a => a.Id).SingleAsync());

        Assert.Equal(HttpStatusCode.Redirect, (await SaveAsync(client, id, "Hyun Bin", "Hyun-Bin\nHyeon Bin\nKim Tae-pyung")).StatusCode);
        Assert.Equal(["Hyeon Bin", "Hyun-Bin", "Kim Tae-pyung"], await Factory.WithDbAsync(db => db.ActorAliases.Where(a => a.ActorId == id).Select(a => a.Name).OrderBy(n => n).ToListAsync()));

        var refused = await SaveAsync(client, id, "Hyun Bin", "Son Ye-jin");
        var page = new HtmlParser().ParseDocument(await refused.Content.ReadAsStringAsync());
        Assert.Contains("is already a name of the actor Son Ye Jin", page.QuerySelector("#aliases-error")!.TextContent, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await SaveAsync(client, id, "Hyun Bin", "Hyun-Bin")).StatusCode);
        Assert.Equal(["Hyun-Bin"], await Factory.WithDbAsync(db => db.ActorAliases.Where(a => a.ActorId == id).Select(a => a.Name).ToListAsync()));

        var last = await Factory.WithDbAsync(db => db.Revisions.Where(r => r.EntityType == "actor" && r.EntityId == id).OrderBy(r => r.Id).Select(r => r.Id).LastAsync());
        var (_, token) = await EditorSession.GetFormAsync(client, "/admin/changes");
        await EditorSession.PostFormAsync(client, "/admin/changes?handler=Undo", token, ("revision", last.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(3, await Factory.WithDbAsync(db => db.ActorAliases.CountAsync(a => a.ActorId == id)));
    }

    [Fact]
    public async Task RenameCreateAndDelete()
    {
        var client = await EditorSession.NewEditorClientAsync(Factory);
        var id = await Factory.WithDbAsync(db => db.Actors.Where(a => a.Slug == "gong-yoo").Select(a => a.Id).SingleAsync());
        var renamed = await SaveAsync(client, id, "Gong Yu", "Gong Yoo");
        Assert.True(renamed.StatusCode == HttpStatusCode.Redirect, new HtmlParser().ParseDocument(await renamed.Content.ReadAsStringAsync()).QuerySelector(".form-error")?.TextContent);
        var anonymous = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal("/actors/gong-yu", (await anonymous.GetAsync("/actors/gong-yoo")).Headers.Location?.OriginalString);

        var created = await SaveAsync(client, null, "Lee Jong-hyun", "Lee Jonghyun");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var newId = int.Parse(created.Headers.Location!.OriginalString.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        var (_, token) = await EditorSession.GetFormAsync(client, $"/admin/actors/delete/{newId}");
        Assert.Equal(HttpStatusCode.Redirect, (await EditorSession.PostFormAsync(client, $"/admin/actors/delete/{newId}", token)).StatusCode);
        Assert.False(await Factory.WithDbAsync(db => db.Actors.AnyAsync(a => a.Id == newId)));

        var withRoles = await client.GetDocumentAsync($"/admin/actors/delete/{id}");
        Assert.Contains("still has 1 role(s)", withRoles.QuerySelector(".form-error")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rename_CouplesFormerAddressesAnswer301ToTheirPage()
    {
        var anonymous = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/couples/hyun-bin-son-ye-jin")).StatusCode);
        var client = await EditorSession.NewEditorClientAsync(Factory);
        var id = await Factory.WithDbAsync(db => db.Actors.Where(a => a.Slug == "hyun-bin").Select(a => a.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await SaveAsync(client, id, "Hyeon Bin", "Hyun-Bin")).StatusCode);

        var page = await anonymous.GetAsync("/couples/hyeon-bin-son-ye-jin");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Hyeon Bin &amp; Son Ye Jin", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        foreach (var former in new[] { "/couples/hyun-bin-son-ye-jin", "/couples/Hyun-Bin-Son-Ye-Jin" })
        {
            var moved = await anonymous.GetAsync(former);
            Assert.True(moved.StatusCode == HttpStatusCode.MovedPermanently, $"{former} answered {(int)moved.StatusCode}");
            Assert.Equal("/couples/hyeon-bin-son-ye-jin", moved.Headers.Location?.OriginalString);
        }
        // The actors the other way round was never a couple's address; two actors who never played a pair are no couple.
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/couples/son-ye-jin-hyun-bin")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/couples/gong-yoo-hyun-bin")).StatusCode);
    }

    [Fact]
    public async Task StaleForm_GetsTheConflictPageWithBothVersions()
    {
        var client = await EditorSession.NewEditorClientAsync(Factory);
        var id = await Factory.WithDbAsync(db => db.Actors.Where(a => a.Slug == "hyun-bin").Select(a => a.Id).SingleAsync());
        var (page, token) = await EditorSession.GetFormAsync(client, $"/admin/actors/edit/{id}");
        var version = page.QuerySelector("#Input_Version")!.GetAttribute("value")!;
        Assert.Equal(HttpStatusCode.Redirect, (await SaveAsync(client, id, "Hyun Bin", "Hyeon Bin")).StatusCode);

        var stale = await EditorSession.PostFormAsync(client, $"/admin/actors/edit/{id}", token, ("Input.Name", "Hyun Bin"), ("Input.Aliases", "Kim Tae-pyung"), ("Input.Version", version));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var conflict = new HtmlParser().ParseDocument(await stale.Content.ReadAsStringAsync()).QuerySelector(".conflict")!.TextContent;
        Assert.Contains("Aliases: Hyeon Bin", conflict, StringComparison.Ordinal);
        Assert.Contains("Kim Tae-pyung", conflict, StringComparison.Ordinal);
        Assert.Equal(["Hyeon Bin"], await Factory.WithDbAsync(db => db.ActorAliases.Where(a => a.ActorId == id).Select(a => a.Name).ToListAsync()));
    }
}
