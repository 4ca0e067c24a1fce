using KdramaMoments.Web.Importing;

namespace KdramaMoments.Tests.Importing;

/// <summary>
/// List shapes beyond headings over paragraphs: pipe tables whose rows are items, section headings that group items,
/// document counters with a time or an episode (<c>CLIP 3 · 00:41:10</c>), and lowercase parts between bars
/// (<c>part 3 | the station (goblin)</c>). Every article here is written for the test.
/// </summary>
public sealed class ListShapesTests
{
    private static ParsedArticle Parse(string text) =>
        ArticleParser.Parse(text).Article ?? throw new InvalidOperationException(ArticleParser.Parse(text).Error);

    // --- markers ---

    [Theory]
    [InlineData("CLIP 3 · 00:41:10", "label-clip", 3, "00:41:10")]
    [InlineData("Scene 4 — ep. 9", "label-scene", 4, "ep. 9")]
    [InlineData("Moment #2 / 14:02", "label-moment", 2, "14:02")]
    [InlineData("Part 5", "label-part", 5, "")]
    [InlineData("ENTRY 6", "label-entry", 6, "")]
    [InlineData("Clip 7 · 8:50 PM", "label-clip", 7, "8:50 PM")]
    [InlineData("Slide 3 of 8", "label-slide", 3, "of 8")]
    public void Read_ACounterWithATimeOrEpisode_IsACounter(string line, string shape, int number, string text)
    {
        var marker = ListMarker.Read(line);
        Assert.Equal((shape, (int?)number, text, true), (marker.Shape, marker.Number, marker.Text, marker.IsCounter));
    }

    [Theory]
    [InlineData("part 3 | he waits at the station (goblin)", "label-part|", 3, "he waits at the station (goblin)")]
    [InlineData("chapter 12: the bus stop (twinkling watermelon)", "label-chapter:", 12, "the bus stop (twinkling watermelon)")]
    [InlineData("## 2 · The rooftop confession", "hnum·", 2, "The rooftop confession")]
    [InlineData("07 • the umbrella (lovely runner)", "num·", 7, "the umbrella (lovely runner)")]
    [InlineData("Top 5: Healer", "label-top:", 5, "Healer")]
    public void Read_NumberedTitles_AreNotCounters(string line, string shape, int number, string text)
    {
        var marker = ListMarker.Read(line);
        Assert.Equal((shape, (int?)number, text, false), (marker.Shape, marker.Number, marker.Text, marker.IsCounter));
    }

    // --- counters ---

    private const string Why = "She finally stops pretending and tells him the truth while the rain keeps falling on the bus shelter.";

    [Fact]
    public void Segment_CountersOverTitleLines_TakeTheTitleAndKeepTheEpisode()
    {
        var text = "Movie night running order\n\nBring blankets, the heating is broken again.\n\n"
            + $"SEGMENT 1 · 8:05 PM\nThe bus shelter\nTwinkling Watermelon — tvN, 2023 — Ep. 4\n\n{Why}\n\n"
            + $"SEGMENT 2 · 8:25 PM\nThe goodbye letter\nSomething in the Rain — JTBC, 2018\n\n{Why}\n\n"
            + $"SEGMENT 3 · 8:45 PM\nA kiss in the library\nThe King: Eternal Monarch · SBS · 2020\n\n{Why}\n";
        var article = Parse(text);
        Assert.Equal(["The bus shelter", "The goodbye letter", "A kiss in the library"], article.Items.Select(i => i.Heading));
        Assert.Equal(["Twinkling Watermelon", "Something in the Rain", "The King: Eternal Monarch"], article.Items.Select(i => i.Drama.Title));
        Assert.Equal([2023, 2018, 2020], article.Items.Select(i => i.Drama.Year));
        Assert.Equal([4, null, null], article.Items.Select(i => i.Episode));
    }

    [Fact]
    public void Segment_CountersOverLabelledDramaLines_AreItemsHeadedByTheCounter()
    {
        var text = "Rewatch log\n\nThese are the scenes we stopped the video for.\n\n"
            + $"Scene 1 — ep. 3\nShow: Hometown Cha-Cha-Cha\n{Why}\n\n"
            + $"Scene 2 — ep. 11\nShow: Descendants of the Sun\n{Why}\n\n"
            + $"Scene 3\nShow: My Liberation Notes\n{Why}\n";
        var article = Parse(text);
        Assert.Equal(["Hometown Cha-Cha-Cha", "Descendants of the Sun", "My Liberation Notes"], article.Items.Select(i => i.Drama.Title));
        Assert.Equal([3, 11, null], article.Items.Select(i => i.Episode));
    }

    // --- lowercase parts between bars ---

    [Fact]
    public void Parse_LowercasePartsWithTheDramaInParentheses_ReadTheDrama()
    {
        var text = "moments i think about at 3am\nby a tired fan\n\n"
            + "part 1 | he waits at the station (goblin)\n\nok so he waits there every single night and she never knows it until the very end of the drama and i cried.\n\n"
            + "part 2 | the piano by the lake (crash landing on you)\n\nhe plays for her and she has no idea he is the stranger from years ago who played the same song to her.\n\n"
            + "part 3 | the fencing match (twenty-five twenty-one)\n\nshe loses the match on purpose or maybe not and he is just there in the stands cheering like an idiot.\n";
        var article = Parse(text);
        Assert.Equal(["Goblin", "Crash Landing on You", "Twenty-Five Twenty-One"], article.Items.Select(i => i.Drama.Title), StringComparer.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("drama: the beauty inside (jtbc, 2018)", "the beauty inside", "2018", "jtbc")]
    [InlineData("drama: she was pretty (2015, mbc)", "she was pretty", "2015", "mbc")]
    [InlineData("Show: Start-Up (2020, tvN)", "Start-Up", "2020", "tvN")]
    public void FactLines_ALabelledTitleInAnyCase_GivesTitleYearAndNetwork(string line, string title, string year, string network) =>
        Assert.Equal([new FactLine("Drama", title), new FactLine("Year", year), new FactLine("Network", network)], FactLines.Read(line));

    [Theory]
    [InlineData("Ep: 7", 7)]
    [InlineData("Ep.: 12", 12)]
    [InlineData("Episode: —", 0)]
    public void FactLines_AStatedEpisode_IsTheMomentsEpisode(string line, int episode) =>
        Assert.Equal(episode, FactLines.StatedEpisode(FactLines.Read(line)));

    [Fact]
    public void FactLines_EpisodesCount_IsNotTheMomentsEpisode() =>
        Assert.Null(FactLines.StatedEpisode(FactLines.Read("Episodes: 16")));

    [Theory]
    [InlineData("Twinkling Watermelon — tvN, 2023 — Ep. 4", "Twinkling Watermelon", "2023")]
    [InlineData("Chicago Typewriter (aka “The Typewriter”) · tvN · 2017", "Chicago Typewriter", "2017")]
    [InlineData("The King: Eternal Monarch | 2020", "The King: Eternal Monarch", "2020")]
    public void FactLines_ATitleRowOnACard_GivesTitleAndYear(string line, string title, string year)
    {
        var facts = FactLines.TitleRow(line);
        Assert.Equal((title, year), (facts.Single(f => f.Key == "Drama").Value, facts.Single(f => f.Key == "Year").Value));
    }

    [Theory]
    [InlineData("Ryu Jun-yeol & Lee Hye-ri · tvN · 2015")]
    [InlineData("Song Kang and Han So-hee — Netflix, 2021")]
    [InlineData("We finally watched it — all of it, 2021")]
    public void FactLines_ARowLedByPeopleOrASentence_IsNoTitleRow(string line) => Assert.Empty(FactLines.TitleRow(line));

    [Fact]
    public void Parse_TrackerCastLines_PairActorsAndRolesWrittenWithArrowsAndSlashes()
    {
        const string Note = "It is the scene everyone in the group chat brings up at least once a week, and nobody is tired of it yet.";
        var text = "Club notes\n\n"
            + $"## 1 · The bus shelter\n\nDrama: Twinkling Watermelon\nCouple: Ha Eun-gyeol (Ryeoun) ↔ Choi Se-kyung (Seol In-ah)\n\n{Note}\n\n"
            + $"## 2 · The letter\n\nDrama: Something in the Rain\nCast: Son Ye-jin → Yoon Jin-ah / Jung Hae-in → Seo Joon-hee\n\n{Note}\n\n"
            + $"## 3 · The library\n\nDrama: Chicago Typewriter\nCouple: Han Se-joo x Jeon Seol\nPlayed by: Yoo Ah-in x Im Soo-jung\n\n{Note}\n";
        var items = Parse(text).Items;
        Assert.Contains(items[0].Cast, c => c.Character == "Ha Eun-gyeol" && c.Actor == "Ryeoun");
        Assert.Contains(items[0].Cast, c => c.Character == "Choi Se-kyung" && c.Actor == "Seol In-ah");
        Assert.Contains(items[1].Cast, c => c.Character == "Yoon Jin-ah" && c.Actor == "Son Ye-jin");
        Assert.Contains(items[1].Cast, c => c.Character == "Seo Joon-hee" && c.Actor == "Jung Hae-in");
        Assert.Contains(items[2].Cast, c => c.Character == "Han Se-joo" && c.Actor == "Yoo Ah-in");
        Assert.Contains(items[2].Cast, c => c.Character == "Jeon Seol" && c.Actor == "Im Soo-jung");
    }

    // --- tables ---

    [Fact]
    public void Segment_PipeTableWithAHeader_ReadsEachRowAsAnItemWhateverTheColumnOrder()
    {
        var text = "Our club's swoon tracker\n\nEveryone added one row. Please keep it tidy!\n\n"
            + "| Ep | Couple | Drama | Best line | Scene |\n|:--|---|---|---|---|\n"
            + "| 4 | Yoon Se-ri & Ri Jeong-hyeok | Crash Landing on You | I'll protect you. | The bicycle ride |\n"
            + "| 13 | Ji Eun-tak & Kim Shin | Goblin | It was all dazzling. | **The first snow** |\n"
            + "| — | Na Hee-do & Baek Yi-jin | Twenty-Five Twenty-One | Let's not be friends. | The tunnel |\n\n"
            + "Add yours before Friday!";
        var article = Parse(text);
        Assert.Equal(["The bicycle ride", "The first snow", "The tunnel"], article.Items.Select(i => i.Heading));
        Assert.Equal(["Crash Landing on You", "Goblin", "Twenty-Five Twenty-One"], article.Items.Select(i => i.Drama.Title));
        Assert.Equal([4, 13, null], article.Items.Select(i => i.Episode));
        Assert.Equal(["I'll protect you."], article.Items[0].Quotes);
        Assert.Contains(article.Items[1].Cast, c => c.Character == "Kim Shin");
    }

    [Fact]
    public void Segment_TableWithoutADramaColumn_IsNotAList()
    {
        var text = "Snack plan\n\n| Snack | Who brings it | Cost |\n|---|---|---|\n| Kimbap | Dana | 8 |\n| Tteokbokki | Marco | 6 |\n| Hotteok | Jess | 5 |\n";
        Assert.Null(ArticleSegmenter.Segment(text));
    }

    [Fact]
    public void Segment_TableThatSummarisesTheSections_IsNotTheListButGivesTheItemsItsCells()
    {
        var text = "Study group favourites\n\n| Moment | Drama | Year |\n|---|---|---|\n"
            + "| The bus shelter | Twinkling Watermelon | 2023 |\n| The goodbye letter | Something in the Rain | 2018 |\n| The library | Chicago Typewriter | 2017 |\n\n"
            + $"## 1. The bus shelter\n\n{Why}\n\n## 2. The goodbye letter\n\n{Why}\n\n## 3. The library\n\n{Why}\n";
        var segments = ArticleSegmenter.Segment(text)!;
        Assert.Equal(["The bus shelter", "The goodbye letter", "The library"], segments.Items.Select(i => i.Heading));
        Assert.Equal([Why, "Drama: Twinkling Watermelon", "Year: 2023"], segments.Items[0].Blocks);
        Assert.DoesNotContain(segments.Intro, l => l.Contains('|'));
    }

    // --- section headings ---

    [Fact]
    public void Segment_SectionHeadingsThatGroupItems_AreNotItemsNorPartOfTheItemAboveThem()
    {
        var text = "Twelve months of swooning\n\nA scene for every season.\n\n"
            + "## Spring picks\n\nThe blossoms make everything worse, in the best way possible for all of us.\n\n"
            + $"### Twinkling Watermelon\n\n{Why}\n\n### Something in the Rain\n\n{Why}\n\n"
            + "## Winter picks\n\nSnow, scarves and far too many piggyback rides through empty streets.\n\n"
            + $"### Goblin\n\n{Why}\n\n### Crash Landing on You\n\n{Why}\n\n## Final thoughts\n\nThanks for reading, see you next month with more.\n";
        var segments = ArticleSegmenter.Segment(text)!;
        Assert.Equal(["Twinkling Watermelon", "Something in the Rain", "Goblin", "Crash Landing on You"], segments.Items.Select(i => i.Heading));
        Assert.All(segments.Items, i => Assert.Equal([Why], i.Blocks));
    }

    [Fact]
    public void Parse_AFactCardThatStatesTheEpisode_BelievesItOverTheProse()
    {
        const string Note = "We paused at ep 10 last week and everyone agreed the pharmacy scene was the best part so far.";
        var text = $"Club notes\n\n## 1 · The bus shelter\n\nDrama: Twinkling Watermelon\nEp: 3\n\n{Note}\n\n"
            + $"## 2 · The letter\n\nDrama: Something in the Rain\nEp: —\n\n{Note}\n\n## 3 · The library\n\nDrama: Chicago Typewriter\nEp: 14\n\n{Note}\n";
        Assert.Equal([3, null, 14], Parse(text).Items.Select(i => i.Episode));
    }

    // A countdown as Valnet's sites lay it out: "N Title (Year)" with no full stop after the number, an info card under
    // each, a related story's headline counted like the list right over the next rank, and a one-letter title dated.
    [Fact]
    public void Countdown_ARelatedHeadlineCountedLikeTheList_HeadsNothing_AndADatedOneLetterTitleIsARank()
    {
        var article = Parse(string.Join("\n\n",
            "4 Harbour Romances With Moments Fans Still Rewatch",
            "Long before streaming, broadcasters were quietly perfecting the harbour romance, and these four still hold up.",
            "4 Moonlit Harbour Story (2018)",
            "Baek Do-hwan waits at the end of the pier every evening, all summer long, until Yoo Seon-mi walks out to him.",
            "4 K-Dramas Like Moonlit Harbour Story That Fans of Slow Romances Will Love",
            "3 The Quiet Apartment (2023)",
            "Two neighbours who only talk through notes on the wall finally meet on the night of the flood.",
            "2 Q (2019)",
            "A lighthouse keeper known only as Q writes letters to a ferry clerk he has never met, and she answers every one.",
            "1 Paper Lanterns of Jongno (2021)",
            "Do Gyeom lifts the lantern on the bridge so Seo Ha-neul can finally see his face."));

        Assert.Equal(["Moonlit Harbour Story", "The Quiet Apartment", "Q", "Paper Lanterns of Jongno"], article.Items.Select(i => i.Drama.Title));
        Assert.Equal([4, 3, 2, 1], article.Items.Select(i => i.Rank));
    }
}
