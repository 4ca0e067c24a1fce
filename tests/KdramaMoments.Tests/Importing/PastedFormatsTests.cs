using KdramaMoments.Web.Importing;

namespace KdramaMoments.Tests.Importing;

/// <summary>
/// Articles pasted from somewhere other than a web page: a spreadsheet's CSV, a feed's XML, a chat app's column export, a
/// forum's quoted replies, a scan's wrapped lines, a streaming page's cards. Each is read as the article it holds.
/// </summary>
public sealed class PastedFormatsTests
{
    private static ParsedArticle Parse(string text)
    {
        var (article, error) = ArticleParser.Parse(text);
        Assert.True(article is not null, error);
        return article;
    }

    private static bool Pairs(ParsedItem item, string character, string actor) =>
        item.Cast.Any(c => c.Actor == actor && c.AllNames().Any(n => n == character || character.EndsWith(n, StringComparison.Ordinal)));

    [Fact]
    public void Parse_ACsvExportWithNumberedRoleAndActorColumns_ReadsARowAnItemAndPairsTheColumns()
    {
        var text = """"
            Film club sheet - goodbye scenes
            Exported from the shared spreadsheet

            No,Show,Year,Character 1,Actor 1,Character 2,Actor 2,Line,Comment
            1,Lanterns Over Busan,2019,Seo Min-jae,Kang Tae-ri,Oh Ha-neul,Park Ji-hoon,"""Wait for me, even if it snows.""","The pier at night, and nobody says ""goodbye"" out loud"
            2,The Quiet Orchard,2021,Yoon Da-som,Lee Soo-ah,Cha Eun-gyeol,Min Joon-ho,"""I kept the letters.""","Short, sweet, devastating"
            3,Paper Crowns,2023,Han Bit-na,Jung Ye-rin,Moon Seo-jun,Bae Hyun-woo,"""Go. Be happy.""","A station, a train, and a very long stare"
            ,,,,,,,,
            Note,"Everyone voted twice and we counted only the first vote of each person who came",,,,,,,
            TOTAL,,,,,,,,
            """";

        var article = Parse(text);

        Assert.Equal(["Lanterns Over Busan", "The Quiet Orchard", "Paper Crowns"], article.Items.Select(i => i.Drama.Title));
        Assert.True(Pairs(article.Items[0], "Seo Min-jae", "Kang Tae-ri"));
        Assert.True(Pairs(article.Items[0], "Oh Ha-neul", "Park Ji-hoon"));
        Assert.Contains("Wait for me, even if it snows.", article.Items[0].Quotes);
    }

    [Fact]
    public void Parse_ACsvWhoseHeadersCarryNotes_NamesColumnsByTheirWordsAndPairsTheCoupleCellAsTheNoteSays()
    {
        var text = """"
            Winter watch list
            Kept by the film club

            No.,Show,Year,Couple (role – actor),Line (paraphrased),Notes
            1,Lanterns Over Busan,2019,Seo Min-jae – Kang Tae-ri / Oh Ha-neul – Park Ji-hoon (Ji-hoon),Wait for me even if it snows,"The pier at night, obviously"
            2,The Quiet Orchard,2021,Yoon Da-som – Lee Soo-ah / Cha Eun-gyeol – Min Joon-ho,"""I kept the letters.""",Short and sweet
            3,Paper Crowns,2023,Han Bit-na – Jung Ye-rin / Moon Seo-jun – Bae Hyun-woo,Go. Be happy.,"A station, a train"
            –,Salt Wind,2020,Bae Yu-na – Choi Min-ah / Ko Jae-won – Lim Tae-ho,,"Cut, nobody could find it"
            ,,,,,
            Total,3,,,,
            """";

        var article = Parse(text);

        Assert.Equal(["Lanterns Over Busan", "The Quiet Orchard", "Paper Crowns"], article.Items.Select(i => i.Drama.Title));
        Assert.True(Pairs(article.Items[0], "Oh Ha-neul", "Park Ji-hoon"));
        Assert.True(Pairs(article.Items[1], "Cha Eun-gyeol", "Min Joon-ho"));
        Assert.True(Pairs(article.Items[2], "Han Bit-na", "Jung Ye-rin"));
        Assert.Contains("Wait for me even if it snows", article.Items[0].Quotes);
    }

    [Fact]
    public void Parse_ACsvWhoseCoupleNoteNamesTheActorFirst_PairsEachCellThatWay()
    {
        var text = """"
            Rain scenes
            Exported from the sheet

            Rank,Drama,Couple (actor – character)
            1,Lanterns Over Busan,Kang Tae-ri – Seo Min-jae / Park Ji-hoon – Oh Ha-neul
            2,The Quiet Orchard,Lee Soo-ah – Yoon Da-som / Min Joon-ho – Cha Eun-gyeol
            3,Paper Crowns,Jung Ye-rin – Han Bit-na / Bae Hyun-woo – Moon Seo-jun
            """";

        var article = Parse(text);

        Assert.True(Pairs(article.Items[0], "Seo Min-jae", "Kang Tae-ri"));
        Assert.True(Pairs(article.Items[2], "Moon Seo-jun", "Bae Hyun-woo"));
    }

    [Fact]
    public void AsPipeRows_AQuotedFieldOverTwoLinesAndADoubledQuote_IsOneRow()
    {
        string[] lines = ["Title;Year;Network", "Lanterns Over Busan;2019;\"JTBC, then", "Netflix\"", "The \"\"Quiet\"\" Orchard;2021;tvN"];

        var rows = DelimitedRows.AsPipeRows([.. lines]);

        Assert.Equal(["| Title | Year | Network |", "| Lanterns Over Busan | 2019 | JTBC, then Netflix |", "| The \"\"Quiet\"\" Orchard | 2021 | tvN |"], rows);
    }

    [Fact]
    public void AsPipeRows_ProseWithCommas_IsLeftAsItIs()
    {
        string[] lines = ["The drama, the year, and the network all matter, as does the show itself.", "1,2,3"];

        Assert.Equal(lines, DelimitedRows.AsPipeRows([.. lines]));
    }

    [Fact]
    public void Parse_APipeTableWithACoupleColumnBesideAnActorsColumn_PairsThemInOrder()
    {
        var text = """
            # Umbrella scenes, the shared table

            Everybody added one row; the rule is one scene per show.

            | Year | Drama | Who | Actors |
            |:----:|:------|:----|-------:|
            | 2019 | Lanterns Over Busan | Seo Min-jae & Oh Ha-neul | Kang Tae-ri & Park Ji-hoon |
            | 2021 | The Quiet Orchard | Yoon Da-som & Cha Eun-gyeol | Lee Soo-ah & Min Joon-ho |
            | 2023 | Paper Crowns | Han Bit-na & Moon Seo-jun | Jung Ye-rin & Bae Hyun-woo |

            More rows welcome.
            """;

        var article = Parse(text);

        Assert.Equal(3, article.Items.Count);
        Assert.True(Pairs(article.Items[1], "Yoon Da-som", "Lee Soo-ah"));
        Assert.True(Pairs(article.Items[1], "Cha Eun-gyeol", "Min Joon-ho"));
    }

    private const string Feed = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0">
        <channel>
        <title>Drama Notes &#8211; Scene of the Week</title>
        <description>A scene a week.</description>
        <item>
        <title>Scene of the Week: Lanterns Over Busan (2019) &#8211; the pier</title>
        <link>https://example.org/1</link>
        <pubDate>Sun, 02 Mar 2025 09:00:00 +0000</pubDate>
        <description>&lt;p&gt;Seo Min-jae (Kang Tae-ri) waits on the pier. She says &#8220;Wait for me, even if it snows.&#8221;&lt;/p&gt;&lt;p&gt;The post &lt;a href=&quot;https://example.org/1&quot;&gt;Scene&lt;/a&gt; appeared first on Drama Notes.&lt;/p&gt;</description>
        </item>
        <item>
        <title>Scene of the Week: The Quiet Orchard (2021) &#8211; the letters</title>
        <link>https://example.org/2</link>
        <description>&lt;p&gt;Yoon Da-som (Lee Soo-ah) finds the letters Cha Eun-gyeol (Min Joon-ho) never sent.&lt;/p&gt;</description>
        </item>
        <item>
        <title>Scene of the Week: Paper Crowns (2023) &#8211; the station</title>
        <link>https://example.org/3</link>
        <description>&lt;p&gt;Han Bit-na (Jung Ye-rin) misses the last train on purpose.&lt;/p&gt;</description>
        </item>
        </channel>
        </rss>
        """;

    [Fact]
    public void Parse_AnRssFeedPastedAsXml_ReadsEachEntryAsAnItemWithoutTheSeriesLabel()
    {
        var article = Parse(Feed);

        Assert.Equal(["Lanterns Over Busan", "The Quiet Orchard", "Paper Crowns"], article.Items.Select(i => i.Drama.Title));
        Assert.True(Pairs(article.Items[0], "Seo Min-jae", "Kang Tae-ri"));
        Assert.Contains("Wait for me, even if it snows.", article.Items[0].Quotes);
    }

    [Fact]
    public void Unpack_AFeed_LeavesItsBookkeepingAndBlogFooterOut()
    {
        var text = FeedItems.Unpack(Feed);

        Assert.NotNull(text);
        Assert.DoesNotContain("https://example.org", text, StringComparison.Ordinal);
        Assert.DoesNotContain("appeared first on", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<p>", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<rss><channel><item><title>Unclosed")] // a feed cut short
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"aaaa\">]><rss><channel><item><title>&a;</title></item></channel></rss>")]
    [InlineData("Lanterns Over Busan (2019) is a drama about a pier.")]
    public void Unpack_TextThatIsNoReadableFeed_IsNull(string text) =>
        Assert.Null(FeedItems.Unpack(text));

    [Fact]
    public void Rewrite_ALineExport_WritesOneLineMessagesAndDropsItsFurniture()
    {
        string[] lines =
        [
            "[LINE] Chat history in Film Club",
            "Saved on: 2025/03/09 22:41",
            "2025/03/08(Sat)",
            "20:01\tMina\tok picks please",
            "20:02\tJun\t[Sticker]",
            "20:03\tJun\tLanterns Over Busan (2019).",
            "20:03\tJun\tSeo Min-jae is Kang Tae-ri, obviously",
            "20:04\tMina\t[Photo]",
            "Jun left the chat.",
        ];

        var rewritten = ChatExportLines.Rewrite([.. lines]);

        Assert.Equal(
            ["[LINE] Chat history in Film Club", "[2025-03-08 20:01] Mina: ok picks please", "[2025-03-08 20:03] Jun: Lanterns Over Busan (2019). Seo Min-jae is Kang Tae-ri, obviously"],
            rewritten);
        Assert.All(rewritten.Skip(1), line => Assert.NotNull(ChatMessages.Read(line)?.Body));
    }

    [Fact]
    public void Rewrite_AMessageTheExportWrappedInQuotes_KeepsItsLinesWithoutTheQuotes()
    {
        string[] lines =
        [
            "Tue, 03/11/2025",
            "21:00\tMina\tpicks?",
            "21:01\tJun\t\"mine, in order:",
            "1. Lanterns Over Busan (2019) – the pier",
            "2. Paper Crowns (2023) – she says \"\"go\"\" and he goes\"",
            "21:02\tMina\t\"Wait for me\" is the line though",
            "21:03\tJun\tok",
        ];

        var rewritten = ChatExportLines.Rewrite([.. lines]);

        Assert.Equal(
            [
                "[2025-03-11 21:00] Mina: picks?",
                "[2025-03-11 21:01] Jun: mine, in order:",
                "1. Lanterns Over Busan (2019) – the pier",
                "2. Paper Crowns (2023) – she says \"go\" and he goes",
                "[2025-03-11 21:02] Mina: \"Wait for me\" is the line though",
                "[2025-03-11 21:03] Jun: ok",
            ],
            rewritten);
    }

    [Fact]
    public void Parse_AChatThatPostsADraftListThenTheFinalOne_ReadsTheFinalList()
    {
        var text = """"
            [LINE] Chat history in Film Club
            Saved on: 2025/03/12 10:00

            Tue, 03/11/2025
            21:00	Mina	ok, rain scenes for friday
            21:01	Jun	"draft:
            1. Lanterns Over Busan (2019) – the pier at night, Min-jae & Ha-neul
            2. The Quiet Orchard (2021) – Da-som & Eun-gyeol's umbrella
            3. Paper Crowns (2023) – the station, Bit-na & Seo-jun"
            21:02	Mina	swap the orchard for Salt Wind, the orchard has no rain
            21:03	Jun	fair
            21:05	Jun	"final:
            1. Lanterns Over Busan (2019) – the pier – Seo Min-jae (Kang Tae-ri) / Oh Ha-neul (Park Ji-hoon)
            2. Salt Wind (2020) – the bus stop – Yoon Da-som (Lee Soo-ah) / Cha Eun-gyeol (Min Joon-ho)
            3. Paper Crowns (2023) – the station – Han Bit-na (Jung Ye-rin) / Moon Seo-jun (Bae Hyun-woo)"
            21:06	Mina	perfect
            """";

        var article = Parse(text);

        Assert.Equal(["Lanterns Over Busan", "Salt Wind", "Paper Crowns"], article.Items.Select(i => i.Drama.Title));
        Assert.True(Pairs(article.Items[1], "Yoon Da-som", "Lee Soo-ah"));
    }

    [Fact]
    public void Rewrite_AKakaoTalkComputerExport_WritesOneLineMessages()
    {
        string[] lines = ["[Mina] [8:01 PM] ok picks please", "[Jun] [8:03 PM] Paper Crowns (2023)", "[Mina] [8:04 PM] Emoticons", "[Mina] [8:05 PM] good one"];

        var rewritten = ChatExportLines.Rewrite([.. lines]);

        Assert.Equal(["[8:01 PM] Mina: ok picks please", "[8:03 PM] Jun: Paper Crowns (2023)", "[8:05 PM] Mina: good one"], rewritten);
    }

    [Fact]
    public void Rewrite_TabbedLinesThatAreNoChat_AreLeftAsTheyAre()
    {
        string[] lines = ["2019\tLanterns Over Busan\tJTBC", "2021\tThe Quiet Orchard\ttvN", "2023\tPaper Crowns\tSBS"];

        Assert.Equal(lines, ChatExportLines.Rewrite([.. lines]));
    }

    [Fact]
    public void Without_AReplyQuotingAnEarlierPost_DropsTheQuotationAndItsAttribution()
    {
        string[] lines =
        [
            "Lanterns Over Busan (2019)",
            "Seo Min-jae waits on the pier for a man who never comes back.",
            "",
            "jun_k wrote:",
            "> anything with a pier scene?",
            "",
            "> Seo Min-jae waits on the pier for a man",
            "Yes! Same.",
        ];

        Assert.Equal(["Lanterns Over Busan (2019)", "Seo Min-jae waits on the pier for a man who never comes back.", "", "", "Yes! Same."], QuotedReplies.Without([.. lines]));
    }

    [Fact]
    public void Without_ABlockquoteThatRepeatsNothing_StaysAsTheAuthorsWords()
    {
        string[] lines = ["Lanterns Over Busan (2019)", "", "> “Wait for me, even if it snows.”", "", "The pier scene, at night."];

        Assert.Equal(lines, QuotedReplies.Without([.. lines]));
    }

    [Theory]
    [InlineData("the best of modern tele-", "vision drama", "the best of modern television drama")]
    [InlineData("when Yoon Da-", "som finds them", "when Yoon Da-som finds them")]
    [InlineData("Seo Min-jae (Kang", "Tae-ri) waits on the pier", "Seo Min-jae (Kang Tae-ri) waits on the pier")]
    [InlineData("and she asks, \"Is it", "snowing yet?\" and waits", "and she asks, \"Is it snowing yet?\" and waits")]
    public void Joined_ALineBrokenByThePage_IsJoinedToTheNext(string first, string second, string joined) =>
        Assert.Equal([joined], WrappedLines.Joined([first, second]));

    [Theory]
    [InlineData("Paper Crowns (2023) -", "the station")] // a dash after a space is the writer's
    [InlineData("Seo Min-jae (Kang Tae-ri)", "Oh Ha-neul (Park Ji-hoon)")]
    [InlineData("Cast (in order", "1. Kang Tae-ri)")] // a list's line is no continuation
    public void Joined_LinesTheWriterBroke_StayApart(string first, string second) =>
        Assert.Equal([first, second], WrappedLines.Joined([first, second]));

    [Theory]
    [InlineData("▶ Watch now    + My List    Trailer", true)]
    [InlineData("▶ Play first episode + Add collection to My List Share", true)]
    [InlineData("Because you watched Paper Crowns", true)]
    [InlineData("New episode every Friday", true)]
    [InlineData("Audio: Korean, English · Subtitles: 12 languages", true)]
    [InlineData("Paper Crowns", false)]
    [InlineData("Watch Han Bit-na miss the last train on purpose.", false)]
    public void IsFurniture_AStreamingCardsButtonsAndBadges_AreTheirPagesNotTheWriters(string line, bool furniture) =>
        Assert.Equal(furniture, StreamingCards.IsFurniture(line));

    [Fact]
    public void Normalise_AnOrdinaryArticle_PassesThroughUnchanged()
    {
        var text = "10 pier scenes\n\n1. Lanterns Over Busan (2019)\nSeo Min-jae (Kang Tae-ri) waits on the pier.\n\n2. Paper Crowns (2023)\nThe station, at night.";

        Assert.Equal(text, PastedFormats.Normalise(text));
    }
}
