using KdramaMoments.Web.Importing;

namespace KdramaMoments.Tests.Importing;

/// <summary>Every item of every seed, checked against what the article says.</summary>
public sealed class SeedArticleTests
{
    private static ParsedArticle Seed(string prefix) =>
        ItemExpectation.Parse(Directory.GetFiles(RepositoryPaths.Seeds, prefix + "_*.txt").Single());

    public static TheoryData<string, ItemExpectation> Items => new()
    {
        // 000: "Actor for Actress in Drama" headings, no numbers.
        { "000", new(1, "Crash Landing on You", null, ["Yoon Se Ri|Son Ye Jin", "Ri Jung Hyuk|Hyun Bin"], null) },
        { "000", new(2, "Lovely Runner", null, ["Im Sol|Kim Hye Yoon", "Ryu Sun Jae|Byeon Woo Seok", "Kim Young Soo|Heo Hyung Kyu"], 10,
            "If I end up dying to save you, I’ll be fine with that. That doesn’t matter.",
            "There are choices you make even though you know the consequences. Because you like it.") },
        { "000", new(3, "What’s Wrong With Secretary Kim", null, ["Kim Mi So|Park Min Young", "Lee Young Joon|Park Seo Joon"], null, "Secretary Kim, did you wait long?") },
        { "000", new(4, "Extraordinary You", null, ["Eun Dan Oh|Kim Hye Yoon", "Haru|Rowoon"], null) },
        { "000", new(5, "Goblin", null, ["Kim Shin|Gong Yoo", "Ji Eun Tak|Kim Go Eun", "Grim Reaper|Lee Dong Wook"], null) },
        { "000", new(6, "The Glory", null, ["Moon Dong Eun|Song Hye Kyo", "Joo Yeo Jeong|Lee Do Hyun"], null) },
        { "000", new(7, "Extraordinary Attorney Woo", null, ["Woo Young Woo|Park Eun Bin", "Lee Joon Ho|Kang Tae Oh"], null,
            "Do you really need to buy one? I'll be your personal hug chair.") },
        { "000", new(8, "Strong Woman Do Bong Soon", null, ["Do Bong Soon|Park Bo Young", "Ahn Min Hyuk|Park Hyung Sik", "Guk Doo|Ji Soo"], null) },
        { "000", new(9, "True Beauty", null, ["Lim Ju Gyeong|Moon Ga Young", "Lee Su Ho|Cha Eun Woo", "Han Seo Jun|Hwang In Yeop"], null) },
        { "000", new(10, "King the Land", null, ["Gu Won|Lee Junho", "Cheon Sa Rang|YoonA"], null) },

        // 001: "1. Character - Drama".
        { "001", new(1, "Crash Landing on you", null, ["Captain Ri|"], null) },
        { "001", new(2, "What’s Wrong with Secretary Kim?", null, ["Lee Young Joon|", "Kim Mi So|"], null) },
        { "001", new(3, "My Love From the Star", null, ["Do Min Joon|", "Cheon Song Yi|"], null) },
        { "001", new(4, "My ID is Gangnam Beauty", null, ["Do Kyung Seok|"], null) },
        { "001", new(5, "Weightlifting Fairy Kim Bok Joo", null, ["Jung Joon Hyung|Nam Joo Hyuk"], null) },
        { "001", new(6, "Start-up", null, ["Han Ji Pyeong|Kim Seon-ho"], null) },
        { "001", new(7, "Itaewon Class", null, ["Park Saeroyi|Park Seo Joon"], null) },

        // 002: "1.When … (Drama)", year given in the body.
        { "002", new(1, "Encounter", 2019, ["Kim Jin Hyuk|Park Bo Gum", "Cha Soo Hyun|Song Hye Kyo"], null) },
        { "002", new(2, "Something In The Rain", 2018, ["Yoon Jin Ah|Son Ye Jin", "Seo Joon Hee|Jung Hae In"], null) },
        { "002", new(3, "What’s Wrong With Secretary Kim?", 2018, ["Lee Young Joon|Park Seo Joon", "Kim Mi So|Park Min Young"], null) },
        { "002", new(4, "Goblin", 2017, ["Grim Reaper|Lee Dong Wook", "Sunny|Yoo In Na"], null) }, // "Lee Dong Wook’s character … Grim Reaper": the cast list pairs them
        { "002", new(5, "Descendants Of The Sun", 2016, ["Yoo Si Jin|Song Joong Ki", "Kang Mo Yeon|Song Hye Kyo"], null) },
        { "002", new(6, "Crash Landing On You", 2020, ["Ri Jeong-Hyeok|Hyun-Bin", "Yoon Se-ri|Son Ye-Jin"], null) },

        // 003: "1) Drama", captions and "Starring A and B".
        { "003", new(1, "Flower of Evil", null, ["Do Hyun-so|Lee Joon-gi", "Ji-won|Moon Chae-won"], null) },
        { "003", new(2, "Strong Girl Bong-soon", null, ["Bong-soon|Park Bo-young", "Min-hyuk|Park Hyung-sik"], null, "I didn’t know that I would love you so much.") },
        { "003", new(3, "Run On", null, ["|Im Si-wan", "|Shin Se-kyung"], null, "You taught me everything, you just didn’t teach me how to break up.") },
        { "003", new(4, "Twenty Five Twenty One", null, ["Na Hee-do|Kim Tae-ri", "Baek Yi-jin|Nam Joo-hyuk"], null, "You still haven’t told me what it was, if not that.") },
        { "003", new(5, "Descendants of the Sun", null, ["Yoo Shi Jin|Song Joong Ki", "Kang Mo Yeon|Song Hye Kyo"], null) },

        // 004: "10 Title" counting down, a quoted title with a year line, captions naming titles, song titles in quotes.
        { "004", new(1, "Crash Landing on You", 2019, ["Se-ri|Son Ye-jin", "Jeong-hyeok|Hyun Bin"], null) },
        { "004", new(2, "The King’s Affection", 2021, ["Dam-yi|Park Eun-bin", "Ji-woon|Rowoon"], 6) },
        { "004", new(3, "Healer", 2014, ["Jung-hoo|Ji Chang-wook", "Young-shin|Park Min-young"], 8) },
        { "004", new(4, "Goblin", 2016, ["Kim Shin|Gong Yoo", "Eun-tak|Kim Go-eun", "Grim Reaper|Lee Dong-wook"], 2) },
        { "004", new(5, "Moon Lovers: Scarlet Heart Ryeo", 2016, ["Ha-jin|IU", "Wang So|Lee Joon-gi", "Court Lady Oh|Woo Hee-jin", "Hae-soo|"], 11) },
        { "004", new(6, "Gu Family Book", 2013, ["Kang-chi|Lee Seung-gi", "Yeol-wool|Suzy Bae", "Wol-ryung|Choi Jin-hyuk", "Seo-hwa|Yoon Yeon-hee"], 21) },
        { "004", new(7, "While You Were Sleeping", 2017, ["Hong-joo|Suzy Bae", "Jae-chan|Lee Jong-suk"], null) },
        { "004", new(8, "Boys Over Flowers", 2009, ["Jan-di|Ku Hye-sun", "Jun-pyo|Lee Min-ho"], null) },
        { "004", new(9, "Squid Game", 2021, ["Gi-hun|Lee Jung-jae"], null) },
    };

    [Theory]
    [MemberData(nameof(Items))]
    public void Item_MatchesWhatTheArticleSays(string seed, ItemExpectation expected) =>
        ItemExpectation.Check(expected, Seed(seed).Items[expected.Position - 1]);

    [Theory]
    [InlineData("000", 10)]
    [InlineData("001", 7)]
    [InlineData("002", 6)]
    [InlineData("003", 5)]
    [InlineData("004", 9)]
    public void Seed_FindsEveryListItemAndNothingElse(string seed, int items) =>
        Assert.Equal(items, Seed(seed).Items.Count);

    [Fact]
    public void Seed004_CountsDown_RankKeepsTheAuthorsNumbers()
    {
        var article = Seed("004");
        Assert.Equal([10, 9, 8, 7, 6, 5, 4, 3, 2], article.Items.Select(i => i.Rank));
        Assert.Equal(Enumerable.Range(1, 9), article.Items.Select(i => i.Position));
        Assert.All(Seed("000").Items, i => Assert.Null(i.Rank));
    }

    [Fact]
    public void Seed002_TitleAndCreditsAreNotItems()
    {
        var article = Seed("002");
        Assert.Equal("6 Most Romantic Scenes In Recent K-Dramas", article.Title);
        Assert.DoesNotContain(article.Items, i => i.Excerpt.Contains("Source : Cosmopolitan", StringComparison.Ordinal));
        Assert.DoesNotContain(article.Items, i => i.Excerpt.Contains("Which romantic scene", StringComparison.Ordinal));
        Assert.DoesNotContain(article.Items, i => i.Excerpt.Contains("Photos credit", StringComparison.Ordinal));
    }

    [Fact]
    public void Seed003_BylineReadingTimeAndRepeatedCaptionAreIntroNotItems()
    {
        var article = Seed("003");
        Assert.StartsWith("5 K-Drama love confessions", article.Title, StringComparison.Ordinal);
        Assert.Equal(["Flower of Evil", "Strong Girl Bong-soon", "Run On", "Twenty Five Twenty One", "Descendants of the Sun"],
            article.Items.Select(i => i.Heading));
    }

    [Fact]
    public void Seed004_CaptionUnderAnItemBecomesAnAlternateTitle()
    {
        var goblin = Seed("004").Items[3];
        Assert.Equal(["Guardian: The Lonely And Great God"], goblin.Drama.AlternateTitles);
        Assert.DoesNotContain("Guardian", goblin.Excerpt, StringComparison.Ordinal);
    }

    [Fact]
    public void Seed004_SongTitlesInQuotesAreNotDialogue()
    {
        var article = Seed("004");
        var quotes = article.Items.SelectMany(i => i.Quotes).ToList();
        Assert.DoesNotContain("Round and Round", quotes);
        Assert.DoesNotContain("Fantastic Baby", quotes);
        Assert.DoesNotContain("I Will Be Back", quotes);
    }

    [Fact]
    public void Seed000_ScareQuotedWordIsNotDialogue() =>
        Assert.Empty(Seed("000").Items[8].Quotes);

    [Fact]
    public void Seeds_ProposeTagsFromTheText()
    {
        Assert.Contains("kiss", Seed("004").Items[2].Tags);
        Assert.Contains("snow", Seed("004").Items[2].Tags);
        Assert.Contains("confession", Seed("003").Items[1].Tags);
        Assert.Contains("rain", Seed("004").Items[4].Tags);
        Assert.DoesNotContain("rain", Seed("002").Items[1].Tags); // "Something In The Rain" is a title
        Assert.Contains("comedy", Seed("004").Items[6].Tags);
    }
}
