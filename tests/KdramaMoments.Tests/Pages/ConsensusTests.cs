using KdramaMoments.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Tests.Pages;

/// <summary>"Most listed" means something only once two articles name the same moment; until then the site says so.</summary>
public sealed class ConsensusTests : FreshSiteTests
{
    [Fact]
    public async Task Moments_DefaultToNewestWhileEveryMomentIsNamedOnce()
    {
        var page = await Factory.CreateClient().GetDocumentAsync("/moments");
        Assert.Equal("year", page.QuerySelector("#filter-sort option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task MomentNamedByTwoArticles_LeadsTheConsensusAndTheMomentList()
    {
        // A second article names the tunnel scene (as a later import that resolves to the same scene would).
        await Factory.WithDbAsync(async db =>
        {
            var moment = await db.Moments.Include(m => m.Sources).SingleAsync(m => m.Slug == "captain-ri-the-rescue");
            var other = await db.Articles.FirstAsync(a => moment.Sources.Select(s => s.ArticleId).All(id => id != a.Id));
            moment.Sources.Add(new Source { ArticleId = other.Id, Position = 99, Heading = "Captain Ri", Excerpt = "The rescue again." });
            return await db.SaveChangesAsync();
        });
        var client = Factory.CreateClient();

        var home = await client.GetDocumentAsync("/");
        var cards = home.QuerySelectorAll("#consensus ~ .moment-cards > li");
        var card = Assert.Single(cards);
        Assert.Equal("/moments/captain-ri-the-rescue", card.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("named by 2 lists", card.QuerySelector(".meta")!.TextContent, StringComparison.Ordinal);

        var moments = await client.GetDocumentAsync("/moments");
        Assert.Equal("listed", moments.QuerySelector("#filter-sort option[selected]")!.GetAttribute("value"));
        Assert.Equal("/moments/captain-ri-the-rescue", moments.QuerySelector(".moment-cards > li > a")!.GetAttribute("href"));

        var page = await client.GetDocumentAsync("/moments/captain-ri-the-rescue");
        Assert.StartsWith("Named by 2 lists", page.QuerySelector(".named-by")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal(2, page.QuerySelectorAll(".named-by a").Length);
    }
}
