using KdramaMoments.Web.Importing;
using static KdramaMoments.Tests.Importing.ArticleBlocks;

namespace KdramaMoments.Tests.Importing;

/// <summary>
/// Four readings first missed in the nineteenth blind set: a newspaper's masthead with a row of account links over its
/// menu; a heading that is a title with its pair of actors in parentheses (<c>Mr. Sunshine (Lee Byung-hun, Kim Tae-ri)</c>);
/// a one-word title that the shelf knows, dated where the paragraph opens under a scene's heading; and the author's
/// biography under her name after the list.
/// </summary>
public sealed class MastheadsAndHeadingCastsTests
{
    [Fact]
    public void Segment_AMastheadTaglineAndARowOfAccountLinksOverTheMenu_LeaveTheHeadlineAsTheTitle()
    {
        var text = string.Join('\n',
            "Harbour Times",
            "The city's window on the world",
            "",
            "Sign in  |  Subscribe  |  E-Paper",
            "",
            "News",
            "Business",
            "Opinion",
            "Life",
            "Travel",
            "",
            "Life > Culture",
            "",
            "Three quiet romances for a long weekend",
            "",
            "If your week was loud, here are three gentle dramas that ask nothing of you but a blanket and an evening.",
            "",
            "1. Moonlit Harbour Story (2018)",
            "",
            "A ferry captain and a marine biologist keep missing each other at the same pier until the typhoon season forces them to share a shelter.",
            "",
            "2. Paper Lanterns of Jongno (2021)",
            "",
            "A lantern maker and the civil servant sent to close her shop spend a winter arguing about permits and fall in love over tea.",
            "",
            "3. The Quiet Apartment (2023)",
            "",
            "Two neighbours who only communicate by notes taped to their shared wall finally meet when the building floods on a Sunday.");

        var segments = ArticleSegmenter.Segment(text)!;

        Assert.Equal("Three quiet romances for a long weekend", segments.Title);
        Assert.Equal(3, segments.Items.Count);
    }

    [Fact]
    public void TitleHeadingWithItsPairOfActors_CreditsTheRolesTheTextNames_NotTheTitlesLastWord()
    {
        // Invented names none of which the cast list holds; each title ends in a capitalised word that could pass for a name.
        var article = Parse("Three dramas to fall for",
            "No. 3: Under the Harbour Moonlight (Kang Min-jae, Yoon Da-hee)",
            "The ferry captain Han Seo-joon keeps missing the biologist Seo Yeon-woo at the pier. He finally tells her: \"I waited at the pier all summer.\"",
            "No. 2: Mr. Lantern (Park Ji-hoon, Lee Soo-ah)",
            "The civil servant Do Gyeom argues with the lantern maker Baek Ha-na about permits all winter, until he admits: \"I only came back for you.\"",
            "No. 1: Two Apartments (Choi Woo-jin, Gu Da-in)",
            "Min Tae-oh answers Jang Bo-ra's notes every night until the flood, when she knocks and says: \"You write better than you talk.\"");

        Assert.Equal(["Under the Harbour Moonlight", "Mr. Lantern", "Two Apartments"], article.Items.Select(i => i.Drama.Title));
        Assert.DoesNotContain(article.Items.SelectMany(i => i.Cast), c => c.Character is "Moonlight" or "Lantern" or "Apartments");
        Assert.Contains(article.Items[0].Cast, c => c.Character == "Han Seo-joon" && c.Actor == "Kang Min-jae");
        Assert.Contains(article.Items[1].Cast, c => c.Character == "Do Gyeom" && c.Actor == "Park Ji-hoon");
        Assert.Contains(article.Items[2].Cast, c => c.Character == "Jang Bo-ra" && c.Actor == "Gu Da-in");
    }

    [Fact]
    public void SceneHeadings_AOneWordShelfTitleDatedWhereTheParagraphOpens_IsTheItemsDrama()
    {
        var article = Parse("Confessions that still live in my head",
            "The Rooftop Promise",
            "Healer (2014) is a thriller in a rom-com's clothes. When the masks come off on a rooftop, Seo Jung-hoo tells Chae Young-shin: \"I want to live as myself, and protect you.\"",
            "Noona Says Yes",
            "Something in the Rain (2018) is a slow, rainy show, and its confession is the quietest on this list: \"Let's date for real.\"",
            "The Best Friend Finally Speaks",
            "Fight for My Way (2017) is the best friends-to-lovers drama ever made, and the confession lands on a rooftop too: \"I'm going to date you.\"");

        Assert.Equal(["Healer", "Something in the Rain", "Fight for My Way"], article.Items.Select(i => i.Drama.Title));
        Assert.Equal(2014, article.Items[0].Drama.Year);
    }

    [Fact]
    public void AnAuthorsNameOverHerBiography_AfterTheList_IsNoItem()
    {
        var article = Parse("Confessions that still live in my head",
            "Some confessions are plot points. These ones are the reason I pause, pace around the room and rewind.",
            "He Finally Says It at the Pier",
            "Moonlit Harbour Story (2018) is a slow seaside romance, and the ferry captain Han Seo-joon (Kang Min-jae) waits all summer before he tells Seo Yeon-woo (Yoon Da-hee): \"I waited for you.\"",
            "The Permit She Never Signed",
            "Paper Lanterns of Jongno (2021) is a period drama about permits, of all things, and Do Gyeom (Park Ji-hoon) admits to Baek Ha-na (Lee Soo-ah): \"I only came back for you.\"",
            "Notes Through the Wall",
            "The Quiet Apartment (2023) tells its whole love story in notes, until Jang Bo-ra (Gu Da-in) knocks on Min Tae-oh's (Choi Woo-jin) door: \"You write better than you talk.\"",
            "Related: Every Slow-Burn Romance of the Decade, Ranked",
            "Have a tip we should know? tips@harbourtimes.example",
            "Dana Whitfield\nDana is a contributing writer at Harbour Times who covers television, webtoons and anything with a slow burn. She lives in Leeds with a cat named Captain.",
            "More Stories\nWhy the Ferry Captain Became the Comfort Character of the Year\nThe Lantern Maker's Best Scenes, Ranked\nThe Notes Everyone Is Talking About");

        Assert.Equal(["He Finally Says It at the Pier", "The Permit She Never Signed", "Notes Through the Wall"], article.Items.Select(i => i.Heading));
    }

    [Fact]
    public void ACharactersNameOverAParagraphThatCallsHerAWriter_StaysAnItem()
    {
        // The item's text names the character in full; an author's biography opens with the first name alone.
        var article = Parse("Three heroines who write for a living",
            "Han Seo-yeon\nHan Seo-yeon is a struggling writer in Moonlit Harbour Story (2018) who rents a room above the ferry office.",
            "Baek Ha-na\nBaek Ha-na is a lantern maker in Paper Lanterns of Jongno (2021) who writes letters to the ministry every week.",
            "Jang Bo-ra\nJang Bo-ra is a columnist in The Quiet Apartment (2023) who writes notes to her neighbour through the wall.");

        Assert.Equal(3, article.Items.Count);
    }
}
