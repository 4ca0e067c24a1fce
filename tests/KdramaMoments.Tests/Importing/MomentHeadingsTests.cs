using static KdramaMoments.Tests.Importing.ArticleBlocks;

namespace KdramaMoments.Tests.Importing;

/// <summary>
/// Headings that name the moment or the couple rather than the drama, as magazines write them (the twenty-fourth blind
/// set's Tom's Guide and Shondaland lists), and the page's top above the headline. The dramas are invented, so only the
/// layout can make these pass.
/// </summary>
public sealed class MomentHeadingsTests
{
    private const string Intro = "Some scenes stay with you long after the credits roll, and these are the ones we still go back to on our own, without rewatching the whole series first.";

    [Fact]
    public void MomentHeadingsWithTheTitleInSingleQuotes_EachRightOverItsParagraph_AreTheList_ARelatedHeadlineIsNot()
    {
        var article = Parse(
            "Six harbour scenes we still rewatch",
            "By Jane Doe",
            Intro,
            "The last ferry home in 'Lighthouse'",
            "Yes, I know the debate around the ending of 'Lighthouse' (2018) is still raging. The captain waits at the end of the pier every evening, all summer long.",
            "The flood night on the stairs in 'Tidewater'",
            "Two neighbours who only talk through notes on the wall finally meet when the water comes up the stairs, and neither of them says a word for a full minute.",
            "The lantern on the old bridge in 'Lanterns'",
            "Do Gyeom lifts the lantern so Seo Ha-neul can see his face at last, and the whole bridge goes quiet. Nothing in the rest of the show tops that moment.",
            // No "More to Read" over the related headlines: only their shape (a headline over a headline, not over a paragraph) tells them apart.
            "Why 'Lighthouse' still tops the list for first-time viewers of romance dramas",
            "From 'Winter Letters' to 'Tidewater': How romance dramas conquered the U.S.",
            "Jane Doe is a staff writer who covers television and streaming for the magazine.");

        Assert.Equal(["The last ferry home in 'Lighthouse'", "The flood night on the stairs in 'Tidewater'", "The lantern on the old bridge in 'Lanterns'"],
            article.Items.Select(i => i.Heading));
        Assert.Equal(["Lighthouse", "Tidewater", "Lanterns"], article.Items.Select(i => i.Drama.Title));
    }

    [Fact]
    public void CouplesHeadings_EachOverAPictureCreditAndAParagraphThatDatesItsDrama_AreTheList()
    {
        var article = Parse(
            "The couples who made us believe in slow love again",
            "By Jane Doe",
            Intro,
            "Baek Do-hwan and Yoo Seon-mi",
            "tvN",
            "Moonlit Harbour Story (2018) is about a ferry captain, Baek Do-hwan (Kang Min-jae), who waits at the end of the pier every evening for Yoo Seon-mi (Seo Ha-ram).",
            "Park Seo-jun and Choi Mi-rae",
            "JTBC",
            "The Quiet Apartment (2023) follows Park Seo-jun (Han Ji-woo) and Choi Mi-rae (Lee Da-in), two neighbours who only talk through notes on the wall.",
            "Do Gyeom and Seo Ha-neul",
            "MBC",
            "Paper Lanterns of Jongno (2021) is a period romance: Do Gyeom (Jung Tae-oh) makes lanterns and has loved Seo Ha-neul (Yoon Bo-ra) since they were children.");

        Assert.Equal(["Baek Do-hwan and Yoo Seon-mi", "Park Seo-jun and Choi Mi-rae", "Do Gyeom and Seo Ha-neul"], article.Items.Select(i => i.Heading));
        Assert.Equal(["Moonlit Harbour Story", "The Quiet Apartment", "Paper Lanterns of Jongno"], article.Items.Select(i => i.Drama.Title));
    }

    [Fact]
    public void AHeadingInTitleCase_ThatTheTextRepeatsOnlyInLowerCase_IsTheMomentsName_NotATitle()
    {
        var article = Parse(
            "The couples who made us believe in slow love again",
            "By Jane Doe",
            Intro,
            "Baek Do-hwan and Yoo Seon-mi",
            "*Moonlit Harbour Story* (2018) is about a ferry captain, Baek Do-hwan, who waits at the end of the pier every evening for Yoo Seon-mi.",
            "Park Seo-jun and Choi Mi-rae",
            "*The Quiet Apartment* (2023) follows Park Seo-jun and Choi Mi-rae, two neighbours who only talk through notes on the wall.",
            "The Paper Crane",
            "Everyone who watched *Paper Lanterns of Jongno* (2021) remembers it. The paper crane Do Gyeom leaves on her window every night is the whole love story.",
            "Kang Tae-won and Lee Min-seo",
            "*Winter Letters* (2016) gives Kang Tae-won nine years of undelivered letters before Lee Min-seo comes home.");

        Assert.Equal(["Moonlit Harbour Story", "The Quiet Apartment", "Paper Lanterns of Jongno", "Winter Letters"], article.Items.Select(i => i.Drama.Title));
        Assert.Equal("The Paper Crane", article.Items[2].Heading);
    }

    [Theory]
    [InlineData("Entertainment", "Jane Doe and Site Staff", "Site staff")]
    [InlineData("Streaming\nNetflix", "Features", "By Jane Doe published 12 February 2024")]
    public void ASectionsNameOverTheHeadline_WithTheAuthorsOrALabelUnderIt_IsNotTheTitle(string kicker, string under1, string under2)
    {
        var article = ParseText(kicker + "\n\n\"It Stays With Me\": 3 Harbour Romance Moments Fans Still Think About\n\n" + under1 + "\n" + under2 + "\n\n" + Intro
            + "\n\n#1 Moonlit Harbour Story (2018)\n\nThe ferry captain waits at the end of the pier every evening, all summer long, until she walks out to him."
            + "\n\n#2 The Quiet Apartment (2023)\n\nTwo neighbours who only talk through notes on the wall finally meet on the night of the flood."
            + "\n\n#3 Paper Lanterns of Jongno (2021)\n\nDo Gyeom lifts the lantern on the bridge so Seo Ha-neul can finally see his face.");

        Assert.Equal("\"It Stays With Me\": 3 Harbour Romance Moments Fans Still Think About", article.Title);
        Assert.Equal(3, article.Items.Count);
    }
    [Fact]
    public void ThemeHeadings_OverFirstSentencesNamingAKnownDrama_TakeItsDramaAndYear_TheSameShowGoesOnWithTheOneBefore()
    {
        var article = Parse(
            "The Page",
            "News | Sport | Movies | TV | Podcasts",
            "TV",
            "The Quietest Confessions Are the Loudest",
            "The best romantic moments in K-dramas are the ones said a little too late to change anything at all.",
            "By Jane Doe",
            "Netflix/tvN/Page illustration",
            Intro,
            "The Wrong Village",
            "Nothing in Crash Landing on You looks like a love story at first. It is a 2019 comedy about a paraglider who lands on the wrong side of a border, and the soldier who hides her.",
            "Rain",
            "The same show saves its real confession for the end, when he finally says her name out loud in the snow and she turns round.",
            "The Seaside",
            "And then there is Hometown Cha-Cha-Cha, the 2021 seaside comedy about a dentist and the village's handyman. The first time he sits beside her on the sea wall is the one everyone remembers.",
            "Sign up for our newsletter");

        Assert.Equal("The Quietest Confessions Are the Loudest", article.Title);
        Assert.Equal(["The Wrong Village", "Rain", "The Seaside"], article.Items.Select(i => i.Heading));
        Assert.Equal(["Crash Landing on You", "Crash Landing on You", "Hometown Cha-Cha-Cha"], article.Items.Select(i => i.Drama.Title));
        Assert.Equal([2019, 2019, 2021], article.Items.Select(i => i.Drama.Year));
    }

    [Fact]
    public void AOneWordThemeHeading_TheTextRepeatsOnlyOpeningAQuotation_IsNoTitle()
    {
        var article = Parse(
            "Three confessions that came too late",
            "By Jane Doe",
            Intro,
            "Worship",
            "Nothing in Crash Landing on You prepares you for the day he asks her, in the snow: “Worship me.” She laughs, and then she does not.",
            "The Sea Wall",
            "In Hometown Cha-Cha-Cha, the handyman sits beside the dentist on the sea wall and says nothing at all for a full minute, which is the confession.",
            "The Rooftop",
            "Because This Is My First Life ends on a rooftop, where the lodger finally tells his landlady that the contract was never the point.");

        Assert.Equal(["Crash Landing on You", "Hometown Cha-Cha-Cha", "Because This Is My First Life"], article.Items.Select(i => i.Drama.Title));
    }
    [Fact]
    public void AMastheadOverTheSitesOwnShortLines_ThenTheHeadline_TheHeadlineIsTheTitle_ASectionLabelUnderItIsNoItem()
    {
        var article = Parse(
            "ScreenHub",
            "The home of honest screen advice",
            "Search",
            "Sign in",
            "Entertainment > Streaming > Netflix",
            "Six harbour scenes to stream this weekend, from a lantern bridge to a flooded stairwell",
            "Features",
            "By Jane Doe",
            Intro,
            "Moonlit Harbour Story (2018)",
            "Baek Do-hwan waits at the end of the pier every evening, all summer long, and never once says why he is there.",
            "The Quiet Apartment (2023)",
            "Two neighbours who only talk through notes on the wall finally meet when the water comes up the stairs.",
            "Paper Lanterns of Jongno (2021)",
            "Do Gyeom lifts the lantern so Seo Ha-neul can see his face at last, and the whole bridge goes quiet.");

        Assert.Equal("Six harbour scenes to stream this weekend, from a lantern bridge to a flooded stairwell", article.Title);
        Assert.Equal(["Moonlit Harbour Story", "The Quiet Apartment", "Paper Lanterns of Jongno"], article.Items.Select(i => i.Drama.Title));
    }
}
