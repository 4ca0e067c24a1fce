using System.Net;
using KdramaMoments.Web.Markdown;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Tests.Spoilers;

public sealed class SpoilerTests : FreshSiteTests
{
    [Fact]
    public void SpoilerContainer_BecomesACollapsedDetails_AndNothingElseSurvives()
    {
        var html = MarkdownRenderer.ToSafeHtml("Before.\n\n:::spoiler\nShe **remembers** him.\n<script>alert(1)</script>\n:::\n\n:::warning\nKept as text.\n:::");
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        var details = Assert.Single(document.QuerySelectorAll("details.spoiler"));
        Assert.Null(details.GetAttribute("open"));
        Assert.Equal("Spoiler: reveal", details.QuerySelector("summary")!.TextContent);
        Assert.Equal("remembers", details.QuerySelector("strong")!.TextContent);
        Assert.Empty(document.QuerySelectorAll("script, div, [class=warning]"));
        Assert.Contains("Kept as text.", document.Body!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("<p>Before.</p>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/moments?drama=crash-landing-on-you", ".moment-cards > li")]
    [InlineData("/dramas/crash-landing-on-you", "#moments ~ ol > li")]
    [InlineData("/actors/hyun-bin", "#moments + ul > li")]
    [InlineData("/couples/hyun-bin-son-ye-jin", ".moment-cards > li")]
    [InlineData("/tags/kiss", ".moment-cards > li")]
    [InlineData("/search?q=crash+landing&kind=moment", ".results > li")]
    public async Task EveryListing_TellsTheGateEachMomentsDramaAndEpisode(string url, string items)
    {
        var episodes = (await Factory.WithDbAsync(db => db.Moments.Select(m => new { m.Slug, Drama = m.Drama.Slug, m.Episode }).ToListAsync()))
            .ToDictionary(m => "/moments/" + m.Slug, m => (m.Drama, m.Episode));
        var page = await Factory.CreateClient().GetDocumentAsync(url);
        var listed = page.QuerySelectorAll(items);
        Assert.NotEmpty(listed);
        foreach (var item in listed)
        {
            var (drama, episode) = episodes[item.QuerySelector("a[href^='/moments/']")!.GetAttribute("href")!];
            Assert.Equal(drama, item.GetAttribute("data-drama"));
            Assert.Equal(episode?.ToString(System.Globalization.CultureInfo.InvariantCulture), item.GetAttribute("data-episode"));
        }
    }

    [Fact]
    public async Task EditorsMarks_ASpoilerTropedMomentIsFlagged_AndASpoilerPassageIsCollapsedOnItsPage()
    {
        var slug = await Factory.WithDbAsync(async db =>
        {
            var moment = await db.Moments.Include(m => m.Tags).OrderBy(m => m.Id).FirstAsync(m => m.Drama.Slug == "goblin");
            moment.Tags.Add(new Web.Domain.Tag { Slug = "spoiler", Name = "spoiler" });
            moment.Description = "Why it matters.\n\n:::spoiler\nHe disappears in the end.\n:::";
            await db.SaveChangesAsync();
            return moment.Slug;
        });
        var client = Factory.CreateClient();
        var listed = (await client.GetDocumentAsync("/moments?drama=goblin")).QuerySelector($".moment-cards > li:has(a[href='/moments/{slug}'])")!;
        Assert.Equal("true", listed.GetAttribute("data-spoiler"));
        var page = await client.GetDocumentAsync($"/moments/{slug}");
        Assert.Equal("He disappears in the end.", page.QuerySelector("details.spoiler p")!.TextContent);
        Assert.DoesNotContain("He disappears", page.QuerySelector("details.spoiler summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/tags/spoiler")).StatusCode);
    }
}
