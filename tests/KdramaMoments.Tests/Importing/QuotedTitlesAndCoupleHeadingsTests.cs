using static KdramaMoments.Tests.Importing.ArticleBlocks;

namespace KdramaMoments.Tests.Importing;

/// <summary>
/// House styles of the twenty-third blind set: headings that set the drama's title in single quotes however the words
/// around it go; countdowns headed by the couple's names in Title Case ("Kang Do-Yoon And Seo Ha-Neul") with the drama only
/// in the text or the show's card; an essay with no headings whose paragraphs each bring in a drama. The dramas are
/// invented where the layout alone should decide; the essay's are on the reference shelf, which is what tells a drama from
/// a city at the end of a sentence.
/// </summary>
public sealed class QuotedTitlesAndCoupleHeadingsTests
{
    [Fact]
    public void HeadingsThatQuoteTheirTitleInSingleQuotes_AreOneList_WhateverTheWordsAroundIt()
    {
        var article = Parse(
            "5 K-Drama Couples Who Waited Years",
            "From a lantern festival to a flooded flat, these couples took their time, and fans were glad they did.",
            "'Paper Lanterns of Jongno' is the ultimate slow burn",
            "Kang Tae-won and Lee Min-seo | JTBC",
            "Paper Lanterns of Jongno (2021) follows Do Gyeom, a lantern maker who has loved the same woman since they were children and never said so.",
            "'Moonlit Harbour Story' (2018)",
            "A ferry captain waits at the end of the pier every evening all summer, and the whole town pretends not to notice why he is there.",
            "Han Ji-woo and Park Seo-jun in 'The Quiet Apartment'",
            "Two neighbours who only talk through notes on the wall finally meet on the night of the flood, when she knocks on his door.",
            "'Winter Letters' (2016-2017)",
            "A postman keeps one undelivered letter for nine years, until the woman it was written to moves back into the house at the end of his round.",
            "How to watch these K-dramas",
            "Every drama on this list is streaming now in most regions.");

        Assert.Equal(["Paper Lanterns of Jongno", "Moonlit Harbour Story", "The Quiet Apartment", "Winter Letters"], article.Items.Select(i => i.Drama.Title));
    }

    [Fact]
    public void ASingleQuotedLineOfDialogue_IsNoTitle_SoTheQuotationHeadingsStayOneList()
    {
        var article = Parse(
            "The lines that made us fall for K-dramas",
            "We asked readers for the one line they still think about, and these came up again and again.",
            "'Look at me, not the lights'",
            "Do Gyeom says it on the bridge in Paper Lanterns of Jongno (2021), holding the lantern up so she can finally see his face.",
            "'Wait for me'",
            "The ferry captain of Moonlit Harbour Story (2018) says it once, on the last evening of summer, and then keeps his word for a decade.",
            "'You could have just knocked'",
            "She laughs it through the door in The Quiet Apartment (2023), after months of notes on the wall between their flats.");

        Assert.Equal(["Paper Lanterns of Jongno", "Moonlit Harbour Story", "The Quiet Apartment"], article.Items.Select(i => i.Drama.Title));
    }

    [Fact]
    public void ACountdownHeadedByTheCouplesNamesInTitleCase_TakesEachDramaFromTheTextOrTheShowsCard()
    {
        var article = Parse(
            "7 K-Drama Fake Relationships That Turned Real",
            "Few tropes are as reliable as the fake relationship, and these couples stopped pretending first.",
            "3 Kang Do-Yoon And Seo Ha-Neul\nVia: tvN",
            "Paper Lanterns of Jongno (2021) puts a lantern maker and a festival planner into a fake engagement to save the festival, and neither of them is pretending for long.",
            "2 Yoon Tae-Ho And Min Ji-Ae\nVia: SBS",
            "Moonlit Harbour Story\nRelease Date\nJune 2, 2018\nCast\nLee Jun-seo, Han Bo-ra\nNetwork\nSBS",
            "A ferry captain and a lighthouse keeper pretend to be married for a visiting inspector, and then the inspector never leaves the island.",
            "1 Choi Min-Jae And Oh Seo-Yeon\nVia: JTBC",
            "The Quiet Apartment\nRelease Date\nMarch 1, 2023\nCast\nPark Seo-jun, Han Ji-woo\nNetwork\nJTBC",
            "Two neighbours agree to pose as a couple to keep the building's matchmaking landlady away, passing the plans back and forth in notes on the wall.");

        Assert.Equal(["Paper Lanterns of Jongno", "Moonlit Harbour Story", "The Quiet Apartment"], article.Items.Select(i => i.Drama.Title));
        Assert.Equal([2021, 2018, 2023], article.Items.Select(i => i.Drama.Year));
    }

    [Fact]
    public void AnEssayWithNoHeadings_EachParagraphThatBringsInADramaIsAnItem_NotThePlacesItsSentencesEndWith()
    {
        var article = Parse(
            "What four K-dramas taught me about moving home",
            "My sister lives in Busan. I live in Glasgow. For three years, Korean dramas have been the thing we watch together over a video call, one episode a night, pressing play at the same time.",
            "The first one we finished properly was Hometown Cha-Cha-Cha, which is, on paper, a dentist moving to a seaside village and being annoyed by a handyman. What got us was how the whole village shows up for each other, every single time, and how long it takes the two of them to admit anything.",
            "We made a mistake next, which was watching Our Beloved Summer during exam season. Two exes are filmed for a documentary ten years after they broke up, and the show lets them be awful to each other before it lets them be kind. My sister sent me a voice note at two in the morning about the last episode.",
            "By the time we got to Healer, we had started noticing a pattern: every lead we loved had a secret job. This one is a night courier who can get anything anywhere, and a reporter who keeps asking him the wrong questions. The rooftop scene is still the one we rewind.",
            "The last one, which we finished a fortnight ago, was The King: Eternal Monarch. An emperor of an alternate Korea falls for a detective in ours, and the two of them are literally from different worlds. It's a bit of a mess, honestly, but the ending got us both.",
            "She's moving to Edinburgh in April. We've already picked the next show, and for the first time we'll be on the same sofa.");

        Assert.Equal(["Hometown Cha-Cha-Cha", "Our Beloved Summer", "Healer", "The King: Eternal Monarch"], article.Items.Select(i => i.Drama.Title));
    }
}
