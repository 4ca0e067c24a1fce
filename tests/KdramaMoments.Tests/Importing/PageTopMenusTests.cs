using KdramaMoments.Web.Importing;
using static KdramaMoments.Tests.Importing.ArticleBlocks;

namespace KdramaMoments.Tests.Importing;

/// <summary>
/// What the twenty-eighth blind set's pages carry over their headline: a site's menu copied as one line of single-spaced
/// words, a menu of a dozen entries (a paragraph's count of words), a bar of trending topics, and a path from "Home" that
/// ends in the headline itself; the thirtieth's, a menu of the site's editions by language. None is the title. The dramas
/// are invented.
/// </summary>
public sealed class PageTopMenusTests
{
    private static readonly string[] Items =
    [
        "1. Salt Wind Prince (2031)",
        "Ma Do-yun (Baek Ji-ho) waits at the ferry for three episodes, and Seo Ha-ram (Yoon Chae-rin) finally comes back.",
        "2. Lantern Market (2030)",
        "Go Eun-seol (Han Da-bin) keeps the last lantern lit for Ryu Tae-kang (Kim Woo-seok) long after the market closes.",
        "3. The Iron Oar (2029)",
        "Cha Gun (Lee Seo-jun) steadies the hands of Jang Mi-so (Park Ha-yeon) on the oar until the boat stops turning.",
    ];

    private const string Headline = "Three harbour confessions that still make us cry";

    [Theory]
    [InlineData("News Sport Business Money Opinion Travel Health Lifestyle Culture Puzzles Podcasts")]
    [InlineData("Eat & Drink   Entertainment   Travel   Shopping   Health & Beauty   Home   Things To Do")]
    // Entries set apart by runs of spaces, a dozen words of them, none a section's usual name.
    [InlineData("Seoul Stories   Busan Diaries   Jeju Notes   Incheon Days   Daegu Letters   Gwangju Walks")]
    [InlineData("Trending: Lunar New Year 2032, Harbour Festival, Salt Wind Prince, Budget 2032")]
    [InlineData("Home » Entertainment » Three harbour confessions that still make us cry")]
    // The site's editions by language, some in scripts without capitals.
    [InlineData("عربي | Français | 日本語 | 한국어")]
    public void AMenuOrTrendingBarOverTheHeadline_IsNoTitle(string pageLine)
    {
        var article = Parse(["The Daily Harbour", pageLine, Headline, "By Mina Park", "We asked readers for the scenes they cannot forget, and these three came up again and again.", .. Items]);

        Assert.Equal(Headline, article.Title);
        Assert.Equal(["Salt Wind Prince", "Lantern Market", "The Iron Oar"], article.Items.Select(i => i.Drama.Title));
    }

    [Theory]
    [InlineData("News Sport Business Money Opinion Travel Health Culture", true)]
    [InlineData("Food & Drink Travel Style Beauty & Grooming Culture Entertainment Living Wellness Gaming", true)]
    // A headline in title case names its subject, not a site's sections; a sentence or a title with its year is no menu.
    [InlineData("Crash Landing On You Ending Explained By Its Writer", false)]
    [InlineData("Health And Beauty Secrets From Seoul Every Fan Should Know", false)]
    [InlineData("News Sport Business Money Opinion Travel 2032", false)]
    [InlineData("Home Travel Health", false)]
    public void AWordMenu_IsMostlyTheWordsSitesNameSectionsWith(string line, bool menu) =>
        Assert.Equal(menu, PageFurniture.IsWordMenu(line));

    [Theory]
    [InlineData("Trending: Lunar New Year 2032, Harbour Festival, Salt Wind Prince", true)]
    [InlineData("Trending Now: Upcoming Phones · Best Laptops · Netflix India", true)]
    // Two entries, or a sentence after the label, are no bar of topics.
    [InlineData("Trending: Salt Wind Prince, Lantern Market", false)]
    [InlineData("Trending: the one scene everyone has been talking about all week, again, and again", false)]
    public void ATrendingBar_IsItsLabelOverThreeShortEntries(string line, bool bar) =>
        Assert.Equal(bar, PageFurniture.IsTrendingBar(line));
}
