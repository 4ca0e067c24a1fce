using KdramaMoments.Web.Importing;
using static KdramaMoments.Tests.Importing.ArticleBlocks;

namespace KdramaMoments.Tests.Importing;

/// <summary>
/// Exports and logs of the twenty-fifth blind set's kinds: a watch tracker's list backup as JSON (the listed show in an
/// object of its own), an IRC client's channel log, Emacs Org mode notes and a podcast's WebVTT captions. The dramas are
/// invented, so only the export's shape and the reading after it can make these pass; the podcast names shelf dramas, as
/// speech sets off no unknown title.
/// </summary>
public sealed class ListExportsAndLogsTests
{
    private const string TrackerList = """
        {
          "exported_at": "2024-03-03T09:41:27Z",
          "list": { "name": "harbour scenes i rewatch", "description": "just the scenes, spoilers everywhere", "item_count": 3 },
          "items": [
            { "rank": 1, "type": "episode", "notes": "the pier. Baek Do-hwan (Kang Min-jae) waits all summer and then says \"I was never waiting for the boat.\"",
              "episode": { "season": 1, "number": 12, "title": "Episode 12" },
              "show": { "title": "Moonlit Harbour Story", "year": 2018, "ids": { "slug": "moonlit-harbour-story" } } },
            { "rank": 2, "type": "show", "notes": "the flood night on the stairs. Choi Mi-rae (Lee Da-in) finally opens the door",
              "show": { "title": "The Quiet Apartment", "year": 2023 } },
            { "rank": 3, "type": "show", "notes": "Do Gyeom lifts the lantern so Seo Ha-neul can see his face",
              "show": { "title": "Paper Lanterns of Jongno", "year": "2021" } }
          ]
        }
        """;

    [Fact]
    public void AListBackup_NamesEachEntryByItsShow_DatedByItsYear_WithTheEpisodeTheEntryIsOf()
    {
        var article = ParseText(TrackerList);

        Assert.Equal("harbour scenes i rewatch", article.Title);
        Assert.Equal(["Moonlit Harbour Story", "The Quiet Apartment", "Paper Lanterns of Jongno"], article.Items.Select(i => i.Drama.Title));
        Assert.Equal([2018, 2023, 2021], article.Items.Select(i => i.Drama.Year));
        Assert.Equal([12, null, null], article.Items.Select(i => i.Episode));
        Assert.Equal(["I was never waiting for the boat."], article.Items[0].Quotes);
    }

    private const string WeeChatLog = """
        2024-02-09 20:57:41	-->	hanbyul (~hanbyul@user/hanbyul) has joined #harbour
        2024-02-09 20:57:41	--	Topic for #harbour is "rewatch night, one scene each"
        2024-02-09 21:00:02	@moonbee	ok it's 9, nominations. one scene each, say the drama + who + what happens
        2024-02-09 21:00:48	@moonbee	Moonlit Harbour Story (2018), the pier
        2024-02-09 21:01:05	@moonbee	Baek Do-hwan (Kang Min-jae) waiting at the end of the pier every evening
        2024-02-09 21:01:22	@moonbee	and he says "I was never waiting for the boat." like sir
        2024-02-09 21:01:30	jun_ssi	LMAO the raincoat
        2024-02-09 21:02:10	<--	dolphin (~dl@203.0.113.44) has quit (Ping timeout: 240 seconds)
        2024-02-09 21:02:31	jun_ssi	ok mine: The Quiet Apartment (2023)
        2024-02-09 21:02:57	jun_ssi	the flood night, Choi Mi-rae (Lee Da-in) opening the door for the first time
        2024-02-09 21:03:20	+hanbyul	Paper Lanterns of Jongno (2021). the lantern on the bridge, Do Gyeom finally showing his face
        2024-02-09 21:03:41	@moonbee	valid
        """;

    [Fact]
    public void AnIrcClientsLog_IsReadAsTheChat_TitledByItsChannel_ItsJoinsAndQuitsSetAside()
    {
        var article = ParseText(WeeChatLog);

        Assert.Equal("#harbour", article.Title);
        Assert.Equal(["Moonlit Harbour Story", "The Quiet Apartment", "Paper Lanterns of Jongno"], article.Items.Select(i => i.Drama.Title));
        Assert.Equal(["I was never waiting for the boat."], article.Items[0].Quotes);
        Assert.DoesNotContain(article.Items, i => i.Excerpt.Contains("has quit", StringComparison.Ordinal) || i.Excerpt.Contains("has joined", StringComparison.Ordinal));
    }

    [Fact]
    public void AnIrssiLog_HasItsMessagesReadAsChatLines_OpAndVoiceMarksOffTheNick()
    {
        var lines = ChatExportLines.Rewrite([
            "21:00 -!- hanbyul [~hanbyul@user/hanbyul] has joined #harbour",
            "21:00 <@moonbee> Moonlit Harbour Story (2018), the pier",
            "21:01 < jun_ssi> LMAO the raincoat",
            "21:02 <+hanbyul> Paper Lanterns of Jongno (2021). the lantern on the bridge",
        ]);

        Assert.Equal(["#harbour", "", "[Today at 21:00] moonbee: Moonlit Harbour Story (2018), the pier", "[Today at 21:01] jun_ssi: LMAO the raincoat",
            "[Today at 21:02] hanbyul: Paper Lanterns of Jongno (2021). the lantern on the bridge"], lines);
    }

    [Fact]
    public void AChatWithNoTitleLine_IsTitledByItsFirstWords()
    {
        var article = ParseText(string.Join('\n',
            "21:00 <@moonbee> ok nominations, one scene each",
            "21:00 <@moonbee> Moonlit Harbour Story (2018), the pier. Baek Do-hwan waits every evening",
            "21:01 <jun_ssi> The Quiet Apartment (2023), the flood night on the stairs",
            "21:02 <hanbyul> Paper Lanterns of Jongno (2021). the lantern on the bridge"));

        Assert.StartsWith("ok nominations, one scene each", article.Title, StringComparison.Ordinal);
        Assert.Equal(3, article.Items.Count);
    }

    private const string OrgNotesFile = """
        #+TITLE: Harbour comfort scenes
        #+AUTHOR: Jae-won
        #+TODO: TODO REWATCH | DONE

        * About this file
        Stuff I rewatch when I can't sleep. One scene per entry,
        quotes from memory.

        * Scenes
        ** DONE Moonlit Harbour Story (2018)                                  :swoon:
           CLOSED: [2024-02-11 Sun 23:40]
           :PROPERTIES:
           :EPISODE:  7
           :CAST:     Kang Min-jae as Baek Do-hwan, Seo Ha-ram as Yoo Seon-mi
           :END:
           - the pier at the end of summer, he has waited every evening
           - he finally says "I was never waiting for the boat." and
             she just laughs
        ** REWATCH [#A] The Quiet Apartment (2023)                        :swoon:cry:
           :PROPERTIES:
           :CAST:     Han Ji-woo (Park Seo-jun), Lee Da-in (Choi Mi-rae)
           :END:
           - the flood night on the stairs, when the two neighbours who only ever wrote
             notes on the wall finally open their doors and neither of them says a word
        ** TODO Paper Lanterns of Jongno (2021)
           - the lantern on the bridge, Do Gyeom finally lifting it so Seo Ha-neul can see
             his face, and the whole bridge going quiet around them
        """;

    [Fact]
    public void OrgNotes_EachHeadingIsAMoment_WithoutItsStateOrTags_ItsPropertiesAsTheCardsLines()
    {
        var article = ParseText(OrgNotesFile);

        Assert.Equal("Harbour comfort scenes", article.Title);
        Assert.Equal(["Moonlit Harbour Story", "The Quiet Apartment", "Paper Lanterns of Jongno"], article.Items.Select(i => i.Drama.Title));
        Assert.Equal([2018, 2023, 2021], article.Items.Select(i => i.Drama.Year));
        Assert.Equal(7, article.Items[0].Episode);
        Assert.Contains(article.Items[0].Cast, c => c.Character == "Baek Do-hwan" && c.Actor == "Kang Min-jae");
        // The list item wrapped onto the next line keeps its quotation whole.
        Assert.Equal(["I was never waiting for the boat."], article.Items[0].Quotes);
    }

    [Fact]
    public void AMarkdownListWrittenWithStars_IsNoOrgFile()
    {
        List<string> lines = ["My picks", "* Moonlit Harbour Story", "* The Quiet Apartment", "* Paper Lanterns of Jongno"];

        Assert.Equal(lines, OrgNotes.Rewrite(lines));
    }

    private static string Cue(int n, string start, string end, string words) => $"{n}\n00:{start} --> 00:{end}\n{words}\n";

    private static readonly string PodcastCaptions = string.Join('\n',
        "WEBVTT",
        "Kind: captions",
        "Language: en",
        "",
        "NOTE",
        "Harbour Talk, Episode 12: \"Slow Love\"",
        "Transcript auto-generated. Timestamps may drift.",
        "",
        Cue(1, "00:00.000", "00:03.240", "<v Dani>Hi everyone, and welcome back."),
        Cue(2, "00:03.480", "00:06.720", "<v Hyejin>It is. Throwback week."),
        Cue(3, "00:06.960", "00:09.120", "<v Dani>Okay, first one. Crash Landing on You, 2019."),
        Cue(4, "00:09.360", "00:18.360", "<v Dani>Ri Jeong-hyeok waits at the end of the pier, and he says, \"I was never waiting for the boat.\""),
        Cue(5, "00:18.600", "00:22.200", "<v Hyejin>Stop it."),
        Cue(6, "00:22.440", "00:31.440", "<v Hyejin>My pick. Hometown Cha-Cha-Cha, 2021."),
        Cue(7, "00:31.680", "00:40.680", "<v.loud Hyejin>Hong Du-sik sits beside <i>Yoon Hye-jin</i> on the sea wall."),
        Cue(8, "00:40.920", "00:43.440", "<v Dani>Oh, the sea wall."),
        Cue(9, "00:43.680", "00:49.200", "<v Dani>Last one. Because This Is My First Life, 2017."),
        Cue(10, "00:49.440", "00:58.100", "<v Dani>Nam Se-hee finally tells Yoon Ji-ho the contract was never the point. Bye!"));

    [Fact]
    public void WebVttCaptionsWithVoices_AreReadAsTheTalk_TheNotesFirstLineAsTheTitle_ShortRepliesNoTitles()
    {
        var article = ParseText(PodcastCaptions);

        Assert.Equal("Harbour Talk, Episode 12: \"Slow Love\"", article.Title);
        Assert.Equal(["Crash Landing on You", "Hometown Cha-Cha-Cha", "Because This Is My First Life"], article.Items.Select(i => i.Drama.Title));
        Assert.Equal(["I was never waiting for the boat."], article.Items[0].Quotes);
    }

    [Fact]
    public void WebVttCaptions_LoseTheirHeaderTimingsAndTags()
    {
        var text = WebVttCaptions.Unpack(PodcastCaptions)!;

        Assert.DoesNotContain("-->", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<i>", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Kind: captions", text, StringComparison.Ordinal);
        Assert.Contains("[at 0:00:31] Hyejin: Hong Du-sik sits beside Yoon Hye-jin on the sea wall.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void WebVttCaptions_ReadTheirEscapedCharacters()
    {
        var text = WebVttCaptions.Unpack(string.Join('\n', "WEBVTT", "", Cue(1, "00:00.000", "00:03.240", "<v Dani>Sun&nbsp;&amp;&nbsp;Moon &lt;3")))!;

        Assert.Contains("Dani: Sun\u00A0&\u00A0Moon <3", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1\n00:00:00,000 --> 00:00:03,400\nHi everyone\n")]
    [InlineData("A note about WEBVTT files.")]
    public void TextThatIsNoWebVttFile_IsLeftAsItIs(string text) =>
        Assert.Null(WebVttCaptions.Unpack(text));

    private static readonly string OutlinerExport = string.Join('\n',
        "<?xml version=\"1.0\"?>",
        "<opml version=\"2.0\">",
        "  <head><ownerEmail>pod@example.org</ownerEmail></head>",
        "  <body>",
        "    <outline text=\"Harbour Talk ep 12 run sheet: the slow ones\" _note=\"Rec Thursday. Keep each pick under eight minutes.\">",
        "      <outline text=\"Intro + housekeeping\" />",
        "      <outline text=\"COUNTDOWN\">",
        "        <outline text=\"#4 Seaside Bakery Days – the flour fight\" _complete=\"true\" _note=\"CUT for time\">",
        "          <outline text=\"the flour fight in the closed bakery, when she finally laughs at him\" />",
        "        </outline>",
        "        <outline text=\"#3 Moonlit Harbour Story – the pier\">",
        "          <outline text=\"Kang Min-jae as Baek Do-hwan, Han Yu-ri as Yoo Seon-mi\" />",
        "          <outline text=\"line: &quot;I was never waiting for the boat.&quot;\" _note=\"Dani reads the line\" />",
        "        </outline>",
        "        <outline text=\"#2 &lt;b&gt;The Quiet Apartment&lt;/b&gt; – the flood night\">",
        "          <outline text=\"the two neighbours who only wrote notes on the wall open their doors at last\" />",
        "        </outline>",
        "        <outline text=\"#1 Paper Lanterns of Jongno – the bridge\">",
        "          <outline text=\"he lifts the lantern so she can finally see his face\" />",
        "        </outline>",
        "      </outline>",
        "      <outline text=\"Listener mail\" _note=\"Priya (Leeds) says the bakery one should have been first.\" />",
        "    </outline>",
        "  </body>",
        "</opml>");

    [Fact]
    public void AnOutlinersOpml_IsReadAsItsOutline_TheLoneTopNodeTheTitle_CompletedNodesHidden()
    {
        var article = ParseText(OutlinerExport);

        Assert.Equal("Harbour Talk ep 12 run sheet: the slow ones", article.Title);
        Assert.Equal(["Moonlit Harbour Story", "The Quiet Apartment", "Paper Lanterns of Jongno"], article.Items.Select(i => i.Drama.Title));
        Assert.Equal(["I was never waiting for the boat."], article.Items[0].Quotes);
        Assert.Contains(article.Items[0].Cast, c => c.Character == "Baek Do-hwan" && c.Actor == "Kang Min-jae");
        // The node after the countdown closes its last item: the listener's letter names no one in it.
        Assert.DoesNotContain(article.Items[^1].Cast, c => c.Character == "Priya");
    }

    [Fact]
    public void AnOutlinersOpml_IsNoHtmlPage() =>
        Assert.Null(ArticleDecoder.Decode(System.Text.Encoding.UTF8.GetBytes(OutlinerExport)).Error);

    private static readonly string BilingualCaptions = string.Join('\n',
        "<SAMI>",
        "<HEAD>",
        "<TITLE>Three Harbour Confessions</TITLE>",
        "<STYLE TYPE=\"text/css\"><!--",
        ".KRCC { Name:Korean; lang:ko-KR; SAMIType:CC; }",
        ".ENCC { Name:English; lang:en-US; SAMIType:CC; }",
        "--></STYLE>",
        "</HEAD>",
        "<BODY>",
        "<SYNC Start=0><P Class=KRCC>항구의 고백",
        "<SYNC Start=0><P Class=ENCC>(Narrator) Three confessions that came late.",
        "<SYNC Start=3000><P Class=ENCC>&nbsp;",
        "<SYNC Start=4000><P Class=KRCC><font color=\"#ffd700\">#3 달빛 항구 이야기 (2018)</font>",
        "<SYNC Start=4000><P Class=ENCC><font color=\"#ffd700\">#3 Moonlit Harbour Story (2018)</font><br>Kang Min-jae as Baek Do-hwan",
        "<SYNC Start=8000><P Class=ENCC>(Do-hwan) I was never waiting for the boat. I was waiting for you to come down the pier.",
        "<SYNC Start=12000><P Class=ENCC><font color=\"#ffd700\">#2 The Quiet Apartment (2023)</font><br>Choi Woo-jin as Min Tae-oh",
        "<SYNC Start=16000><P Class=ENCC>(Tae-oh) Every note on that wall was for you, even the ones about the recycling.",
        "<SYNC Start=20000><P Class=ENCC><font color=\"#ffd700\">#1 Paper Lanterns of Jongno (2021)</font><br>Park Ji-hoon as Do Gyeom",
        "<SYNC Start=24000><P Class=ENCC>(Do Gyeom) Look up. I lit this one for you, so you would finally see my face.",
        // The Korean track has more cues than the English one; the style sheet's language picks the English.
        "<SYNC Start=8000><P Class=KRCC>(도환) 난 배를 기다린 게 아니야.",
        "<SYNC Start=16000><P Class=KRCC>(태오) 그 벽의 쪽지는 다 너한테 쓴 거야.",
        "<SYNC Start=20000><P Class=KRCC>#1 종로의 종이등 (2021)",
        "<SYNC Start=24000><P Class=KRCC>(도겸) 위를 봐.",
        "<SYNC Start=26000><P Class=KRCC>(도겸) 널 위해 켰어.",
        "<SYNC Start=27000><P Class=KRCC>(해설) 세 번째 고백.",
        "<SYNC Start=28000><P Class=KRCC>(해설) 끝.",
        "<SYNC Start=29000><P Class=KRCC>(해설) 감사합니다.",
        "</BODY>",
        "</SAMI>");

    [Fact]
    public void SamiCaptions_AreReadInTheirEnglishClass_ACardACue_ASpeakersWordsSaid()
    {
        Assert.Null(ArticleDecoder.Decode(System.Text.Encoding.UTF8.GetBytes(BilingualCaptions)).Error);
        var article = ParseText(BilingualCaptions);

        Assert.Equal("Three Harbour Confessions", article.Title);
        Assert.Equal(["Moonlit Harbour Story", "The Quiet Apartment", "Paper Lanterns of Jongno"], article.Items.Select(i => i.Drama.Title));
        Assert.Equal([2018, 2023, 2021], article.Items.Select(i => i.Drama.Year));
        Assert.Equal(["I was never waiting for the boat. I was waiting for you to come down the pier."], article.Items[0].Quotes);
        Assert.Contains(article.Items[2].Cast, c => c.Character == "Do Gyeom" && c.Actor == "Park Ji-hoon");
    }

    private static readonly string VideoCaptions = string.Join('\n',
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
        "<tt xmlns=\"http://www.w3.org/ns/ttml\" xmlns:ttm=\"http://www.w3.org/ns/ttml#metadata\" xml:lang=\"en\">",
        "  <head>",
        "    <metadata>",
        "      <ttm:title>Three Harbour Confessions &amp; One Lantern</ttm:title>",
        "      <ttm:agent type=\"character\" xml:id=\"dohwan\"><ttm:name type=\"full\">Do-hwan</ttm:name></ttm:agent>",
        "    </metadata>",
        "    <styling><style xml:id=\"s1\"/></styling>",
        "  </head>",
        "  <body>",
        "    <div xml:lang=\"ko\">",
        "      <p begin=\"00:00:00.000\" end=\"00:00:03.000\">항구의 고백</p>",
        "      <p begin=\"00:00:04.000\" end=\"00:00:08.000\">달빛 항구 이야기</p>",
        "      <p begin=\"00:00:08.000\" end=\"00:00:10.000\">난 배를 기다린 게 아니야.</p>",
        "      <p begin=\"00:00:12.000\" end=\"00:00:14.000\">조용한 아파트</p>",
        "      <p begin=\"00:00:20.000\" end=\"00:00:22.000\">종로의 종이등</p>",
        "    </div>",
        "    <div xml:lang=\"en\">",
        "      <p begin=\"00:00:00.000\" end=\"00:00:03.000\">Three confessions that came late.</p>",
        "      <p begin=\"00:00:04.000\" end=\"00:00:08.000\"><span style=\"s1\">#3 Moonlit Harbour Story (2018)</span><br/>Kang Min-jae as Baek Do-hwan</p>",
        "      <p begin=\"00:00:08.000\" end=\"00:00:10.000\" ttm:agent=\"dohwan\">I was never waiting for the boat.</p>",
        "      <p begin=\"00:00:10.000\" end=\"00:00:12.000\">He waited at the end of the pier every evening, all summer long.</p>",
        "      <p begin=\"00:00:12.000\" end=\"00:00:16.000\">#2 The Quiet Apartment (2023)<br/>Choi Woo-jin as Min Tae-oh</p>",
        "      <p begin=\"00:00:16.000\" end=\"00:00:20.000\">Two neighbours who only talk through notes on the wall, until the night of the flood.</p>",
        "      <p begin=\"00:00:20.000\" end=\"00:00:24.000\">#1 Paper Lanterns of Jongno (2021)<br/>Park Ji-hoon as Do Gyeom</p>",
        "      <p begin=\"00:00:24.000\" end=\"00:00:28.000\">He lifts the lantern on the bridge so she can finally see his face.</p>",
        "    </div>",
        "  </body>",
        "</tt>");

    [Fact]
    public void TtmlCaptions_AreReadInEnglish_ACueAParagraph_ASpeakersWordsSaid()
    {
        Assert.Null(ArticleDecoder.Decode(System.Text.Encoding.UTF8.GetBytes(VideoCaptions)).Error);
        var text = PastedFormats.Normalise(VideoCaptions);
        var article = ParseText(VideoCaptions);

        Assert.Equal("Three Harbour Confessions & One Lantern", article.Title);
        Assert.DoesNotContain("항구", text, StringComparison.Ordinal);
        Assert.DoesNotContain("begin=", text, StringComparison.Ordinal);
        Assert.Equal(["Moonlit Harbour Story", "The Quiet Apartment", "Paper Lanterns of Jongno"], article.Items.Select(i => i.Drama.Title));
        Assert.Equal([2018, 2023, 2021], article.Items.Select(i => i.Drama.Year));
        Assert.Equal(["I was never waiting for the boat."], article.Items[0].Quotes);
        Assert.Contains(article.Items[2].Cast, c => c.Character == "Do Gyeom" && c.Actor == "Park Ji-hoon");
    }

    [Theory]
    [InlineData("<tt xmlns=\"http://www.w3.org/ns/ttml\"><body><div></div></body></tt>")]
    [InlineData("<tt xmlns=\"http://www.w3.org/ns/ttml\"><body><p>unclosed")]
    [InlineData("<tt:tt xmlns:tt=\"http://www.w3.org/ns/ttml\"><!DOCTYPE x [<!ENTITY a \"b\">]><tt:body><tt:p>&a;</tt:p></tt:body></tt:tt>")]
    public void TtmlWithNoCueToRead_IsLeftToTheOtherReaders(string text) => Assert.Null(TtmlCaptions.Unpack(text));

    [Fact]
    public void TtmlCaptionsInTwoEnglishVariants_AreOneLanguage()
    {
        var text = TtmlCaptions.Unpack(string.Join('\n',
            "<tt xmlns=\"http://www.w3.org/ns/ttml\" xml:lang=\"en\"><body>",
            "<div xml:lang=\"ko\"><p>항구</p><p>종이등</p><p>아파트</p></div>",
            "<div><p>First the pier.</p></div>",
            "<div xml:lang=\"en-US\"><p>Then the lantern.</p></div>",
            "</body></tt>"));

        Assert.Equal("First the pier.\n\nThen the lantern.", text);
    }

    [Fact]
    public void ATtmlCueOfTwoSpeakers_IsNoOnesAlone()
    {
        var text = TtmlCaptions.Unpack(string.Join('\n',
            "<tt xmlns=\"http://www.w3.org/ns/ttml\" xmlns:ttm=\"http://www.w3.org/ns/ttml#metadata\"><head><metadata>",
            "<ttm:agent xml:id=\"a\"><ttm:name>Do-hwan</ttm:name></ttm:agent><ttm:agent xml:id=\"b\"><ttm:name>Seo-ah</ttm:name></ttm:agent>",
            "</metadata></head><body><div>",
            "<p><span ttm:agent=\"a\">Wait.</span> <span ttm:agent=\"b\">For what?</span> <span>(waves crash)</span></p>",
            "<p ttm:agent=\"a b\">Together now.</p>",
            "<p><span ttm:agent=\"b\">I was never waiting for the boat.</span></p>",
            "</div></body></tt>"));

        Assert.Equal("Wait. For what? (waves crash)\n\nTogether now.\n\nSeo-ah: “I was never waiting for the boat.”", text);
    }

    private const string Tiddler = """
        created: 20240216093015123
        modified: 20240218214402887
        tags: K-drama [[Harbour nights]]
        title: Harbour scenes I keep rewatching
        type: text/vnd.tiddlywiki

        Running list for [[Harbour nights]]. ''Bold'' = confirmed, //italic// = still arguing.

        <<toc-selective-expandable "Harbour">>

        !! [[Moonlit Harbour|Moonlit Harbour Story]] (2018)
        * Who: Baek Do-hwan (Kang Min-jae) and Yoon Seo-ah (Han Yu-ri)
        * ''The moment: he waits at the end of the pier all summer''
        * Line: "I was never waiting for the boat."

        !! [[The Quiet Apartment]]
        * Who: Min Tae-oh (Choi Woo-jin) and Choi Mi-rae (Lee Da-in)
        * //The moment: the notes on the wall, then the flood night on the stairs//
        * @@color:red; bring tissues@@

        !! [[12 Lanterns of Jongno]] (2021)
        * Who: Do Gyeom (Park Ji-hoon) and Seo Ha-neul (Kim Na-ri)
        * ''The moment: he lifts the lantern on the bridge so she can see his face''

        <!-- cut: [[Harbour Zombies]], not romantic -->
        <$list filter="[tag[Harbour]]">
        <$link/><br>
        </$list>
        """;

    [Fact]
    public void ATiddlyWikiTiddler_IsReadAsTheWikiShowsIt_ItsTitleOverItsSections()
    {
        var text = PastedFormats.Normalise(Tiddler);
        var article = ParseText(Tiddler);

        Assert.Equal("Harbour scenes I keep rewatching", article.Title);
        Assert.DoesNotContain("created:", text, StringComparison.Ordinal);
        Assert.DoesNotContain("[[", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<<", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Harbour Zombies", text, StringComparison.Ordinal);
        Assert.Contains("Bold = confirmed, italic = still arguing.", text, StringComparison.Ordinal);
        Assert.Equal(["Moonlit Harbour (2018)", "The Quiet Apartment", "12 Lanterns of Jongno (2021)"], article.Items.Select(i => i.Heading));
        Assert.Equal([2018, null, 2021], article.Items.Select(i => i.Drama.Year));
        Assert.Equal(["I was never waiting for the boat."], article.Items[0].Quotes);
        Assert.Contains(article.Items[1].Cast, c => c.Character == "Min Tae-oh" && c.Actor == "Choi Woo-jin");
    }

    [Theory]
    [InlineData("title: Not a tiddler\nauthor: someone\n\nJust a note with a field-like first line.")]
    [InlineData("created: 20240216093015123\n\nNo title field.")]
    [InlineData("Where to watch: Netflix\nTitle: Goblin\n\nA card, not a tiddler.")]
    public void TextThatIsNoTiddler_IsLeftAsItIs(string text) => Assert.Null(TiddlyWikiTiddlers.Unpack(text));
}
