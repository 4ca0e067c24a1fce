using KdramaMoments.Web.Importing;

namespace KdramaMoments.Tests.Importing;

/// <summary>
/// What a copied web page keeps around an article that is not the list: a menu one entry a line under the masthead, a
/// section's kicker over the headline, an author's box, a lowercase byline, captions credited to a picture agency or a
/// broadcaster, a video player's caption, a newsletter's blurb, and a social post's hashtags before its comments.
/// </summary>
public sealed class PageHeaderTests
{
    private static string Lines(params string[] lines) => string.Join("\n", lines);

    private static readonly string[] ThreeItems =
    [
        "Moonlit Harbour Story",
        "Starring: Kang Min-jae as Han Seo-joon, Yoon Da-hee as Seo Yeon-woo",
        "",
        "A ferry captain and a marine biologist keep missing each other at the same pier until the typhoon season forces them to share a shelter.",
        "",
        "Paper Lanterns of Jongno",
        "Starring: Park Ji-hoon as Do Gyeom, Lee Soo-ah as Baek Ha-na",
        "",
        "A lantern maker and the civil servant sent to close her shop spend a winter arguing about permits and fall in love over tea.",
        "",
        "The Quiet Apartment",
        "Starring: Choi Woo-jin as Min Tae-oh, Han Yu-ri as Jang Bo-ra",
        "",
        "Two neighbours who only communicate by notes taped to their shared wall finally meet when the building floods on a Sunday.",
    ];

    [Fact]
    public void Segment_AMenuOneEntryALineUnderTheMasthead_IsNoItemAndTheHeadlineIsTheTitle()
    {
        var text = Lines([
            "DAILY BLOOM",
            "Style",
            "Beauty",
            "Home Life",
            "Women in Business",
            "Newsletter",
            "",
            "Three quiet romances for a long weekend",
            "",
            "If your week was loud, here are three gentle dramas that ask nothing of you but a blanket and an evening.",
            "",
            .. ThreeItems,
        ]);

        var segments = ArticleSegmenter.Segment(text)!;

        Assert.Equal("Three quiet romances for a long weekend", segments.Title);
        Assert.Equal(["Moonlit Harbour Story", "Paper Lanterns of Jongno", "The Quiet Apartment"], segments.Items.Select(i => i.Heading));
    }

    [Theory]
    [InlineData(new[] { "Style", "Beauty", "Home", "Travel" }, true)]
    [InlineData(new[] { "Site Name", "Tagline of the site here", "News", "Sport", "Culture", "Travel" }, true)]
    [InlineData(new[] { "Style", "Beauty", "Home" }, false)]
    [InlineData(new[] { "Goblin", "tvN, 2016", "Gong Yoo", "Kim Go-eun" }, false)]
    [InlineData(new[] { "She left at dawn and never looked back at the house.", "News", "Sport", "Culture", "Travel" }, false)]
    public void StackedMenus_FourShortCapitalisedEntriesAtTheTop_AreAMenu(string[] lines, bool menu) =>
        Assert.Equal(menu, PageFurniture.StackedMenus(lines).Any(m => m));

    [Fact]
    public void StackedMenus_ShortLinesFurtherDownThePage_AreNoMenu()
    {
        string[] lines = ["A headline about dramas", "", "An intro paragraph that runs on for more than twelve words so it reads as prose here.", "", "Style", "Beauty", "Home", "Travel"];

        Assert.DoesNotContain(true, PageFurniture.StackedMenus(lines));
    }

    [Fact]
    public void Segment_TheMenusEntrySetAgainOverTheHeadline_IsThePagesSectionNotItsTitle()
    {
        var text = Lines([
            "DAILY BLOOM",
            "Style",
            "Television",
            "Home Life",
            "Travel",
            "",
            "Television",
            "",
            "Three quiet romances for a long weekend and why they work",
            "Gentle dramas that ask nothing of you",
            "",
            "If your week was loud, here are three gentle dramas that ask nothing of you but a blanket and an evening.",
            "",
            .. ThreeItems,
        ]);

        var segments = ArticleSegmenter.Segment(text)!;

        Assert.Equal("Three quiet romances for a long weekend and why they work", segments.Title);
        Assert.Equal(3, segments.Items.Count);
    }

    [Fact]
    public void Parse_AnAuthorBoxAndALowercaseByline_AreNotItems()
    {
        foreach (var byline in new[] { "Minji Harper\nSenior Culture Writer\nSeoul", "by Minji Harper Lee" })
        {
            var text = Lines([
                "Three quiet romances for a long weekend",
                "Gentle dramas that ask nothing of you",
                "",
                byline,
                "",
                "If your week was loud, here are three gentle dramas where someone whispers \"I will wait for you.\" and means it, and nothing else is asked of you.",
                "",
                .. ThreeItems,
            ]);

            var article = ArticleParser.Parse(text).Article!;

            Assert.Equal(["Moonlit Harbour Story", "Paper Lanterns of Jongno", "The Quiet Apartment"], article.Items.Select(i => i.Drama.Title));
            Assert.DoesNotContain(article.Items, i => i.Quotes.Count > 0);
        }
    }

    [Theory]
    [InlineData("The pair at a charity gala in Busan last spring (Getty Images)")]
    [InlineData("Both leads on the red carpet in 2023 (Shutterstock)")]
    [InlineData("Kang Min-jae and Yoon Da-hee in ‘Moonlit Harbour Story’ (Netflix)")]
    [InlineData("WATCH: The drama couples who made it official off screen")]
    [InlineData("Loading the player...")]
    [InlineData("Get the week's best TV picks delivered straight to your inbox every Friday.")]
    [InlineData("by Minji Harper Lee")]
    [InlineData("Written by Dana Whitfield | Updated on Mar 3, 2026, 10:15 AM IST")]
    [InlineData("Edited by Joon Carter")]
    public void IsNoise_CaptionsVideoPlayersNewsletterBlurbsAndLowercaseBylines(string line) =>
        Assert.True(PageFurniture.IsNoise(line));

    [Theory]
    [InlineData("Moonlit Harbour Story (Netflix)")]
    [InlineData("Kang Min-jae and Yoon Da-hee in ‘Moonlit Harbour Story’")]
    [InlineData("by the time the rain stops, she has already left the station")]
    [InlineData("Written by Seo Ha-neul, 'Harbour Nights' is an omnibus drama set in a port town. Kang Min-jae plays Han Seo-joon, a truck vendor, and Yoon Da-hee plays Seo Yeon-woo, who runs the ferry office.")]
    public void IsNoise_HeadingsAndPlainLines_AreKept(string line) =>
        Assert.False(PageFurniture.IsNoise(line));

    [Fact]
    public void Parse_ASocialPostsHashtags_EndItsLastItemBeforeTheComments()
    {
        var text = Lines([
            "three comfort dramas for a rainy week",
            "",
            "🌧️ Moonlit Harbour Story (2018)",
            "the ferry captain and the biologist keep missing each other at the pier and it is the softest thing i have watched all year",
            "",
            "☕ Paper Lanterns of Jongno (2021)",
            "a lantern maker and a civil servant argue about permits all winter and fall in love over barley tea, honestly perfect",
            "",
            "🏠 The Quiet Apartment (2023)",
            "two neighbours talk only through notes on their shared wall until the flood, and the last episode made me cry twice",
            "",
            "#kdrama #comfortdrama #rainyday #watchlist",
            "",
            "Comments",
            "rainy.reader: \"softest thing i have watched\" is so true, i need this now",
        ]);

        var last = ArticleParser.Parse(text).Article!.Items[^1];

        Assert.Equal("The Quiet Apartment", last.Drama.Title);
        Assert.Empty(last.Quotes);
        Assert.DoesNotContain(last.Drama.AlternateTitles, t => t.Contains('#', StringComparison.Ordinal));
    }

    [Fact]
    public void Segment_ASectionsNameOverTheHeadline_IsNoItemAndTheHeadlineIsTheTitle()
    {
        var text = Lines([
            "CULTURE",
            "",
            "3 Quiet Romances Where the Weather Is Also the Love Story",
            "",
            "Rain, fog and a typhoon: these couples prove that the forecast is never just small talk.",
            "",
            "By Minji Harper",
            "",
            .. ThreeItems,
        ]);

        var segments = ArticleSegmenter.Segment(text)!;

        Assert.Equal("3 Quiet Romances Where the Weather Is Also the Love Story", segments.Title);
        Assert.Equal(["Moonlit Harbour Story", "Paper Lanterns of Jongno", "The Quiet Apartment"], segments.Items.Select(i => i.Heading));
    }

    [Fact]
    public void Segment_ASkipLinkAndASubscribeButtonAboveTheHeadline_AreNeitherTitleNorTheFootersStart()
    {
        var text = Lines([
            "Skip to main content",
            "",
            "BLOOM",
            "",
            "Style",
            "Beauty",
            "Home Life",
            "Travel",
            "Video",
            "",
            "Subscribe",
            "Sign In",
            "Search",
            "",
            "Three quiet romances for a long weekend",
            "",
            "If your week was loud, here are three gentle dramas that ask nothing of you but a blanket and an evening.",
            "",
            "By Minji Harper",
            "February 7, 2031",
            "",
            "Save this story",
            "",
            .. ThreeItems,
        ]);

        var segments = ArticleSegmenter.Segment(text)!;

        Assert.Equal("Three quiet romances for a long weekend", segments.Title);
        Assert.Equal(["Moonlit Harbour Story", "Paper Lanterns of Jongno", "The Quiet Apartment"], segments.Items.Select(i => i.Heading));
    }

    [Fact]
    public void Parse_ReadLinksBetweenItems_AreFurnitureAndEndNoItem()
    {
        var text = Lines([
            "Three quiet romances for a long weekend",
            "",
            "If your week was loud, here are three gentle dramas that ask nothing of you but a blanket and an evening.",
            "",
            "The ferry that never waits",
            "",
            "In \"Moonlit Harbour Story\" (2031), a ferry captain (Kang Min-jae) and a marine biologist (Yoon Da-hee) keep missing each other at the same pier.",
            "",
            "READ: Kang Min-jae, Yoon Da-hee confirm second project together",
            "",
            "The permit that became a promise",
            "",
            "In \"Paper Lanterns of Jongno\" (2030), a lantern maker (Lee Soo-ah) and the civil servant (Park Ji-hoon) sent to close her shop fall in love over tea.",
            "",
            "READ: Jongno lantern shop from the drama draws visitors",
            "",
            "Notes through the wall",
            "",
            "In \"The Quiet Apartment\" (2032), two neighbours (Choi Woo-jin and Han Yu-ri) who only talk by notes finally meet when the building floods.",
        ]);

        var article = ArticleParser.Parse(text).Article!;

        Assert.Equal(["Moonlit Harbour Story", "Paper Lanterns of Jongno", "The Quiet Apartment"], article.Items.Select(i => i.Drama.Title));
        Assert.True(PageFurniture.IsNoise("READ: Kang Min-jae, Yoon Da-hee confirm second project together"));
    }

    [Fact]
    public void Parse_CardFieldsOpenedByAnArticle_TheCouple_AreTheCardsFieldsNotItsHeadings()
    {
        Assert.Equal([new FactLine("Couple", "Han Seo-joon (Kang Min-jae) and Seo Yeon-woo (Yoon Da-hee)")],
            FactLines.Read("The couple: Han Seo-joon (Kang Min-jae) and Seo Yeon-woo (Yoon Da-hee)"));
        var text = Lines([
            "Three quiet romances for a long weekend",
            "",
            "If your week was loud, here are three gentle dramas that ask nothing of you but a blanket and an evening.",
            "",
            "Moonlit Harbour Story",
            "",
            "Year: 2031",
            "The couple: Han Seo-joon (Kang Min-jae) and Seo Yeon-woo (Yoon Da-hee)",
            "The moment: Seo-joon holding the last ferry for her",
            "",
            "A ferry captain and a marine biologist keep missing each other at the same pier until the typhoon season forces them to share a shelter.",
            "",
            "Paper Lanterns of Jongno",
            "",
            "Year: 2030",
            "The couple: Baek Ha-na (Lee Soo-ah) and Do Gyeom (Park Ji-hoon)",
            "The moment: Gyeom tearing up the closing order",
            "",
            "A lantern maker and the civil servant sent to close her shop spend a winter arguing about permits and fall in love over tea.",
            "",
            "The Quiet Apartment",
            "",
            "Year: 2032",
            "The couple: Jang Bo-ra (Han Yu-ri) and Min Tae-oh (Choi Woo-jin)",
            "The moment: the first note answered in person",
            "",
            "Two neighbours who only communicate by notes taped to their shared wall finally meet when the building floods on a Sunday.",
        ]);

        var article = ArticleParser.Parse(text).Article!;

        Assert.Equal([("Moonlit Harbour Story", 2031), ("Paper Lanterns of Jongno", 2030), ("The Quiet Apartment", 2032)],
            article.Items.Select(i => (i.Drama.Title, i.Drama.Year ?? 0)));
        Assert.Contains(article.Items[0].Cast, c => (c.Character, c.Actor) == ("Han Seo-joon", "Kang Min-jae"));
    }

    [Fact]
    public void Segment_AMagazinePageWithASubscribeButtonOverItsKicker_ReadsItsHeadlineAsTheTitle()
    {
        // A page of the Blind16 corpus set, whose "Subscribe" above the headline once marked the footer's start.
        var path = Path.Combine(Corpus.CorpusTests.Folder("Blind16"), "05-allure-makeover-romances.txt");

        var segments = ArticleSegmenter.Segment(File.ReadAllText(path))!;

        Assert.Equal("7 K-Drama Romances Where the Makeover Is Also the Love Story", segments.Title);
    }
}
