using System.Text;
using KdramaMoments.Web.Importing;
using static KdramaMoments.Tests.Importing.ArticleBlocks;

namespace KdramaMoments.Tests.Importing;

/// <summary>
/// The twenty-eighth blind set's kinds: a wiki page's source (DokuWiki's and MediaWiki's), a JSON Feed, a labelled drama
/// line with its network, year and other names after its title, a Markdown heading long but no sentence over a card, and
/// headings wholly in single curly quotes. The dramas are invented, so only the format's reading and the rules after it
/// can make these pass.
/// </summary>
public sealed class WikiSourcesAndFeedsTests
{
    private const string DokuWikiPage = """
        ====== Harbour Swoon Moments ======

        //Kept by the **Lantern Club** since the winter screenings. Please add new picks at the bottom of the list and sign them with your wiki name.//

        Rules:
          * One moment per drama. Yes, every scene in [[dramas:paper_cranes]] counts. Pick one.
          * Spoilers in ''<hidden>'' blocks.

        ===== The list =====

        ==== Salt Wind Prince: the "I will wait at the ferry however long it takes" promise ====

        {{:clips:ferry.jpg?300|Ferry still}}

          * **Drama:** [[dramas:salt_wind_prince|Salt Wind Prince]] (소금바람 왕자 / //Prince of the Salt Wind//), KBS2, 2031
          * **Who:** Prince Ma Do-yun (Baek Ji-ho) and Seo Ha-ram (Yoon Chae-rin)
          * **Line:** //"I will wait at the ferry however long it takes."//

        He waits three episodes for her and never once complains about the cold.((The child actors have their own page.)) --- //mina 2032-01-14//

        ==== Lantern Market: the last stall ====

        <hidden Spoiler for the finale>
          * **Drama:** [[dramas:lantern_market|Lantern Market]] (//Night Lantern Market//)
          * **Who:** Go Eun-seol (Han Da-bin) and Ryu Tae-kang (Kim Woo-seok)
          * **Episode:** 16 (final)
          * **Line:** //"Keep the last lantern for me."//
        </hidden>

        Bring tissues. The screening had to stop for ten minutes while everyone recovered. --- //sora 2032-01-21//

        ==== Iron Oar: the rowing lesson ====

          * **Drama:** [[dramas:iron_oar|Iron Oar]], tvN, 2029
          * **Who:** Jang Mi-so (Park Ha-yeon) and Cha Gun (Lee Seo-jun)
          * **Line:** none, it is all in the oars

        Watching him steady her hands on the oar until the boat stops turning in circles. --- //mina 2032-01-28//
        """;

    [Fact]
    public void AZimPage_IsReadAsDokuWiki_WithoutTheAppsHeaderAndCreationLine()
    {
        var zim = string.Join("\n",
            "Content-Type: text/x-zim-wiki",
            "Wiki-Format: zim 0.6",
            "Creation-Date: 2032-11-02T21:14:07+08:00",
            "",
            "====== Harbour Rewatch Night ======",
            "Created Saturday 02 November 2032",
            "",
            "Back to [[Clubs:Index]] | see also [[Clubs:Watchlist 2033]]",
            "",
            "===== Moonlit Harbour Story (2018) =====",
            "**Baek Do-hwan** (Kang Min-jae) waits at the end of the pier every evening, all summer long, and nobody asks why.",
            "",
            "===== The Quiet Apartment (2023) =====",
            "Two neighbours talk only through notes on the wall, until **Min Tae-oh** (Choi Woo-jin) knocks on the night of the flood.",
            "",
            "===== Paper Lanterns of Jongno (2021) =====",
            "**Do Gyeom** (Park Ji-hoon) lifts the lantern on the bridge so that she can finally see his face in the crowd.");

        var shown = WikiSources.Unpack(zim)!;
        Assert.StartsWith("# Harbour Rewatch Night\n", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("Created Saturday", shown, StringComparison.Ordinal);
        var article = ParseText(zim);
        Assert.Equal("Harbour Rewatch Night", article.Title);
        Assert.Equal(["Moonlit Harbour Story", "The Quiet Apartment", "Paper Lanterns of Jongno"], article.Items.Select(i => i.Drama.Title));
    }

    [Fact]
    public void AWikiSourceSavedWithAByteOrderMarkAndWindowsLineEnds_ReadsAsWithout()
    {
        var plain = WikiSources.Unpack(DokuWikiPage)!;

        Assert.StartsWith("# Harbour Swoon Moments\n", plain, StringComparison.Ordinal);
        Assert.Equal(plain, WikiSources.Unpack("\uFEFF" + DokuWikiPage.ReplaceLineEndings("\r\n")));
    }

    [Fact]
    public void ADokuWikiPage_IsReadAsTheWikiShowsIt_ItsSectionsTheItems()
    {
        var article = ParseText(DokuWikiPage);

        Assert.Equal("Harbour Swoon Moments", article.Title);
        Assert.Equal(["Salt Wind Prince", "Lantern Market", "Iron Oar"], article.Items.Select(i => i.Drama.Title));
        Assert.Equal([2031, null, 2029], article.Items.Select(i => i.Drama.Year));
        // The spoiler block's lines are the page's, only folded away.
        Assert.Equal([null, 16, null], article.Items.Select(i => i.Episode));
        Assert.Contains("I will wait at the ferry however long it takes.", article.Items[0].Quotes);
        Assert.Equal(["Keep the last lantern for me."], article.Items[1].Quotes);
        Assert.Contains("Prince of the Salt Wind", article.Items[0].Drama.AlternateTitles);
        Assert.Contains("Night Lantern Market", article.Items[1].Drama.AlternateTitles);
        Assert.Contains(article.Items[2].Cast, c => c.Character == "Cha Gun" && c.Actor == "Lee Seo-jun");
    }

    [Fact]
    public void ADokuWikiPagesMarkup_ShowsOnlyItsWords()
    {
        var shown = WikiSources.Unpack(DokuWikiPage)!;

        Assert.StartsWith("# Harbour Swoon Moments\n", shown, StringComparison.Ordinal);
        Assert.Contains("\n## The list\n", shown, StringComparison.Ordinal);
        Assert.Contains("\n### Iron Oar: the rowing lesson\n", shown, StringComparison.Ordinal);
        // Emphasis inside emphasis, a link without words (its page's name), a dash, a list.
        Assert.Contains("Kept by the Lantern Club since the winter screenings.", shown, StringComparison.Ordinal);
        Assert.Contains("every scene in paper cranes counts", shown, StringComparison.Ordinal);
        Assert.Contains("complains about the cold. — mina 2032-01-14", shown, StringComparison.Ordinal);
        Assert.Contains("- Drama: Iron Oar, tvN, 2029", shown, StringComparison.Ordinal);
        // Pictures, footnotes and a plugin's tags show no words.
        Assert.DoesNotContain("Ferry still", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("child actors", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("<hidden", shown, StringComparison.Ordinal);
    }

    private const string MediaWikiPage = """
        {{Infobox list
        | name = Rooftop confessions
        | image = Rooftop.png
        }}
        <div class="hatnote">For the manga, see [[Rooftop Confessions (manga)]].</div>
        __NOTOC__
        The '''rooftop confessions''' of the fan wiki's favourite dramas.<ref>Voted by members, 2032.</ref>

        == Moonlit Bakery ==
        [[File:Bakery.jpg|thumb|The bakery roof]]
        In ''[[Moonlit Bakery]]'' (2030), Han Seo-yeon (Jung Mi-rae) tells Oh Ji-hoon (Kwon Tae-min): "I baked it for you, not for the shop."<br>
        It airs in episode 9.

        == Glass Lighthouse ==
        In [[Glass Lighthouse (TV series)|Glass Lighthouse]] (2028), Do Seo-ah (Lim Na-yeon) says to Park Kang (Yoo Jae-won): "Stay until the light goes out."

        == River of Stars ==
        In '''River of Stars''' (2033), Kim Ha-eun (Choi Yu-na) tells Lee Joon (Nam Si-woo): "Count them with me."
        <small>See also [https://example.org/stars the stars list].</small>

        [[Category:Rooftop scenes]]
        """;

    [Fact]
    public void AMediaWikiPage_IsReadAsTheWikiShowsIt_TemplatesReferencesAndPicturesGone()
    {
        var decoded = ArticleDecoder.Decode(Encoding.UTF8.GetBytes(MediaWikiPage));
        Assert.Null(decoded.Error); // its <br>, <small> and <ref> tags make it no HTML page

        var shown = WikiSources.Unpack(MediaWikiPage)!;
        Assert.Contains("\n## Moonlit Bakery\n", shown, StringComparison.Ordinal);
        Assert.Contains("The rooftop confessions of the fan wiki's favourite dramas.", shown, StringComparison.Ordinal);
        Assert.Contains("In Glass Lighthouse (2028)", shown, StringComparison.Ordinal);
        Assert.Contains("See also the stars list.", shown, StringComparison.Ordinal);
        Assert.Contains("For the manga, see Rooftop Confessions (manga).", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("Infobox", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("NOTOC", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("Voted by members", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("The bakery roof", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("Category", shown, StringComparison.Ordinal);

        var article = ParseText(MediaWikiPage);
        Assert.Equal(["Moonlit Bakery", "Glass Lighthouse", "River of Stars"], article.Items.Select(i => i.Drama.Title));
        Assert.Equal([2030, 2028, 2033], article.Items.Select(i => i.Drama.Year));
        Assert.Equal(["I baked it for you, not for the shop."], article.Items[0].Quotes);
    }

    [Theory]
    // One heading is no page's structure; equals signs in a sentence or under a Markdown heading are no wiki's headings.
    [InlineData("== Only one ==\n\nSome text under it.")]
    [InlineData("# A title\n\nIf a == b then it is 2 == 2 and so on.\n\nTitle\n=====\n\nMore text.")]
    public void TextWithoutTwoWikiHeadings_IsNoWikiSource(string text)
    {
        Assert.Null(WikiSources.Unpack(text));
        Assert.False(WikiSources.IsWikiSource(text));
    }

    [Theory]
    [InlineData("====== Picks ======\n\n===== Table =====\n\n^ Drama ^ Year ^\n| Salt Wind Prince | 2031 |\n\n===== After =====\n\nText.", "| Drama | Year |\n| Salt Wind Prince | 2031 |")]
    [InlineData("== Picks ==\n\n{| class=\"wikitable\"\n! Drama !! Year\n|-\n| Salt Wind Prince || 2031\n|}\n\n== After ==\n\nText.", "| Drama | Year |\n| Salt Wind Prince | 2031 |")]
    public void AWikisTable_IsWrittenAsPipeRows(string page, string rows) =>
        Assert.Contains(rows, WikiSources.Unpack(page), StringComparison.Ordinal);

    private const string JsonFeed = """
        {
          "version": "https://jsonfeed.org/version/1.1",
          "title": "The Umbrella Files",
          "description": "One umbrella scene a post.",
          "home_page_url": "https://umbrella.example/",
          "items": [
            { "id": "1", "title": "The bus stop umbrella (Rain Letters, 2029)", "summary": "A dek the reader skips.",
              "content_text": "Yoon Da-hee (Seo Min-ji) shares her umbrella with Kang Tae-oh (Jin Hyun-woo).\n\nHe says, \"I will hold it this time.\"",
              "date_published": "2032-02-11T09:00:00+08:00", "tags": ["rain letters"] },
            { "id": "2", "title": "The library umbrella (Paper Harbour, 2027)", "content_html": "<p>Paper Harbour (2027) gives Moon Ga-eun (Lee Bo-ra) an umbrella.</p><p>Jo Han-seo (Park Woo-jin) says, &ldquo;Take mine.&rdquo;</p>",
              "date_published": "2032-02-12T09:00:00+08:00" },
            { "id": "3", "title": "The station umbrella (Spring Platform, 2030)", "summary": "Choi Yeon-woo (Kim Soo-ah) waits with Baek Hyun (Oh Jae-min) under one umbrella.",
              "date_published": "2032-02-13T09:00:00+08:00" }
          ]
        }
        """;

    [Fact]
    public void AJsonFeed_IsReadAsAFeed_EachPostItsTitleOverItsContent()
    {
        var shown = FeedItems.Unpack(JsonFeed)!;
        Assert.StartsWith("The Umbrella Files\n", shown, StringComparison.Ordinal);
        Assert.Contains("One umbrella scene a post.", shown, StringComparison.Ordinal);
        // The content before the summary; the summary where there is no content.
        Assert.DoesNotContain("A dek the reader skips.", shown, StringComparison.Ordinal);
        Assert.Contains("Choi Yeon-woo (Kim Soo-ah) waits", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("date_published", shown, StringComparison.Ordinal);

        var article = ParseText(JsonFeed);
        Assert.Equal("The Umbrella Files", article.Title);
        Assert.Equal(["Rain Letters", "Paper Harbour", "Spring Platform"], article.Items.Select(i => i.Drama.Title));
        Assert.Equal(["I will hold it this time."], article.Items[0].Quotes);
        Assert.Equal(["Take mine."], article.Items[1].Quotes);
    }

    [Fact]
    public void JsonThatIsNoJsonFeed_IsLeftToTheOtherReaders() =>
        Assert.Null(FeedItems.Unpack("""{ "version": "2", "title": "Not a feed", "items": [ { "title": "a" }, { "title": "b" }, { "title": "c" } ] }"""));

    [Theory]
    [InlineData("Drama: Salt Wind Prince, KBS2, 2031", "Salt Wind Prince", "2031", "KBS2", null)]
    [InlineData("Drama: Salt Wind Prince (소금바람 왕자 / Prince of the Salt Wind), KBS2, 2031", "Salt Wind Prince", "2031", "KBS2", "Prince of the Salt Wind")]
    [InlineData("Drama: Lantern Market (Night Lantern Market, 랜턴 마켓)", "Lantern Market", null, null, "Night Lantern Market")]
    public void ALabelledDramaLine_GivesItsTitleAndWhatFollowsIt(string line, string title, string? year, string? network, string? otherName)
    {
        var facts = FactLines.Read(line);

        Assert.Equal(title, facts.Single(f => f.Key == "Drama").Value);
        Assert.Equal(year, facts.SingleOrDefault(f => f.Key == "Year")?.Value);
        Assert.Equal(network, facts.SingleOrDefault(f => f.Key == "Network")?.Value);
        Assert.Equal(otherName, facts.FirstOrDefault(f => f.Key == FactLines.OtherTitleKey && !f.Value.Any(Web.Text.LanguageMarkup.IsHangul))?.Value);
    }

    [Theory]
    // A title with a comma in it, and a parenthesis that names nothing, stay the title as written.
    [InlineData("Drama: Still, Somehow", "Still, Somehow")]
    [InlineData("Drama: Iron Oar (the one with the boats)", "Iron Oar (the one with the boats)")]
    public void ALabelledTitleWithoutYearOrOtherNames_StaysAsWritten(string line, string title) =>
        Assert.Equal(title, FactLines.Read(line).Single(f => f.Key == "Drama").Value);

    [Theory]
    [InlineData("Drama: Iron Oar (Netflix)")]
    [InlineData("Drama: Iron Oar (JTBC / Netflix)")]
    public void ANetworkInTheTitlesParenthesis_IsNoOtherNameOfIt(string line) =>
        Assert.DoesNotContain(FactLines.Read(line), f => f.Key == FactLines.OtherTitleKey);

    [Fact]
    public void LongMarkdownHeadingsOverDramaLines_HeadTheirCards()
    {
        var article = Parse(
            "# Promises on the water",
            "### Salt Wind Prince: the \"I will wait at the ferry however long it takes\" promise",
            "- Drama: Salt Wind Prince (2031)\n- Who: Ma Do-yun (Baek Ji-ho) and Seo Ha-ram (Yoon Chae-rin)",
            "He waits at the ferry for three episodes and never once complains about it.",
            "### Iron Oar: the rowing lesson",
            "- Drama: Iron Oar (2029)\n- Who: Jang Mi-so (Park Ha-yeon) and Cha Gun (Lee Seo-jun)",
            "He steadies her hands on the oar until the boat finally stops turning in circles.",
            "### Lantern Market: the last stall",
            "- Drama: Lantern Market (2030)\n- Who: Go Eun-seol (Han Da-bin) and Ryu Tae-kang (Kim Woo-seok)",
            "She keeps the last lantern lit for him long after the market has closed for the night.");

        Assert.Equal(["Salt Wind Prince", "Iron Oar", "Lantern Market"], article.Items.Select(i => i.Drama.Title));
    }

    [Fact]
    public void HeadingsWhollyInSingleQuotes_HeadTheirSections_AnApostropheOrAFullStopInsideOrNot()
    {
        var article = Parse(CriticsLines("The Iron Oar"));

        Assert.Equal(["Salt Wind Prince", "The Iron Oar", "Lantern Market"], article.Items.Select(i => i.Drama.Title));
        Assert.Equal("‘Don’t go. Stay with me this time’", article.Items[0].Heading);
    }

    [Fact]
    public void AHeadingOfDialogueOnly_OverATitleReadAsNames_LeavesNoDramaWithoutATitle()
    {
        // "Iron Oar (2029) has …": two capitalised words at a sentence's start read as a person's name, so no title is found
        // in the text, and the heading is nothing but a line of dialogue.
        var article = Parse(CriticsLines("Iron Oar"));

        Assert.Equal(3, article.Items.Count);
        Assert.All(article.Items, i => Assert.False(string.IsNullOrWhiteSpace(i.Drama.Title)));
        Assert.Contains(article.Items[1].Doubts, d => d.About == "drama");
    }

    /// <summary>A critic's three lines, each a heading wholly in single curly quotes over a paragraph naming its drama; the second drama as given.</summary>
    private static string[] CriticsLines(string secondDrama) =>
    [
        "The lines that converted a critic",
        "I came to these dramas late and under protest, and I have spent four years watching them since then.",
        "‘Don’t go. Stay with me this time’",
        "Salt Wind Prince (2031) gives Ma Do-yun (Baek Ji-ho) the line at the ferry, and Seo Ha-ram (Yoon Chae-rin) stays.",
        "‘I’m on your side’",
        $"{secondDrama} (2029) has Cha Gun (Lee Seo-jun) say it to Jang Mi-so (Park Ha-yeon) in front of the whole rowing club.",
        "‘Keep the last lantern’",
        "Lantern Market (2030) ends with Go Eun-seol (Han Da-bin) asking Ryu Tae-kang (Kim Woo-seok) for one small thing.",
    ];
}
