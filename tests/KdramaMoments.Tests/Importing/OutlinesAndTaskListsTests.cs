using KdramaMoments.Web.Importing;
using static KdramaMoments.Tests.Importing.ArticleBlocks;

namespace KdramaMoments.Tests.Importing;

/// <summary>
/// Shapes first met in the nineteenth blind set, each read by a general rule: an outliner's page (bullets, block
/// properties written <c>key:: value</c>, page links in double brackets), a cast line that writes each role before its
/// actor, short headings that name a scene over a first paragraph that dates the drama it introduces, a to-do app's
/// list exported as comma-separated values, its undated tasks too, and a page's contents list repeating its headings.
/// </summary>
public sealed class OutlinesAndTaskListsTests
{
    private static IEnumerable<(string? Character, string? Actor)> Pairs(ParsedItem item) => item.Cast.Select(c => (c.Character, c.Actor));

    [Fact]
    public void AnOutlinersPage_ReadsItsBlocksPropertiesAndLinks_AsNotes()
    {
        var page = string.Join('\n',
            "title:: Rewatch night — goodbyes",
            "tags:: [[kdrama]], rewatch",
            "created:: [[Jan 4th, 2026]]",
            "",
            "- Plan: two scenes each, short quotes only.",
            "- ## The airport farewell",
            "  id:: 6a1b2c3d-0000-4000-8000-000000000001",
            "  drama:: [[Goblin]]",
            "  year:: 2016",
            "  ep::",
            "  cast:: [[Kim Shin]] ([[Gong Yoo]]), [[Ji Eun-tak]] ([[Kim Go-eun]])",
            "  - > \"I will come back with the first snow.\"",
            "  - The whole scene is one long look at a door that closes.",
            "- ## Letters at the station",
            "  drama:: [[Mr. Sunshine]]",
            "  year:: 2018",
            "  ep:: 24",
            "  cast:: [[Eugene Choi]] ([[Lee Byung-hun]]), [[Go Ae-shin]] ([[Kim Tae-ri]])",
            "  - > \"Goodbye, and see you again.\"",
            "  - collapsed:: true",
            "    - A side note about the costumes, which nobody asked for.",
            "- ## One last swing",
            "  drama:: [[Twenty-Five Twenty-One]]",
            "  year:: 2022",
            "  cast:: [[Na Hee-do]] ([[Kim Tae-ri]]), [[Baek Yi-jin]] ([[Nam Joo-hyuk]])",
            "  - > \"We were in love. That's enough.\"",
            "  - The tunnel, again, and nobody in the room is fine.");

        var article = ParseText(page);

        Assert.Equal("Rewatch night — goodbyes", article.Title);
        Assert.Equal(["The airport farewell", "Letters at the station", "One last swing"], article.Items.Select(i => i.Heading));
        Assert.Equal(["Goblin", "Mr. Sunshine", "Twenty-Five Twenty-One"], article.Items.Select(i => i.Drama.Title));
        Assert.Equal([2016, 2018, 2022], article.Items.Select(i => i.Drama.Year));
        Assert.Equal(24, article.Items[1].Episode);
        Assert.Equal([("Eugene Choi", "Lee Byung-hun"), ("Go Ae-shin", "Kim Tae-ri")], Pairs(article.Items[1]).Order());
        Assert.DoesNotContain(article.Items.SelectMany(i => i.Excerpt.Split('\n')), l => l.Contains("::", StringComparison.Ordinal) || l.Contains("[[", StringComparison.Ordinal));
    }

    [Fact]
    public void TextWithAPropertyLineOrTwo_IsNoOutline()
    {
        var lines = new List<string> { "Note:: bring snacks", "A paragraph about the plan for the night.", "Another line." };

        Assert.Equal(lines, OutlinerPages.Rewrite(lines));
    }

    [Theory]
    [InlineData("Cast: Yoon Se-ri (Son Ye-jin), Ri Jeong-hyeok (Hyun Bin)")]
    [InlineData("Cast: Son Ye-jin (Yoon Se-ri), Hyun Bin (Ri Jeong-hyeok)")]
    public void ACastLine_WrittenEitherWayRound_PairsEachRoleWithItsActorOnce(string castLine)
    {
        var article = Parse("Scenes We Rewatch",
            "The short list of scenes we always come back to on a slow Sunday.",
            "## The landing", "Drama: Crash Landing on You", castLine,
            "A paraglider comes down in the wrong country and into the right life.",
            "## The first snow", "Drama: Goblin", "Cast: Kim Shin (Gong Yoo), Ji Eun-tak (Kim Go-eun)",
            "A candle on a beach calls someone who has waited nine hundred years.",
            "## The umbrella", "Drama: Reply 1988", "Cast: Sung Deok-sun (Lee Hye-ri), Choi Taek (Park Bo-gum)",
            "He waits at the bus stop with an umbrella nobody asked him to bring.");

        Assert.Equal([("Ri Jeong-hyeok", "Hyun Bin"), ("Yoon Se-ri", "Son Ye-jin")], Pairs(article.Items[0]).Order());
        Assert.Equal([("Ji Eun-tak", "Kim Go-eun"), ("Kim Shin", "Gong Yoo")], Pairs(article.Items[1]).Order());
    }

    [Fact]
    public void ShortSceneHeadings_OverAFirstParagraphThatDatesAKnownDrama_TakeThatDrama()
    {
        var article = Parse("Confessions We Still Think About",
            "Some confessions are plot points; these are the ones that made us pause the episode and pace the room.",
            "Jun-hee Doesn't Wait", "If you have never seen Something in the Rain (2018), start with the umbrella: Seo Joon-hee (Jung Hae-in) finally says it plainly.",
            "The Rooftop Answer", "Here's the thing about Fight for My Way (2017): Ko Dong-man (Park Seo-joon) announces it like a matter of public record.",
            "Ung Says Everything", "Late in Our Beloved Summer (2021), Choi Ung (Choi Woo-shik) stops pretending in front of the camera he hates.",
            "A Quiet Street", "It all started for me here. My Love from the Star (2013) stops time so Do Min-joon can say goodbye properly.");

        Assert.Equal(["Something in the Rain", "Fight for My Way", "Our Beloved Summer", "My Love from the Star"], article.Items.Select(i => i.Drama.Title));
        Assert.Equal([2018, 2017, 2021, 2013], article.Items.Select(i => i.Drama.Year));
        Assert.Equal("Jun-hee Doesn't Wait", article.Items[0].Heading);
    }

    [Fact]
    public void AKnownDramaDatedOtherwiseThanTheShelfDatesIt_IsNoIntroduction()
    {
        // A year that is not the drama's (the writer's own "2013", a remake) says the title is named for another reason.
        var article = Parse("Confessions We Still Think About",
            "Some confessions are plot points; these are the ones that made us pause the episode and pace the room.",
            "Jun-hee Doesn't Wait", "Ever since Goblin (2009) I have kept a list, and this umbrella scene is on it.",
            "The Rooftop Answer", "Ever since Goblin (2009) I have kept a list, and this rooftop is on it too.",
            "Ung Says Everything", "Ever since Goblin (2009) I have kept a list, and the documentary scene is there.");

        Assert.DoesNotContain(article.Items, i => i.Drama.Title == "Goblin");
    }

    [Fact]
    public void AToDoAppsCsvExport_IsReadAsItsNumberedTasksOverTheirNotes()
    {
        var csv = string.Join('\n',
            "TYPE,CONTENT,DESCRIPTION,PRIORITY,INDENT,AUTHOR,RESPONSIBLE,DATE,DATE_LANG,TIMEZONE",
            "section,Goodbye Scenes Marathon,,,,,,,,",
            "task,Goblin ep 1 — the candle on the beach,\"Kim Shin (Gong Yoo) and Ji Eun-tak (Kim Go-eun). She says: \"\"You can see it?\"\"\",4,1,Ana (1),,every sat,en,Asia/Manila",
            "note,,\"[[file {\"\"file_name\"\":\"\"beach.gif\"\"}]]\",,,Ana (1),,,,",
            "task,Crash Landing on You (2019) — the last farewell,\"Ri Jeong-hyeok (Hyun Bin) and Yoon Se-ri (Son Ye-jin) at the border.\",3,1,Ana (1),,every sat,en,Asia/Manila",
            "note,,\"Bring tissues, this one is long.\",,,Ben (2),,,,",
            "task,Pinocchio — the hiccup,\"Choi Dal-po (Lee Jong-suk) and Choi In-ha (Park Shin-hye). She hiccups when she lies.\",2,1,Ben (2),,every sat,en,Asia/Manila",
            ",,,,,,,,,",
            "section,Snacks,,,,,,,,",
            "task,Buy rice cakes,From the mart near the station,1,1,Ben (2),,Feb 14,en,Asia/Manila");

        var article = ParseText(csv);

        Assert.Equal("Goodbye Scenes Marathon", article.Title);
        Assert.Equal(["Goblin", "Crash Landing on You", "Pinocchio"], article.Items.Select(i => i.Drama.Title));
        Assert.Equal(1, article.Items[0].Episode);
        Assert.Contains(("Ri Jeong-hyeok", "Hyun Bin"), Pairs(article.Items[1]));
        Assert.Contains("Bring tissues", article.Items[1].Excerpt, StringComparison.Ordinal);
        Assert.DoesNotContain(article.Items, i => i.Excerpt.Contains("file_name", StringComparison.Ordinal) || i.Excerpt.Contains("Asia/Manila", StringComparison.Ordinal));
    }

    [Fact]
    public void AnEpisodeWrittenAfterAHeadingsTitle_IsTheMoments_NotPartOfTheTitle()
    {
        var article = Parse("Rewatch Queue",
            "The scenes we queue up first whenever someone new joins the watch party.",
            "1. Goblin ep 1 — the candle on the beach", "A birthday candle calls someone who has waited nine hundred years.",
            "2. Reply 1988 episode 16 — the umbrella", "He waits at the bus stop with an umbrella nobody asked him to bring.",
            "3. Crash Landing on You ep 10 — the piano", "A song played in the dark gives away who he was all along.");

        Assert.Equal(["Goblin", "Reply 1988", "Crash Landing on You"], article.Items.Select(i => i.Drama.Title));
        Assert.Equal([1, 16, 10], article.Items.Select(i => i.Episode));
    }

    [Fact]
    public void ACsvWhoseHeaderNamesADramaColumn_IsATable_NotATaskList()
    {
        var lines = new List<string> { "Drama,Year,Content,Notes", "Goblin,2016,the candle,first snow" };

        Assert.Equal(lines, TaskExports.Rewrite(lines));
    }

    [Fact]
    public void APagesContentsList_IsSetAside_SoEachHeadingIsReadWhereItsSectionIs()
    {
        var article = Parse("Proposals To Borrow",
            "In This Article\nCrash Landing on You (2019)\nGoblin (2016)\nBusiness Proposal (2022)",
            "The scenes below are the ones couples keep asking wedding planners to recreate, and we asked why.",
            "Crash Landing on You (2019)", "Hyun Bin as Ri Jeong-hyeok and Son Ye-jin as Yoon Se-ri", "A reunion in Switzerland, by the lake where it all began, answers every question the finale left.",
            "Goblin (2016)", "Gong Yoo as Kim Shin and Kim Go-eun as Ji Eun-tak", "A letter read aloud at the end recalls the small days they had together.",
            "Business Proposal (2022)", "Ahn Hyo-seop as Kang Tae-moo and Kim Se-jeong as Shin Ha-ri", "A ring in a quiet office after hours, and a question asked plainly.");

        Assert.Equal(["Crash Landing on You", "Goblin", "Business Proposal"], article.Items.Select(i => i.Drama.Title));
        Assert.Contains(article.Items[0].Cast, c => c.Character == "Ri Jeong-hyeok" && c.Actor == "Hyun Bin");
        Assert.DoesNotContain("couples keep asking", article.Items[0].Excerpt, StringComparison.Ordinal);
    }

    [Fact]
    public void CardFieldsAlikeFromItemToItem_AreNoContentsList()
    {
        var lines = string.Join('\n',
            "1. Goblin", "Network: tvN", "Year: 2016", "Episodes: 16", "", "The first snow under the lamp post.", "",
            "2. Guardian Again", "Network: tvN", "Year: 2016", "Episodes: 16", "", "The second snow by the sea.").Split('\n').ToList();

        Assert.Equal(lines, ContentsLists.Without(lines));
    }
}
