using System.Net;
using KdramaMoments.Tests.Accounts;
using KdramaMoments.Web.Domain;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Tests.Pages.Admin;

public sealed class MergeTests : FreshSiteTests
{
    /// <summary>Previews a merge on the merge page, then confirms it, as an editor does.</summary>
    internal static async Task<HttpResponseMessage> MergeAsync(HttpClient client, string type, string from, string into)
    {
        var query = $"/admin/merge?type={type}&from={from}&into={into}";
        var (page, token) = await EditorSession.GetFormAsync(client, query);
        Assert.NotNull(page.QuerySelector("#merge-plan"));
        return await EditorSession.PostFormAsync(client, "/admin/merge", token, ("type", type), ("from", from), ("into", into));
    }

    [Fact]
    public async Task MergeActors_PreviewChangesNothingThenRolesMoveNamesStayAndTheOldAddressRedirects()
    {
        // A duplicate as an import might leave it: another spelling with its own role.
        var (duplicateId, roleId) = await Factory.WithDbAsync(async db =>
        {
            var duplicate = new Actor { Slug = "hyeon-bin", Name = "Hyeon Bin", NormalizedName = Names.Normalize("Hyeon Bin"), CreatedAt = DateTime.UtcNow };
            duplicate.Aliases.Add(new ActorAlias { Name = "Kim Tae-pyung", NormalizedName = Names.Normalize("Kim Tae-pyung") });
            var drama = await db.Dramas.SingleAsync(d => d.Slug == "goblin");
            var role = new Character { Slug = "cameo-hyeon-bin", Name = "Cameo", NormalizedName = "cameo", DramaId = drama.Id, Actor = duplicate, CreatedAt = DateTime.UtcNow };
            db.Characters.Add(role);
            await db.SaveChangesAsync();
            return (duplicate.Id, role.Id);
        });
        var client = await EditorSession.NewEditorClientAsync(Factory);

        var preview = await client.GetDocumentAsync("/admin/merge?type=actor&from=hyeon-bin&into=hyun-bin");
        Assert.Contains("1 role(s) move to Hyun Bin", preview.QuerySelector("#merge-plan + ul")!.TextContent, StringComparison.Ordinal);
        Assert.True(await Factory.WithDbAsync(db => db.Actors.AnyAsync(a => a.Id == duplicateId)));

        Assert.Equal(HttpStatusCode.Redirect, (await MergeAsync(client, "actor", "hyeon-bin", "hyun-bin")).StatusCode);
        var (actorOfRole, aliases, exists) = await Factory.WithDbAsync(async db => (
            await db.Characters.Where(c => c.Id == roleId).Select(c => c.Actor!.Slug).SingleAsync(),
            await db.ActorAliases.Where(a => a.Actor.Slug == "hyun-bin").Select(a => a.Name).OrderBy(n => n).ToListAsync(),
            await db.Actors.AnyAsync(a => a.Id == duplicateId)));
        Assert.Equal("hyun-bin", actorOfRole);
        Assert.Equal(["Hyeon Bin", "Hyun-Bin", "Kim Tae-pyung"], aliases);
        Assert.False(exists);

        var anonymous = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var old = await anonymous.GetAsync("/actors/hyeon-bin");
        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.Equal("/actors/hyun-bin", old.Headers.Location?.OriginalString);
        var page = await Factory.CreateClient().GetDocumentAsync("/actors/hyun-bin");
        Assert.Contains("Kim Tae-pyung", page.QuerySelector(".meta")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(page.QuerySelectorAll("#roles + ul a"), a => a.GetAttribute("href") == "/characters/cameo-hyeon-bin");
        Assert.Contains("/actors/hyun-bin", await anonymous.GetStringAsync("/api/search?q=kim+tae+pyung"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MergeDramas_MomentsAndRolesMoveAndTheTitleBecomesAnAlias()
    {
        var client = await EditorSession.NewEditorClientAsync(Factory);
        var moments = await Factory.WithDbAsync(db => db.Moments.CountAsync(m => m.Drama.Slug == "goblin" || m.Drama.Slug == "lovely-runner"));
        var moved = await Factory.WithDbAsync(async db => (
            Moments: await db.Moments.CountAsync(m => m.Drama.Slug == "lovely-runner"), Roles: await db.Characters.CountAsync(c => c.Drama.Slug == "lovely-runner")));
        Assert.Equal(HttpStatusCode.Redirect, (await MergeAsync(client, "drama", "lovely-runner", "goblin")).StatusCode);
        Assert.Equal(moments, await Factory.WithDbAsync(db => db.Moments.CountAsync(m => m.Drama.Slug == "goblin")));
        Assert.Contains("Lovely Runner", await Factory.WithDbAsync(db => db.DramaAliases.Where(a => a.Drama.Slug == "goblin").Select(a => a.Name).ToListAsync()));
        var anonymous = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal("/dramas/goblin", (await anonymous.GetAsync("/dramas/lovely-runner")).Headers.Location?.OriginalString);
        // One revision per moved moment and role, the survivor, the removed drama and its address, all in one batch.
        var revisions = await Factory.WithDbAsync(db => db.Revisions.Where(r => r.Action == "merge of lovely-runner into goblin").Select(r => new { r.EntityType, r.Batch }).ToListAsync());
        Assert.Single(revisions.Select(r => r.Batch).Distinct());
        Assert.Equal(moved.Moments, revisions.Count(r => r.EntityType == "moment"));
        Assert.Equal(moved.Roles, revisions.Count(r => r.EntityType == "character"));
        Assert.Equal((2, 1), (revisions.Count(r => r.EntityType == "drama"), revisions.Count(r => r.EntityType == "redirect")));
    }

    [Fact]
    public async Task MergeMoments_SourcesMoveSoTheSurvivorIsInMoreLists()
    {
        var client = await EditorSession.NewEditorClientAsync(Factory);
        var (from, into) = await Factory.WithDbAsync(async db =>
        {
            var slugs = await db.Moments.Where(m => m.Drama.Slug == "crash-landing-on-you").OrderBy(m => m.Id).Select(m => m.Slug).Take(2).ToListAsync();
            return (slugs[0], slugs[1]);
        });
        Assert.Equal(HttpStatusCode.Redirect, (await MergeAsync(client, "moment", from, into)).StatusCode);
        var page = await Factory.CreateClient().GetDocumentAsync($"/moments/{into}");
        Assert.Equal("Sources (2)", page.QuerySelector("#sources")!.TextContent);
    }

    [Fact]
    public async Task MergeCharactersOfDifferentDramas_IsRefusedWithAReason()
    {
        var client = await EditorSession.NewEditorClientAsync(Factory);
        var page = await client.GetDocumentAsync("/admin/merge?type=character&from=im-sol&into=ri-jung-hyuk");
        Assert.Contains("different dramas", page.QuerySelector(".form-error")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#merge-plan"));
        var unknown = await client.GetDocumentAsync("/admin/merge?type=actor&from=nobody&into=hyun-bin");
        Assert.Contains("two different actors that exist", unknown.QuerySelector(".form-error")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MergeByName_WithoutScript_LooksTheNameUpAndOffersAChoiceWhenSeveralFit()
    {
        var client = await EditorSession.NewEditorClientAsync(Factory);

        // A name that fits one drama is taken as its address; the preview and its form carry the address.
        var byName = await client.GetDocumentAsync("/admin/merge?type=drama&from=lovely+runner&into=Goblin");
        Assert.Equal("Merge “Lovely Runner” into “Goblin”", byName.QuerySelector("#merge-plan")!.TextContent);
        Assert.Equal("lovely-runner", byName.QuerySelector("form.actions input[name=from]")!.GetAttribute("value"));
        Assert.Equal("lovely-runner", byName.QuerySelector("#merge-from")!.GetAttribute("value"));

        // A name several actors answer to is a choice of links, each filling that field with one address.
        var ambiguous = await client.GetDocumentAsync("/admin/merge?type=actor&from=kim&into=hyun-bin");
        Assert.Null(ambiguous.QuerySelector("#merge-plan"));
        Assert.Contains("Which actor is the duplicate, “kim”?", ambiguous.QuerySelector("#choose-from")!.TextContent, StringComparison.Ordinal);
        var choices = ambiguous.QuerySelectorAll(".merge-choices a");
        Assert.True(choices.Length > 1, $"{choices.Length} choices");
        Assert.All(choices, a => Assert.Contains("kim", a.TextContent, StringComparison.OrdinalIgnoreCase));
        var chosen = await client.GetDocumentAsync(choices[0].GetAttribute("href")!);
        Assert.StartsWith("Merge “" + choices[0].TextContent + "” into “Hyun Bin”", chosen.QuerySelector("#merge-plan")!.TextContent, StringComparison.Ordinal);

        // The picker's suggestions come from the suggest API, one kind at a time, with each entity's address.
        using var suggestions = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/api/search/suggest?q=gob&kind=drama"));
        var items = suggestions.RootElement.EnumerateArray().ToList();
        Assert.NotEmpty(items);
        Assert.All(items, i => Assert.Equal("drama", i.GetProperty("kind").GetString()));
        Assert.Contains(items, i => i.GetProperty("slug").GetString() == "goblin");
    }
}
