using KdramaMoments.Web.Importing;
using static KdramaMoments.Tests.Importing.ArticleBlocks;

namespace KdramaMoments.Tests.Importing;

/// <summary>
/// Families of editorial text a news or magazine feature writes: theme headings over a dated title, reported speech between
/// sections, headings quoted in single quotes with contractions, interviewees introduced by what they do, readers' reactions,
/// a hero picture's caption closed by its source, a tag block closing the page, a report's "For Lee, …" aside.
/// </summary>
public sealed class EditorialFamiliesTests
{
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

    [Fact]
    public void AOneLetterTitleAfterTheCouple_CountsWhenTheTextDatesIt()
    {
        var article = Parse("Kisses that ruined dating for me", Intro,
            "Yoo Ha-jun & Seo Ji-an — Paper Lanterns",
            "Park Min-seo plays Ha-jun and Kim Yu-ri plays Ji-an in this 2014 KBS series about a lantern maker and the girl who buys every one.",
            "Nam Gyu-ri & Choi Dae-ho — Q",
            "That's Q (MBC, 2017), in which Choi Soo-ah's ferry captain Nam Gyu-ri keeps rescuing a swimmer who never learns to swim properly.",
            "Lim Ha-eun & Baek Jin-woo — Grey Harbour",
            "Song Ji-min plays Ha-eun and Oh Tae-gyu plays Jin-woo in a fishing-village romance that takes its time and is better for it.");
        Assert.Equal(["Paper Lanterns", "Q", "Grey Harbour"], article.Items.Select(i => i.Drama.Title));
    }

    [Fact]
    public void AWritersPossessiveBeforeAWorkThatStarsSomeone_IsNoCredit()
    {
        var reading = CastReader.Read(new CastEvidence("The lantern scene",
            ["Known to fans as the lantern show, Park Hye-rim's fantasy stars Kim Do-yun as a lantern maker who cannot die until a girl buys his last lantern."],
            "The Lantern Maker", [], []));
        Assert.DoesNotContain(reading.Cast, c => c.Actor == "Park Hye-rim" || c.Character == "Kim Do-yun");
    }

    [Fact]
    public void APlaceOrAThingNamedSomething_IsNoRole()
    {
        var reading = CastReader.Read(new CastEvidence("The harbour",
            ["Kim Do-yun plays Yoo Ha-jun, a sailor stranded in a fictional island country named Veldora with a stray dog named Bori."],
            "The Lantern Maker", [], []));
        Assert.Equal(["Yoo Ha-jun|Kim Do-yun"], reading.Cast.Select(c => $"{c.Character}|{c.Actor}"));
    }

    [Fact]
    public void NumberedEntriesWrittenAsWholeSentences_AtTheStartOfTheCount_StillOpenItems()
    {
        var article = Parse("5 scenes that made me scream", Intro,
            "1. When the ferryman turned the boat round for the girl who missed the very last crossing of the night.",
            "Nam Gyu-ri (Choi Soo-ah) in Winter Ferry (2022) asks him to wait, and he does, and I have not recovered since.",
            "2. The lantern scene that broke the entire internet for a week.",
            "Yoo Ha-jun (Park Min-seo) in Paper Lanterns (2014) lights every lantern in the shop for her and nobody says a word.",
            "3. Ji-an cooking for the fisherman",
            "Seo Ji-an (Kim Yu-ri) in Grey Harbour (2019) keeps cooking for him until the night he finally says thank you.",
            "4. Ha-eun at the bus stop",
            "Lim Ha-eun (Song Ji-min) in Last Bus Home (2020) waits at the stop in the snow long after the last bus has gone.",
            "5. Dae-ho and the umbrella",
            "Choi Dae-ho (Oh Tae-gyu) in Rain Shelter (2018) gives away his only umbrella and walks home soaked through.");
        Assert.Equal([1, 2, 3, 4, 5], article.Items.Select(i => i.Rank));
        Assert.Equal("Winter Ferry", article.Items[0].Drama.Title);
    }

    [Fact]
    public void AnEssaysOneOrTwoWordSubheadings_StandWithItsLongerOnes_AndACodaClosesTheList()
    {
        var article = Parse("What quiet love looks like",
            "This is not a ranking at all. It is just the four scenes I kept going back to during a very long winter.",
            "Light",
            "In *Paper Lanterns* (2014), Yoo Ha-jun (Park Min-seo) lights every lantern in the shop for her and never says why he did it.",
            "The cook and the fisherman",
            "*Grey Harbour* (2019) is slower. Seo Ji-an (Kim Yu-ri) keeps cooking for the fisherman until the night he finally says thank you.",
            "Wait for me",
            "*Winter Ferry* (2022) has one scene I think about weekly: Nam Gyu-ri (Choi Soo-ah) asks the ferryman to wait one more crossing.",
            "Snowfall",
            "*Last Bus Home* (2020) ends with Lim Ha-eun (Song Ji-min) at the stop in the snow, long after the last bus has gone home.",
            "Coda",
            "From Paper Lanterns to Last Bus Home, I spent years learning that love is mostly small things done again and again, quietly.");
        Assert.Equal(["Paper Lanterns", "Grey Harbour", "Winter Ferry", "Last Bus Home"], article.Items.Select(i => i.Drama.Title));
        Assert.DoesNotContain("small things", article.Items[^1].Excerpt, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Not \"stay with me.\" Not \"marry me.\" Just a bowl of soup left on the step.")]
    [InlineData("Paper Lanterns (2014) really said \"you will never recover from this.\"")]
    [InlineData("paper lanterns really said \"you will cry for sixteen episodes\" and meant it.")]
    public void WordsTheWriterPutsInNoOnesMouth_AreNotDialogue(string paragraph) =>
        Assert.Empty(DialogueReader.Find([paragraph], ["Yoo Ha-jun", "Seo Ji-an"]));

    [Fact]
    public void ACharacterWhoReallySaidIt_StillSpeaks() =>
        Assert.Equal(["I'm not leaving without you."],
            DialogueReader.Find(["And then Seo Ji-an really said \"I'm not leaving without you.\""], ["Yoo Ha-jun", "Seo Ji-an"]));

    [Theory]
    [InlineData("Read More About:\nK-Drama, Streaming Services, Weekend Picks")]
    [InlineData("Most Popular\nStreaming Services Raise Their Prices Again\nThe Weekend Box Office Report")]
    public void ANewsSitesTagOrMostReadBox_ClosesTheLastItem(string box)
    {
        var article = Parse("Romances to stream this winter", Intro,
            "Paper Lanterns (2014)",
            "Yoo Ha-jun (Park Min-seo) runs after the last bus in the snow and the driver waits for him, which nobody expected of that driver.",
            "Grey Harbour (2019)",
            "Seo Ji-an (Kim Yu-ri) keeps cooking for the fisherman who never says thank you, until the night he finally does.",
            "Winter Ferry (2022)",
            "Nam Gyu-ri (Choi Soo-ah) asks the ferryman to wait one more crossing, and he turns the boat round for her.",
            box);
        Assert.DoesNotContain("Streaming", article.Items[2].Excerpt, StringComparison.Ordinal);
        Assert.Empty(article.Items[2].Drama.AlternateTitles);
    }

    [Theory]
    [InlineData("Crown Prince Yoo Ha-jun (Kim Do-yun of 5TAR) falls for Seo Ji-an (Song Ji-min), a court lady who wants to stay free.")]
    [InlineData("Crown Prince Yoo Ha-jun (Kim Do-yun from Night Comet) falls for Seo Ji-an (Song Ji-min), a court lady who wants to stay free.")]
    public void AnIdolActorsGroupInsideTheCredit_IsAnAsideToTheActorsName(string paragraph)
    {
        var reading = CastReader.Read(new CastEvidence("The palace", [paragraph], "The Lantern Maker", [], []));
        Assert.Contains(reading.Cast, c => c.Character == "Yoo Ha-jun" && c.Actor == "Kim Do-yun");
        Assert.Contains(reading.Cast, c => c.Character == "Seo Ji-an" && c.Actor == "Song Ji-min");
    }
}
