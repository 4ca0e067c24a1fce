using System.Net;
using System.Text.RegularExpressions;
using KdramaMoments.Tests.Couples;
using KdramaMoments.Web.Couples;
using Microsoft.EntityFrameworkCore;
using ActorPage = KdramaMoments.Web.Pages.Actors.DetailsModel;

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

    [Fact]
    public async Task ActorPages_ShowTheirFirstCouplesOfTheWholeList_WithTheSameMomentCounts()
    {
        // The reference: every couple found from every moment (as /couples finds them), in its order.
        var all = await site.Factory.WithDbAsync(db => AllCouples.FindAsync(db, CancellationToken.None));
        var actors = all.SelectMany(c => new[] { c.First.Slug, c.Second.Slug }).Distinct().ToList();
        Assert.True(actors.Count >= 4, $"the seeds pair {actors.Count} actors");
        var client = site.Factory.CreateClient();
        foreach (var actor in actors)
        {
            var expected = all.Where(c => c.First.Slug == actor || c.Second.Slug == actor).Take(ActorPage.CouplesShown)
                .Select(c => $"/couples/{c.Slug} {c.MomentIds.Count}").ToList();
            var page = await client.GetDocumentAsync($"/actors/{actor}");
            var shown = page.QuerySelectorAll("#couples ~ ul.couple-cards > li")
                .Select(li => $"{li.QuerySelector("a")!.GetAttribute("href")} {Regex.Match(li.TextContent, @"· (\d+) moments?\s*$").Groups[1].Value}").ToList();
            Assert.Equal(expected, shown);
        }
    }

    [Fact]
    public async Task CoupleBySlug_CountsWhatTheWholeListFindsFromEveryMoment()
    {
        // The reference: every couple found from every moment, its pairings' moments listed.
        var all = await site.Factory.WithDbAsync(db => AllCouples.FindAsync(db, CancellationToken.None));
        Assert.NotEmpty(all);
        foreach (var couple in all)
        {
            var read = await site.Factory.WithDbAsync(db => CoupleQueries.BySlugAsync(db, couple.Slug, CancellationToken.None));
            Assert.NotNull(read);
            Assert.Equal((couple.First, couple.Second, couple.Title, couple.DramaCount, couple.IsReunion), (read.First, read.Second, read.Title, read.DramaCount, read.IsReunion));
            Assert.Equal(couple.MomentIds.Count, read.MomentCount);
            Assert.Equal(couple.Pairings.Select(p => (p.First, p.Second, p.Reason, p.MomentIds.Count)), read.Pairings.Select(p => (p.First, p.Second, p.Reason, p.Moments)));
            // The moment list filtered by the couple lists exactly its moments.
            var listed = await site.Factory.WithDbAsync(db => db.Moments.OfPairs(db, CoupleMoments.PairsOf(read.Pairings)).Select(m => m.Id).Order().ToListAsync());
            Assert.Equal(couple.MomentIds.Order(), listed);
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
