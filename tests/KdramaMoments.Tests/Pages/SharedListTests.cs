using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Tests.Pages;

public sealed class SharedListTests(SeededSite site) : IClassFixture<SeededSite>
{
    [Fact]
    public async Task SharedLink_RendersExactlyThoseMomentsInItsOrder_WithItsShareCard()
    {
        var moments = await site.Factory.WithDbAsync(db => db.Moments.OrderByDescending(m => m.Id).Take(4).Select(m => new { m.Id, m.Slug, m.Title }).ToListAsync());
        var order = new[] { moments[2], moments[0], moments[3] };
        var link = "/lists/shared?ids=" + string.Join(',', order.Select(m => m.Id.ToString(CultureInfo.InvariantCulture)));

        var page = await site.Factory.CreateClient().GetDocumentAsync(link);
        Assert.Equal(order.Select(m => "/moments/" + m.Slug), page.QuerySelectorAll(".shared-list > li > a:first-child").Select(a => a.GetAttribute("href")));
        Assert.Equal("A list of 3 K-drama moments", page.QuerySelector("meta[property='og:title']")!.GetAttribute("content"));
        Assert.Contains(order[0].Title, page.QuerySelector("meta[property='og:description']")!.GetAttribute("content"), StringComparison.Ordinal);
        Assert.EndsWith(link, page.QuerySelector("#share-url")!.GetAttribute("value"), StringComparison.Ordinal);
        // Opening the link again, as anyone would, shows the same list.
        var again = await site.Factory.CreateClient().GetDocumentAsync(page.QuerySelector("#share-url")!.GetAttribute("value")!.Replace("http://localhost", "", StringComparison.Ordinal));
        Assert.Equal(page.Texts(".shared-list > li > a:first-child"), again.Texts(".shared-list > li > a:first-child"));
    }

    [Fact]
    public async Task SharedLink_SkipsUnknownAndRepeatedIds_AndSaysSo()
    {
        var id = await site.Factory.WithDbAsync(db => db.Moments.OrderBy(m => m.Id).Select(m => m.Id).FirstAsync());
        var page = await site.Factory.CreateClient().GetDocumentAsync($"/lists/shared?ids={id},{id},999999,abc,-4");
        Assert.Single(page.QuerySelectorAll(".shared-list > li"));
        Assert.Contains("1 moment of this list is no longer in the catalogue", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/lists/shared")]
    [InlineData("/lists/shared?ids=")]
    [InlineData("/lists/shared?ids=%00,%27,99999999999999999999")]
    [InlineData("/lists/shared?ids=1&ids=2")]
    public async Task SharedLink_AnyShape_AnswersAPage(string url)
    {
        Assert.Equal(HttpStatusCode.OK, (await site.Factory.CreateClient().GetAsync(url)).StatusCode);
    }
}
