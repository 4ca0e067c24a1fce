using KdramaMoments.Web.Cli;
using KdramaMoments.Web.Importing;

namespace KdramaMoments.Tests.Importing;

/// <summary>Text no author writes still gets a clear answer: no crash, no endless parse (speed: the hostile benchmark).</summary>
public sealed class HostileInputTests
{
    private const string Body = "Ri Jeong-hyeok (Hyun Bin) crawls through the tunnel for Yoon Se-ri (Son Ye-jin), and she says, “I found you.”";

    private static string Article(string first, string second, string third, string extra = "") =>
        $"Moments\n\nAn introduction that sets up the list for the reader in one long sentence.\n\n{first} Crash Landing on You\n\n{Body}\n\n{extra}\n\n{second} Goblin\n\n{Body}\n\n{third} Healer\n\n{Body}\n";

    [Fact]
    public async Task Parse_FullWidthDigitHeadings_ExitsZeroAndReadsTheList()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("kdrama-hostile").FullName, "fullwidth.txt");
        await File.WriteAllTextAsync(path, Article("１.", "２.", "３."));
        using var output = new StringWriter();
        using var errors = new StringWriter();
        Assert.Equal(0, await CommandLine.RunAsync(["parse", path], output, errors));
        Assert.Contains("\"Crash Landing on You\"", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_AMegabyteParagraph_ReadsTheListAndSaysTheItemWasCut()
    {
        var (article, error) = ArticleParser.Parse(Article("1.", "2.", "3.", string.Concat(Enumerable.Repeat("Kim Shin (Gong Yoo) said “I love you.” in episode 12. ", 20_000))));
        Assert.Null(error);
        Assert.Equal(["Crash Landing on You", "Goblin", "Healer"], article!.Items.Select(i => i.Drama.Title));
        Assert.Contains(article.Items[0].Doubts, d => d.About == "item" && d.Why.Contains("only the first", StringComparison.Ordinal));
        Assert.True(article.Items[0].Excerpt.Length <= ItemExtractor.MaxItemCharacters);
    }

    // Under headings that name only a couple, the drama is the title the first paragraph dates; a megabyte of capitalised
    // words there (no year anywhere) once ran into the pattern's time limit and the whole article was refused.
    [Theory]
    [InlineData("Harbour Lights ")]
    [InlineData("Of The And ")]
    [InlineData("RIVER, STONE ")]
    public void Parse_AMegabyteOfCapitalisedWordsUnderCoupleHeadings_ReadsTheList(string unit)
    {
        var (article, error) = ArticleParser.Parse(string.Join("\n\n",
            "Co-stars who fell for each other",
            "Baek Do-yun and Choi Ha-eun",
            string.Concat(Enumerable.Repeat(unit, 1024 * 1024 / unit.Length)),
            "Seo Min-gyu and Yoon Ara",
            "They met as leads of the rowing drama Eight Oars at Dawn (2017), she as the cox Jin Seol and he as the stroke Go Tae-san.",
            "Kang Jae-won and Lim So-hee",
            "Both were newcomers when the quiet bakery romance Crumbs on Sunday (2020) cast them as the baker Yu Dan and the regular Ahn Pil."));
        Assert.Null(error);
        Assert.Equal(["Eight Oars at Dawn", "Crumbs on Sunday"], article!.Items.Skip(1).Select(i => i.Drama.Title));
    }

    // Listing cards are read before lines are cut and their spaces folded: a ranked line with a megabyte of spaces after the
    // rank once took its pattern past the time limit.
    [Fact]
    public void Parse_ARankedLineWithAMegabyteOfSpaces_ReadsTheList()
    {
        var (article, error) = ArticleParser.Parse(Article("1.", "2.", "3.", "4. Moonlit" + new string(' ', 1024 * 1024) + "Harbour"));
        Assert.Null(error);
        Assert.Equal(["Crash Landing on You", "Goblin", "Healer"], article!.Items.Select(i => i.Drama.Title));
    }

    [Theory]
    [InlineData("[١:٣٠]", "[٢:٣٠]", "[٣:٣٠]")]
    [InlineData("(１:０５)", "(２:１０)", "(３:１５)")]
    public void Parse_TimeCodesInOtherScriptsDigits_ReadTheList(string first, string second, string third)
    {
        var (article, error) = ArticleParser.Parse(Article(first, second, third));
        Assert.Null(error);
        Assert.Equal(["Crash Landing on You", "Goblin", "Healer"], article!.Items.Select(i => i.Drama.Title));
    }

    [Theory]
    [InlineData("Subscribe\n")]
    [InlineData("\u2063")]
    [InlineData("Advertisement\n\nSign up for our newsletter\n")]
    public void Parse_ATextOfNothingButFurniture_SaysNoListWasFound(string text)
    {
        var (article, error) = ArticleParser.Parse(text);
        Assert.Null(article);
        Assert.StartsWith("no list found", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("“‘\"(“‘\"(“‘\"(")]
    [InlineData("(Kim (Lee (Park Bo-gum ")]
    [InlineData("１２３٤٥\0 ")]
    public void Parse_NestedQuotesParenthesesAndOddDigits_NeverThrow(string unit)
    {
        var (article, error) = ArticleParser.Parse(Article("1.", "2.", "3.", string.Concat(Enumerable.Repeat(unit, 20_000))));
        Assert.Null(error);
        Assert.Equal(3, article!.Items.Count);
    }

    [Fact]
    public void Parse_ThousandsOfMarkdownSectionsAndWidgetLines_ReadsEverySection()
    {
        // Each section's parent heading and content are found in one pass, whatever the count of headings.
        var sections = string.Concat(Enumerable.Range(1, 1_000).Select(n => $"## Harbour Story {n} (2019)\n- Who: Ri Jeong-hyeok (Hyun Bin) and Yoon Se-ri\n- The moment: he waits at the end of the pier all summer long\n- View Deal\n"));
        var (article, error) = ArticleParser.Parse($"# A long tracker\n\n{sections}");
        Assert.Null(error);
        Assert.Equal(1_000, article!.Items.Count);
    }

    [Fact]
    public void Parse_AHugePipeTable_ReadsEveryRow()
    {
        var rows = string.Concat(Enumerable.Range(1, 3_000).Select(n => $"| {n} | The tunnel, take {n} | Crash Landing on You | Ri Jeong-hyeok & Yoon Se-ri |\n"));
        var (article, error) = ArticleParser.Parse($"A long tracker\n\n| # | Moment | Drama | Couple |\n|---|---|---|---|\n{rows}");
        Assert.Null(error);
        Assert.Equal(3_000, article!.Items.Count);
        Assert.All(article.Items, i => Assert.Equal("Crash Landing on You", i.Drama.Title));
    }

    [Theory]
    [InlineData("| Goblin | 2016 ")]
    [InlineData("CLIP 3 · 00:41:10 ")]
    [InlineData("part 3 | (goblin) ")]
    public void Parse_AMegabyteLineOfCellsOrCounters_ReadsTheList(string unit)
    {
        var (article, error) = ArticleParser.Parse(Article("1.", "2.", "3.", string.Concat(Enumerable.Repeat(unit, 1024 * 1024 / unit.Length))));
        Assert.Null(error);
        Assert.Equal(["Crash Landing on You", "Goblin", "Healer"], article!.Items.Select(i => i.Drama.Title));
    }
}
