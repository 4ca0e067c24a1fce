using KdramaMoments.Web.Importing;

namespace KdramaMoments.Tests.Importing;

/// <summary>Whole-article rules: what the parser reads from short articles built by hand.</summary>
public sealed class ArticleParserTests
{
    private static ParsedArticle Parse(params string[] blocks) =>
        ArticleParser.Parse(string.Join("\n\n", blocks)).Article ?? throw new InvalidOperationException("no list found");

    [Theory]
    [InlineData("CRASH LANDING ON YOU", "Crash Landing on You")]
    [InlineData("TWENTY-FIVE TWENTY-ONE", "Twenty-Five Twenty-One")]
    [InlineData("IT'S OKAY TO NOT BE OKAY", "It's Okay to Not Be Okay")]
    [InlineData("W", "W")]
    [InlineData("SKY Castle", "SKY Castle")]
    public void CleanTitle_TitleInCapitals_IsInTheCaseAReaderExpects(string raw, string expected) =>
        Assert.Equal(expected, HeadingReader.CleanTitle(raw));

    [Fact]
    public void Heading_DramaInCapitalsBetweenParentheses_IsTheDramaInTitleCase()
    {
        var article = Parse("Top dramas in a poll",
            "1st: (CRASH LANDING ON YOU) Hyun Bin and Son Ye-jin", "Hyun Bin played North Korean officer Ri Jeong-hyeok, Son Ye-jin the heiress Yoon Se-ri.",
            "2nd: (GOBLIN) Gong Yoo and Kim Go-eun", "As Kim Shin, Gong Yoo looks tragic. Kim Go-eun plays Ji Eun-tak, the bride he waited for.",
            "3rd: (TWENTY-FIVE TWENTY-ONE) Nam Joo-hyuk and Kim Tae-ri", "Kim Tae-ri (Na Hee-do) and Nam Joo-hyuk (Baek Yi-jin) play a fencer and a reporter in 1998.");
        Assert.Equal(["Crash Landing on You", "Goblin", "Twenty-Five Twenty-One"], article.Items.Select(i => i.Drama.Title));
        // The bodies credit the headings' names as actors, so the third heading's names are actors too.
        Assert.Contains(article.Items[2].Cast, c => c.Character == "Na Hee-do" && c.Actor == "Kim Tae-ri");
        Assert.Contains(article.Items[2].Cast, c => c.Character == "Baek Yi-jin" && c.Actor == "Nam Joo-hyuk");
    }

    [Fact]
    public void Heading_ActorsWithoutHyphensThenDramaInParentheses_DramaIsTheParenthesis()
    {
        var article = Parse("Kiss Day: three scenes",
            "Ji Chang Wook and Won Jin Ah (Melting Me Softly)", "Their kiss scene was a steamy one, after a whole episode of bubbling chemistry between the two of them.",
            "Song Kang and Han So Hee (Nevertheless)", "The rising king of kissing and the gorgeous actress made a brilliant pair in this drama about art students.",
            "Lee Min Ho and Kim Go Eun (The King: Eternal Monarch)", "They crossed between two parallel worlds for love, and the leads looked stunning in every frame.");
        Assert.Equal(["Melting Me Softly", "Nevertheless", "The King: Eternal Monarch"], article.Items.Select(i => i.Drama.Title));
    }

    [Fact]
    public void Heading_TitleInAngleBrackets_IsTheDrama_EvenOneLetterLong()
    {
        var article = Parse("Six couples picked by reporters",
            "[No. 3] <W> Lee Jong-suk ♥ Han Hyo-joo", "Lee Jong-suk, who played the role of webtoon hero Kang Chul, met Han Hyo-joo in W, a fantasy.",
            "[No. 2] <Pinocchio> Lee Jong-suk ♥ Park Shin-hye", "In Pinocchio he transformed into Choi Dal-po, a rookie reporter with a painful family history.",
            "[No. 1] <Fight for My Way> Park Seo-joon ♥ Kim Ji-won", "In Fight for My Way, Park Seo-joon (as Ko Dong-man) and Kim Ji-won (as Choi Ae-ra) were childhood friends.");
        Assert.Equal(["W", "Pinocchio", "Fight for My Way"], article.Items.Select(i => i.Drama.Title));
        Assert.Contains(article.Items[0].Cast, c => c.Character == "Kang Chul" && c.Actor == "Lee Jong-suk");
        Assert.Contains(article.Items[2].Cast, c => c.Character == "Ko Dong-man" && c.Actor == "Park Seo-joon");
    }

    [Fact]
    public void SceneNameHeading_DramaOnTheNextLineWithAYearRange_IsTheDrama()
    {
        var article = Parse("Top moments",
            "#3: The Foam Kiss", "“Secret Garden” (2010-11)", "Hyun Bin plays the department store CEO Kim Joo-won, and Ha Ji-won the stuntwoman Gil Ra-im.",
            "#2: The Tunnel", "“Crash Landing on You” (2019-20)", "In episode ten, he crawls through a tunnel under the border and finds her in Seoul.",
            "#1: The Quebec Reunion", "“Goblin” (2016-17)", "In the fifteenth episode, Eun-tak suddenly remembers everything while standing in a Quebec street.");
        Assert.Equal(["Secret Garden", "Crash Landing on You", "Goblin"], article.Items.Select(i => i.Drama.Title));
        Assert.Equal([2010, 2019, 2016], article.Items.Select(i => i.Drama.Year));
        Assert.Equal([null, 10, 15], article.Items.Select(i => i.Episode));
        Assert.Contains(article.Items[0].Cast, c => c.Character == "Gil Ra-im" && c.Actor == "Ha Ji-won");
    }

    [Theory]
    [InlineData("«You are the key to my story.» he says.", "You are the key to my story.")]
    [InlineData("She writes 「The days I spent with you were all dazzling.」 on a card.", "The days I spent with you were all dazzling.")]
    [InlineData("He whispers „I came to see you,“ and smiles.", "I came to see you,")]
    public void Quotes_InGuillemetsCornerBracketsAndLowHighMarks_AreDialogue(string text, string quote) =>
        Assert.Equal([quote], ItemExtractor.FindQuotes(text));

    [Theory]
    [InlineData("In the fifteenth episode, she remembers.", 15)]
    [InlineData("It happens in the 16th episode.", 16)]
    [InlineData("A legendary opener in the very first episode.", 1)]
    [InlineData("Episode two — they meet again.", 2)]
    public void Episode_StatedInWordsOrAsAnOrdinal_IsRead(string text, int episode) =>
        Assert.Equal(episode, ItemExtractor.FindEpisode(text));

    [Fact]
    public void PollOptionsAfterTheLastItem_AreNotItsOtherTitles()
    {
        var article = Parse("Kiss Day",
            "Goblin (2016)", "Their kiss scene was definitely a steamy one, right after the candle was blown out.",
            "Healer (2014)", "The rooftop kiss happens with his mask half off, which is the whole drama in one image.",
            "True Beauty (2020)", "Their rooftop kiss made fans squeal, and it was the top search term the night it aired.",
            "Which K-drama kiss is your favourite? Vote below", "Goblin 40%", "Healer 35%", "True Beauty 25%");
        Assert.Empty(article.Items[^1].Drama.AlternateTitles);
    }
}
