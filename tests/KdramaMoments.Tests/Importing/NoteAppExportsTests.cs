using KdramaMoments.Web.Importing;
using static KdramaMoments.Tests.Importing.ArticleBlocks;

namespace KdramaMoments.Tests.Importing;

/// <summary>
/// The twenty-second blind set's note apps' exports: Evernote's .enex file (a note's body as ENML inside CDATA, boxes
/// ticked or not) and an outliner's JSON export (Roam: pages of nested blocks with headings and attributes). The dramas
/// are invented, so only the exports' shapes can make these pass.
/// </summary>
public sealed class NoteAppExportsTests
{
    private static readonly string EvernoteExport = string.Join('\n',
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
        "<!DOCTYPE en-export SYSTEM \"http://xml.evernote.com/pub/evernote-export4.dtd\">",
        "<en-export export-date=\"20240222T193407Z\" application=\"Evernote\" version=\"10.72.3\">",
        "  <note>",
        "    <title>club night — scenes where someone waits</title>",
        "    <created>20240211T091522Z</created>",
        "    <tag>club</tag>",
        "    <content><![CDATA[<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>",
        "<!DOCTYPE en-note SYSTEM \"http://xml.evernote.com/pub/enml2.dtd\">",
        "<en-note><div>Saturday at mine, bring snacks. Everyone brings three clips, five minutes each.</div><div><br/></div>",
        "<div><en-todo checked=\"true\"/>Paper Lanterns of Jongno (2021) – Do Gyeom / Seo Ha-neul</div>",
        "<div>Kang Tae-won as Do Gyeom. He holds the lantern up on the bridge so she can finally see his face, and says \"Look at me, not the lights.\"</div><div><br/></div>",
        "<div><en-todo checked=\"false\"/>Moonlit Harbour Story (2018) – the pier</div>",
        "<div>He waits at the end of the pier every evening all summer and never once says why he is there &amp; she knows.</div><div><br/></div>",
        "<div><en-todo/>The Quiet Apartment (2023) – the flood</div>",
        "<div>Two neighbours who only talk through notes on the wall, until the night of the flood when she knocks on his door.</div>",
        "</en-note>]]></content>",
        "  </note>",
        "</en-export>");

    [Fact]
    public void AnEvernoteExport_IsNotRefusedAsAWebPage_AndItsNoteIsReadUnderItsTitle()
    {
        var decoded = ArticleDecoder.Decode(System.Text.Encoding.UTF8.GetBytes(EvernoteExport));
        Assert.Null(decoded.Error);

        var article = ParseText(decoded.Text!);

        Assert.Equal("club night — scenes where someone waits", article.Title);
        Assert.Equal(["Paper Lanterns of Jongno", "Moonlit Harbour Story", "The Quiet Apartment"], article.Items.Select(i => i.Drama.Title));
        Assert.Equal(["Look at me, not the lights."], article.Items[0].Quotes);
        Assert.Contains("& she knows", article.Items[1].Excerpt);
        Assert.DoesNotContain("en-todo", string.Concat(article.Items.Select(i => i.Heading + i.Excerpt)));
    }

    [Fact]
    public void AnOutlinersJsonExport_IsReadAsItsPage_HeadingBlocksOverTheirAttributes()
    {
        const string Export = """
            [{"title":"Podcast prep — one-line confessions","create-time":1707563400000,"children":[
              {"string":"format: three one-line confessions each","uid":"a1"},
              {"string":"My picks","uid":"a2","heading":2,"children":[
                {"string":"[[Paper Lanterns of Jongno]] (2021)","uid":"b1","heading":3,"children":[
                  {"string":"cast:: Do Gyeom (Kang Tae-won), Seo Ha-neul (Lee Min-seo)","uid":"c1"},
                  {"string":"line:: “Look at me, not the lights.”","uid":"c2"},
                  {"string":"talking point: he holds the lantern up on the bridge so she can finally see his face, and the whole town watches them","uid":"c3"}]},
                {"string":"[[Moonlit Harbour Story]] (2018)","uid":"b2","heading":3,"children":[
                  {"string":"cast:: Han Seo-joon (Park Ji-hoon), Yoo Na-rae (Choi Soo-bin)","uid":"c4"},
                  {"string":"ep:: 12","uid":"c5"},
                  {"string":"talking point: he waits at the end of the pier every evening all summer long and never once says why he is there","uid":"c6"}]},
                {"string":"[[The Quiet Apartment]] (2023)","uid":"b3","heading":3,"children":[
                  {"string":"cast:: Min Tae-oh (Choi Woo-jin), Jang Bo-ra (Gu Da-in)","uid":"c7"},
                  {"string":"talking point: two neighbours only ever talk through notes taped to the wall, until the night of the flood changes that","uid":"c8"}]}]}]},
             {"title":"February 12th, 2024","children":[{"string":"recorded, edit on Tuesday","uid":"d1"}]}]
            """;

        var article = ParseText(Export);

        Assert.Equal("Podcast prep — one-line confessions", article.Title);
        Assert.Equal(["Paper Lanterns of Jongno", "Moonlit Harbour Story", "The Quiet Apartment"], article.Items.Select(i => i.Drama.Title));
        Assert.Equal([2021, 2018, 2023], article.Items.Select(i => i.Drama.Year));
        Assert.Equal(12, article.Items[1].Episode);
        // Paired from the cast attribute (which side is the actor, for names no list knows, is the cast reader's guess).
        Assert.Contains(article.Items[2].Cast, c => new[] { c.Character, c.Actor }.Order().SequenceEqual(["Gu Da-in", "Jang Bo-ra"]));
        Assert.Equal(["Look at me, not the lights."], article.Items[0].Quotes);
        Assert.DoesNotContain("uid", string.Concat(article.Items.Select(i => i.Excerpt)));
    }

    [Fact]
    public void AnEvernoteExportOfSeveralNotes_IsAnEntryPerNoteUnderItsTitle()
    {
        var export = string.Join('\n',
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "<en-export>",
            "<note><title>Paper Lanterns of Jongno (2021)</title><content><![CDATA[<en-note><div>The bridge, the lantern.</div></en-note>]]></content></note>",
            "<note><title>Moonlit Harbour Story (2018)</title><content><![CDATA[<en-note><div>The pier in August.</div></en-note>]]></content></note>",
            "</en-export>");

        var unpacked = EvernoteExports.Unpack(export)!;

        Assert.Contains("Entry 1: Paper Lanterns of Jongno (2021)\nThe bridge, the lantern.", unpacked, StringComparison.Ordinal);
        Assert.Contains("Entry 2: Moonlit Harbour Story (2018)\nThe pier in August.", unpacked, StringComparison.Ordinal);
    }

    [Fact]
    public void JsonThatIsNoOutlinersPages_IsLeftToTheOtherReaders()
    {
        Assert.Null(OutlinerJson.Unpack("""[{"title":"a"},{"title":"b","children":[]}]"""));
        Assert.Null(OutlinerJson.Unpack("""{"title":"a","children":[{"string":"x"}]}"""));
        Assert.Null(EvernoteExports.Unpack("<html><body><div>not an export</div></body></html>"));
    }
}
