using System.Text;
using KdramaMoments.Web.Importing;
using static KdramaMoments.Tests.Importing.ArticleBlocks;

namespace KdramaMoments.Tests.Importing;

/// <summary>
/// The twenty-ninth blind set's kinds: a Matrix room's JSON export, a reference manager's BibLaTeX file, a read-later app's
/// CSV export, headings in capitals that date some titles and not others, and a writer's credit opening a note. The dramas
/// are invented, so only the format's reading and the rules after it can find them.
/// </summary>
public sealed class BibliographiesReadLaterAndMatrixTests
{
    private const string MatrixRoom = """
        {
          "room_name": "harbour club",
          "topic": "one scene each",
          "messages": [
            { "type": "m.room.message", "sender": "@mina:matrix.org", "origin_server_ts": 1738936800000, "event_id": "$a1",
              "content": { "msgtype": "m.text", "body": "ok everyone drop ONE scene tonight, drama and who plays who" } },
            { "type": "m.room.message", "sender": "@jules:matrix.org", "origin_server_ts": 1738936897000, "event_id": "$a2",
              "content": { "msgtype": "m.text", "body": "Moonlit Harbour Story (2018) — the pier\nKang Min-jae as Baek Do-hwan. he says “I was never waiting for the boat.” and i'm gone" } },
            { "type": "m.room.message", "sender": "@teo:envs.net", "origin_server_ts": 1738936950000, "event_id": "$a3",
              "content": { "msgtype": "m.text", "body": "> <@jules:matrix.org> Moonlit Harbour Story (2018) — the pier\n\nhard pass, too sad for a friday",
                "format": "org.matrix.custom.html", "formatted_body": "<mx-reply><blockquote><a href=\"https://matrix.to/#/$a2\">In reply to</a> <a href=\"https://matrix.to/#/@jules:matrix.org\">@jules</a><br>Moonlit Harbour Story</blockquote></mx-reply><p>hard pass, <b>too</b> sad</p><div>for a friday</div>" } },
            { "type": "m.reaction", "sender": "@mina:matrix.org", "origin_server_ts": 1738936990000, "event_id": "$a4",
              "content": { "m.relates_to": { "rel_type": "m.annotation", "event_id": "$a2", "key": "😭" } } },
            { "type": "m.room.message", "sender": "@hana:matrix.org", "origin_server_ts": 1738937000000, "event_id": "$a5",
              "content": { "msgtype": "m.text", "body": "The Quiet Apartment (2013) — the flood night\nChoi Woo-jin as Min Tae-oh, he finally knocks" } },
            { "type": "m.room.message", "sender": "@hana:matrix.org", "origin_server_ts": 1738937060000, "event_id": "$a6",
              "content": { "msgtype": "m.text", "body": "* The Quiet Apartment (2023) — the flood night\nChoi Woo-jin as Min Tae-oh, he finally knocks",
                "m.new_content": { "msgtype": "m.text", "body": "The Quiet Apartment (2023) — the flood night\nChoi Woo-jin as Min Tae-oh, he finally knocks" },
                "m.relates_to": { "rel_type": "m.replace", "event_id": "$a5" } } },
            { "type": "m.room.message", "sender": "@teo:envs.net", "origin_server_ts": 1738937100000, "event_id": "$a7",
              "content": { "msgtype": "m.text", "body": "fine. Paper Lanterns of Jongno (2021), the bridge\nPark Ji-hoon as Do Gyeom, he lifts the lantern so she can see his face" } },
            { "type": "m.room.message", "sender": "@hana:matrix.org", "origin_server_ts": 1738937200000, "event_id": "$a8",
              "content": { "msgtype": "m.image", "body": "IMG_4172.jpg", "url": "mxc://matrix.org/abc" } }
          ]
        }
        """;

    [Fact]
    public void AMatrixRoomsExport_IsReadAsItsChat_EditsAppliedOnce_RepliesAndReactionsOpeningNothing()
    {
        // Its formatted copies hold HTML: a JSON export is no page to save as text.
        var decoded = ArticleDecoder.Decode(Encoding.UTF8.GetBytes(MatrixRoom));
        Assert.Null(decoded.Error);

        var article = ParseText(decoded.Text!);

        Assert.Equal("harbour club", article.Title);
        Assert.Equal(["Moonlit Harbour Story", "The Quiet Apartment", "Paper Lanterns of Jongno"], article.Items.Select(i => i.Drama.Title));
        // The edit corrected the year; the message is read once, as edited.
        Assert.Equal([2018, 2023, 2021], article.Items.Select(i => i.Drama.Year));
        Assert.Contains(article.Items[0].Cast, c => c.Character == "Baek Do-hwan" && c.Actor == "Kang Min-jae");
        Assert.Equal(["I was never waiting for the boat."], article.Items[0].Quotes);
        var chat = PastedFormats.Normalise(MatrixRoom);
        Assert.DoesNotContain("IMG_4172", chat, StringComparison.Ordinal);
        Assert.DoesNotContain("@jules:matrix.org", chat, StringComparison.Ordinal);
        Assert.Contains("] teo: hard pass, too sad for a friday", chat, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEditOfAMessageTheExportDoesNotHold_IsReadWhereItStands_AsEdited()
    {
        var room = """
            {"room_name": "harbour club", "messages": [
              {"sender": "@mina:matrix.org", "origin_server_ts": 1738936800000, "event_id": "$b1", "content": {"msgtype": "m.text", "body": "one scene each please"}},
              {"sender": "@jules:matrix.org", "origin_server_ts": 1738936900000, "event_id": "$b2", "content": {"msgtype": "m.text", "body": "* Moonlit Harbour Story (2018), the pier",
                "m.new_content": {"msgtype": "m.text", "body": "Moonlit Harbour Story (2018), the pier"}, "m.relates_to": {"rel_type": "m.replace", "event_id": "$gone"}}},
              {"sender": "@teo:envs.net", "origin_server_ts": 1738937000000, "event_id": "$b3", "content": {"msgtype": "m.text", "body": "too sad for a friday"}}
            ]}
            """;

        var chat = ChatJsonExports.Unpack(room)!;

        Assert.Contains("] jules: Moonlit Harbour Story (2018), the pier\n", chat, StringComparison.Ordinal);
        Assert.DoesNotContain("* Moonlit", chat, StringComparison.Ordinal);
    }

    [Fact]
    public void AnHtmlPageInsideNoJson_IsStillRefused() =>
        Assert.Equal("the file is an HTML page; save the article as plain text",
            ArticleDecoder.Decode(Encoding.UTF8.GetBytes("<html><body><div><p>Moonlit Harbour Story</p><p>the pier</p></div></body></html>")).Error);

    private const string Bibliography = """
        @video{baek_moonlit_2018,
        	title = {Moonlit Harbour Story},
        	shorttitle = {Harbour Story},
        	origtitle = {달빛 항구 이야기},
        	publisher = {{KBS2}},
        	author = {Baek, Seung-ho},
        	date = {2018-05-02},
        	number = {12},
        	note = {Written by Han Ye-rin. Kang Min-jae as Baek Do-hwan and Yoon Chae-rin as Seo Ha-ram.},
        	annotation = {The pier scene, for ch. 2: Do-hwan finally says \enquote{I was never waiting for the boat.} Compare \emph{Salt Road Letters} (2015) -- not in the corpus.},
        }

        @book{kim_harbours_2020,
        	title = {Harbours on Screen: A Reader},
        	editor = {Kim, Soo-ah},
        	date = {2020},
        }

        @video{choi_quiet_2023,
        	title = {The Quiet Apartment},
        	author = {Choi, Da-eun and Lim, Jae-won},
        	date = {2023-09-01},
        	note = {Written by Oh Min-ji. Choi Woo-jin as Min Tae-oh; Lee Ha-na as Go Eun-bi.},
        	annotation = {On the night of the flood Tae-oh knocks at last and tells her ``I read every note.''},
        }

        @misc{park_lanterns_2021,
        	title = {Paper Lanterns of Jongno},
        	year = 2021,
        	note = {Park Ji-hoon as Do Gyeom, Kim Na-ri as Seo Ha-neul.},
        	annotation = {The bridge: he lifts the lantern so that she can finally see his face.},
        }
        """;

    [Fact]
    public void ABibLaTeXFile_HasAnEntryPerScreenWork_DatedNumberedAndCastFromItsNote()
    {
        var article = ParseText(Bibliography);

        // The book is the scholar's reading, and the author and editor fields name directors and scholars, not cast.
        Assert.Equal(["Moonlit Harbour Story", "The Quiet Apartment", "Paper Lanterns of Jongno"], article.Items.Select(i => i.Drama.Title));
        Assert.Equal([2018, 2023, 2021], article.Items.Select(i => i.Drama.Year));
        Assert.Equal([12, null, null], article.Items.Select(i => i.Episode));
        Assert.Contains("Harbour Story", article.Items[0].Drama.AlternateTitles);
        Assert.Equal(["I was never waiting for the boat."], article.Items[0].Quotes);
        Assert.Equal(["I read every note."], article.Items[1].Quotes);
        Assert.Contains(article.Items[0].Cast, c => c.Character == "Baek Do-hwan" && c.Actor == "Kang Min-jae");
        Assert.Contains(article.Items[1].Cast, c => c.Character == "Min Tae-oh" && c.Actor == "Choi Woo-jin");
        Assert.DoesNotContain(article.Items.SelectMany(i => i.Cast), c => c.Actor is "Baek Seung-ho" or "Kim Soo-ah" || c.Character is "Han Ye-rin" or "Oh Min-ji");
    }

    [Theory]
    [InlineData("@comment{jabref-meta: databaseType:biblatex;}\n@string{kbs = {KBS2}}")]
    [InlineData("@harbour{club, or at the pier.\n@pier{the, end of it.")]
    [InlineData("@video{moonlit_2018,\n\ttitle = {Moonlit Harbour Story},\n}\n@video{quiet_2023,\n\ttitle = {The Quiet Apartment,\n\tdate = 2023,\n")]
    public void TextThatIsNoBibliography_IsLeftAsItIs(string text) => Assert.Null(BibliographyExports.Unpack(text));

    private const string ReadLaterCsv = """"
        URL,Title,Selection,Folder,Timestamp
        https://recaps.example.com/2019/03/moonlit-harbour-story-episode-9/,Moonlit Harbour Story: Episode 9 » Example Recaps,"Do-hwan stops pretending at the pier. When Ha-ram laughs it off, he says, ""I was never waiting for the boat."" Kang Min-jae plays it so quietly.",Harbour scenes,1706472310
        https://blog.example.net/2015/01/quiet-apartment-notes.html,The Quiet Apartment (2023) still gets me – quiet notes,"Min Tae-oh (Choi Woo-jin) has answered every note on the wall for months. Then, on the night of the flood, he knocks: ""I read every note.""",Harbour scenes,1706473985
        https://www.example.org/2024/best-dramas,The 25 Best Dramas of All Time,,Unread,1706902345
        https://news.example.com/paper-lanterns-bridge,"Why the bridge in ""Paper Lanterns of Jongno"" is the most romantic scene on TV","Do Gyeom (Park Ji-hoon) lifts the lantern so that Seo Ha-neul (Kim Na-ri) can finally see his face.",Harbour scenes,1706558702
        """";

    [Fact]
    public void AReadLaterCsvExport_HasAnEntryPerSavedSelection_UnderItsFolder()
    {
        var article = ParseText(ReadLaterCsv);

        Assert.Equal("Harbour scenes", article.Title);
        // The unread row kept nothing: a link, no moment. The years in the addresses are the pages'.
        Assert.Equal(["Moonlit Harbour Story", "The Quiet Apartment", "Paper Lanterns of Jongno"], article.Items.Select(i => i.Drama.Title));
        Assert.Equal([null, 2023, null], article.Items.Select(i => i.Drama.Year));
        // The site's name after the page's title goes; so do the writer's words after a dated title.
        Assert.Equal(["Moonlit Harbour Story: Episode 9", "The Quiet Apartment (2023) still gets me"], article.Items.Take(2).Select(i => i.Heading));
        Assert.Equal(9, article.Items[0].Episode);
        Assert.Equal(["I was never waiting for the boat."], article.Items[0].Quotes);
        Assert.Contains(article.Items[2].Cast, c => c.Character == "Do Gyeom" && c.Actor == "Park Ji-hoon");
    }

    [Fact]
    public void HeadingsInCapitals_SomeDatedSomeNot_AreOneList()
    {
        var article = Parse(
            "HARBOUR\nFASHION\nBEAUTY\nLIFESTYLE\nENTERTAINMENT\nVIDEOS",
            "ENTERTAINMENT",
            "Slow burns worth every episode",
            "Sometimes the wait is the romance, and these couples made us wait the longest of all.",
            "MOONLIT HARBOUR STORY\nThe couple: Baek Do-hwan (Kang Min-jae) and Seo Ha-ram (Yoon Chae-rin)\nWatch it on: Netflix",
            "Twenty years of waiting at the pier, and then one evening he finally says it out loud to her.",
            "PAPER LANTERNS OF JONGNO\nThe couple: Do Gyeom (Park Ji-hoon) and Seo Ha-neul (Kim Na-ri)\nWatch it on: Viki",
            "He lifts the lantern on the bridge so that she can finally see his face in the crowd.",
            "THE QUIET APARTMENT (2023)\nThe couple: Min Tae-oh (Choi Woo-jin) and Go Eun-bi (Lee Ha-na)\nWatch it on: Viu",
            "Notes on the wall for months, and on the night of the flood he finally knocks on her door.",
            "SALT ROAD LETTERS (2015)\nThe couple: Ma Do-yun (Baek Ji-ho) and Jang Mi-so (Park Ha-yeon)\nWatch it on: Netflix",
            "The letter in the lighthouse is worth the whole first half, and the second half is even better.",
            "IRON OAR\nThe couple: Cha Gun (Lee Seo-jun) and Jang Mi-so (Park Ha-yeon)\nWatch it on: Netflix",
            "He steadies her hands on the oar until the boat finally stops turning in circles on the river.",
            "LANTERN MARKET (2030)\nThe couple: Go Eun-seol (Han Da-bin) and Ryu Tae-kang (Kim Woo-seok)\nWatch it on: Viu",
            "She keeps the last lantern lit for him long after the market has closed for the night.",
            "MORE ON HARBOUR\nTen kisses we still think about\nThe best OSTs of the year");

        Assert.Equal(["Moonlit Harbour Story", "Paper Lanterns of Jongno", "The Quiet Apartment", "Salt Road Letters", "Iron Oar", "Lantern Market"], article.Items.Select(i => i.Drama.Title));
    }

    [Theory]
    [InlineData("Written by Han Ye-rin", true)]
    [InlineData("Written by J. K. Lee", true)]
    [InlineData("Written by Han Ye-rin. Starring Kang Min-jae as Baek Do-hwan.", false)]
    [InlineData("Written by the Hong sisters (Hong Jung-eun & Hong Mi-ran). Starring IU as Jang Man-wol.", false)]
    public void AWritersCredit_IsTheByline_UnlessItGoesOnIntoANote(string line, bool furniture) =>
        Assert.Equal(furniture, PageFurniture.IsNoise(line));
}
