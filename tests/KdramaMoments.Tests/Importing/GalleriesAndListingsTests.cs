using KdramaMoments.Web.Importing;

namespace KdramaMoments.Tests.Importing;

/// <summary>
/// Pages whose items are set off by something other than a paragraph under a heading: a photo-led magazine page whose
/// gallery counters and credits stand between heading and text, a database site's editorial with widget lines under each
/// ranked title and an info row led by the kind of programme, a streaming collection whose cards are a title over its
/// info row, and a countdown under a masthead whose headline counts the items. All text here is invented for the tests.
/// </summary>
public sealed class GalleriesAndListingsTests
{
    private const string Paragraph = "The two of them spend most of the season pretending not to care, and the whole town can see through it long before they do.";

    [Fact]
    public void Parse_APhotoLedPage_ReadsTheAngleBracketHeadingsThroughTheGalleryCountersAndCredits()
    {
        var text = string.Join("\n", [
            "Five Rooftop Scenes We Keep Rewinding",
            "",
            "[Image 1 of 11]",
            "Photo: KBS2",
            "",
            "We asked the whole office to name one rooftop, and nobody could stop at one. Here are five, in no order at all.",
            "",
            "<Mr. Queen> Shin Hye-sun & Kim Jung-hyun",
            "",
            "[Image 2 of 11]",
            "Photo: tvN",
            "[Image 3 of 11]",
            "Courtesy of Netflix",
            "",
            Paragraph,
            "",
            "[Image 4 of 11]",
            "Caption: A lantern, a roof, a very long stare.",
            "",
            "<Business Proposal> Ahn Hyo-seop & Kim Se-jeong",
            "",
            "[Image 5 of 11]",
            "Photo: SBS",
            "[Image 6 of 11]",
            "Photo: SBS",
            "",
            Paragraph,
            "",
            "<Start-Up> Bae Suzy & Nam Joo-hyuk",
            "",
            "[Image 7 of 11]",
            "Courtesy of Netflix",
            "[Image 8 of 11]",
            "Photo: tvN",
            "",
            Paragraph,
        ]);

        var article = ArticleParser.Parse(text).Article!;

        Assert.Equal(["Mr. Queen", "Business Proposal", "Start-Up"], article.Items.Select(i => i.Drama.Title));
        Assert.DoesNotContain(article.Items.SelectMany(i => i.Drama.AlternateTitles), t => t.Contains("Netflix", StringComparison.Ordinal));
    }

    [Fact]
    public void PhotoStrips_MarkBracketedOrAdjacentPictureCounters_NotASlideshowsCountersOverTitles()
    {
        string[] gallery = ["Heading", "[Image 2 of 9]", "Photo: JTBC", "Photo 3/9", "Courtesy of Disney+", "Caption: The bench.", "A paragraph follows here."];
        string[] slideshow = ["Image 2 of 4", "Healer (2014)", "A paragraph follows here.", "Image 3 of 4", "Goblin (2016)", "Another paragraph."];

        Assert.Equal([false, true, true, true, true, true, false], PageFurniture.PhotoStrips(gallery));
        Assert.All(PageFurniture.PhotoStrips(slideshow), marked => Assert.False(marked));
    }

    [Theory]
    [InlineData("Add to List ▾   Your Rating: ☆☆☆☆☆☆☆☆☆☆")]
    [InlineData("Sort: Recommended ▾   Grid ▦  List ☰")]
    [InlineData("⚠ SPOILER WARNING (only the finale)")]
    [InlineData("♥ 88")]
    public void IsNoise_APagesControlsAndIconLedWarnings_AreFurniture(string line) => Assert.True(PageFurniture.IsNoise(line));

    [Theory]
    [InlineData("#4 — X")]
    [InlineData("3. Q")]
    [InlineData("★ My Rating: Goblin")]
    public void IsNoise_ARankedOneLetterTitleOrAnIconBeforeWords_IsNoFurniture(string line) => Assert.False(PageFurniture.IsNoise(line));

    [Fact]
    public void FactLines_AnInfoRowLedByTheKindOfProgramme_GivesTheYearAndNoTitle()
    {
        Assert.Equal([new FactLine("Year", "2019")], FactLines.Read("Korean Drama · 2019 · 16 episodes"));
        Assert.Empty(FactLines.TitleRow("TV Series · 2021 · 12 episodes"));
        Assert.True(FactLines.IsMetadataRow("Web Drama | 2020 | 8 episodes"));
        Assert.False(FactLines.IsMetadataRow("Some Title | SBS | 2020"));
    }

    [Fact]
    public void Parse_ADatabaseEditorialWithWidgetsUnderRankedTitles_TakesEachTitleAndItsYear()
    {
        string Entry(int rank, string title, int year) => string.Join("\n", [
            "━━━━━━━━━━━━━━━━",
            "",
            $"#{rank} — {title}",
            $"Korean Drama · {year} · 16 episodes",
            "Add to List ▾   Your Rating: ☆☆☆☆☆☆☆☆☆☆",
            "",
            "⚠ SPOILER WARNING",
            "",
            Paragraph,
            "",
        ]);
        var text = "Four Rooftops I Think About Weekly\nby some_fan · Community Writer\n\nMy favourite rooftops, in the order I saw them.\n\n"
            + Entry(1, "Healer", 2014) + Entry(2, "X", 2018) + Entry(3, "Goblin", 2016) + Entry(4, "Fight for My Way", 2017);

        var article = ArticleParser.Parse(text).Article!;

        Assert.Equal(["Healer", "X", "Goblin", "Fight for My Way"], article.Items.Select(i => i.Drama.Title));
        Assert.Equal([2014, 2018, 2016, 2017], article.Items.Select(i => i.Drama.Year));
    }

    [Fact]
    public void Segment_AStreamingCollection_HasACardPerTitleOverItsInfoRow()
    {
        string Card(string title, int year) => string.Join("\n", [
            "─────────────",
            title,
            $"{year} · 15+ · 1 Season · Romance",
            "Two strangers keep meeting at the same bus stop until one of them finally misses the bus on purpose.",
            "Starring: Some Actor, Another Actor",
            "Best bit: Someone (Some Actor) holding an umbrella for Someone Else (Another Actor).",
            "▶ Watch now     + My List",
            "",
        ]);
        var text = "STREAMER\n\nCollection\nRainy-Day Romances\nFour shows for when it pours.\n\nSort: For You ▾     Grid ▦  List ☰\n\n"
            + Card("Something in the Rain", 2018) + Card("Goblin", 2016) + Card("Start-Up", 2020) + Card("Some New Show", 2025);

        var segments = ArticleSegmenter.Segment(text)!;

        Assert.Equal(["Something in the Rain", "Goblin", "Start-Up", "Some New Show"], segments.Items.Select(i => i.Heading));
    }

    [Fact]
    public void Segment_ASceneNameOverATitleInCapitalsOverItsInfoRow_KeepsTheSceneNameAsTheHeading()
    {
        string Card(string scene, string title, int year) => string.Join("\n", [
            scene,
            "",
            title,
            $"{year} · TV-14 · Drama · 1 Season",
            "",
            Paragraph,
            "",
        ]);
        var text = "Three scenes to stream tonight\n\nWhere to find the moments everyone still talks about.\n\n"
            + Card("The Umbrella", "SOMETHING IN THE RAIN", 2018) + Card("The First Snow", "GOBLIN", 2016) + Card("The Pitch", "START-UP", 2020);

        var segments = ArticleSegmenter.Segment(text)!;

        Assert.Equal(["The Umbrella", "The First Snow", "The Pitch"], segments.Items.Select(i => i.Heading));
    }

    [Fact]
    public void Segment_ACountdownWhoseHeadlineCountsItsItemsUnderAMasthead_StartsAtTheFirstRankedItem()
    {
        var text = "Some Site\nMovies  TV  Lists  Videos\n\n4 Best Rooftop Scenes, Ranked\n\nBy Some Writer\n\n"
            + "Rooftops are where K-drama couples go to say the thing out loud. These four still get us.\n\n"
            + $"4 Healer (2014)\n\n{Paragraph}\n\n3 Goblin (2016)\n\n{Paragraph}\n\n2 Start-Up (2020)\n\n{Paragraph}\n\n1 Fight for My Way (2017)\n\n{Paragraph}\n";

        var segments = ArticleSegmenter.Segment(text)!;

        Assert.Equal(["Healer (2014)", "Goblin (2016)", "Start-Up (2020)", "Fight for My Way (2017)"], segments.Items.Select(i => i.Heading));
    }
}
