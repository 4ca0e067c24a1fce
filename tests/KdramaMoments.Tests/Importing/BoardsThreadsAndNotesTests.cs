using KdramaMoments.Web.Importing;

namespace KdramaMoments.Tests.Importing;

/// <summary>
/// Families of text first met in the twelfth blind set, each on invented text: a thread's post counters (<c>2/6 Title</c>),
/// a rank set apart by a tab, a pin board, a note app's checklist, a chat message marked edited, quotations said by
/// someone described but not named, and the cast of another country's version of the drama.
/// </summary>
public sealed class BoardsThreadsAndNotesTests
{
    private static ParsedArticle Parse(string text)
    {
        var (article, error) = ArticleParser.Parse(text);
        Assert.True(article is not null, error);
        return article;
    }

    [Theory]
    [InlineData("3/7 Paper Crowns (2021). She keeps the letters.", "post", 3, "Paper Crowns (2021). She keeps the letters.")]
    [InlineData("12/12 Lanterns Over Busan", "post", 12, "Lanterns Over Busan")]
    [InlineData("4\tThe Quiet Orchard (Yoon Da-som & Cha Eun-gyeol)", "num", 4, "The Quiet Orchard (Yoon Da-som & Cha Eun-gyeol)")]
    public void Read_APostCounterOrATabbedRank_IsTheMarkerAndNotPartOfTheTitle(string line, string shape, int number, string text)
    {
        var marker = ListMarker.Read(line);

        Assert.Equal(shape, marker.Shape);
        Assert.Equal(number, marker.Number);
        Assert.Equal(text, marker.Text);
    }

    [Fact]
    public void Read_ACountLargerThanItsTotal_IsNoPostCounter() =>
        Assert.NotEqual("post", ListMarker.Read("24/7 Diner Nights is a comfort watch").Shape);

    [Fact]
    public void Parse_AThreadWhosePostsOpenWithCounters_ReadsAPostAnItem()
    {
        var text = """
            Wren Ahn @wren@social.example
            Four slow burns that paid off, a thread 🧵 1/5
            Nov 3, 2026, 20:01

            Wren Ahn @wren@social.example
            2/5 Lanterns Over Busan (2019). Kang Tae-ri plays Seo Min-jae, a ferry pilot, and Park Ji-hoon plays Oh Ha-neul, the new harbour clerk. Ten episodes of glances.
            Nov 3, 2026, 20:03

            Wren Ahn @wren@social.example
            3/5 The Quiet Orchard (tvN, 2021). Lee Soo-ah is Yoon Da-som and Min Joon-ho is Cha Eun-gyeol, two growers who share one fence and no words.
            Nov 3, 2026, 20:05

            Wren Ahn @wren@social.example
            4/5 Paper Crowns (2023). Jung Ye-rin plays Han Bit-na, a palace tailor, opposite Bae Hyun-woo as Moon Seo-jun. The coronation fitting is the whole show.
            Nov 3, 2026, 20:08

            Wren Ahn @wren@social.example
            5/5 Salt and Static (2024). Noh Eun-ji plays Gu Ha-ram, a radio host, and Seo Tae-min plays the caller who never gives his name.
            Nov 3, 2026, 20:10

            """;

        var article = Parse(text);

        Assert.Equal(["Lanterns Over Busan", "The Quiet Orchard", "Paper Crowns", "Salt and Static"], article.Items.Select(i => i.Drama.Title));
        Assert.Equal(2021, article.Items[1].Drama.Year);
    }

    [Fact]
    public void Parse_ARankedListWithTabbedRanks_ReadsEachRankAnItem()
    {
        var text = """
            Community list: couples we would follow anywhere

            1	Lanterns Over Busan (Seo Min-jae & Oh Ha-neul)
            by JTBC (2019)
            starring Kang Tae-ri, Park Ji-hoon
            score: 4,102, and 77 people voted

            2	The Quiet Orchard (Yoon Da-som & Cha Eun-gyeol)
            by tvN (2021)
            starring Lee Soo-ah, Min Joon-ho
            score: 3,870, and 70 people voted

            3	Paper Crowns (Han Bit-na & Moon Seo-jun)
            by MBC (2023)
            starring Jung Ye-rin, Bae Hyun-woo
            score: 3,511, and 64 people voted

            4	Salt and Static (Gu Ha-ram & Ji Seon-u)
            by SBS (2024)
            starring Noh Eun-ji, Seo Tae-min
            score: 2,998, and 51 people voted
            """;

        var article = Parse(text);

        Assert.Equal(["Lanterns Over Busan", "The Quiet Orchard", "Paper Crowns", "Salt and Static"], article.Items.Select(i => i.Drama.Title));
    }

    [Fact]
    public void Rewrite_ListingCards_AreTableRowsWithTheirCoupleNetworkYearAndCast()
    {
        List<string> lines = ["1\tLanterns Over Busan (Seo Min-jae & Oh Ha-neul)", "by JTBC (2019)", "starring Kang Tae-ri, Park Ji-hoon · aka Busan Lights", "",
            "2\tPaper Crowns", "starring Jung Ye-rin, Bae Hyun-woo", "", "3\tSalt and Static (Gu Ha-ram & Ji Seon-u)", "by SBS", "starring Noh Eun-ji, Seo Tae-min"];

        var rows = ListingCards.Rewrite(lines).Where(l => l.StartsWith("| ", StringComparison.Ordinal) && !l.StartsWith("| #", StringComparison.Ordinal));

        Assert.Equal(["| 1 | Lanterns Over Busan | Seo Min-jae & Oh Ha-neul | JTBC | 2019 | Kang Tae-ri, Park Ji-hoon |", "| 2 | Paper Crowns |  |  |  | Jung Ye-rin, Bae Hyun-woo |",
            "| 3 | Salt and Static | Gu Ha-ram & Ji Seon-u | SBS |  | Noh Eun-ji, Seo Tae-min |"], rows);
    }

    [Fact]
    public void Rewrite_TwoListingCards_AreLeftAsTheyAre()
    {
        List<string> lines = ["1\tLanterns Over Busan", "starring Kang Tae-ri, Park Ji-hoon", "", "2\tPaper Crowns", "starring Jung Ye-rin, Bae Hyun-woo"];

        Assert.Equal(lines, ListingCards.Rewrite([.. lines]));
    }

    private const string Board = """
        Boards you might like
        Cosy couples
        212 Pins · 3 Sections

        Sections
        Harbour towns  14 Pins
        Palace romance  9 Pins

        —

        Seo Min-jae & Oh Ha-neul ⚓ | Lanterns Over Busan
        Kang Tae-ri and Park Ji-hoon in Lanterns Over Busan (JTBC, 2019). The ferry scene in episode 4, that's the pin.
        #lanternsoverbusan #kangtaeri
        Saved to Harbour towns
        bluegull.edits
        ♡ 1.2k
        Visit  Save

        —

        Han Bit-na x Moon Seo-jun — Paper Crowns
        Jung Ye-rin as Han Bit-na and Bae Hyun-woo as Moon Seo-jun 👑 Paper Crowns (2023) and its coronation fitting.
        Saved to Palace romance
        bluegull.edits
        ♡ 840
        Visit  Save

        Comments
        2 comments
        tealpotato: which episode is this
        bluegull.edits: @tealpotato episode 9!

        —

        Gu Ha-ram + Ji Seon-u | Salt and Static
        Noh Eun-ji plays Gu Ha-ram and Seo Tae-min plays Ji Seon-u in Salt and Static (2024), the radio romance nobody watched.
        Saved to Cosy couples
        nightdial
        ♡ 305
        Visit  Save
        """;

    [Fact]
    public void Rewrite_APinBoard_SetsEachPinTitleOverItsTextAndDropsThePinsFurniture()
    {
        var lines = PinBoards.Rewrite([.. Board.Split('\n')]);

        var title = lines.IndexOf("Han Bit-na x Moon Seo-jun — Paper Crowns");
        Assert.Equal("", lines[title + 1]);
        Assert.DoesNotContain(lines, l => l.StartsWith("Saved to", StringComparison.Ordinal) || l.Contains("Visit  Save", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("tealpotato", StringComparison.Ordinal) || l.Contains("14 Pins", StringComparison.Ordinal));
        Assert.DoesNotContain("#lanternsoverbusan #kangtaeri", lines);
    }

    [Fact]
    public void Parse_APinBoard_ReadsAPinAnItemWithItsOwnCast()
    {
        var article = Parse(Board);

        Assert.Equal(3, article.Items.Count);
        Assert.Equal("Paper Crowns", article.Items[1].Drama.Title);
        Assert.Contains(article.Items[1].Cast, c => c.Actor == "Bae Hyun-woo" && c.Character == "Moon Seo-jun");
        Assert.DoesNotContain(article.Items, i => i.Cast.Any(c => c.Actor == "Jung Ye-rin") && i.Drama.Title != "Paper Crowns");
    }

    [Fact]
    public void Rewrite_TextWithOneSavedToLine_IsLeftAsItIs()
    {
        List<string> lines = ["Saved to my drafts", "A paragraph about a drama.", "", "Another paragraph."];

        Assert.Equal(lines, PinBoards.Rewrite([.. lines]));
    }

    [Fact]
    public void Rewrite_AChecklistNoteWithTickedAndUntickedEntries_MakesEveryEntryAHeadingOfOneShapeOverItsNotes()
    {
        var text = """
            winter rewatch list ❄️

            ticked = rewatched, the rest are for january

            ☐ Lanterns Over Busan (2019) — Kang Tae-ri & Park Ji-hoon
              The ferry pilot and the harbour clerk, slow as anything.
              I stopped at episode 6 last time.

            ☐ The Quiet Orchard (2021)
              Lee Soo-ah as Yoon Da-som, Min Joon-ho as Cha Eun-gyeol
              The fence scene is the one I want again.

            2 checked items

            ☑ Paper Crowns (2023)
              Jung Ye-rin as Han Bit-na / Bae Hyun-woo as Moon Seo-jun
              The coronation fitting, which I rewound twice.

            ☑ Salt and Static (2024)
              Noh Eun-ji as Gu Ha-ram
              A radio romance, and I cried at the last broadcast.
            """;

        var lines = Checklists.Rewrite([.. text.Split('\n')]);

        Assert.Equal(["### Lanterns Over Busan (2019) — Kang Tae-ri & Park Ji-hoon", "### The Quiet Orchard (2021)", "### Paper Crowns (2023)", "### Salt and Static (2024)"],
            lines.Where(l => l.StartsWith('#')));
        Assert.Equal("", lines[lines.IndexOf("### Paper Crowns (2023)") + 1]);
        Assert.Contains("Jung Ye-rin as Han Bit-na / Bae Hyun-woo as Moon Seo-jun", lines);
        Assert.DoesNotContain("2 checked items", lines);
    }

    [Fact]
    public void Rewrite_AToDoListWithNoNotesUnderItsBoxes_IsLeftAsItIs()
    {
        List<string> lines = ["☐ Buy snacks", "☑ Book the room", "☐ Bring the projector", "", "Notes for the night."];

        Assert.Equal(lines, Checklists.Rewrite([.. lines]));
    }

    [Fact]
    public void Read_AChatMessageMarkedEdited_IsAHeader()
    {
        Assert.NotNull(ChatMessages.Read("Mina Seo 10:15 AM (edited)"));
        Assert.Null(ChatMessages.Read("The finale aired at 10:15 AM (edited for time)"));
    }

    [Fact]
    public void DramasNamedIn_OneWordShoutedInAChat_IsNoTitle() =>
        Assert.Empty(ChatMessages.DramasNamedIn("FINALLY"));

    [Theory]
    [InlineData("\"We wrote it to be quoted,\" one writer on the show told the magazine. \"We never thought it would be tattooed.\"")]
    [InlineData("\"The ferry set flooded twice,\" the producer said. \"Nobody told the actors.\"")]
    [InlineData("One intern summed it up best in the office chat: \"I need Min-jae to apologise and also to call me.\"")]
    [InlineData("\"Hindi ko inasahan na iiyak ako sa finale,\" sabi ng isang viewer sa comments.")]
    [InlineData("Every scene between them is a masterclass in \"we are totally fine as friends\" (they are not).")]
    public void Find_QuotationsOfSomeoneDescribedButNotNamedOrAPhraseMentioned_AreNotDialogue(string paragraph) =>
        Assert.Empty(DialogueReader.Find([paragraph], ["Seo Min-jae", "Oh Ha-neul"]));

    [Fact]
    public void Find_ACharactersLineAfterAnotherOfTheirs_StaysDialogue()
    {
        var paragraph = "\"Wait for me,\" Min-jae tells her. \"Even if it snows, wait for me.\"";

        Assert.Equal(["Wait for me,", "Even if it snows, wait for me."], DialogueReader.Find([paragraph], ["Seo Min-jae", "Oh Ha-neul"]));
    }

    [Fact]
    public void Read_TheCastOfAnotherCountrysVersion_IsNotThisDramasCast()
    {
        var body = new[]
        {
            "Kang Tae-ri plays Seo Min-jae, a ferry pilot, and Park Ji-hoon plays Oh Ha-neul, the harbour clerk.",
            "Fun fact: a local version aired in 2022, starring Maria Dela Cruz and Paolo Reyes. The Thai remake followed with Somchai Wong.",
        };

        var cast = CastReader.Read(new CastEvidence("Seo Min-jae and Oh Ha-neul", body, "Lanterns Over Busan", [], [])).Cast;

        Assert.Equal(["Kang Tae-ri", "Park Ji-hoon"], cast.Select(c => c.Actor).Order());
    }
}
