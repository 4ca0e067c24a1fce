using KdramaMoments.Web.Importing;
using static KdramaMoments.Tests.Importing.ArticleBlocks;

namespace KdramaMoments.Tests.Importing;

/// <summary>
/// Shapes first met in the seventeenth blind set, each read by a general rule: a heading that writes the Korean title
/// first and its Latin names after it, a cast line glossing each Latin name with its Hangul, a card's network line and
/// its unlabelled "Role — Actor" lines, and a feature's paragraphs that date a title behind words describing it.
/// </summary>
public sealed class KoreanFirstAndCardLinesTests
{
    private static CastCredit? Credit(ParsedItem item, string character) => item.Cast.FirstOrDefault(c => c.Character == character);

    [Fact]
    public void KoreanTitleFirst_ReadsTheLatinTitleAndYear_AndTheGlossedCast()
    {
        // Invented titles the shelf does not know: the last Latin name is the English one (a romanisation comes first).
        var article = Parse("My favourite quiet romances | 조용한 로맨스",
            "🌙 1. 별빛 항구 (Byeolbit Hanggu · Starlight Harbour, 2018)\nCast: 강민재 Kang Min-jae (한서준 Han Seo-joon), 윤다희 Yoon Da-hee (서연우 Seo Yeon-woo)",
            "The ferry captain and the marine biologist keep missing each other at the pier until a typhoon strands them together. I cried.",
            "🏮 2. 종로의 등불 (Jongno-ui Deungbul · Paper Lanterns of Jongno, 2021)\nCast: 박지훈 Park Ji-hoon (도겸 Do Gyeom), 이수아 Lee Soo-ah (백하나 Baek Ha-na)",
            "A lantern maker and the civil servant sent to close her shop argue about permits all winter and fall in love over tea.",
            "🏠 3. 조용한 아파트 (Joyonghan Apateu · The Quiet Apartment, 2023)\nCast: 최우진 Choi Woo-jin (민태오 Min Tae-oh), 한유리 Han Yu-ri (장보라 Jang Bo-ra)",
            "Two neighbours who only talk through notes taped to their shared wall finally meet when the building floods.");

        Assert.Equal(["Starlight Harbour", "Paper Lanterns of Jongno", "The Quiet Apartment"], article.Items.Select(i => i.Drama.Title));
        Assert.Equal([2018, 2021, 2023], article.Items.Select(i => i.Drama.Year));
        Assert.Equal("Kang Min-jae", Credit(article.Items[0], "Han Seo-joon")?.Actor);
        Assert.Equal("Lee Soo-ah", Credit(article.Items[1], "Baek Ha-na")?.Actor);
        Assert.Equal("Choi Woo-jin", Credit(article.Items[2], "Min Tae-oh")?.Actor);
    }

    [Fact]
    public void KoreanTitleFirst_TheNameTheShelfKnows_OverTheLastOne()
    {
        var article = Parse("Three I rewatch",
            "1. 눈물의 여왕 (Queen of Tears · Nunmurui Yeowang, 2024)",
            "The divorce papers in the first episode and everything the couple does to avoid signing them are still my favourite hour of television.",
            "2. 별빛 항구 (Byeolbit Hanggu · Starlight Harbour, 2018)",
            "The ferry captain and the marine biologist keep missing each other at the pier until a typhoon strands them together.",
            "3. 조용한 아파트 (Joyonghan Apateu · The Quiet Apartment, 2023)",
            "Two neighbours who only talk through notes taped to their shared wall finally meet when the building floods.");

        Assert.Equal(["Queen of Tears", "Starlight Harbour", "The Quiet Apartment"], article.Items.Select(i => i.Drama.Title));
        Assert.Equal(2024, article.Items[0].Drama.Year);
    }

    [Fact]
    public void SlideCards_ANetworkLineIsNoTitle_AndRoleDashActorLinesAreTheCast()
    {
        var article = Parse("Club night: our top three",
            "Slide 3\n#3 — Starlight Harbour\nKBS2 · 2018 · 16 episodes\nHan Seo-joon — Kang Min-jae\nSeo Yeon-woo — Yoon Da-hee\nThe moment: the typhoon shelter\nVotes: 6",
            "Speaker notes:\nThe ferry captain and the biologist keep missing each other at the pier until the typhoon. Play the clip from the shelter.",
            "Slide 4\n#2 — Paper Lanterns of Jongno\nSBS · 2021 · 20 episodes\nDo Gyeom — Park Ji-hoon\nBaek Ha-na — Lee Soo-ah\nThe moment: barley tea in the snow\nVotes: 9",
            "Speaker notes:\nThe civil servant was sent to close her lantern shop and argued about permits with her all winter instead.",
            "Slide 5\n#1 — The Quiet Apartment\nJTBC · 2023 · 12 episodes\nMin Tae-oh — Choi Woo-jin\nJang Bo-ra — Han Yu-ri\nThe moment: the flood\nVotes: 14",
            "Speaker notes:\nTwo neighbours who only ever wrote notes on the shared wall meet when the building floods. Everyone voted for this one.");

        Assert.Equal(["Starlight Harbour", "Paper Lanterns of Jongno", "The Quiet Apartment"], article.Items.Select(i => i.Drama.Title));
        Assert.Equal([2018, 2021, 2023], article.Items.Select(i => i.Drama.Year));
        Assert.Equal("Yoon Da-hee", Credit(article.Items[0], "Seo Yeon-woo")?.Actor);
        Assert.Equal("Park Ji-hoon", Credit(article.Items[1], "Do Gyeom")?.Actor);
        Assert.Equal("Han Yu-ri", Credit(article.Items[2], "Jang Bo-ra")?.Actor);
    }

    [Fact]
    public void FeatureParagraphs_TheKnownTitleBehindItsDescription_AndNoItemForACreditOrAListOfTitles()
    {
        var article = Parse("The K-drama scenes that taught me patience",
            "By A. Writer",
            "Some dramas make you wait sixteen hours for a kiss, and the waiting is the whole point of them.",
            "The Kim Eun-sook–written Goblin (2016) opens with a general cursed to carry a sword in his chest for nine centuries until a bride can pull it out.",
            "Ji Eun-tak's friend Kim Sun, played by Yoo In-na, is the one who steals the scenes that are not about the sword at all.",
            "In Mr. Sunshine (2018), a soldier who left Joseon as a boy comes back in an American uniform and falls for a noblewoman who shoots.",
            "Netflix's When Life Gives You Tangerines (2025) follows a poet and the boy who rows her boat across four decades on Jeju.",
            "Our Beloved Summer, Hometown Cha-Cha-Cha and Crash Landing on You could each have filled a slot on this list as easily.",
            "Culture Notes: Our writers recommend what to watch, read and listen to. Sign up");

        Assert.Equal(["Goblin", "Mr. Sunshine", "When Life Gives You Tangerines"], article.Items.Select(i => i.Drama.Title));
        Assert.DoesNotContain(article.Items, i => i.Excerpt.Contains("Sign up", StringComparison.Ordinal));
    }
}
