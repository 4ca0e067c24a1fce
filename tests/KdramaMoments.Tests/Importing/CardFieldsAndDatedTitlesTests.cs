using static KdramaMoments.Tests.Importing.ArticleBlocks;

namespace KdramaMoments.Tests.Importing;

/// <summary>
/// Two readings of where an item's drama is: under emoji headings, a card's fields that wear emoji too (<c>💭 mood: …</c>)
/// are fields, not headings; under a heading that names only a couple the cast list does not know, the title the first
/// paragraph dates is the drama, not another work it names in passing.
/// </summary>
public sealed class CardFieldsAndDatedTitlesTests
{
    [Fact]
    public void EmojiHeadings_OverEmojiFieldLines_AreTheItemsAndTheFieldsStayInThem()
    {
        // Invented names none of which the cast list holds: a name it knows would decide which side of a credit is the actor.
        var article = Parse("three soft dramas for a grey sunday",
            "🌊 Moonlit Harbour Story (2018)\n💞 couple: Han Seo-joon (Kang Min-jae) x Seo Yeon-woo (Yoon Da-hee)\nthe ferry captain and the biologist keep missing each other at the pier and it is the softest thing ever\n🎧 mood: sea air, slow mornings\n📺 where: netflix",
            "🏮 Paper Lanterns of Jongno (2021)\n💞 couple: Do Gyeom (Park Ji-hoon) x Baek Ha-na (Lee Soo-ah)\na lantern maker and a civil servant argue about permits all winter and fall in love over barley tea\n🎧 mood: winter, tea, bickering\n📺 where: viki",
            "🏠 The Quiet Apartment (2023)\n💞 couple: Min Tae-oh (Choi Woo-jin) x Jang Bo-ra (Gu Da-in)\ntwo neighbours talk only through notes on their shared wall until the flood, and the finale is perfect\n🎧 mood: city nights, notes, rain\n📺 where: netflix");

        Assert.Equal(["Moonlit Harbour Story", "Paper Lanterns of Jongno", "The Quiet Apartment"], article.Items.Select(i => i.Drama.Title));
        Assert.Contains(article.Items[1].Cast, c => c.Character == "Do Gyeom" && c.Actor == "Park Ji-hoon");
        Assert.Contains(article.Items[2].Cast, c => c.Character == "Jang Bo-ra" && c.Actor == "Gu Da-in");
    }

    [Fact]
    public void CoupleHeading_TheTitleTheParagraphDates_OverAShelfTitleItNamesInPassing()
    {
        var article = Parse("Co-stars who became couples",
            "Kang Min-jae and Yoon Da-hee",
            "The Goblin guest star and his co-star met on the fishing drama Moonlit Harbour Story (2018), in which Kang played the ferry captain Han Seo-joon and Yoon the biologist Seo Yeon-woo. They married two years later.",
            "Park Ji-hoon and Lee Soo-ah",
            "Both had small parts before the period romance Paper Lanterns of Jongno (2021) made them leads: Park played the civil servant Do Gyeom and Lee the lantern maker Baek Ha-na.",
            "Choi Woo-jin and Han Yu-ri",
            "Long after his Healer cameo, Choi found his best role opposite Han in The Quiet Apartment (2023), as the neighbour Min Tae-oh who writes notes to Jang Bo-ra through the wall.");

        Assert.Equal(["Moonlit Harbour Story", "Paper Lanterns of Jongno", "The Quiet Apartment"], article.Items.Select(i => i.Drama.Title));
        Assert.Equal(2018, article.Items[0].Drama.Year);
    }

    [Fact]
    public void NetworkLineInCapitals_UnderAQuotedTitleHeading_IsNoTitle()
    {
        var article = Parse("Eight shows critics love that you skipped",
            "\"Moonlit Harbour Story\" is a slow romance about a ferry captain and a marine biologist.",
            "JTBC\n\nStarring: Kang Min-jae, Yoon Da-hee\nPremiered: 2018",
            "Kang Min-jae plays the ferry captain Han Seo-joon, who keeps missing the biologist Seo Yeon-woo at the pier until a typhoon strands them together.",
            "\"Paper Lanterns of Jongno\" is a period drama about a lantern maker and a civil servant.",
            "KBS2\n\nStarring: Park Ji-hoon, Lee Soo-ah\nPremiered: 2021",
            "Park Ji-hoon plays the civil servant Do Gyeom, who argues with the lantern maker Baek Ha-na about permits all winter long.",
            "\"The Quiet Apartment\" is a city romance told through notes on a shared wall.",
            "tvN\n\nStarring: Choi Woo-jin, Gu Da-in\nPremiered: 2023",
            "Choi Woo-jin plays the neighbour Min Tae-oh, who answers Jang Bo-ra's notes every night until the flood brings them face to face.");

        Assert.Equal(["Moonlit Harbour Story", "Paper Lanterns of Jongno", "The Quiet Apartment"], article.Items.Select(i => i.Drama.Title));
    }

    [Fact]
    public void ADramaFieldsOtherNames_AreTheDramasToo_NotPartOfItsTitle()
    {
        var article = Parse("Three lantern-lit scenes",
            "The bridge",
            "Drama: Paper Lanterns of Jongno (aka Lanterns, a.k.a. Jongno Lights) (2021)\nHe holds the lantern up so she can finally see his face, and the whole bridge goes quiet around them.",
            "The pier",
            "Drama: Moonlit Harbour Story (2018)\nHe waits at the end of the pier every evening all summer and never once says why he is there.",
            "The wall",
            "Drama: The Quiet Apartment (also known as Notes Through the Wall) (2023)\nThey only ever talk through notes taped to the shared wall, until the night of the flood changes that.");

        Assert.Equal(["Paper Lanterns of Jongno", "Moonlit Harbour Story", "The Quiet Apartment"], article.Items.Select(i => i.Drama.Title));
        Assert.Equal(["Lanterns", "Jongno Lights"], article.Items[0].Drama.AlternateTitles);
        Assert.Equal(["Notes Through the Wall"], article.Items[2].Drama.AlternateTitles);
        Assert.Equal([2021, 2018, 2023], article.Items.Select(i => i.Drama.Year));
    }
}
