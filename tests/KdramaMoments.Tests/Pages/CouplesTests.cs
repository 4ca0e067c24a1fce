using System.Net;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Tests.Pages;

public sealed class CouplesTests(SeededSite site) : IClassFixture<SeededSite>
{
    [Fact]
    public async Task CouplePage_CrashLandingOnYou_ShowsEveryMomentNamingBothActorsInEpisodeOrder()
    {
        var expected = await site.Factory.WithDbAsync(db => db.Moments
            .Where(m => m.Characters.Any(c => c.Actor!.Slug == "hyun-bin") && m.Characters.Any(c => c.Actor!.Slug == "son-ye-jin"))
            .OrderBy(m => m.Episode == null).ThenBy(m => m.Episode).ThenBy(m => m.Slug)
            .Select(m => "/moments/" + m.Slug).ToListAsync());
        Assert.True(expected.Count >= 3, $"the seeds name the couple in {expected.Count} moments");

        var page = await site.Factory.CreateClient().GetDocumentAsync("/couples/hyun-bin-son-ye-jin");
        var names = await site.Factory.WithDbAsync(db => db.Actors.Where(a => a.Slug == "hyun-bin" || a.Slug == "son-ye-jin").OrderBy(a => a.Slug).Select(a => a.Name).ToListAsync());
        Assert.Equal($"{names[0]} & {names[1]}", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(expected, page.QuerySelectorAll(".moment-cards > li > a:first-child").Select(a => a.GetAttribute("href") ?? "").ToList());
        Assert.Contains(page.QuerySelectorAll("#dramas + ul a"), a => a.GetAttribute("href") == "/dramas/crash-landing-on-you");
        Assert.NotNull(page.QuerySelector("link[rel=alternate][href='/couples/hyun-bin-son-ye-jin/feed.atom']"));
    }

    [Fact]
    public async Task ActorPages_LinkTheirCouple_AndTheCouplesListHasIt()
    {
        var client = site.Factory.CreateClient();
        foreach (var actor in new[] { "hyun-bin", "son-ye-jin" })
        {
            var page = await client.GetDocumentAsync($"/actors/{actor}");
            Assert.Contains(page.QuerySelectorAll("#couples ~ ul a"), a => a.GetAttribute("href") == "/couples/hyun-bin-son-ye-jin");
        }
        var list = await client.GetDocumentAsync("/couples");
        var links = list.QuerySelectorAll(".couple-cards > li > a:first-child").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/couples/hyun-bin-son-ye-jin", links);
        Assert.Equal(links.Count, links.Distinct().Count());
        // Every couple listed answers with its own page.
        foreach (var link in links.Take(6))
        {
            await client.GetDocumentAsync(link!);
        }
    }

    [Theory]
    [InlineData("/couples/hyun-bin")]
    [InlineData("/couples/son-ye-jin-hyun-bin")]
    [InlineData("/couples/hyun-bin-hyun-bin")]
    [InlineData("/couples/-")]
    public async Task CouplePage_NotACouplesAddress_Is404(string path)
    {
        Assert.Equal(HttpStatusCode.NotFound, (await site.Factory.CreateClient().GetAsync(path)).StatusCode);
    }
}
