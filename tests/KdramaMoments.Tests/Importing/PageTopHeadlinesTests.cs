using static KdramaMoments.Tests.Importing.ArticleBlocks;

namespace KdramaMoments.Tests.Importing;

/// <summary>
/// A page pasted whole opens with the site's own lines (its name, menus, a trail, a date, notices, a tagline) over the
/// headline, which its dek or its byline follows. The headline is the article's title; none of those lines is, and none
/// is an item.
/// </summary>
public sealed class PageTopHeadlinesTests
{
    private const string Headline = "Three Couples Who Got a Second Chance";

    private const string Intro = "Second chances are the genre's favourite promise, and these three couples keep it better than most of the shows we watched this year.";

    [Theory]
    // The site's name, a plea, its menu on one line, a section: the headline is the first line of a headline's length
    // over the dek's sentence and the authors.
    [InlineData("The Daily Harbour\nSupport independent journalism with £5 per month\nNews  Opinion  Sport  Culture  Lifestyle\nTV & radio\n" + Headline + "\nExes, neighbours and one very stubborn civil servant.\nMina Park and Jo Reyes\nSat 7 Feb 2026 06.00 GMT")]
    // A date over the headline is the page's, however long the line.
    [InlineData("Harbour Diaries\nSaturday, February 15, 2026\n" + Headline + "\nBy Mina Park\n\n" + Intro)]
    [InlineData("Harbour Post\nMon, February 9, 2026 at 10:00 AM EST\n" + Headline + "\nExes, neighbours and one very stubborn civil servant.")]
    // The site's name glued to a skip link, and an affiliate notice above the section's name.
    [InlineData("Skip to contentSkip to site index\nWhen you purchase through links on our site, we may earn an affiliate commission.\nTelevision\n" + Headline + "\nExes, neighbours and one very stubborn civil servant.")]
    // A masthead's tagline over the headline.
    [InlineData("Harbour\nThe source for streaming advice\n" + Headline + "\nFeatures\nExes, neighbours and one very stubborn civil servant, in a list for the weekend ahead.")]
    // The share buttons under the byline mark no footer so near the top.
    [InlineData("Daily Bloom\n" + Headline + "\nMina Park\nComment now\nShare this article via facebook  Share this article via x  Copy link\nExes, neighbours and one very stubborn civil servant, in a list for the weekend ahead.")]
    public void TheSitesOwnLinesOverTheHeadline_LeaveTheHeadlineAsTheTitle_AndNoneIsAnItem(string pageTop)
    {
        var article = Parse([pageTop, .. CoupleSections]);

        Assert.Equal(Headline, article.Title);
        Assert.Equal(["Han Seo-joon and Seo Yeon-woo", "Do Gyeom and Baek Ha-na", "Min Tae-oh and Jang Bo-ra"], article.Items.Select(i => i.Heading));
    }

    [Fact]
    public void AHeadlineOpeningWithTheCountItPromises_IsTheTitle()
    {
        var article = Parse(["Bloom\nTV and Movies\n3 Harbour Couples Who Made Me Scream Into A Pillow At 2 A.M.\nSorry to my neighbours. And my cat.\nBloom Staff", .. CoupleSections]);

        Assert.Equal("3 Harbour Couples Who Made Me Scream Into A Pillow At 2 A.M.", article.Title);
        Assert.Equal(3, article.Items.Count);
    }

    [Fact]
    public void AShortTitleOverItsFirstHeading_StaysTheTitle_AndTheHeadingAnItem()
    {
        var article = Parse(["Second chances", .. CoupleSections]);

        Assert.Equal("Second chances", article.Title);
        Assert.Equal(3, article.Items.Count);
    }

    [Fact]
    public void AHeadlineDatedUnderItsDek_OverSubheadingsOfItsShape_IsTheTitleNotAnItem()
    {
        var article = Parse(
            "The Harbour Review\nNews | Movies | TV | Podcasts",
            "The Confessions That Came Too Late",
            "The most devastating romantic moments are the words said a little after they could change anything.",
            "Feb 14, 2026, 6:00am EST",
            "The Ferry Captain",
            "Moonlit Harbour Story (2018) follows the ferry captain Han Seo-joon, who keeps missing the biologist Seo Yeon-woo at the pier until the typhoon takes the pier away.",
            "The Lantern Maker",
            "Paper Lanterns of Jongno (2021) is about a civil servant, Do Gyeom, who argues with the lantern maker Baek Ha-na all winter and says it only when she has gone.",
            "The Flood",
            "The Quiet Apartment (2023) follows Min Tae-oh and Jang Bo-ra, two neighbours who only write notes until the flood, when neither of them says a word.");

        Assert.Equal("The Confessions That Came Too Late", article.Title);
        Assert.Equal(["The Ferry Captain", "The Lantern Maker", "The Flood"], article.Items.Select(i => i.Heading));
    }

    [Fact]
    public void AMarkdownFilesFirstHeading_IsTheTitle_OverTheNotesUnderIt()
    {
        var article = Parse(
            "# Harbour comfort scenes\n## About this file",
            "Stuff I rewatch when the week is bad or when I can't sleep. One scene per entry,\nquotes written from memory so they are probably a bit off.",
            "## Scenes",
            "### Moonlit Harbour Story (2018)",
            "The pier at the end of summer, where he has waited every evening, and where he finally says that he was never waiting for the boat.",
            "### Paper Lanterns of Jongno (2021)",
            "The lantern on the bridge, when Do Gyeom finally lifts it so that Baek Ha-na can see his face, and the whole bridge goes quiet around them.",
            "### The Quiet Apartment (2023)",
            "The flood night on the stairs, when the two neighbours who only ever wrote notes on the wall open their doors and neither says a word.");

        Assert.Equal("Harbour comfort scenes", article.Title);
        Assert.Equal(["Moonlit Harbour Story", "Paper Lanterns of Jongno", "The Quiet Apartment"], article.Items.Select(i => i.Drama.Title));
    }
}
