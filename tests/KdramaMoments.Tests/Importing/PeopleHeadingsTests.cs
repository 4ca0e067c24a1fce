using static KdramaMoments.Tests.Importing.ArticleBlocks;

namespace KdramaMoments.Tests.Importing;

/// <summary>Headings that name only people (a couple's characters, one character): the drama comes from the cast list and the text.</summary>
public sealed class PeopleHeadingsTests
{
    [Fact]
    public void CoupleHeading_TheDramaTheCastListPlacesThemIn_AsTheTextWritesIt()
    {
        var article = Parse("Four confessions we still rewatch",
            "1. Hotel del Luna (2019)", "Jang Man-wol (IU) finally admits to Goo Chan-sung (Yeo Jin-goo) that she will miss him, and the hotel lights go out one by one.",
            "2. Hye-jin and Du-sik", "Anyone who watched Hometown Cha-Cha-Cha (2021) remembers the storm: Yoon Hye-jin (Shin Min-a) runs to the harbour and Hong Du-sik (Kim Seon-ho) is already there.",
            "3. Se-ri and Jeong-hyeok", "The paraglider drops her into his tree, and the two of them spend the next sixteen episodes pretending that was not the best day of their lives.",
            "4. She Was Pretty (2015)", "Ji Sung-joon (Park Seo-joon) finally recognises Kim Hye-jin (Hwang Jung-eum) on the rainy street and runs after the bus.");

        Assert.Equal(["Hotel del Luna", "Hometown Cha-Cha-Cha", "Crash Landing on You", "She Was Pretty"], article.Items.Select(i => i.Drama.Title));
        Assert.Contains(article.Items[1].Cast, c => c.Character == "Yoon Hye-jin" && c.Actor == "Shin Min-a");
        Assert.Contains(article.Items[1].Cast, c => c.Character == "Hong Du-sik" && c.Actor == "Kim Seon-ho");
    }

    [Fact]
    public void CharacterHeading_TheTitleTheTextOpensWith_IsTheDrama()
    {
        var article = Parse("Second leads who deserved better",
            "1️⃣ Han Seo-joon", "Moonlit Harbour Story (2018). Kang Min-jae played him as the loyal friend who waited at the pier for years, and the whole country cried with him.",
            "2️⃣ Ji Sung-joon", "She Was Pretty (2015). Park Seo-joon plays the editor who cannot recognise his first love, and Kim Hye-jin (Hwang Jung-eum) hides behind her desk.",
            "3️⃣ Goo Chan-sung", "Hotel del Luna (2019). Yeo Jin-goo is the hotel manager who falls for its ghostly owner Jang Man-wol (IU) and cannot follow her.");

        Assert.Equal(["Moonlit Harbour Story", "She Was Pretty", "Hotel del Luna"], article.Items.Select(i => i.Drama.Title));
        Assert.Equal(2018, article.Items[0].Drama.Year);
    }

    [Fact]
    public void Heading_ADramaKnownByItsDigits_IsAHeading()
    {
        var article = Parse("Three tunnels",
            "1. Hotel del Luna", "Jang Man-wol (IU) and Goo Chan-sung (Yeo Jin-goo) walk through the moonlit corridor for the very last time together.",
            "2. 2521", "In Twenty-Five Twenty-One, Na Hee-do (Kim Tae-ri) and Baek Yi-jin (Nam Joo-hyuk) meet in the tunnel one last time as grown-ups.",
            "3. She Was Pretty", "Ji Sung-joon (Park Seo-joon) and Kim Hye-jin (Hwang Jung-eum) share an umbrella outside the magazine office at night.");

        Assert.Equal(["Hotel del Luna", "Twenty-Five Twenty-One", "She Was Pretty"], article.Items.Select(i => i.Drama.Title));
    }

    [Fact]
    public void CoupleHeading_WithTheirActorsInOneParenthesis_PairsEachRoleWithTheActorInItsPlace()
    {
        // Invented dramas and names none of which the cast list holds: only the heading's order can pair them.
        var article = Parse("Our movie night lineup",
            "Format per couple: who × who (actors), the show, the episode.",
            "1. Han Seo-joon × Seo Yeon-woo (Kang Min-jae / Yoon Da-hee)\nShow: Moonlit Harbour Story (MBC, 2018)\nWhy: the ferry scene at dawn, when he finally waits on the pier for her instead of leaving.",
            "2. Do Gyeom & Baek Ha-na (Park Ji-hoon & Lee Soo-ah)\nShow: Paper Lanterns of Jongno (KBS2, 2021)\nWhy: the lantern festival where she lets him carry the biggest lantern and they argue about permits again.",
            "3. Best neighbours: Min Tae-oh and Jang Bo-ra (Choi Woo-jin, Gu Da-in)\nShow: The Quiet Apartment (tvN, 2023)\nWhy: the notes on the wall and the flood, which is the softest ending we have ever watched together.");

        Assert.Equal(["Moonlit Harbour Story", "Paper Lanterns of Jongno", "The Quiet Apartment"], article.Items.Select(i => i.Drama.Title));
        Assert.Equal([("Han Seo-joon", "Kang Min-jae"), ("Seo Yeon-woo", "Yoon Da-hee")], article.Items[0].Cast.Select(c => (c.Character, c.Actor)));
        Assert.Equal([("Do Gyeom", "Park Ji-hoon"), ("Baek Ha-na", "Lee Soo-ah")], article.Items[1].Cast.Select(c => (c.Character, c.Actor)));
        Assert.Equal([("Min Tae-oh", "Choi Woo-jin"), ("Jang Bo-ra", "Gu Da-in")], article.Items[2].Cast.Select(c => (c.Character, c.Actor)));
    }

    [Fact]
    public void CoupleHeading_WithTitlesInTheParenthesis_CreditsNoOne()
    {
        var article = Parse("Couples who crossed over",
            "1. Han Seo-joon × Seo Yeon-woo (Moonlit Harbour / Paper Lanterns)\nThe ferry captain of one drama meets the lantern maker of another in a fan edit that took the whole weekend to make.",
            "2. Do Gyeom × Baek Ha-na (Quiet Apartment / Eight Oars)\nA civil servant and a rower share a bench in a fan edit set to a ballad, and the comments are all crying emoji.",
            "3. Min Tae-oh × Jang Bo-ra (Crumbs on Sunday / Harbour Lights)\nThe neighbour who writes notes meets the baker in the edit everyone shared, though neither drama ever aired together.");

        Assert.DoesNotContain(article.Items.SelectMany(i => i.Cast), c => c.Actor is "Moonlit Harbour" or "Paper Lanterns" or "Eight Oars" or "Harbour Lights");
    }
}
