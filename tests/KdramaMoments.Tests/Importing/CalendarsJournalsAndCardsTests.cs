using KdramaMoments.Web.Importing;
using static KdramaMoments.Tests.Importing.ArticleBlocks;

namespace KdramaMoments.Tests.Importing;

/// <summary>
/// Shapes first met in the twentieth blind set: a calendar's iCalendar export, a journal app's JSON export, a show's card
/// whose labels stand over their values, headings numbered in circles, a picture's caption over its source's name, and a
/// scene's heading in sentence case that its text repeats beside the title it introduces.
/// </summary>
public sealed class CalendarsJournalsAndCardsTests
{
    // Folded at 75 characters as calendars write them, names split across the fold; one event cancelled, one alarm.
    private static readonly string Calendar = string.Join("\r\n",
        "BEGIN:VCALENDAR",
        "PRODID:-//Example//Calendar 1.0//EN",
        "VERSION:2.0",
        "X-WR-CALNAME:Drama Club Fridays",
        "X-WR-CALDESC:One moment per night\\, we watch the episodes around it.",
        "BEGIN:VEVENT",
        "DTSTART:20240119T193000Z",
        "UID:a1@example.org",
        "DESCRIPTION:Mina's pick!!\\n\\nThe ferry captain Han Seo-joon (Kang Min-jae) fin",
        " ally waits for Seo Yeon-woo (Yoon Da-hee) at the pier. He says \"I waited all",
        "  summer\" and we all cried.",
        "STATUS:CONFIRMED",
        "SUMMARY:Drama Night: Moonlit Harbour Story (2018)",
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        "DESCRIPTION:This is an event reminder",
        "END:VALARM",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "DTSTART:20240202T193000Z",
        "UID:a2@example.org",
        "DESCRIPTION:Cancelled\\, sorry. We'll do Rooftop Diaries (2020) another time\\; Jae-hyun (Oh Tae-min) still owes us.",
        "STATUS:CANCELLED",
        "SUMMARY:CANCELLED - Rooftop Diaries night",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "DTSTART:20240216T193000Z",
        "UID:a3@example.org",
        "DESCRIPTION:Jun's turn. The civil servant Do Gyeom (Park Ji-hoon) argues with Baek Ha-na (Lee Soo-ah) about permits until he admits \"I only came back for you.\"",
        "SUMMARY:Drama Night: Paper Lanterns of Jongno (2021)",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "DTSTART:20240301T193000Z",
        "UID:a4@example.org",
        "DESCRIPTION:Min Tae-oh (Choi Woo-jin) answers Jang Bo-ra's (Gu Da-in) notes every night. She finally knocks: \"You write better than you talk.\"",
        "SUMMARY:Drama Night: The Quiet Apartment (2023)",
        "END:VEVENT",
        "END:VCALENDAR");

    [Fact]
    public void ACalendarExport_EachHeldEventIsAnItemHeadedByItsSummary()
    {
        var article = ParseText(Calendar);

        Assert.Equal("Drama Club Fridays", article.Title);
        Assert.Equal(["Moonlit Harbour Story", "Paper Lanterns of Jongno", "The Quiet Apartment"], article.Items.Select(i => i.Drama.Title));
        // The folded line is joined where the fold cut the name and the quote.
        Assert.Contains(article.Items[0].Cast, c => c.Character == "Seo Yeon-woo" && c.Actor == "Yoon Da-hee");
        Assert.Equal(["I waited all summer"], article.Items[0].Quotes);
        Assert.DoesNotContain(article.Items, i => i.Quotes.Contains("This is an event reminder"));
    }

    [Fact]
    public void CalendarExports_TextThatIsNoCalendar_IsLeftAlone() =>
        Assert.Null(CalendarExports.Unpack("BEGIN: the list\nEND: of it"));

    private const string Journal = """
        {
          "metadata" : { "version" : "1.0" },
          "entries" : [
            {
              "uuid" : "75778CEA",
              "creationDate" : "2023-11-04T15:02:41Z",
              "weather" : { "conditionsDescription" : "Clear" },
              "text" : "# Moonlit Harbour Story, at last\n\nFinally watched the finale of Moonlit Harbour Story (2018). The ferry captain Han Seo-joon (Kang Min-jae) waits for Seo Yeon-woo (Yoon Da-hee): \"I waited all summer.\"\n\nTo do:\n1\\. Must not cry\n2\\. Cried"
            },
            {
              "uuid" : "E0DD6B3F",
              "creationDate" : "2023-11-12T13:52:31Z",
              "text" : "# Paper Lanterns of Jongno and its permits\n\nPaper Lanterns of Jongno (2021) is my new comfort show. Do Gyeom (Park Ji-hoon) argues with Baek Ha-na (Lee Soo-ah) all winter: \"I only came back for you.\""
            },
            {
              "uuid" : "9C1E4A2B",
              "creationDate" : "2023-11-20T21:10:00Z",
              "text" : "# The Quiet Apartment wrecked me\n\nThe Quiet Apartment (2023) wrecked me. Min Tae-oh (Choi Woo-jin) and Jang Bo-ra (Gu Da-in) only write notes until the flood: \"You write better than you talk.\""
            }
          ]
        }
        """;

    [Fact]
    public void AJournalsJsonExport_EachEntryIsAnItemHeadedByItsOwnHeading()
    {
        var article = ParseText(Journal);

        // With no name of its own, the export's first entry is kept as an item, not taken for the title.
        Assert.Equal(["Moonlit Harbour Story, at last", "Paper Lanterns of Jongno and its permits", "The Quiet Apartment wrecked me"], article.Items.Select(i => i.Heading));
        Assert.Equal(["Moonlit Harbour Story", "Paper Lanterns of Jongno", "The Quiet Apartment"], article.Items.Select(i => i.Drama.Title.Split(',')[0]));
        Assert.Equal(["I only came back for you."], article.Items[1].Quotes);
    }

    [Theory]
    [InlineData("{ \"entries\": [ { \"text\": \"only one\" } ] }")]
    [InlineData("{ not json")]
    [InlineData("[1, 2, 3]")]
    public void JsonExports_JsonWithoutThreeTextEntries_IsLeftAlone(string text) =>
        Assert.Null(JsonExports.Unpack(text));

    [Fact]
    public void AShowsCardWithItsLabelsOverTheirValues_GivesTheYearAndTheCast()
    {
        static string Card(string rank, string title, string date, string cast, string network, string text) =>
            $"{rank} {title}\n\n{title}\nRelease Date\n{date}\nCast\n{cast}\nSeasons\n1\nNetwork\n{network}\n\n{text}";
        var article = Parse("Three rainy romances, ranked",
            Card("3", "Moonlit Harbour Story", "March 3, 2018", "Kang Min-jae , Yoon Da-hee", "JTBC", "The ferry captain keeps missing the biologist at the pier until the typhoon season forces them to share a shelter."),
            Card("2", "Paper Lanterns of Jongno", "January 9, 2021", "Park Ji-hoon , Lee Soo-ah", "KBS2", "A lantern maker and the civil servant sent to close her shop argue about permits all winter and fall in love over tea."),
            Card("1", "The Quiet Apartment", "May 1, 2023", "Choi Woo-jin , Gu Da-in", "tvN", "Two neighbours who only talk through notes taped to their shared wall finally meet when the building floods."));

        Assert.Equal(["Moonlit Harbour Story", "Paper Lanterns of Jongno", "The Quiet Apartment"], article.Items.Select(i => i.Drama.Title));
        Assert.Equal([2018, 2021, 2023], article.Items.Select(i => i.Drama.Year));
        Assert.Contains(article.Items[2].Cast, c => c.Actor == "Gu Da-in");
    }

    [Fact]
    public void StackedFields_AFootersStackedTopics_AreNoCard()
    {
        // "K-drama" is a field's name, "Korea" none: pairs, but one known field only.
        List<string> lines = ["K-drama", "Netflix", "Korea", "TV"];

        Assert.Equal(lines, StackedFields.Joined(lines));
    }

    [Fact]
    public void HeadingsNumberedInCircles_AreTheItemsOverTheirCaptions()
    {
        var article = Parse("Three snowy romances",
            "① 'Moonlit Harbour Story' (JTBC, 2018)",
            "Han Seo-joon (Kang Min-jae) and Seo Yeon-woo (Yoon Da-hee) in a scene from JTBC drama 'Moonlit Harbour Story.' (JTBC)",
            "The ferry captain waits at the pier through the first snow, and she finally comes back.",
            "② 'Paper Lanterns of Jongno' (KBS, 2021)",
            "Do Gyeom (Park Ji-hoon) in a scene from KBS drama 'Paper Lanterns of Jongno.' (KBS)",
            "A lantern maker and a civil servant argue about permits all winter and fall in love in the snow.",
            "③ 'The Quiet Apartment' (tvN, 2023)",
            "Jang Bo-ra (Gu Da-in) in a scene from tvN drama 'The Quiet Apartment.' (tvN)",
            "Two neighbours who only talk through notes finally meet on the roof when the first snow falls.");

        Assert.Equal(["Moonlit Harbour Story", "Paper Lanterns of Jongno", "The Quiet Apartment"], article.Items.Select(i => i.Drama.Title));
        Assert.Equal([1, 2, 3], article.Items.Select(i => i.Rank));
    }

    [Theory]
    [InlineData("① Title", 1)]
    [InlineData("⑫ Title", 12)]
    [InlineData("❸ Title", 3)]
    [InlineData("➊ Title", 1)]
    public void ListMarker_ANumberInACircle_IsTheItemsNumber(string line, int number)
    {
        var marker = ListMarker.Read(line);

        Assert.Equal(number, marker.Number);
        Assert.Equal("Title", marker.Text);
    }

    [Fact]
    public void ACaptionOverItsSourcesName_BetweenASceneHeadingAndItsText_IsNeitherHeadingNorText()
    {
        var article = Parse("Scenes that ruined me for real life",
            "Below are the scenes I keep going back to, the ones I have described to a date as a reasonable baseline.",
            "The walk home in the dark",
            "Kang Min-jae and Yoon Da-hee in \"Moonlit Harbour Story.\"\nNetflix",
            "The ferry captain of \"Moonlit Harbour Story\" (2018) walks the biologist home every night and tells her: \"I'm right behind you.\"",
            "The permits that turned into tea",
            "Park Ji-hoon and Lee Soo-ah in \"Paper Lanterns of Jongno.\"\ntvN",
            "The civil servant of \"Paper Lanterns of Jongno\" (2021) keeps coming back to the lantern shop and finally admits: \"I only came back for you.\"",
            "Notes through the wall",
            "Choi Woo-jin and Gu Da-in in \"The Quiet Apartment.\"\nSBS/Netflix",
            "The two neighbours of \"The Quiet Apartment\" (2023) write notes until the flood, and she knocks: \"You write better than you talk.\"");

        Assert.Equal(["The walk home in the dark", "The permits that turned into tea", "Notes through the wall"], article.Items.Select(i => i.Heading));
        Assert.Equal(["Moonlit Harbour Story", "Paper Lanterns of Jongno", "The Quiet Apartment"], article.Items.Select(i => i.Drama.Title));
    }

    [Fact]
    public void ASentenceCaseSceneHeadingItsTextRepeats_GivesWayToTheShelfTitleTheTextIntroduces()
    {
        var article = Parse("The tropes I will never be over",
            "Some tropes never get old, no matter how many times a drama uses them. Here are the ones I would defend in court.",
            "The wrist grab",
            "If you have seen one K-drama, you have seen a wrist grab, and Boys Over Flowers (2009) made it famous: at a party he pulls her away from everyone and says \"Nobody touches her. Got it?\"",
            "The sit-up",
            "Secret Garden (2010) made the sit-up romantic, which nobody asked for. Kim Joo-won (Hyun Bin) trains with Gil Ra-im (Ha Ji-won) and the scene is still ridiculous: \"Is this the best you can do?\"",
            "The piggyback",
            "The piggyback ride is how K-dramas tell you two people are in it for the long haul, usually after too much soju. My favourite belongs to Fight for My Way (2017): Park Seo-joon hauls Kim Ji-won home on his back, grumbling: \"You're heavier than you look.\"",
            "The first snow",
            "My Love from the Star (2013) turned the first snow into a date: Cheon Song-yi (Jun Ji-hyun) announces \"On a snowy day, you need fried chicken and beer.\"");

        Assert.Equal("Fight for My Way", article.Items[2].Drama.Title);
        Assert.Equal("My Love from the Star", article.Items[3].Drama.Title);
    }

    [Fact]
    public void OneLineReadBothAsAKnownTitlesHeadingAndAsAnAnchor_IsACleanRefusalNotACrash()
    {
        // Three short scene headings, each over one paragraph that opens with or dates a drama the shelf knows: before, the
        // same line came twice into the known-title list and the segmenter threw.
        var text = string.Join("\n\n",
            "The tropes I will never be over",
            "The back hug",
            "A back hug says everything without a word. My favourite is in The Heirs (2013), in the hallway: \"Just stay like this for a minute.\"",
            "The sit-up",
            "Secret Garden (2010) made the sit-up romantic, which nobody asked for: \"Is this the best you can do?\"",
            "The piggyback",
            "The piggyback ride says two people are in it for the long haul. My favourite belongs to Fight for My Way (2017): \"You're heavier than you look.\"");

        var (article, error) = ArticleParser.Parse(text);

        Assert.True(article is not null || error is { Length: > 0 });
    }
}
