using System.Net;
using AngleSharp.Html.Parser;
using KdramaMoments.Tests.Accounts;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Tests.Pages.Admin;

public sealed class CharacterEditingTests : FreshSiteTests
{
    private static async Task<HttpResponseMessage> SaveAsync(HttpClient client, int? id, params (string, string)[] fields)
    {
        var url = id is null ? "/admin/characters/edit" : $"/admin/characters/edit/{id}";
        var (page, token) = await EditorSession.GetFormAsync(client, url);
        return await EditorSession.PostFormAsync(client, url, token, [.. fields, ("Input.Version", page.QuerySelector("#Input_Version")?.GetAttribute("value") ?? "0")]);
    }

    [Fact]
    public async Task EditAliasesAndActor_RefuseANameTakenInTheDrama_CreateDeleteUndo()
    {
        var client = await EditorSession.NewEditorClientAsync(Factory);
        var id = await Factory.WithDbAsync(db => db.Characters.Where(c => c.Slug == "ri-jung-hyuk").Select(c => c.Id).SingleAsync());

        var saved = await SaveAsync(client, id, ("Input.Name", "Ri Jeong-hyeok"), ("Input.DramaSlug", "crash-landing-on-you"), ("Input.ActorSlug", "hyun-bin"), ("Input.Aliases", "Ri Jung Hyuk\nCaptain Ri"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var anonymous = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal("/characters/ri-jeong-hyeok", (await anonymous.GetAsync("/characters/ri-jung-hyuk")).Headers.Location?.OriginalString);
        Assert.Contains("Captain Ri", (await Factory.CreateClient().GetDocumentAsync("/characters/ri-jeong-hyeok")).QuerySelector(".meta")!.TextContent, StringComparison.Ordinal);

        var taken = await SaveAsync(client, id, ("Input.Name", "Ri Jeong-hyeok"), ("Input.ActorSlug", "hyun-bin"), ("Input.Aliases", "Se-ri"));
        var page = new HtmlParser().ParseDocument(await taken.Content.ReadAsStringAsync());
        Assert.Contains("is already a name of Yoon Se Ri in this drama", page.QuerySelector("#aliases-error")!.TextContent, StringComparison.Ordinal);
        var noActor = await SaveAsync(client, id, ("Input.Name", "Ri Jeong-hyeok"), ("Input.ActorSlug", "nobody-at-all"));
        Assert.Contains("No actor has this address", new HtmlParser().ParseDocument(await noActor.Content.ReadAsStringAsync()).QuerySelector("#actor-error")!.TextContent, StringComparison.Ordinal);

        var created = await SaveAsync(client, null, ("Input.Name", "Gu Seung-jun"), ("Input.DramaSlug", "crash-landing-on-you"), ("Input.ActorSlug", ""));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var newId = int.Parse(created.Headers.Location!.OriginalString.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        var (_, token) = await EditorSession.GetFormAsync(client, $"/admin/characters/delete/{newId}");
        Assert.Equal(HttpStatusCode.Redirect, (await EditorSession.PostFormAsync(client, $"/admin/characters/delete/{newId}", token)).StatusCode);
        var deletion = await Factory.WithDbAsync(db => db.Revisions.Where(r => r.EntityType == "character" && r.Action == "delete").Select(r => r.Id).SingleAsync());
        await EditorSession.PostFormAsync(client, "/admin/changes?handler=Undo", token, ("revision", deletion.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        await Factory.CreateClient().GetDocumentAsync("/characters/gu-seung-jun");

        var inMoments = await client.GetDocumentAsync($"/admin/characters/delete/{id}");
        Assert.Contains("is in 4 moment(s)", inMoments.QuerySelector(".form-error")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StaleForm_GetsTheConflictPageWithBothVersions()
    {
        var client = await EditorSession.NewEditorClientAsync(Factory);
        var id = await Factory.WithDbAsync(db => db.Characters.Where(c => c.Slug == "im-sol").Select(c => c.Id).SingleAsync());
        var (page, token) = await EditorSession.GetFormAsync(client, $"/admin/characters/edit/{id}");
        var version = page.QuerySelector("#Input_Version")!.GetAttribute("value")!;
        Assert.Equal(HttpStatusCode.Redirect, (await SaveAsync(client, id, ("Input.Name", "Im Sol"), ("Input.ActorSlug", "kim-hye-yoon"), ("Input.Aliases", "Sol"))).StatusCode);
        var stale = await EditorSession.PostFormAsync(client, $"/admin/characters/edit/{id}", token, ("Input.Name", "Im Sol"), ("Input.Aliases", "Solsol"), ("Input.Version", version));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var conflict = new HtmlParser().ParseDocument(await stale.Content.ReadAsStringAsync()).QuerySelector(".conflict")!.TextContent;
        Assert.Contains("Aliases: Sol", conflict, StringComparison.Ordinal);
        Assert.Contains("Aliases: Solsol", conflict, StringComparison.Ordinal);
    }
}
