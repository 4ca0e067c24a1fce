using AngleSharp.Html.Dom;
using KdramaMoments.Web.Pages.Moments;

namespace KdramaMoments.Tests.Pages;

/// <summary>A moment page answers at a glance: drama and year, episode, the couple before anyone else, the pull quote, tropes and the lists.</summary>
public sealed class MomentPageTests(SeededSite site) : IClassFixture<SeededSite>
{
    private Task<IHtmlDocument> GetAsync(string url) => site.Factory.CreateClient().GetDocumentAsync(url);

    private static string Squashed(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [Fact]
    public async Task Moment_HeaderPutsTheCoupleFirstAndTheVillainFurtherDown()
    {
        var page = await GetAsync("/moments/im-sol-and-sun-jae-the-rescue");
        var head = page.QuerySelector(".moment-head")!;
        Assert.Equal("Lovely Runner · episode 10", Squashed(head.QuerySelector(".moment-drama")!.TextContent));
        Assert.Equal("Im Sol (Kim Hye Yoon) & Ryu Sun Jae (Byeon Woo Seok)", Squashed(head.QuerySelector(".couple")!.TextContent));
        Assert.DoesNotContain("Kim Young Soo", head.TextContent, StringComparison.Ordinal);
        Assert.Contains("Kim Young Soo", page.QuerySelector(".also-in-it")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("If I end up dying to save you, I’ll be fine with that. That doesn’t matter.", head.QuerySelector(".pull-quote")!.TextContent.Trim());
        Assert.Contains("time travel", head.QuerySelectorAll(".tag-list a").Select(a => a.TextContent));
        var namedBy = head.QuerySelector(".named-by")!;
        Assert.StartsWith("Named by 1 list:", Squashed(namedBy.TextContent), StringComparison.Ordinal);
        Assert.Equal("/articles/000-d1c5d653134b6707#item-2", namedBy.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Moment_ShowsTheDramaYearAndNeverAnUnknownEpisode()
    {
        var drama = await GetAsync("/dramas/crash-landing-on-you");
        foreach (var href in drama.QuerySelectorAll(".moment-list a").Select(a => a.GetAttribute("href")!))
        {
            var page = await GetAsync(href);
            Assert.StartsWith("Crash Landing on You (2019)", Squashed(page.QuerySelector(".moment-drama")!.TextContent), StringComparison.Ordinal);
            Assert.DoesNotContain("episode unknown", page.Body!.TextContent, StringComparison.OrdinalIgnoreCase);
            Assert.Equal(2, page.QuerySelectorAll(".couple .person").Length);
        }
    }

    [Fact]
    public async Task Moment_OffersMoreOfTheDramaWithoutNamingTheDramaOnEveryCard()
    {
        var page = await GetAsync("/moments/eun-tak-and-kim-shin-the-rescue");
        var more = page.QuerySelectorAll("#more-couple ~ .moment-cards > li, #more-drama ~ .moment-cards > li");
        Assert.NotEmpty(more);
        Assert.Contains("More from Goblin", page.Texts("h2"));
        Assert.All(more, card => Assert.Null(card.QuerySelector("a.plain[href='/dramas/goblin']")));
        Assert.DoesNotContain("/moments/eun-tak-and-kim-shin-the-rescue", more.Select(card => card.QuerySelector("a")!.GetAttribute("href")));
    }

    [Fact]
    public void PullQuote_PrefersTheFirstQuoteShortEnoughToReadAtAGlance()
    {
        var long1 = new string('a', 200);
        Assert.Equal("Stay with me.", PullQuote.Choose([long1, "Stay with me.", "Later."]));
        Assert.Equal("Hi", PullQuote.Choose([long1, "Hi"])); // nothing fits: the shortest
        Assert.Null(PullQuote.Choose([]));
    }
}
