using KdramaMoments.Web.Importing;
using static KdramaMoments.Tests.Importing.ArticleBlocks;

namespace KdramaMoments.Tests.Importing;

/// <summary>
/// More of the twentieth blind set's shapes: a mail client's reply chain; a site's name and section trail a word or two a
/// line over the headline; a byline's fact-checker, a video player's buttons and a "RELATED..." box between sections; a
/// greeting that opens a message (<c>Morning! …</c>); headings over paragraphs that each open with a dated title.
/// </summary>
public sealed class MailChainsAndPageTopsTests
{
    private static readonly string Chain = string.Join('\n',
        "From: Mina Cho <mina@example.org>",
        "Sent: Thursday, May 16, 2024 4:52 PM",
        "To: Kavya Rao <kavya@example.org>; Tom Hale <tom@example.org>",
        "Subject: RE: Drama night - one scene each",
        "",
        "Hi all,",
        "",
        "Thank you!! All in the doc now, three scenes which is perfect for one evening. See you Saturday.",
        "",
        "Mina x",
        "",
        "________________________________",
        "From: Tom Hale <tom@example.org>",
        "Sent: Thursday, May 16, 2024 11:37 AM",
        "To: Mina Cho <mina@example.org>; Kavya Rao <kavya@example.org>",
        "Subject: RE: Drama night - one scene each",
        "",
        "Morning! Mine below, and yes I have watched all of it this time, twice even.",
        "",
        "Paper Lanterns of Jongno (2021) - Do Gyeom (Park Ji-hoon) to Baek Ha-na (Lee Soo-ah) in the lantern shop: \"I only came back for you.\"",
        "",
        "T",
        "",
        "Get Outlook for iOS",
        "________________________________",
        "From: Kavya Rao <kavya@example.org>",
        "Sent: Wednesday, May 15, 2024 9:03 PM",
        "To: Mina Cho <mina@example.org>; Tom Hale <tom@example.org>",
        "Subject: Drama night - one scene each",
        "",
        "Ooh love this. Two from me.",
        "",
        "Moonlit Harbour Story (2018) - Han Seo-joon (Kang Min-jae) to Seo Yeon-woo (Yoon Da-hee) at the pier at the end of summer: \"I waited for you all summer.\"",
        "",
        "The Quiet Apartment (2023) - Jang Bo-ra (Gu Da-in) knocks on Min Tae-oh's (Choi Woo-jin) door after the flood: \"You write better than you talk.\"",
        "",
        "K x",
        "Sent from my Galaxy");

    [Fact]
    public void AMailReplyChain_TheSubjectIsTheTitleAndTheHeadersAreNoItems()
    {
        var article = ParseText(Chain);

        Assert.Equal("Drama night - one scene each", article.Title);
        Assert.Equal(["Paper Lanterns of Jongno", "Moonlit Harbour Story", "The Quiet Apartment"], article.Items.Select(i => i.Drama.Title));
        Assert.DoesNotContain(article.Items, i => i.Heading.StartsWith("Morning", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Morning! Mine below, and yes I have watched all of it this time, twice even.")]
    [InlineData("Reminder: the drama night is on Saturday and nobody may mention it in the group chat.")]
    public void ItemAnchors_AGreetingOrALabelOfOneWord_OpensNoItem(string paragraph) =>
        Assert.Null(ItemAnchors.Read(paragraph));

    [Fact]
    public void ItemAnchors_AOneWordTitleTheShelfKnows_OpensAnItem() =>
        Assert.Equal("Goblin", ItemAnchors.Read("Goblin - Gong Yoo's Kim Shin, saying goodbye to Ji Eun-tak on the beach in the rain.")?.Marker.Text);

    [Fact]
    public void EmailChains_OneHeaderBlock_IsNoChain()
    {
        List<string> lines = ["From: Mina Cho", "Sent: Thursday", "Subject: Hello", "", "One message only."];

        Assert.Equal(lines, EmailChains.Rewrite(lines));
    }

    [Fact]
    public void ASitesNameAndSectionTrailOverTheHeadline_LeaveTheHeadlineAsTheTitle_AndTheCouplesHeadTheirSections()
    {
        var article = Parse([
            "Daily Bloom\nEntertainment\nTV\nThree Couples Who Got a Second Chance\nExes, neighbours and one very stubborn civil servant.\nBy Mia Torres\nFact checked by Dana Reyes",
            "Trending Videos\nClose this video player",
            .. CoupleSections,
        ]);

        Assert.Equal("Three Couples Who Got a Second Chance", article.Title);
        // The couples head the sections; the paragraphs' dated titles under them are the sections' dramas, not items.
        Assert.Equal(["Han Seo-joon and Seo Yeon-woo", "Do Gyeom and Baek Ha-na", "Min Tae-oh and Jang Bo-ra"], article.Items.Select(i => i.Heading));
        Assert.Equal(["Moonlit Harbour Story", "Paper Lanterns of Jongno", "The Quiet Apartment"], article.Items.Select(i => i.Drama.Title));
    }

    [Theory]
    [InlineData("Fact checked by Dana Reyes")]
    [InlineData("Medically reviewed by Dr. Kim")]
    [InlineData("Close this video player")]
    [InlineData("Trending Videos")]
    public void IsNoise_AFactCheckersBylineAndAVideoPlayersButtons(string line) =>
        Assert.True(PageFurniture.IsNoise(line));

    [Theory]
    [InlineData("Netflix/tvN/JTBC/Ringer illustration")]
    [InlineData("Getty Images/Vox illustration")]
    [InlineData("Photo illustration by Jane Doe")]
    public void IsNoise_ALeadPicturesSourcesOrIllustrator(string line) =>
        Assert.True(PageFurniture.IsNoise(line));

    [Theory]
    [InlineData("The illustration she draws on his cast")]
    [InlineData("Love/Hate: the illustration of a rivalry")]
    public void IsNoise_NotAHeadingThatMentionsAnIllustration(string line) =>
        Assert.False(PageFurniture.IsNoise(line));

    [Fact]
    public void ARelatedBoxWrittenWithDots_BetweenTwoSections_EndsNeitherItem()
    {
        var article = Parse("Scenes that ruined me for real life",
            "Below are the scenes I keep going back to, the ones I have described to a date as a reasonable baseline.",
            "The walk home in the dark",
            "The ferry captain of \"Moonlit Harbour Story\" (2018) walks the biologist home every night and tells her: \"I'm right behind you.\"",
            "RELATED...\n15 Slow Romances To Binge Right Now\nThe Ferry Effect: How One Drama Took Over Your Queue",
            "The permits that turned into tea",
            "The civil servant of \"Paper Lanterns of Jongno\" (2021) keeps coming back to the lantern shop and finally admits: \"I only came back for you.\"",
            "Notes through the wall",
            "The two neighbours of \"The Quiet Apartment\" (2023) write notes until the flood, and she knocks: \"You write better than you talk.\"");

        Assert.Equal(["The walk home in the dark", "The permits that turned into tea", "Notes through the wall"], article.Items.Select(i => i.Heading));
    }

    [Fact]
    public void AListWithNoHeadline_KeepsItsFirstItem()
    {
        var article = ParseText(string.Join("\n\n",
            "1. Moonlit Harbour Story (2018)\nThe ferry captain keeps missing the biologist at the pier until the typhoon season forces them to share a shelter.",
            "2. Paper Lanterns of Jongno (2021)\nA lantern maker and the civil servant sent to close her shop argue about permits all winter and fall in love.",
            "3. The Quiet Apartment (2023)\nTwo neighbours who only talk through notes taped to their shared wall finally meet when the building floods."));

        Assert.Equal(["Moonlit Harbour Story", "Paper Lanterns of Jongno", "The Quiet Apartment"], article.Items.Select(i => i.Drama.Title));
    }

    // A thread printed from Gmail ("Print all") and copied from the PDF, as the twenty-fourth blind set's: the print's header
    // and footer on each page, each message under its sender's line and To:/Cc: lines, signed with a given name, the quoted
    // history hidden or quoted under "On … wrote:".
    private static readonly string PrintedThread = string.Join('\n',
        "3/2/24, 8:05 PM\tGmail - Re: Harbour night: one scene each",
        "",
        "Gmail\tMina Cho <mina@example.org>",
        "",
        "Re: Harbour night: one scene each",
        "4 messages",
        "",
        "Mina Cho <mina@example.org>\tFri, Mar 1, 2024 at 9:14 AM",
        "To: harbour-club@example.org",
        "",
        "Hi all!",
        "",
        "Saturday is harbour romances. Reply with one scene each and I'll line the clips up on the big screen.",
        "",
        "Mina",
        "",
        "Tom Hale <tom@example.org>\tFri, Mar 1, 2024 at 10:02 AM",
        "To: Mina Cho <mina@example.org>",
        "Cc: harbour-club@example.org",
        "",
        "Mine is Moonlit Harbour Story (2018). Baek Do-hwan waits at the end of the pier every evening, and when Yoo Seon-mi finally walks out to him she says \"I was never waiting for the boat.\"",
        "",
        "Tom",
        "",
        "[Quoted text hidden]",
        "",
        "https://mail.google.com/mail/u/0/?ik=1a2b3c&view=pt&search=all&permthid=thread-a:r-123\t1/2",
        "",
        "3/2/24, 8:05 PM\tGmail - Re: Harbour night: one scene each",
        "",
        "Kavya Rao <kavya@example.org>\tFri, Mar 1, 2024 at 1:30 PM",
        "To: Tom Hale <tom@example.org>",
        "Cc: Mina Cho <mina@example.org>, harbour-club@example.org",
        "",
        "Easy: The Quiet Apartment (2023). Two neighbours who only talk through notes on the wall finally meet on the night of the flood.",
        "",
        "Kavya",
        "",
        "On Fri, Mar 1, 2024 at 10:02 AM Tom Hale <tom@example.org> wrote:",
        "> Mine is Moonlit Harbour Story (2018). Baek Do-hwan waits at the end of",
        "> the pier every evening.",
        ">",
        ">> Saturday is harbour romances. Paper Lanterns of Jongno (2021) is banned.",
        "",
        "Mina Cho <mina@example.org>\tSat, Mar 2, 2024 at 8:01 PM",
        "To: harbour-club@example.org",
        "",
        "Last one from me, then: Paper Lanterns of Jongno (2021). Do Gyeom lifts the lantern on the bridge so Seo Ha-neul can finally see his face.",
        "",
        "Mina",
        "",
        "https://mail.google.com/mail/u/0/?ik=1a2b3c&view=pt&search=all&permthid=thread-a:r-123\t2/2");

    [Fact]
    public void APrintedWebmailThread_IsReadAsItsMessages_WithoutThePrintsFurnitureOrTheQuotedHistory()
    {
        var text = PastedFormats.Normalise(PrintedThread);

        Assert.StartsWith("Harbour night: one scene each\n", text);
        Assert.DoesNotContain("mail.google.com", text);
        Assert.DoesNotContain("Quoted text hidden", text);
        Assert.DoesNotContain("To:", text);
        Assert.DoesNotContain("\nTom\n", text);
        Assert.DoesNotContain("is banned", text);

        var article = ParseText(PrintedThread);
        Assert.Equal("Harbour night: one scene each", article.Title);
        Assert.Equal(["Moonlit Harbour Story", "The Quiet Apartment", "Paper Lanterns of Jongno"], article.Items.Select(i => i.Drama.Title));
        Assert.Equal(["I was never waiting for the boat."], article.Items[0].Quotes);
    }
}
