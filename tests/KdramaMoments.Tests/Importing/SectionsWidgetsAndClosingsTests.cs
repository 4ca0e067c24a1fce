using static KdramaMoments.Tests.Importing.ArticleBlocks;

namespace KdramaMoments.Tests.Importing;

/// <summary>
/// The twenty-seventh blind set's general failures, each on its own text: Markdown sections of one level shaped
/// differently (dated or not, a title opening with a number); a sentence-case sub-heading closed by a name in single
/// quotes; a publisher's shopping widget and newsletter box between and after the sections; an essay's closing section;
/// a one-word theme heading its text repeats in lower case; an idol's stage name over the birth name in a parenthesis.
/// The dramas are invented where the rule reads no reference list.
/// </summary>
public sealed class SectionsWidgetsAndClosingsTests
{
    [Fact]
    public void MarkdownSectionsOfOneLevel_AreOneList_DatedOrNot_AndATitleOpeningWithANumber()
    {
        var article = ParseText("""
            # Harbour scenes I keep rewatching

            Years are first-broadcast years.

            ## Moonlit Harbour Story (2018)
            - Who: Baek Do-hwan (Kang Min-jae) and Yoon Seo-ah (Lee Bo-ra)
            - The moment: he waits at the end of the pier all summer
            - Line: "I was never waiting for the boat."

            ## The Quiet Apartment
            - Who: Min Tae-oh (Choi Woo-jin) and Choi Mi-rae (Lee Da-in)
            - Year: 2023
            - The moment: the notes on the wall, then the flood night on the stairs

            ## 12 Lanterns of Jongno (2021)
            - Who: Do Gyeom (Park Ji-hoon) and Seo Ha-neul (Kim Na-ri)
            - The moment: he lifts the lantern on the bridge so she can see his face

            ## Salt Road Letters (2019)
            - Who: Ahn Ji-ho (Seo Min-jun) and Go Eun-bi (Park Na-rae)
            - The moment: the letter left in the lighthouse
            """);

        Assert.Equal(["Moonlit Harbour Story", "The Quiet Apartment", "12 Lanterns of Jongno", "Salt Road Letters"], article.Items.Select(i => i.Drama.Title));
        Assert.Equal([2018, 2023, 2021, 2019], article.Items.Select(i => i.Drama.Year));
        Assert.Contains(article.Items[2].Cast, c => c.Character == "Do Gyeom" && c.Actor == "Park Ji-hoon");
    }

    [Fact]
    public void MarkdownSectionsUnderAnotherHeading_AreAnotherList()
    {
        var article = ParseText("""
            # Comfort scenes

            ## Scenes

            ### Moonlit Harbour Story (2018)
            Baek Do-hwan (Kang Min-jae) waits at the end of the pier every evening, all summer long, and says "I was never waiting for the boat."

            ### The Quiet Apartment (2023)
            Min Tae-oh (Choi Woo-jin) answers every note on the wall, and on the night of the flood he finally knocks.

            ### Paper Lanterns of Jongno (2021)
            Do Gyeom (Park Ji-hoon) lifts the lantern on the bridge so that Seo Ha-neul (Kim Na-ri) can finally see his face.

            ## Maybe later

            ### Salt Road Letters
            Min says the letter in the lighthouse is worth the whole first half, so maybe over the holidays.

            ### ask Min which episode has the lighthouse
            """);

        Assert.Equal(["Moonlit Harbour Story", "The Quiet Apartment", "Paper Lanterns of Jongno"], article.Items.Select(i => i.Drama.Title));
    }

    [Fact]
    public void ASentenceCaseSubheadingClosedByANameInSingleQuotes_IsOneOfTheSubheadings()
    {
        var article = ParseText("""
            Six Moments That Gave Us Way Too Much Kilig

            Grabe, ang lakas maka-sana all. We rounded up the scenes we still rewatch on the commute.

            The lantern on the bridge

            Paper Lanterns of Jongno (2021) is the slow one. Do Gyeom (Park Ji-hoon) lifts the lantern so Seo Ha-neul (Kim Na-ri) can finally see his face, and the whole town goes quiet.

            Watch it on: Netflix

            The notes on the wall

            The Quiet Apartment (2023) has two neighbours who only talk through notes. Min Tae-oh (Choi Woo-jin) answers every single one, and on the night of the flood he leans against the door and,

            Watch it on: Viki

            ADVERTISEMENT - CONTINUE READING BELOW

            Every time he calls her 'Moonbeam'

            Moonlit Harbour Story (2018) is all about Baek Do-hwan (Kang Min-jae) and the nickname nobody else is allowed to use. When he finally says "I was never waiting for the boat," we screamed.

            Watch it on: Netflix
            """);

        Assert.Equal(["Paper Lanterns of Jongno", "The Quiet Apartment", "Moonlit Harbour Story"], article.Items.Select(i => i.Drama.Title));
        Assert.Equal("Every time he calls her 'Moonbeam'", article.Items[2].Heading);
    }

    [Fact]
    public void APublishersShoppingWidgetAndNewsletterBox_AreNoSections()
    {
        var article = ParseText("""
            The most romantic moments for grown-ups

            Forget teenage crushes: these are the love stories for anyone who has lived a little.

            Do-hwan and Seo-ah

            Moonlit Harbour Story (2018) follows Baek Do-hwan (Kang Min-jae), who waits at the end of the pier every evening. When Yoon Seo-ah (Lee Bo-ra) finally walks out to him, he says: "I was never waiting for the boat."

            Watch it on: Netflix

            Best Netflix deals
            Netflix Standard with adverts
            £4.99/month
            View Deal
            Netflix Standard
            £10.99/month
            View Deal

            Tae-oh and Mi-rae

            The Quiet Apartment (2023) is told through notes on a wall. Min Tae-oh (Choi Woo-jin) answers every one Choi Mi-rae (Lee Da-in) leaves, and on the night of the flood he finally knocks.

            Watch it on: Prime Video

            Gyeom and Ha-neul

            Paper Lanterns of Jongno (2021) saves its best scene for the bridge, where Do Gyeom (Park Ji-hoon) lifts the lantern so Seo Ha-neul (Kim Na-ri) can see his face.

            Watch it on: Netflix

            Mina is Harbour Weekly's resident television obsessive.

            Get the Harbour Weekly Newsletter
            The best television news, straight to your inbox.
            Contact me with news and offers from other brands
            By submitting your information you agree to the Terms & Conditions and Privacy Policy and are aged 16 or over.
            """);

        Assert.Equal(["Do-hwan and Seo-ah", "Tae-oh and Mi-rae", "Gyeom and Ha-neul"], article.Items.Select(i => i.Heading));
        Assert.Equal(["Moonlit Harbour Story", "The Quiet Apartment", "Paper Lanterns of Jongno"], article.Items.Select(i => i.Drama.Title));
    }

    [Fact]
    public void AnEssaysClosingSection_IsNoItem()
    {
        var article = ParseText("""
            Why these romances feel so different: three scenes that explain the slow burn

            Western viewers are often baffled by how little happens, and how much it means.

            The pier

            Moonlit Harbour Story (2018) is built around waiting. Baek Do-hwan (Kang Min-jae) stands at the end of the pier every evening, and when Yoon Seo-ah (Lee Bo-ra) finally walks out to him he says, "I was never waiting for the boat."

            The notes

            The Quiet Apartment (2023) follows two neighbours, Min Tae-oh (Choi Woo-jin) and Choi Mi-rae (Lee Da-in), who only talk through notes on the wall until the night of the flood.

            The lantern

            In Paper Lanterns of Jongno (2021), Do Gyeom (Park Ji-hoon) lifts a lantern on the bridge so that Seo Ha-neul (Kim Na-ri) can see his face for the first time.

            Why this matters

            It is tempting to read these scenes as old-fashioned, and in some respects they are. But they also model a kind of romance built on attention and patience.
            """);

        Assert.Equal(["Moonlit Harbour Story", "The Quiet Apartment", "Paper Lanterns of Jongno"], article.Items.Select(i => i.Drama.Title));
    }

    [Fact]
    public void AOneWordThemeHeading_ItsTextRepeatsOnlyInLowerCase_IsNoTitle_TheTextsDatedTitleIs()
    {
        var article = ParseText("""
            Three kinds of slow-burn romance

            Researchers who study fans keep coming back to the same scenes.

            The long wait

            Moonlit Harbour Story (2018) follows Baek Do-hwan (Kang Min-jae), who stands at the end of the pier every evening until Yoon Seo-ah (Lee Bo-ra) walks out to him.

            Notes on the wall

            The Quiet Apartment (2023) has Min Tae-oh (Choi Woo-jin) and Choi Mi-rae (Lee Da-in) talk only through notes on the wall until the night of the flood.

            Patience

            Finally, patience. Hometown Cha-Cha-Cha (2021) follows Hong Du-sik (Kim Seon-ho) and Yoon Hye-jin (Shin Min-a), and the peak of the series is not a kiss but a question on the sea wall.
            """);

        Assert.Equal(["Moonlit Harbour Story", "The Quiet Apartment", "Hometown Cha-Cha-Cha"], article.Items.Select(i => i.Drama.Title));
        Assert.Equal(2021, article.Items[2].Drama.Year);
    }

    [Fact]
    public void AnIdolsStageNameOverTheBirthName_IsOneActor_WhoseRoleTheCastListGives()
    {
        var article = ParseText("""
            Five Dream Moments

            1. Dream High (2011)

            Dream High (2011) is Suzy (Bae Su-ji) at her brightest, and Go Hye-mi finally sings on the big stage while Kim Soo-hyun's Song Sam-dong watches from the wings.

            2. Moonlit Harbour Story (2018)

            Baek Do-hwan (Kang Min-jae) waits at the end of the pier every evening, all summer long, for Yoon Seo-ah (Lee Bo-ra).

            3. The Quiet Apartment (2023)

            Min Tae-oh (Choi Woo-jin) answers every note Choi Mi-rae (Lee Da-in) leaves on the wall, and on the night of the flood he knocks.
            """);

        var cast = article.Items[0].Cast;
        Assert.DoesNotContain(cast, c => c.Character == "Suzy");
        Assert.Contains(cast, c => c.Actor == "Suzy" && c.Character == "Go Hye-mi");
    }

    [Theory]
    [InlineData("## Salt Road Letters", "Salt Road Letters")]
    [InlineData("### Moonlit Harbour Story (2018)", "Moonlit Harbour Story (2018)")]
    [InlineData("#Alive", "#Alive")]
    public void ATitlesMarkdownHashes_AreNoPartOfIt(string written, string title) => Assert.Equal(title, KdramaMoments.Web.Importing.HeadingReader.CleanTitle(written));
}
