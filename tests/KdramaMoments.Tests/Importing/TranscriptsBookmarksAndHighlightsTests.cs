using System.Text;
using KdramaMoments.Web.Importing;
using static KdramaMoments.Tests.Importing.ArticleBlocks;

namespace KdramaMoments.Tests.Importing;

/// <summary>
/// The twenty-first blind set's shapes: a meeting's transcript (speaker and time over each turn), a browser's bookmark
/// export, a reading app's highlights; and on web pages, a related-stories box between items, long sentence-case
/// sub-headings, a byline repeated over the author's box, an aside closing a heading, a preposition before a dated title,
/// a video's tags in a heading. The dramas are invented, so only the shapes can make these pass.
/// </summary>
public sealed class TranscriptsBookmarksAndHighlightsTests
{
    private static readonly string Transcript = string.Join('\n',
        "Drama Club – March meetup",
        "Thu, Mar 13, 2025 7:32PM • 38:52",
        "",
        "SUMMARY KEYWORDS",
        "lantern, harbour, umbrella, vote",
        "",
        "SPEAKERS",
        "Jess Tan, Priya, Marco",
        "",
        "Jess Tan  00:04",
        "Okay, is it recording? Welcome back everyone. One nomination each, then we vote.",
        "",
        "Priya  00:31",
        "Okay so. Paper Lanterns of Jongno (2021), obviously. Do Gyeom holds the lantern up so she can see his face and takes her hand.",
        "",
        "Marco  01:12",
        "Candle.",
        "",
        "Jess Tan  01:15",
        "Bold. Okay, Marco, go.",
        "",
        "Marco  02:40",
        "Mine is Moonlit Harbour Story (2018). Han Seo-joon waits at the pier all summer and never says why.",
        "",
        "Priya  03:02",
        "Oh my God.",
        "",
        "Jess Tan  03:30",
        "Then mine, The Quiet Apartment (2023). Jang Bo-ra knocks on his door after the flood with a spare umbrella.",
        "",
        "Marco  04:10",
        "Buses are romantic, Priya.",
        "",
        "Priya  05:02",
        "My second one is Winter Letters (2016). He reads her letter out loud on the last bus home and she pretends to sleep.",
        "",
        "Transcribed by https://otter.ai");

    [Fact]
    public void ASpeakerTranscript_EachTurnNamingADramaOpensAMoment_RepliesAndTheAppsListsOpenNone()
    {
        var article = ParseText(Transcript);

        Assert.Equal(["Paper Lanterns of Jongno", "Moonlit Harbour Story", "The Quiet Apartment", "Winter Letters"], article.Items.Select(i => i.Drama.Title));
        Assert.Equal("Drama Club – March meetup", article.Title);
        // The app's keyword list and credit are nobody's words; the one-word replies are no titles.
        Assert.DoesNotContain(article.Items, i => i.Excerpt.Contains("SPEAKERS", StringComparison.Ordinal) || i.Excerpt.Contains("otter.ai", StringComparison.Ordinal));
    }

    [Fact]
    public void SpeakerLinesWhoseTimesGoBack_AreNoTranscript()
    {
        // A list of clips with their lengths is no recording: its times do not run forward.
        var lines = new List<string> { "Jess Tan  03:40", "first", "", "Priya  01:10", "second", "", "Marco  02:00", "third", "", "Jess Tan  00:30", "fourth", "", "Priya  04:00", "fifth" };

        Assert.Equal(lines, SpeakerTranscripts.Rewrite(lines));
    }

    [Fact]
    public void CountedPartsWithTheirTimes_AreNoSpeakers()
    {
        // A video's parts listed with the time each starts run forward like a recording, but no one is speaking.
        var lines = new List<string> { "Episode 1  00:40", "the meeting", "", "Episode 2  03:10", "the rain", "", "Episode 3  07:55", "the bus", "", "Episode 4  12:30", "the rooftop", "", "Part 5  15:00", "the end" };

        Assert.Equal(lines, SpeakerTranscripts.Rewrite(lines));
    }

    private static readonly string Bookmarks = string.Join('\n',
        "<!DOCTYPE NETSCAPE-Bookmark-file-1>",
        "<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=UTF-8\">",
        "<TITLE>Bookmarks</TITLE>",
        "<H1>Proposal scenes for the party</H1>",
        "<DL><p>",
        "    <DT><H3 ADD_DATE=\"1698840112\">slideshow</H3>",
        "    <DL><p>",
        "        <DT><A HREF=\"https://example.org/draft\" ADD_DATE=\"1698840250\">Party slideshow draft – Canva</A>",
        "        <DD>The actual slideshow. Max eight clips, each under forty seconds, funny ones first and crying ones last.",
        "        <DT><A HREF=\"https://example.org/v/1\" ADD_DATE=\"1698840301\" TAGS=\"proposal\">[ENG SUB] Paper Lanterns of Jongno EP.16 | Do Gyeom proposes</A>",
        "        <DD>Paper Lanterns of Jongno (2021). Do Gyeom kneels in the lantern shop and says “Will you stay this time?” and the whole room will cry. Sam asked for this one so it has to go in.",
        "        <DT><A HREF=\"https://example.org/v/2\" ADD_DATE=\"1698840622\">Moonlit Harbour Story Final Episode (ENG)</A>",
        "        <DD>Moonlit Harbour Story (2018). Han Seo-joon proposes at the pier where they first met. Use the version with the wave sounds, not the one with the song over it.",
        "        <DT><A HREF=\"https://example.org/v/3\" ADD_DATE=\"1698841250\">The Quiet Apartment EP.12 | the umbrella proposal</A>",
        "        <DD>The Quiet Apartment (2023). Jang Bo-ra asks him first, under the umbrella, in the rain. Ending the slideshow on this one because everyone will be crying anyway.",
        "        <DT><A HREF=\"https://example.org/ring\" ADD_DATE=\"1702552801\">Dainty Ring – 14k Gold</A>",
        "        <DD>Not for the slideshow. For me, in case anyone asks what I want for my birthday this year.",
        "    </DL><p>",
        "</DL><p>");

    [Fact]
    public void ABookmarkExport_IsReadNotRefused_EachSceneBookmarkAMoment()
    {
        var decoded = ArticleDecoder.Decode(Encoding.UTF8.GetBytes(Bookmarks));
        Assert.Null(decoded.Error);

        var article = ParseText(decoded.Text!);

        Assert.Equal("Proposal scenes for the party", article.Title);
        Assert.Equal(["Paper Lanterns of Jongno", "Moonlit Harbour Story", "The Quiet Apartment"], article.Items.Select(i => i.Drama.Title));
        Assert.Contains("Will you stay this time?", article.Items[0].Quotes);
        // "(ENG)" after the episode is the video's subtitle tag, not an actor.
        Assert.DoesNotContain(article.Items.SelectMany(i => i.Cast), c => c.Actor == "ENG");
    }

    [Fact]
    public void AnOrdinaryHtmlPage_IsStillRefused()
    {
        var page = "<!DOCTYPE html>\n<html><body><h1>Best scenes</h1><p>One</p><p>Two</p></body></html>";

        Assert.Contains("HTML page", ArticleDecoder.Decode(Encoding.UTF8.GetBytes(page)).Error, StringComparison.Ordinal);
    }

    private static readonly string Highlights = string.Join('\n',
        "# The Almost-Kiss Is the Whole Point",
        "",
        "![rw-book-cover](https://example.org/cover.jpg)",
        "",
        "## Metadata",
        "- Author: [[Mina Cho]]",
        "- Full Title: The Almost-Kiss Is the Whole Point",
        "- Category: #articles",
        "",
        "## Highlights",
        "- Every great drama has one: the scene where two faces get close and then, infuriatingly, don't. ([View Highlight](https://read.example.org/1))",
        "    - Note: this is my whole personality",
        "- Paper Lanterns of Jongno (2021) sends Do Gyeom back to the lantern shop, where he leans in and stops. ([View Highlight](https://read.example.org/2))",
        "    - Note: the lantern light!!",
        "    - Tags: [[favorite]]",
        "- Moonlit Harbour Story (2018) ends its best almost-kiss on the pier, with Han Seo-joon asking “Why did you wait?” ([View Highlight](https://read.example.org/3))",
        "    - Note: i am not okay",
        "- The Quiet Apartment (2023) keeps Jang Bo-ra and Min Tae-oh a door apart for six episodes before the flood. ([View Highlight](https://read.example.org/4))",
        "    - Note: rewatch before the trip");

    [Fact]
    public void AHighlightsExport_ReadsAsParagraphs_NotesAndMetadataOpenNoItem()
    {
        var article = ParseText(Highlights);

        Assert.Equal("The Almost-Kiss Is the Whole Point", article.Title);
        Assert.Equal(["Paper Lanterns of Jongno", "Moonlit Harbour Story", "The Quiet Apartment"], article.Items.Select(i => i.Drama.Title));
        Assert.DoesNotContain(article.Items, i => i.Heading.StartsWith("Note", StringComparison.Ordinal) || i.Heading.StartsWith("Author", StringComparison.Ordinal));
        Assert.DoesNotContain(article.Items, i => i.Excerpt.Contains("View Highlight", StringComparison.Ordinal));
    }

    [Fact]
    public void ARelatedStoriesBoxBetweenItems_DoesNotEndTheArticle_AndLongSentenceCaseSubheadingsAreItems()
    {
        var article = Parse(
            "6 Scenes That Gave Us Heart Flutters",
            "Real talk: is there anything better than a scene that makes you scream into your pillow at 1 a.m.? We think not. Here are our favourites.",
            "RELATED STORIES\n10 Characters Who Are The Ultimate Study Buddy Goals\nHere's What Your Fave Couple Says About You",
            "When he admitted he knows nothing about art—but everything about her",
            "In Paper Lanterns of Jongno (2021), Do Gyeom is the heir to a lantern shop who knows nothing about paintings, and he says so.",
            "When he sang the song she'd been singing alone for 15 years",
            "Moonlit Harbour Story (2018) is literally about a girl who waits at a pier for fifteen years, and he finally remembers her song.",
            "RELATED STORIES\nThe Best Roles Of The Decade, Ranked\n8 Times Heroines Were Our Fashion Peg",
            "When he brought her to the rooftop and just listened",
            "The Quiet Apartment (2023) isn't your typical rom-com, but the quiet moments between Jang Bo-ra and Min Tae-oh are perfect.",
            "Which moment gives YOU the most flutters? Tell us in the comments below!");

        Assert.Equal(["Paper Lanterns of Jongno", "Moonlit Harbour Story", "The Quiet Apartment"], article.Items.Select(i => i.Drama.Title));
        Assert.Equal("When he admitted he knows nothing about art—but everything about her", article.Items[0].Heading);
    }

    [Fact]
    public void ABylineRepeatedOverTheAuthorsBox_IsNoItem_AndAnAsideClosingAHeadingKeepsItInTheList()
    {
        var article = Parse(
            "The Couples Who Raised My Standards",
            "Jada Williams\nHampton U '26",
            "Let me set the scene: it's finals week, and instead of studying I am on episode 14 of a drama my roommate swore was just okay. It was not.",
            "Do Gyeom and Baek Ha-na",
            "Paper Lanterns of Jongno (2021) is the reason I started watching older dramas, and the lantern scene is why I stayed up until three.",
            "Han Seo-joon and Seo Yeon-woo (yes, really)",
            "I know the comments will come for me. Moonlit Harbour Story (2018) is chaotic, but the pier scene is the best thing in it by far.",
            "Jang Bo-ra and Min Tae-oh",
            "The most adult entry on this list. The Quiet Apartment (2023) came out quietly, and the umbrella scene is the most grown-up kind of romantic.",
            "Kang Ji-an and Yoo Ha-neul",
            "A palate cleanser after that last entry. Winter Letters (2016) is about two night-shift nurses, and the rooftop letter scene is why I cried on a bus.",
            "Seo Min-jae and Park Da-eun",
            "Last but not least, the most patient couple here. Spring Ferry (2020) takes sixteen episodes to get them onto the same boat, and it is worth every one.",
            "Jada Williams\nHampton U '26",
            "Jada is a junior English major who spends her free time curating playlists and convincing friends to start just one episode.");

        Assert.Equal(["Paper Lanterns of Jongno", "Moonlit Harbour Story", "The Quiet Apartment", "Winter Letters", "Spring Ferry"], article.Items.Select(i => i.Drama.Title));
        Assert.DoesNotContain(article.Items, i => i.Heading == "Jada Williams");
    }

    [Fact]
    public void EpisodeWordsAfterAHeadingsTitle_AreTheEpisodesNotTheTitles()
    {
        var article = Parse(
            "Three endings we still think about",
            "Paper Lanterns of Jongno Final Episode",
            "Do Gyeom closes the shop for the night and walks Baek Ha-na home through the snow without a word.",
            "Moonlit Harbour Story Finale",
            "Han Seo-joon finally steps off the ferry and stays on the pier long enough for her to catch up.",
            "The Quiet Apartment Last Episode",
            "Jang Bo-ra leaves the spare key under the mat, and Min Tae-oh finally uses it.");

        Assert.Equal(["Paper Lanterns of Jongno", "Moonlit Harbour Story", "The Quiet Apartment"], article.Items.Select(i => i.Drama.Title));
    }

    [Theory]
    [InlineData("In Paper Lanterns of Jongno (2021), Do Gyeom waits outside the lantern shop until it closes and walks her home.", "Paper Lanterns of Jongno")]
    [InlineData("After Moonlit Harbour Story (2018), every pier scene looked different to me, and this one most of all.", "Moonlit Harbour Story")]
    [InlineData("In Between Seasons (2019) follows two florists who share a shop and never once admit it.", "In Between Seasons")]
    public void APrepositionOpeningTheSentenceBeforeADatedTitle_IsNotTheTitles(string paragraph, string title)
    {
        var anchor = ItemAnchors.Read(paragraph);

        Assert.NotNull(anchor);
        Assert.StartsWith(title + " (", anchor.Marker.Text, StringComparison.Ordinal);
    }
}
