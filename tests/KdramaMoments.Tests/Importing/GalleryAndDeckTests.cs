using static KdramaMoments.Tests.Importing.ArticleBlocks;

namespace KdramaMoments.Tests.Importing;

/// <summary>
/// Shapes first met in the eighteenth blind set, each read by a general rule: a gallery that counts its slides out of
/// their total ("3 / 7") over each slide's card, a slide whose picture credit stands between its counter and its title,
/// an essay whose sections are headed by their numbers alone ("II.") over prose that names the drama, and a news site's
/// picture blocks ("Enlarge this image" … "toggle caption") and sponsor labels between its sections, and a flashcard
/// deck's text export whose cards answer a clue with the drama's dated title.
/// </summary>
public sealed class GalleryAndDeckTests
{
    private const string Intro = "Romance clips travel further than trailers now, and these are the scenes people keep sharing with their friends.";

    [Theory]
    [InlineData("{0} / 3")]
    [InlineData("{0}/3")]
    [InlineData("{0} of 3")]
    public void SlidesCountedOutOfTheirTotal_OverEachSlidesCard_AreTheItems(string counter)
    {
        string Slide(int n, string drama, string year, string cast, string text) =>
            $"{string.Format(System.Globalization.CultureInfo.InvariantCulture, counter, n)}\nDrama: {drama}\nYear: {year}\nCast: {cast}\n{text}\nPhoto: tvN";

        var article = Parse("A Gallery Of Scenes", Intro,
            Slide(1, "Goblin", "2016", "Gong Yoo (Kim Shin), Kim Go-eun (Ji Eun-tak)", "The first snow on the breakwater is the scene fans still replay every winter."),
            Slide(2, "Crash Landing on You", "2019", "Hyun Bin (Ri Jeong-hyeok), Son Ye-jin (Yoon Se-ri)", "A paraglider lands in the wrong country and in the right arms, which is how it all begins."),
            Slide(3, "Reply 1988", "2015", "Park Bo-gum (Choi Taek), Lee Hye-ri (Sung Deok-sun)", "A quiet kiss in a small room answers a question the whole neighbourhood had been asking."));

        Assert.Equal(["Goblin", "Crash Landing on You", "Reply 1988"], article.Items.Select(i => i.Drama.Title));
        Assert.Equal(2019, article.Items[1].Drama.Year);
        Assert.Contains(article.Items[0].Cast, c => c.Character == "Kim Shin" && c.Actor == "Gong Yoo");
    }

    [Fact]
    public void ACounterAlone_HeadsNothing_AndStaysOutOfTheText()
    {
        var article = Parse("Three Kisses", Intro,
            "1. Goblin (2016)", "The first snow on the breakwater is the scene fans still replay every winter.",
            "2. Crash Landing on You (2019)", "A paraglider lands in the wrong country and in the right arms, which is how it all begins.",
            "3. Reply 1988 (2015)", "A quiet kiss in a small room answers a question the whole neighbourhood had been asking.",
            "1 / 2");

        Assert.Equal(["Goblin", "Crash Landing on You", "Reply 1988"], article.Items.Select(i => i.Drama.Title));
    }

    [Fact]
    public void ASlidesPictureCredit_BetweenItsCounterAndItsTitle_IsNotTheTitle()
    {
        string Slide(int n, string credit, string title, string text) => $"{n} / 3\n{credit}\n{title}\n{text}";

        var article = Parse("Couples We Love", Intro,
            Slide(1, "Courtesy of tvN", "Goblin (tvN, 2016)", "The first snow on the breakwater is the scene fans still replay every winter."),
            Slide(2, "Photo: Netflix", "Crash Landing on You (tvN, 2019)", "A paraglider lands in the wrong country and in the right arms, which is how it all begins."),
            Slide(3, "© JTBC", "Itaewon Class (JTBC, 2020)", "A bar owner finally hears the confession his manager has been shouting for a season."));

        Assert.Equal(["Goblin (tvN, 2016)", "Crash Landing on You (tvN, 2019)", "Itaewon Class (JTBC, 2020)"], article.Items.Select(i => i.Heading));
        Assert.Equal(["Goblin", "Crash Landing on You", "Itaewon Class"], article.Items.Select(i => i.Drama.Title));
    }

    [Fact]
    public void SectionsHeadedByTheirNumbersAlone_TakeTheDramaTheirProseNames()
    {
        var article = Parse("The Hugs That Got Me Through", Intro,
            "I.", "The first one I loved was in Goblin (2016), where Kim Shin (Gong Yoo) finally holds Ji Eun-tak (Kim Go-eun) in the snow.",
            "II.", "Crash Landing on You (2019) did it differently: Ri Jeong-hyeok (Hyun Bin) hugs Yoon Se-ri (Son Ye-jin) at the border.",
            "III.", "And then there is Reply 1988 (2015), where Choi Taek (Park Bo-gum) hugs Sung Deok-sun (Lee Hye-ri) after the match.");

        Assert.Equal(["I.", "II.", "III."], article.Items.Select(i => i.Heading));
        Assert.Equal(["Goblin", "Crash Landing on You", "Reply 1988"], article.Items.Select(i => i.Drama.Title));
        Assert.Contains(article.Items[2].Cast, c => c.Character == "Choi Taek" && c.Actor == "Park Bo-gum");
    }

    [Fact]
    public void ANewsSitesPictureBlocksAndSponsorLabels_HeadNoItem()
    {
        const string picture = "Enlarge this image\nGong Yoo and Kim Go-eun in Goblin.\ntvN\nhide caption\ntoggle caption\ntvN";
        var article = Parse("Start With The Moment They Meet", Intro, picture,
            "Goblin: A candle on the beach", "In the first episode of Goblin (2016), Ji Eun-tak (Kim Go-eun) blows out a candle and summons Kim Shin (Gong Yoo).",
            "Sponsor Message",
            "Encounter: A night in Havana", "In Encounter (2018), Cha Soo-hyun (Song Hye-kyo) meets Kim Jin-hyuk (Park Bo-gum) on a trip to Cuba.",
            picture.Replace("Goblin", "Lovely Runner", StringComparison.Ordinal),
            "Lovely Runner: A yellow umbrella", "In Lovely Runner (2024), Im Sol (Kim Hye-yoon) shares an umbrella with Ryu Sun-jae (Byeon Woo-seok).");

        Assert.Equal(["Goblin: A candle on the beach", "Encounter: A night in Havana", "Lovely Runner: A yellow umbrella"], article.Items.Select(i => i.Heading));
        Assert.Equal(["Goblin", "Encounter", "Lovely Runner"], article.Items.Select(i => i.Drama.Title));
    }

    [Theory]
    [InlineData("#separator:tab\n#html:false\n#deck:K-Drama::First Meetings\n#tags column:3\n#columns:Front\tBack\tTags", "\t")]
    [InlineData("#separator:semicolon\n#deck:K-Drama::First Meetings\n#columns:Clue;Answer", ";")]
    public void AFlashcardDecksExport_WhoseCardsAnswerWithADatedTitle_IsAListOfThoseDramas(string header, string separator)
    {
        string Card(string clue, string answer) => $"{clue}{separator}{answer}" + (separator == "\t" ? "\tfirst_meeting classic" : "");
        var deck = string.Join('\n', header,
            Card("Which drama? A man who cannot die meets the bride who can end his life.", "Goblin (tvN, 2016). Kim Shin (Gong Yoo) and Ji Eun-tak (Kim Go-eun) on the beach."),
            Card("Which drama? An heiress crash-lands in the North.", "Crash Landing on You (tvN, 2019). Ri Jeong-hyeok (Hyun Bin) finds Yoon Se-ri (Son Ye-jin) in a tree."),
            Card("Which drama? Five families share one alley in 1988.", "Reply 1988 (tvN, 2015). Choi Taek (Park Bo-gum) and Sung Deok-sun (Lee Hye-ri) grow up side by side."));

        var article = Parse(deck);

        Assert.Equal("K-Drama::First Meetings", article.Title);
        Assert.Equal(["Goblin", "Crash Landing on You", "Reply 1988"], article.Items.Select(i => i.Drama.Title));
        Assert.Equal([2016, 2019, 2015], article.Items.Select(i => i.Drama.Year));
        Assert.Contains(article.Items[1].Cast, c => c.Character == "Ri Jeong-hyeok" && c.Actor == "Hyun Bin");
        Assert.DoesNotContain(article.Items, i => i.Heading.Contains("first_meeting", StringComparison.Ordinal) || i.Drama.Title.StartsWith('#'));
    }
}
