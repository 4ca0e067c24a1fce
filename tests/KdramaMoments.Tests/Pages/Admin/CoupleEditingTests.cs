using System.Globalization;
using System.Net;
using KdramaMoments.Tests.Accounts;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Tests.Pages.Admin;

public sealed class CoupleEditingTests : FreshSiteTests
{
    [Fact]
    public async Task Editor_MarksACoupleAsNotOne_PagesFollow_AndUndoBringsItBack()
    {
        var anonymous = Factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/couples/hyun-bin-son-ye-jin")).StatusCode);
        var roles = await Factory.WithDbAsync(db => db.Characters.Where(c => c.Drama.Slug == "crash-landing-on-you" && (c.Actor!.Slug == "hyun-bin" || c.Actor!.Slug == "son-ye-jin"))
            .Select(c => c.Id).ToListAsync());
        Assert.Equal(2, roles.Count);

        var client = await EditorSession.NewEditorClientAsync(Factory);
        var (page, token) = await EditorSession.GetFormAsync(client, "/admin/couples?drama=crash-landing-on-you");
        Assert.Contains(page.QuerySelectorAll("tbody tr"), row => row.TextContent.Contains("Hyun Bin", StringComparison.Ordinal) && row.TextContent.Contains("Son Ye", StringComparison.Ordinal));
        var set = await EditorSession.PostFormAsync(client, "/admin/couples?handler=Set&drama=crash-landing-on-you", token,
            ("first", roles[0].ToString(CultureInfo.InvariantCulture)), ("second", roles[1].ToString(CultureInfo.InvariantCulture)), ("isCouple", "false"), ("version", "0"));
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/couples/hyun-bin-son-ye-jin")).StatusCode);
        Assert.DoesNotContain((await anonymous.GetDocumentAsync("/actors/hyun-bin")).QuerySelectorAll("a"), a => a.GetAttribute("href") == "/couples/hyun-bin-son-ye-jin");

        // The correction is a revision like any edit, and undo takes it back.
        var revision = await Factory.WithDbAsync(db => db.Revisions.Where(r => r.EntityType == "pairing").Select(r => r.Id).SingleAsync());
        var (_, changesToken) = await EditorSession.GetFormAsync(client, "/admin/changes");
        await EditorSession.PostFormAsync(client, "/admin/changes?handler=Undo", changesToken, ("revision", revision.ToString(CultureInfo.InvariantCulture)));
        Assert.False(await Factory.WithDbAsync(db => db.PairingCorrections.AnyAsync()));
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/couples/hyun-bin-son-ye-jin")).StatusCode);
    }

    [Fact]
    public async Task Editor_PairsTwoCharactersTheRuleMissed_TheyBecomeACouple()
    {
        // Two actors of one drama whose characters share no moment: the rule cannot pair them.
        var roles = await Factory.WithDbAsync(db => db.Characters.Where(c => c.ActorId != null)
            .Select(c => new Role(c.Id, c.DramaId, c.Drama.Slug, c.Actor!.Slug, c.Moments.Select(m => m.Id).ToList())).ToListAsync());
        var anonymous = Factory.CreateClient();
        var candidates = roles.SelectMany(a => roles.Where(b => b.DramaId == a.DramaId && b.Id > a.Id && b.Actor != a.Actor && !b.Moments.Intersect(a.Moments).Any()).Select(b => (a, b)));
        var (a, b, slug) = (default(Role)!, default(Role)!, "");
        foreach (var (x, y) in candidates)
        {
            var candidate = string.CompareOrdinal(x.Actor, y.Actor) < 0 ? $"{x.Actor}-{y.Actor}" : $"{y.Actor}-{x.Actor}";
            if ((await anonymous.GetAsync($"/couples/{candidate}")).StatusCode == HttpStatusCode.NotFound)
            {
                (a, b, slug) = (x, y, candidate);
                break;
            }
        }
        Assert.NotEqual("", slug);

        var client = await EditorSession.NewEditorClientAsync(Factory);
        var (_, token) = await EditorSession.GetFormAsync(client, $"/admin/couples?drama={a.Drama}");
        await EditorSession.PostFormAsync(client, $"/admin/couples?handler=Set&drama={a.Drama}", token,
            ("first", a.Id.ToString(CultureInfo.InvariantCulture)), ("second", b.Id.ToString(CultureInfo.InvariantCulture)), ("isCouple", "true"), ("version", "0"));
        var page = await anonymous.GetDocumentAsync($"/couples/{slug}");
        Assert.Contains("an editor paired them", page.QuerySelector("#dramas + ul")!.TextContent, StringComparison.Ordinal);

        // Two characters of different dramas are refused, and nothing is written.
        var other = await Factory.WithDbAsync(db => db.Characters.Where(c => c.DramaId != a.DramaId).Select(c => c.Id).FirstAsync());
        await EditorSession.PostFormAsync(client, $"/admin/couples?handler=Set&drama={a.Drama}", token,
            ("first", a.Id.ToString(CultureInfo.InvariantCulture)), ("second", other.ToString(CultureInfo.InvariantCulture)), ("isCouple", "true"), ("version", "0"));
        Assert.Contains("choose two different characters of the same drama", (await client.GetDocumentAsync($"/admin/couples?drama={a.Drama}")).QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, await Factory.WithDbAsync(db => db.PairingCorrections.CountAsync()));
    }

    private sealed record Role(int Id, int DramaId, string Drama, string Actor, List<int> Moments);

    [Fact]
    public async Task CouplesAdmin_Anonymous_IsSentToSignIn()
    {
        var client = EditorSession.NewClient(Factory);
        var response = await client.GetAsync("/admin/couples?drama=goblin");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/sign-in", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}
