using KdramaMoments.Web.Importing;

namespace KdramaMoments.Tests.Importing;

/// <summary>Headings read as parts, with one template per article decided by the evidence of all its items.</summary>
public sealed class HeadingReaderTests
{
    private static HeadingTemplate Read(params (string Heading, string Body)[] items) =>
        HeadingReader.Read(items.Select((i, k) => new HeadingInput(k, i.Heading, [i.Body], null)).ToList());

    [Fact]
    public void Read_QuoteDashDramaYear_TakesTheDramaAfterTheDashAndTheQuoteAsDialogue()
    {
        var template = Read(
            ("“I found you. I told you I would.” — Crash Landing on You (2019)", "In Crash Landing on You, Ri Jeong-hyeok (Hyun Bin) finds Yoon Se-ri (Son Ye-jin)."),
            ("“I like you.” — Hometown Cha-Cha-Cha (2021)", "Hong Du-sik (Kim Seon-ho) finally says it."),
            ("“You’re my happy ending.” — Queen of Tears (2024)", "Queen of Tears ends with Baek Hyun-woo (Kim Soo-hyun) at her side."));
        Assert.Equal(["Crash Landing on You", "Hometown Cha-Cha-Cha", "Queen of Tears"], template.Items.Select(i => i.Drama));
        Assert.Equal([2019, 2021, 2024], template.Items.Select(i => i.Year!.Value));
        Assert.Equal("I found you. I told you I would.", Assert.Single(template.Items[0].Dialogue));
        Assert.Equal("“quote” — drama (year)", template.Description);
    }

    [Fact]
    public void Read_CharacterActorCommaDrama_KeepsTheCreditAndTheDrama()
    {
        var template = Read(
            ("Choi Taek (Park Bo-gum), Reply 1988", "Taek waits for Deok-sun in Reply 1988."),
            ("Seo Jeong-hoo (Ji Chang-wook), Healer", "Healer hides his face from Young-shin."),
            ("Gu Won (Lee Jun-ho, of 2PM fame), King the Land", "King the Land opens in a hotel lobby."));
        Assert.Equal(["Reply 1988", "Healer", "King the Land"], template.Items.Select(i => i.Drama));
        var credit = Assert.Single(template.Items[2].People);
        Assert.Equal(("Gu Won", "Lee Jun-ho", PersonRole.Character), (credit.Name, credit.PlayedBy, credit.Role));
    }

    [Fact]
    public void Read_ActorsMomentInDrama_TakesTheDramaAfterInAndLeavesTheDescription()
    {
        var template = Read(
            ("Hyun Bin's sweet confession to Son Ye-jin in Crash Landing on You", "Crash Landing on You gave us this scene."),
            ("Gong Yoo's tearful goodbye to Kim Go-eun in Goblin", "In Goblin, the goodbye comes at the end."),
            ("Ji Chang-wook's shy reunion with Shin Hye-sun in Welcome to Samdal-ri", "Years later they meet again."));
        Assert.Equal(["Crash Landing on You", "Goblin", "Welcome to Samdal-ri"], template.Items.Select(i => i.Drama));
        Assert.Equal("sweet confession", template.Items[0].Description);
        Assert.Equal(["Hyun Bin", "Son Ye-jin"], template.Items[0].People.Select(p => p.Name));
    }

    [Fact]
    public void Read_DramaColonCouple_TakesTheDramaBeforeTheColon()
    {
        var template = Read(
            ("Goblin: Kim Shin and Ji Eun-tak", "Gong Yoo plays the goblin in Goblin."),
            ("Hotel del Luna: Jang Man-wol and Koo Chan-sung", "IU runs Hotel del Luna."),
            ("Fight for My Way: Ko Dong-man and Choi Ae-ra", "Fight for My Way is about friends."));
        Assert.Equal(["Goblin", "Hotel del Luna", "Fight for My Way"], template.Items.Select(i => i.Drama));
        Assert.Equal(["Kim Shin", "Ji Eun-tak"], template.Items[0].People.Select(p => p.Name));
    }

    [Fact]
    public void Read_OneHeadingOffTemplate_IsReadWithTheArticlesTemplateAndNotATitleFromItsBody()
    {
        // The body of the second item mentions another drama in passing; the template still reads the heading.
        var template = Read(
            ("“I’ll be your umbrella.” (Lovely Runner)", "Sun-jae holds the umbrella over Im Sol."),
            ("“I told you I don’t do relationships.” (Nevertheless)", "Unlike in Goblin, nobody waits 900 years here."),
            ("“Don’t look at anyone else.” (Love Next Door)", "Seung-hyo says it on the balcony."));
        Assert.Equal(["Lovely Runner", "Nevertheless", "Love Next Door"], template.Items.Select(i => i.Drama));
    }

    [Fact]
    public void Read_HeadingWithoutADrama_IsFlaggedAsADoubt()
    {
        var template = Read(
            ("Hometown Cha-Cha-Cha", "Hometown Cha-Cha-Cha is set by the sea."),
            ("Crash Landing on You", "Crash Landing on You crosses a border."),
            ("the one where everyone cried at work", "Nobody could stop crying at this one."));
        Assert.Empty(template.Items[0].Doubts);
        Assert.Equal("drama", Assert.Single(template.Items[2].Doubts).About);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Read_TitlesTheCatalogueKnows_DecideWhichSideNamesTheDrama(bool rightSideKnown)
    {
        (string, string)[] headings = [("Night Walk — Lovers Bridge", "They walk home slowly."), ("The Letter — Summer Rain", "She reads it twice."), ("Last Train — Blue Harbor", "He runs for the platform.")];
        HashSet<string> known = rightSideKnown ? ["Lovers Bridge", "Summer Rain", "Blue Harbor"] : ["Night Walk", "The Letter", "Last Train"];
        var template = HeadingReader.Read(headings.Select((h, k) => new HeadingInput(k, h.Item1, [h.Item2], null)).ToList(), known.Contains);
        Assert.Equal(known.ToList(), template.Items.Select(i => i.Drama).ToList());
    }

    [Fact]
    public void Read_NetworkAndYearInParentheses_MarkTheTitleAndAreNotOne()
    {
        var template = Read(
            ("When Life Gives You Tangerines (Netflix, 2025)", "Ae-sun and Gwan-sik grow up on Jeju."),
            ("Hospital Playlist (tvN, 2020)", "Five doctors and their band."),
            ("Goblin (Goblin, Episode 1)", "A candle on a beach."));
        Assert.Equal(["When Life Gives You Tangerines", "Hospital Playlist", "Goblin"], template.Items.Select(i => i.Drama));
        Assert.Equal([2025, 2020], template.Items.Take(2).Select(i => i.Year!.Value));
    }
}
