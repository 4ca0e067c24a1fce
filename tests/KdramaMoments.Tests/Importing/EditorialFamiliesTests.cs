using KdramaMoments.Web.Importing;

namespace KdramaMoments.Tests.Importing;

/// <summary>
/// Families of editorial text a news or magazine feature writes: theme headings over a dated title, reported speech between
/// sections, headings quoted in single quotes with contractions, interviewees introduced by what they do, readers' reactions,
/// a hero picture's caption closed by its source, a tag block closing the page, a report's "For Lee, …" aside.
/// </summary>
public sealed class EditorialFamiliesTests
{
    private static ParsedArticle Parse(params string[] blocks) =>
        ArticleParser.Parse(string.Join("\n\n", blocks)).Article ?? throw new InvalidOperationException("no list found");

    private const string Intro = "A long weekend is coming, and here are three romances matched to whatever mood you happen to be in this time.";

    [Fact]
    public void ThemeHeadingsOverADatedTitle_InSentenceCase_AreTheList()
    {
        var article = Parse("Three romances for a rainy holiday", Intro,
            "For the night-shift worker: Moonlit Ward (2018)",
            "Han Seo-yul (Kim Da-eun) is a nurse who keeps the lights on for everyone, and a patient who never sleeps keeps her company until dawn.",
            "For those who miss their hometown (and their mother's cooking): Salt Road Diner (2021)",
            "Bong Mi-rae (Lee Ha-na) goes back to run her late aunt's diner by the sea, where the fisherman next door is far less grumpy than he looks.",
            "For the history buff who secretly loves a villain: The Ninth Courtier (2016)",
            "A scheming minister falls for the court scribe who keeps his secrets in a palace that would execute them both for it.");
        Assert.Equal(["Moonlit Ward", "Salt Road Diner", "The Ninth Courtier"], article.Items.Select(i => i.Drama.Title));
        Assert.Equal([2018, 2021, 2016], article.Items.Select(i => i.Drama.Year));
    }

    [Fact]
    public void ThemeLinesWithoutADatedTitle_AreNotHeadingsByThatRule()
    {
        var result = ArticleParser.Parse(string.Join("\n\n", "Notes from the weekend", Intro,
            "For the night-shift worker: something gentle",
            "Any show where a nurse keeps the lights on for everyone will do; the one I watched had a patient who never sleeps."));
        Assert.Null(result.Article);
        Assert.StartsWith("no list found", result.Error);
    }

    [Fact]
    public void ALineOfReportedSpeechBetweenSections_IsNoHeading()
    {
        var article = Parse("The lines that made us fans", Intro,
            "'Hold the door, I'm coming'",
            "Paper Lanterns (2014) is where it started. Yoo Ha-jun (Park Min-seo) runs after the last bus in the snow and the driver waits for him.",
            "\"It was silly and I loved it,\" Dr Moon said. \"Nobody in my family understood why I cried.\"",
            "'Won't you eat something first?'",
            "Grey Harbour (2019) is gentler. Seo Ji-an (Kim Yu-ri) keeps cooking for the fisherman who never says thank you.",
            "'Stay until the tide comes in'",
            "Winter Ferry (2022) ends the list. Nam Gyu-ri (Choi Soo-ah) asks the ferryman to wait one more crossing.");
        Assert.Equal(["Paper Lanterns", "Grey Harbour", "Winter Ferry"], article.Items.Select(i => i.Drama.Title));
        Assert.Equal(["Won't you eat something first?"], article.Items[1].Quotes);
        Assert.DoesNotContain(article.Items[0].Quotes, q => q.Contains("silly", StringComparison.Ordinal) || q.Contains("Nobody", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("\"It was silly and I loved it,\" Dr Moon said. \"Nobody understood why.\"", true)]
    [InlineData("\"It was silly and I loved it,\" said one reader, a nurse from Busan.", true)]
    [InlineData("\"Stay with me\" — Grey Harbour (2019)", false)]
    [InlineData("\"I'm not leaving,\" he says — Grey Harbour", false)]
    public void IsReportedSpeech_AQuotationGivenToItsSpeakerAndTheSentenceGoesOn(string line, bool reported) =>
        Assert.Equal(reported, DialogueReader.IsReportedSpeech(line));

    [Theory]
    [InlineData("\"I still rewatch it every winter,\" Busan office worker Kang Min-ji said.")]
    [InlineData("\"The lanterns were the best part,\" said Daegu student Lim Ha-eun.")]
    [InlineData("\"It never gets old,\" Prof Yoon said. \"Not for me, anyway.\"")]
    [InlineData("The whole internet collectively went \"oh, here we go again.\"")]
    public void WordsOfInterviewees_DescribedByWhatTheyDoOrByTitle_AreNotDialogue(string paragraph) =>
        Assert.Empty(DialogueReader.Find([paragraph], ["Yoo Ha-jun", "Seo Ji-an"]));

    [Fact]
    public void ACharacterDescribedBeforeTheirName_StillSpeaksDialogue() =>
        Assert.Equal(["You're late again,"],
            DialogueReader.Find(["\"You're late again,\" the grumpy chef Seo Ji-an says, and hands him a bowl anyway."], ["Yoo Ha-jun", "Seo Ji-an"]));

    [Fact]
    public void AQuotationComparedWithAnother_IsALabelNotDialogue() =>
        Assert.Empty(DialogueReader.Find(["The first kiss is less \"finally\" and more \"oh no, we're doomed,\" which is the point."]));

    [Fact]
    public void ACaptionClosedByItsPicturesSource_IsNotAnItem()
    {
        var article = Parse("Romances to stream this winter",
            "Grey Harbour. Rakuten Viki",
            Intro,
            "Paper Lanterns",
            "Yoo Ha-jun (Park Min-seo) runs after the last bus in the snow and the driver waits for him, which nobody expected of that driver.",
            "Grey Harbour",
            "Seo Ji-an (Kim Yu-ri) keeps cooking for the fisherman who never says thank you, until the night he finally does.",
            "Winter Ferry",
            "Nam Gyu-ri (Choi Soo-ah) asks the ferryman to wait one more crossing, and he turns the boat round for her.");
        Assert.Equal(["Paper Lanterns", "Grey Harbour", "Winter Ferry"], article.Items.Select(i => i.Heading));
    }

    [Fact]
    public void ATagBlockUnderTheLastItem_ClosesIt()
    {
        var article = Parse("Romances to stream this winter", Intro,
            "Paper Lanterns (2014)",
            "Yoo Ha-jun (Park Min-seo) runs after the last bus in the snow and the driver waits for him, which nobody expected of that driver.",
            "Grey Harbour (2019)",
            "Seo Ji-an (Kim Yu-ri) keeps cooking for the fisherman who never says thank you, until the night he finally does.",
            "Winter Ferry (2022)",
            "Nam Gyu-ri (Choi Soo-ah) asks the ferryman to wait one more crossing, and he turns the boat round for her.",
            "Keywords\nKorean drama, Winter Ferry, Streaming Services, Weekend");
        Assert.DoesNotContain("Streaming", article.Items[2].Excerpt, StringComparison.Ordinal);
        Assert.Empty(article.Items[2].Drama.AlternateTitles);
    }

    [Fact]
    public void AReportsAsideNamingWhoseViewItIs_OpensNoItem()
    {
        var article = Parse("How the melodrama grew up",
            "\"Paper Lanterns\" (KBS, 2004) is where it began. Yoo Ha-jun (Park Min-seo) runs after the last bus in the snow and the driver waits for him.",
            "\"Grey Harbour\" (MBC, 2009) slowed everything down. Seo Ji-an (Kim Yu-ri) keeps cooking for the fisherman who never says thank you.",
            "\"Winter Ferry\" (SBS, 2015) closed the decade. Nam Gyu-ri (Choi Soo-ah) asks the ferryman to wait one more crossing, and he does.",
            "For Moon, the three share one trait. \"None of them hurries the ending,\" she said.");
        Assert.Equal(["Paper Lanterns", "Grey Harbour", "Winter Ferry"], article.Items.Select(i => i.Drama.Title));
        Assert.DoesNotContain(article.Items.SelectMany(i => i.Quotes), q => q.Contains("hurries", StringComparison.Ordinal));
    }
}
