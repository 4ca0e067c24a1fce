using static KdramaMoments.Tests.Importing.ArticleBlocks;

namespace KdramaMoments.Tests.Importing;

/// <summary>
/// A survey's individual responses copied from the form tool (the twenty-third blind set's club vote): numbered questions
/// over their answers, the same questions in each response, under the tool's bookkeeping. The dramas are invented, so
/// only the form's shape can make these pass.
/// </summary>
public sealed class SurveyResponsesTests
{
    private static string Response(string header, string status, string name, string drama, string year, string moment, string line, string episode) =>
        string.Join('\n',
            header, status,
            "Collector:\tWeb Link 1 (Web Link)",
            "Started:\tMonday, March 04, 2024 9:12:40 PM",
            "IP Address:\t192.0.2.44",
            "",
            "Page 1: Your pick",
            "",
            "Q1", "Your name", name, "",
            "Q2", "Drama", drama, "",
            "Q3", "Year it aired (if known)", year, "",
            "Q4", "The moment (and who's in it)", moment, "",
            "Q5", "Favourite line", line, "",
            "Q6", "Episode (if known)", episode, "");

    [Fact]
    public void AFormToolsIndividualResponses_AreOneMomentPerResponse_ReadByWhatEachQuestionAsks()
    {
        var text = string.Join('\n',
            "Lantern Street Watch Club: spring screening vote",
            "SUMMARY    DESIGN SURVEY    COLLECT RESPONSES    ANALYZE RESULTS",
            "Showing 5 of 5 responses",
            "",
            Response("#5", "COMPLETE", "Jae", "The Quiet Apartment", "2023",
                "The night of the flood, when she finally knocks on the door of the neighbour she has only written notes to.",
                "“You could have just knocked.”", "Episode 8"),
            Response("#4", "COMPLETE", "Dana", "Paper Lanterns of Jongno", "2021",
                "Do Gyeom (Kang Tae-won) holds the lantern up on the bridge so Seo Ha-neul (Lee Min-seo) can finally see his face.",
                "\"Look at me, not the lights.\"", "Respondent skipped this question"),
            Response("#3", "COMPLETE", "ollie", "no preference!", "Respondent skipped this question",
                "Happy with whatever wins, I'm bringing the snacks.", "Respondent skipped this question", "Respondent skipped this question"),
            Response("#2", "PARTIAL", "Respondent skipped this question", "Respondent skipped this question", "Respondent skipped this question",
                "Respondent skipped this question", "Respondent skipped this question", "Respondent skipped this question"),
            Response("#1", "COMPLETE", "Min (organiser)", "Moonlit Harbour Story", "not sure",
                "He waits at the end of the pier every evening all summer and she finally walks out to him.",
                "I was never waiting for the boat.", "14 (the last one)"));

        var article = ParseText(text);

        Assert.Equal("Lantern Street Watch Club: spring screening vote", article.Title);
        // The response that names no drama and the one that skipped everything nominate nothing.
        Assert.Equal(["The Quiet Apartment", "Paper Lanterns of Jongno", "Moonlit Harbour Story"], article.Items.Select(i => i.Drama.Title));
        Assert.Equal([2023, 2021, null], article.Items.Select(i => i.Drama.Year));
        Assert.Equal(["Look at me, not the lights."], article.Items[1].Quotes);
        // A line typed without quotation marks is still the line the question asked for.
        Assert.Equal(["I was never waiting for the boat."], article.Items[2].Quotes);
        Assert.Equal([8, null, 14], article.Items.Select(i => i.Episode));
        Assert.Contains(article.Items[1].Cast, c => c.Character == "Do Gyeom" && c.Actor == "Kang Tae-won");
        var written = string.Concat(article.Items.Select(i => i.Heading + i.Excerpt));
        Assert.DoesNotContain("IP Address", written);
        Assert.DoesNotContain("skipped", written);
        Assert.DoesNotContain("Dana", written);
    }

    [Fact]
    public void QuestionsWrittenOnTheirNumbersLine_AreReadTheSame()
    {
        var text = string.Join('\n',
            "Response report: comfort rewatch poll",
            "",
            "Response 1 of 3",
            "Q1. Which drama?",
            "The Quiet Apartment",
            "Q2. What happens, and who's in it?",
            "Two neighbours who only talk through notes on the wall, until the night of the flood when she knocks on his door.",
            "Q3. Episode",
            "ep 9",
            "",
            "Response 2 of 3",
            "Q1. Which drama?",
            "Paper Lanterns of Jongno",
            "Q2. What happens, and who's in it?",
            "The whole town goes quiet when Do Gyeom lifts the lantern on the bridge and asks her to look at him.",
            "Q3. Episode",
            "N/A",
            "",
            "Response 3 of 3",
            "Q1. Which drama?",
            "Moonlit Harbour Story",
            "Q2. What happens, and who's in it?",
            "The last evening of summer on the pier, when she finally walks out to the end of it.",
            "Q3. Episode",
            "16");

        var article = ParseText(text);

        Assert.Equal(["The Quiet Apartment", "Paper Lanterns of Jongno", "Moonlit Harbour Story"], article.Items.Select(i => i.Drama.Title));
        Assert.Equal([9, null, 16], article.Items.Select(i => i.Episode));
        Assert.Contains("knocks on his door", article.Items[0].Excerpt);
    }

    [Fact]
    public void AnArticleThatMentionsQuarters_IsNoSurvey()
    {
        var article = Parse(
            "Streaming's quarter: what the numbers say about romance",
            "Q1 was the strongest quarter for romance dramas in years, led by Paper Lanterns of Jongno (2021), which topped the charts for six weeks.",
            "1. Paper Lanterns of Jongno (2021)",
            "Do Gyeom holds the lantern up on the bridge so she can finally see his face, and the whole town watches them.",
            "2. Moonlit Harbour Story (2018)",
            "He waits at the end of the pier every evening all summer and never once says why he is there.",
            "3. The Quiet Apartment (2023)",
            "Two neighbours who only talk through notes on the wall, until the night of the flood when she knocks on his door.");

        Assert.Equal(["Paper Lanterns of Jongno", "Moonlit Harbour Story", "The Quiet Apartment"], article.Items.Select(i => i.Drama.Title));
    }
}
