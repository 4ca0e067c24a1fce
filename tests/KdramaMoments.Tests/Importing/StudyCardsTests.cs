using KdramaMoments.Web.Importing;

namespace KdramaMoments.Tests.Importing;

/// <summary>
/// A language learner's study set: a term in another script over its gloss, card after card. The cards are the list, and a
/// gloss's middle-dot fields name the card's drama.
/// </summary>
public sealed class StudyCardsTests
{
    [Fact]
    public void Parse_AStudySetOfKoreanLinesOverTheirGlosses_ReadsACardAnItem()
    {
        var text = """
            Drama Korean, week 3: promises
            Made by a tutor for her Tuesday class

            Cards in this set (3)

            여기서 기다릴게요.
            "I will wait here." Han Yu-ri (Seo Ji-ahn) to Park Do-hyun (Kang Min-jae) · Lanterns Over Busan (부산의 등불) · JTBC, 2019. Grammar: -(으)ㄹ게요 is a promise to the listener.

            같이 가요.
            "Let's go together." Yoon Da-som (Lee Soo-ah) to Cha Eun-gyeol (Min Joon-ho) · The Quiet Orchard (조용한 과수원) · KBS2, 2021. Grammar: -아/어요 as a suggestion.

            눈 와요.
            "It's snowing." Oh Ha-neul (Jung Ye-rin), to nobody in particular · Paper Crowns (종이 왕관) · tvN, 2023. Vocabulary: 눈 = snow (and eye).

            People also viewed
            Honorifics drill (40 cards)
            """;

        var (article, error) = ArticleParser.Parse(text);

        Assert.True(article is not null, error);
        Assert.Equal(["Lanterns Over Busan", "The Quiet Orchard", "Paper Crowns"], article.Items.Select(i => i.Drama.Title));
        Assert.Equal([2019, 2021, 2023], article.Items.Select(i => i.Drama.Year));
        Assert.Contains("여기서 기다릴게요.", article.Items[0].Quotes);
        Assert.Contains("I will wait here.", article.Items[0].Quotes);
        Assert.Contains(article.Items[1].Cast, c => c.Character == "Yoon Da-som" && c.Actor == "Lee Soo-ah");
        Assert.DoesNotContain(article.Items[2].Cast, c => c.Actor == "Honorifics drill");
    }

    [Fact]
    public void AsNumberedList_AnExportOfOneCardALine_NumbersItsTermsOverTheirGlosses()
    {
        List<string> lines = ["Korean lines", "사랑해요\t\"I love you.\" said in the rain", "미안해요\tSorry, formal and polite", "괜찮아요\tIt's fine, said to calm someone"];

        var rewritten = StudyCards.AsNumberedList(lines);

        Assert.Equal(["Korean lines", "1. “사랑해요”", "\"I love you.\" said in the rain", "2. 미안해요", "Sorry, formal and polite", "3. 괜찮아요", "It's fine, said to calm someone"], rewritten);
    }

    [Fact]
    public void AsNumberedList_AGlossThatPacksItsFields_SetsItsDatedTitleAsTheCardsDramaLine()
    {
        List<string> lines = ["하나", "One, the number · Counting Stars · MBC, 2020. Used for counting.", "", "둘", "Two, the number", "", "셋", "Three, the number"];

        var rewritten = StudyCards.AsNumberedList(lines);

        Assert.Equal(["1. 하나", "Drama: Counting Stars (MBC, 2020)", "One, the number · Used for counting.", "", "2. 둘", "Two, the number", "", "3. 셋", "Three, the number"], rewritten);
    }

    [Fact]
    public void AsNumberedList_TermsInTheSameScriptAsTheirText_AreLeftAsTheyAre()
    {
        List<string> lines = ["Lanterns Over Busan", "A pier at night and a promise nobody keeps.", "", "The Quiet Orchard", "Two neighbours and one very long winter.", "", "Paper Crowns", "A station, a train and a long stare."];

        Assert.Equal(lines, StudyCards.AsNumberedList([.. lines]));
    }

    [Fact]
    public void AsNumberedList_TwoCardsOnly_AreNoSet()
    {
        List<string> lines = ["사랑해요", "I love you, said in the rain", "", "미안해요", "Sorry, formal and polite", "", "That is all for today, thanks for coming."];

        Assert.Equal(lines, StudyCards.AsNumberedList([.. lines]));
    }

    [Theory]
    [InlineData("Show: Lanterns Over Busan (KBS2, 2019)", "KBS2")]
    [InlineData("Show: Lanterns Over Busan (MBC every1, 2019)", "MBC every1")]
    [InlineData("Show: Lanterns Over Busan (16 episodes, 2019)", null)]
    public void Read_ALabelledTitleWhoseNetworkHasADigit_KeepsTheNetworkButNoCount(string line, string? network)
    {
        var facts = FactLines.Read(line);

        Assert.Equal(network, facts.FirstOrDefault(f => f.Key == "Network")?.Value);
    }
}
