using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Html.Parser;
using KdramaMoments.Tests.Accounts;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Tests.Pages.Admin;

public sealed class ImportPageTests : FreshSiteTests
{
    private Task<(int Dramas, int Moments, int Articles, int Revisions)> CountsAsync() => Factory.WithDbAsync(async db =>
        (await db.Dramas.CountAsync(), await db.Moments.CountAsync(), await db.Articles.CountAsync(), await db.Revisions.CountAsync()));

    // Uploads a file to the import form's preview, as a browser's file input sends it, and returns the page answered.
    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> PreviewUploadAsync(HttpClient client, string name, string contentType, byte[] bytes)
    {
        var (_, token) = await EditorSession.GetFormAsync(client, "/admin/import");
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(file, "Upload", name);
        var response = await client.PostAsync("/admin/import?handler=Preview", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task PastedArticle_PreviewWritesNothingAndConfirmWritesItAll()
    {
        var client = await EditorSession.NewEditorClientAsync(Factory);
        var text = await File.ReadAllTextAsync(RepositoryPaths.Fixture("summer-no-style.txt"));
        var before = await CountsAsync();

        var (_, token) = await EditorSession.GetFormAsync(client, "/admin/import");
        var preview = await EditorSession.PostFormAsync(client, "/admin/import?handler=Preview", token, ("Input.Text", text), ("Input.FileName", "summer.txt"));
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var page = new HtmlParser().ParseDocument(await preview.Content.ReadAsStringAsync());
        Assert.Equal("Preview: nothing is saved yet", page.QuerySelector("#preview-heading")!.TextContent);
        var wouldCreate = page.QuerySelector(".import-counts dd")!.TextContent;
        Assert.Matches(@"^\d+ dramas, \d+ actors, \d+ characters, [1-9]\d* moments, \d+ tags$", wouldCreate);
        Assert.Equal(before, await CountsAsync());

        var confirm = page.QuerySelector("form[action*='handler=Confirm']")!;
        var confirmToken = confirm.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var saved = await EditorSession.PostFormAsync(client, "/admin/import?handler=Confirm", confirmToken,
            ("Input.Text", confirm.QuerySelector("textarea[name='Input.Text']")!.TextContent), ("Input.FileName", "summer.txt"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var after = await CountsAsync();
        Assert.Equal(before.Articles + 1, after.Articles);
        Assert.True(after.Moments > before.Moments);
        Assert.True(after.Revisions > before.Revisions);
        Assert.True(await Factory.WithDbAsync(db => db.Revisions.AnyAsync(r => r.Author == "editor@example.com")));
        Assert.StartsWith("Imported summer.txt", (await client.GetDocumentAsync("/admin/import")).QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await Factory.CreateClient().GetAsync("/articles")).StatusCode);
    }

    [Fact]
    public async Task UploadedCalendarExport_IsPreviewedWithAnItemPerEvent()
    {
        var client = await EditorSession.NewEditorClientAsync(Factory);
        var calendar = string.Join("\r\n",
            "BEGIN:VCALENDAR", "VERSION:2.0", "X-WR-CALNAME:Drama Club Fridays",
            "BEGIN:VEVENT", "SUMMARY:Drama Night: Moonlit Harbour Story (2018)",
            "DESCRIPTION:The ferry captain Han Seo-joon (Kang Min-jae) waits for Seo Yeon-woo (Yoon Da-hee): \"I waited all summer.\"", "END:VEVENT",
            "BEGIN:VEVENT", "SUMMARY:Drama Night: Paper Lanterns of Jongno (2021)",
            "DESCRIPTION:Do Gyeom (Park Ji-hoon) argues with Baek Ha-na (Lee Soo-ah) about permits: \"I only came back for you.\"", "END:VEVENT",
            "BEGIN:VEVENT", "SUMMARY:Drama Night: The Quiet Apartment (2023)",
            "DESCRIPTION:Min Tae-oh (Choi Woo-jin) answers Jang Bo-ra's (Gu Da-in) notes: \"You write better than you talk.\"", "END:VEVENT",
            "END:VCALENDAR");
        var before = await CountsAsync();

        var page = await PreviewUploadAsync(client, "drama-club.ics", "text/calendar", System.Text.Encoding.UTF8.GetBytes(calendar));

        Assert.Equal("Preview: nothing is saved yet", page.QuerySelector("#preview-heading")!.TextContent);
        Assert.Matches(@"^\d+ dramas, \d+ actors, \d+ characters, 3 moments, \d+ tags$", page.QuerySelector(".import-counts dd")!.TextContent);
        Assert.Equal(before, await CountsAsync());
    }

    // Exports an editor uploads as files: a browser's bookmarks (HTML by shape), Evernote's .enex (XML holding ENML), a
    // tracker app's database dump (.sql), a fan video's subtitle script (.ass) and a phone's SMS backup (.xml). Each holds
    // three moments of invented dramas.
    public static TheoryData<string, string> UploadedExports => new()
    {
        {
            "bookmarks.html", string.Join("\n",
                "<!DOCTYPE NETSCAPE-Bookmark-file-1>",
                "<TITLE>Bookmarks</TITLE>",
                "<H1>Proposal scenes</H1>",
                "<DL><p>",
                "    <DT><A HREF=\"https://example.org/v/1\">Moonlit Harbour Story (2018) – the pier proposal</A>",
                "    <DD>Moonlit Harbour Story (2018). Han Seo-joon (Kang Min-jae) kneels on the pier and says \"I waited all summer.\" Use the version with the waves.",
                "    <DT><A HREF=\"https://example.org/v/2\">Paper Lanterns of Jongno (2021) – the lantern shop</A>",
                "    <DD>Paper Lanterns of Jongno (2021). Do Gyeom (Park Ji-hoon) holds up a lantern for Baek Ha-na (Lee Soo-ah): \"I only came back for you.\"",
                "    <DT><A HREF=\"https://example.org/v/3\">The Quiet Apartment (2023) – the umbrella</A>",
                "    <DD>The Quiet Apartment (2023). Jang Bo-ra (Gu Da-in) asks Min Tae-oh (Choi Woo-jin) first, under the umbrella: \"You write better than you talk.\"",
                "</DL><p>")
        },
        {
            "club.enex", string.Join("\n",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                "<!DOCTYPE en-export SYSTEM \"http://xml.evernote.com/pub/evernote-export4.dtd\">",
                "<en-export application=\"Evernote\">",
                "<note><title>Club night shortlist</title><content><![CDATA[<en-note>",
                "<div><en-todo checked=\"true\"/>Moonlit Harbour Story (2018) – the pier</div>",
                "<div>He waits at the end of the pier every evening all summer and never once says why he is there.</div>",
                "<div><en-todo/>Paper Lanterns of Jongno (2021) – the bridge</div>",
                "<div>He holds the lantern up on the bridge so she can finally see his face, and the whole town watches.</div>",
                "<div><en-todo/>The Quiet Apartment (2023) – the flood</div>",
                "<div>Two neighbours only talk through notes on the wall, until the night of the flood when she knocks.</div>",
                "</en-note>]]></content></note>",
                "</en-export>")
        },
        {
            "tracker.sql", string.Join("\n",
                "CREATE TABLE dramas (id INTEGER PRIMARY KEY, title TEXT, year INTEGER);",
                "INSERT INTO dramas VALUES(1,'Moonlit Harbour Story',2018);",
                "INSERT INTO dramas VALUES(2,'Paper Lanterns of Jongno',2021);",
                "INSERT INTO dramas VALUES(3,'The Quiet Apartment',2023);",
                "CREATE TABLE moments (id INTEGER PRIMARY KEY, drama_id INTEGER REFERENCES dramas(id), label TEXT, note TEXT);",
                "INSERT INTO moments VALUES(1,1,'the pier','he waits all summer and never says why');",
                "INSERT INTO moments VALUES(2,2,'the bridge','the lantern held up so she can see his face');",
                "INSERT INTO moments VALUES(3,3,'the flood','she knocks on his door with a spare umbrella');")
        },
        {
            "countdown.ass", string.Join("\n",
                "[Script Info]",
                "Title: Three Harbour Romances",
                "ScriptType: v4.00+",
                "",
                "[Events]",
                "Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text",
                "Dialogue: 0,0:00:01.00,0:00:04.00,Narration,me,0,0,0,,Three harbour romances, counted down.",
                "Dialogue: 0,0:00:05.00,0:00:08.00,TitleCard,,0,0,0,,{\\fad(200,200)}#3 · Moonlit Harbour Story (2018)",
                "Dialogue: 0,0:00:08.10,0:00:12.00,Narration,me,0,0,0,,He waits at the end of the pier every evening, all summer long.",
                "Dialogue: 0,0:00:13.00,0:00:16.00,TitleCard,,0,0,0,,{\\fad(200,200)}#2 · The Quiet Apartment (2023)",
                "Dialogue: 0,0:00:16.10,0:00:20.00,Narration,me,0,0,0,,Two neighbours who only talk through notes on the wall, until the flood.",
                "Dialogue: 0,0:00:21.00,0:00:24.00,TitleCard,,0,0,0,,{\\fad(200,200)}#1 · Paper Lanterns of Jongno (2021)",
                "Dialogue: 0,0:00:24.10,0:00:28.00,Narration,me,0,0,0,,He lifts the lantern on the bridge so she can finally see his face.")
        },
        {
            "sms-20240218.xml", string.Join("\n",
                "<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>",
                "<smses count=\"4\">",
                "  <sms date=\"1707901121000\" type=\"2\" body=\"ok we each pick a scene for saturday. go\" contact_name=\"Jess\" />",
                "  <sms date=\"1707901615000\" type=\"1\" body=\"Pick 1: Moonlit Harbour Story (2018). he waits at the end of the pier all summer\" contact_name=\"Jess\" />",
                "  <sms date=\"1707901924000\" type=\"2\" body=\"mine: The Quiet Apartment (2023). the notes on the wall and the flood night\" contact_name=\"Jess\" />",
                "  <sms date=\"1707902100000\" type=\"1\" body=\"Pick 2: Paper Lanterns of Jongno (2021). the lantern on the bridge\" contact_name=\"Jess\" />",
                "</smses>")
        },
        {
            "scenes.org", string.Join("\n",
                "#+TITLE: Harbour comfort scenes",
                "#+TODO: TODO REWATCH | DONE",
                "* Scenes",
                "** DONE Moonlit Harbour Story (2018)      :swoon:",
                "   :PROPERTIES:",
                "   :EPISODE:  7",
                "   :END:",
                "   - he waits at the end of the pier every evening, all summer long, and never once says why",
                "** REWATCH The Quiet Apartment (2023)",
                "   - two neighbours who only talk through notes on the wall, until the night of the flood",
                "** TODO Paper Lanterns of Jongno (2021)",
                "   - he lifts the lantern on the bridge so she can finally see his face, and the town goes quiet")
        },
        {
            "irc.libera.#harbour.weechatlog", string.Join("\n",
                "2024-02-09 20:57:41\t-->\thanbyul (~hanbyul@user/hanbyul) has joined #harbour",
                "2024-02-09 21:00:48\t@moonbee\tMoonlit Harbour Story (2018), the pier. he waits there every evening all summer",
                "2024-02-09 21:01:30\tjun_ssi\tLMAO the raincoat",
                "2024-02-09 21:02:31\tjun_ssi\tok mine: The Quiet Apartment (2023), the notes on the wall and the flood night",
                "2024-02-09 21:03:20\t+hanbyul\tPaper Lanterns of Jongno (2021). the lantern on the bridge")
        },
        {
            "confessions.smi", string.Join("\n",
                "<SAMI><HEAD><TITLE>Three Harbour Confessions</TITLE></HEAD><BODY>",
                "<SYNC Start=0><P Class=ENCC>#3 Moonlit Harbour Story (2018)",
                "<SYNC Start=4000><P Class=ENCC>(Do-hwan) I was never waiting for the boat, he tells her at the end of the pier.",
                "<SYNC Start=8000><P Class=ENCC>#2 The Quiet Apartment (2023)",
                "<SYNC Start=12000><P Class=ENCC>(Tae-oh) Every note on that wall was for you, he says on the stairs in the flood.",
                "<SYNC Start=16000><P Class=ENCC>#1 Paper Lanterns of Jongno (2021)",
                "<SYNC Start=20000><P Class=ENCC>(Do Gyeom) Look up, I lit this one for you, he says with the lantern on the bridge.",
                "</BODY></SAMI>")
        },
        {
            "runsheet.opml", string.Join("\n",
                "<?xml version=\"1.0\"?>",
                "<opml version=\"2.0\"><head><ownerEmail>pod@example.org</ownerEmail></head><body>",
                "<outline text=\"Harbour Talk run sheet\">",
                "  <outline text=\"#3 Moonlit Harbour Story (2018)\"><outline text=\"he waits at the end of the pier every evening, all summer long\" /></outline>",
                "  <outline text=\"#2 The Quiet Apartment (2023)\"><outline text=\"two neighbours who only talk through notes on the wall, until the flood\" /></outline>",
                "  <outline text=\"#1 Paper Lanterns of Jongno (2021)\"><outline text=\"he lifts the lantern on the bridge so she can finally see his face\" /></outline>",
                "</outline></body></opml>")
        },
        {
            "confessions.ttml", string.Join("\n",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                "<tt xmlns=\"http://www.w3.org/ns/ttml\" xmlns:ttm=\"http://www.w3.org/ns/ttml#metadata\" xml:lang=\"en\">",
                "<head><metadata><ttm:title>Three Harbour Confessions</ttm:title></metadata></head><body><div>",
                "<p begin=\"00:00:00.000\" end=\"00:00:04.000\">#3 Moonlit Harbour Story (2018)</p>",
                "<p begin=\"00:00:04.000\" end=\"00:00:08.000\">He waits at the end of the pier every evening,<br/>all summer long, until she walks out to him.</p>",
                "<p begin=\"00:00:08.000\" end=\"00:00:12.000\">#2 The Quiet Apartment (2023)</p>",
                "<p begin=\"00:00:12.000\" end=\"00:00:16.000\">Two neighbours who only talk through notes on the wall,<br/>until the night of the flood.</p>",
                "<p begin=\"00:00:16.000\" end=\"00:00:20.000\">#1 Paper Lanterns of Jongno (2021)</p>",
                "<p begin=\"00:00:20.000\" end=\"00:00:24.000\">He lifts the lantern on the bridge<br/>so she can finally see his face.</p>",
                "</div></body></tt>")
        },
        {
            "harbour.tid", string.Join("\n",
                "created: 20240216093015123",
                "title: Harbour scenes",
                "type: text/vnd.tiddlywiki",
                "",
                "!! [[Moonlit Harbour Story]] (2018)",
                "* ''he waits at the end of the pier every evening, all summer long''",
                "!! [[The Quiet Apartment]] (2023)",
                "* //two neighbours who only talk through notes on the wall, until the flood//",
                "!! [[Paper Lanterns of Jongno]] (2021)",
                "* he lifts the lantern on the bridge so she can finally see his face")
        },
        {
            "harbour-scenes.wiki", string.Join("\n",
                "{{Infobox list | name = Harbour scenes }}",
                "The '''harbour scenes''' the club rewatches.<ref>Voted in 2024.</ref><br />",
                "== Moonlit Harbour Story ==",
                "In ''[[Moonlit Harbour Story]]'' (2018) he waits at the end of the pier every evening, all summer long.",
                "== The Quiet Apartment ==",
                "In [[The Quiet Apartment (TV series)|The Quiet Apartment]] (2023) two neighbours talk only through notes on the wall.",
                "== Paper Lanterns of Jongno ==",
                "<div class=\"quote\">In '''Paper Lanterns of Jongno''' (2021) he lifts the lantern so she can finally see his face.</div>")
        },
        {
            "harbour-scenes.bib", string.Join("\n",
                "@video{moonlit_2018,",
                "\ttitle = {Moonlit Harbour Story},",
                "\tdate = {2018-05-02},",
                "\tannotation = {He waits at the end of the pier every evening, all summer long: \\enquote{I was never waiting for the boat.}},",
                "}",
                "@video{quiet_2023,",
                "\ttitle = {The Quiet Apartment},",
                "\tdate = {2023},",
                "\tannotation = {Two neighbours talk only through notes on the wall, until the night of the flood.},",
                "}",
                "@video{lanterns_2021,",
                "\ttitle = {Paper Lanterns of Jongno},",
                "\tyear = {2021},",
                "\tnote = {He lifts the lantern on the bridge so she can finally see his face.},",
                "}")
        },
        {
            "harbour-hugs.sub", string.Join("\n",
                "{1}{1}23.976",
                "{24}{108}{y:b}THREE HARBOUR HUGS",
                "{432}{503}{y:b}#3 — MOONLIT HARBOUR STORY (2018)",
                "{506}{599}He waits at the end of the pier every evening,|and on the last one she walks back down it to him.",
                "{959}{1031}{y:b}#2 — THE QUIET APARTMENT (2023)",
                "{1033}{1127}Two neighbours who only ever talked through notes on the wall|finally open the door on the night of the flood.",
                "{1487}{1558}{y:b}#1 — PAPER LANTERNS OF JONGNO (2021)",
                "{1561}{1654}He lifts the lantern on the bridge so she can finally see his face,|and the whole bridge goes quiet.")
        },
        {
            "harbour-notebook.ipynb", """
                { "cells": [
                  { "cell_type": "markdown", "metadata": {}, "source": ["# Harbour scenes, by their subtitles"] },
                  { "cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": ["hits.groupby('title').size()"] },
                  { "cell_type": "markdown", "metadata": {}, "source": ["### 1. Moonlit Harbour Story (2018)\n", "\n", "He waits at the end of the pier every evening, all summer long, until she comes back."] },
                  { "cell_type": "markdown", "metadata": {}, "source": ["### 2. The Quiet Apartment (2023)\n", "\n", "Two neighbours talk only through notes on the wall, until the night of the flood."] },
                  { "cell_type": "markdown", "metadata": {}, "source": ["### 3. Paper Lanterns of Jongno (2021)\n", "\n", "He lifts the lantern on the bridge so she can finally see his face."] }
                ], "metadata": {}, "nbformat": 4, "nbformat_minor": 5 }
                """
        },
    };

    [Theory]
    [MemberData(nameof(UploadedExports))]
    public async Task UploadedExport_IsPreviewedWithAMomentPerEntry_AndNothingIsWritten(string fileName, string content)
    {
        var client = await EditorSession.NewEditorClientAsync(Factory);
        var before = await CountsAsync();

        var page = await PreviewUploadAsync(client, fileName, "application/octet-stream", System.Text.Encoding.UTF8.GetBytes(content));

        Assert.Equal("Preview: nothing is saved yet", page.QuerySelector("#preview-heading")!.TextContent);
        Assert.Matches(@"^\d+ dramas, \d+ actors, \d+ characters, 3 moments, \d+ tags$", page.QuerySelector(".import-counts dd")!.TextContent);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task UploadedFile_BadOrTooLarge_ExplainsWhichFileAndWhyAndWritesNothing()
    {
        var client = await EditorSession.NewEditorClientAsync(Factory);
        var before = await CountsAsync();

        async Task<string> UploadAsync(string name, byte[] bytes) =>
            string.Join(" ", (await PreviewUploadAsync(client, name, "text/plain", bytes)).QuerySelectorAll(".form-error").Select(e => e.TextContent.Trim()));

        Assert.Contains("page.txt", await UploadAsync("page.txt", "<!DOCTYPE html><html><body><p>Not an article</p></body></html>"u8.ToArray()), StringComparison.Ordinal);
        Assert.Contains("HTML", await UploadAsync("page.txt", "<!DOCTYPE html><html><body><p>Not an article</p></body></html>"u8.ToArray()), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("HTML page", await UploadAsync("saved-page.html", "<!DOCTYPE html><html><body><p>Not an article</p></body></html>"u8.ToArray()), StringComparison.Ordinal);
        Assert.Contains("big.txt is 600 KB; the limit is 512 KB", await UploadAsync("big.txt", new byte[600 * 1024]), StringComparison.Ordinal);
        Assert.Contains("article.docx: only text files (.txt, .md, .csv", await UploadAsync("article.docx", "1. Goblin"u8.ToArray()), StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync());
    }
}
