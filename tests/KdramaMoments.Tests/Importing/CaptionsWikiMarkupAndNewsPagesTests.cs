using KdramaMoments.Web.Importing;
using KdramaMoments.Web.Importing.Reference;
using static KdramaMoments.Tests.Importing.ArticleBlocks;

namespace KdramaMoments.Tests.Importing;

/// <summary>
/// The thirty-second blind set's kinds: a fan video's MicroDVD subtitles, a Confluence page's wiki markup, headings that
/// quote a line over the title they come from, a radio site's "ON AIR" bar and a masthead's tagline over the headline, a
/// card's fields labelled in the writer's own words, pictures' captions credited in parentheses, and a news site's
/// paragraphs of one sentence that bring each drama in. The dramas are invented where no shelf is needed to find them.
/// </summary>
public sealed class CaptionsWikiMarkupAndNewsPagesTests
{
    private const string MicroDvd = """
        {1}{1}23.976
        {24}{108}{y:b}TOP 3 HUGS THAT FIXED US
        {110}{192}a fan edit|(no copyright infringement intended)
        {432}{503}{y:b}#3 — LANTERN HARBOUR (2014)
        {506}{599}Kang Min-jae as Baek Do-hwan
        {601}{680}and Han Seo-yeon as Yoon Ha-ri
        {611}{719}Twenty years of waiting on one pier,|and a man who finally stops joking about it.
        {731}{803}{y:i}DO-HWAN: I'm not going anywhere, Ha-ri.
        {959}{1031}{y:b}#2 — QUILL (2016)
        {1033}{1127}Choi Woo-jin (Lee Jae-hyun) & Seo-ah (Park Min-ji)
        {1211}{1319}He steps out of the panel before the page can end|and she hugs him anyway, in front of everyone.
        {1331}{1403}{y:i}SEO-AH: "Don't close the book on me."
        {1487}{1558}{y:b}#1 — PAPER ORCHARD (2015)
        {1561}{1654}Kim Do-yun (Park Ji-hoon) & Min-ji (Lee Soo-a)
        {1666}{1774}The hiccups, the rain on the fountain,|and then the hug that nobody in the chat was ready for.
        {1786}{1858}{y:i}DO-YUN: "Are you lying to me right now?"
        {4352}{4436}{c:$00FFFF}music: a piano cover
        """;

    [Fact]
    public void AMicroDvdSubtitleFile_IsReadAsTheVideosArticle_CodesGone_SpeakersQuoted()
    {
        var text = MicroDvdCaptions.Unpack(MicroDvd);

        Assert.NotNull(text);
        Assert.StartsWith("TOP 3 HUGS THAT FIXED US", text, StringComparison.Ordinal);
        Assert.DoesNotContain("23.976", text, StringComparison.Ordinal);
        Assert.DoesNotContain("{y:", text, StringComparison.Ordinal);
        // A break before lowercase words goes on with the sentence; a cue opening in lowercase goes on with the one before.
        Assert.Contains("He steps out of the panel before the page can end and she hugs him anyway, in front of everyone.", text, StringComparison.Ordinal);
        Assert.Contains("Kang Min-jae as Baek Do-hwan and Han Seo-yeon as Yoon Ha-ri", text, StringComparison.Ordinal);

        var article = ParseText(MicroDvd);
        Assert.Equal("TOP 3 HUGS THAT FIXED US", article.Title);
        Assert.Equal(["Lantern Harbour", "Quill", "Paper Orchard"], article.Items.Select(i => i.Drama.Title), StringComparer.OrdinalIgnoreCase);
        Assert.Equal([2014, 2016, 2015], article.Items.Select(i => i.Drama.Year ?? 0));
        // Said words are quoted whether the caption quoted them or not.
        Assert.Equal(["I'm not going anywhere, Ha-ri."], article.Items[0].Quotes);
        Assert.Equal(["Don't close the book on me."], article.Items[1].Quotes);
        Assert.Contains(article.Items[0].Cast, c => c is { Character: "Yoon Ha-ri", Actor: "Han Seo-yeon" });
    }

    [Theory]
    [InlineData("{1}{100}one cue\n{101}{200}two cues\nand then a line that is no cue")]
    [InlineData("{1}{100}one cue\n{101}{200}two cues")]
    [InlineData("Lantern Harbour (2014)\n\n{this} is a template, not a cue")]
    public void TextThatIsNotWhollyCues_IsNoMicroDvdFile(string text) =>
        Assert.Null(MicroDvdCaptions.Unpack(text));

    private const string Confluence = """
        h1. Drama Club: Harbour Night — Moments Shortlist

        {info:title=About this page}
        Edit freely but *keep the table format*.
        {info}

        {toc:maxLevel=2}

        h2. The pier at night

        ||Drama|Lantern Harbour|
        ||Year|2014|
        ||Couple|Baek Do-hwan (Kang Min-jae) / Yoon Ha-ri (Han Seo-yeon)|
        ||Clip owner|[~hannah.cho]|

        He waits on the pier until the last ferry leaves, and she walks back down it.

        {quote}
        I waited. That's all.
        {quote}

        h2. "Don't close the book on me."

        ||Drama|Quill|
        ||Year|2016|
        ||Episode|—|

        Choi Woo-jin steps out of the webtoon panel before the page can end, and _nobody_ in the club has recovered.

        bq. Don't close the book on me.

        h2. The hiccups

        ||Drama|Paper Orchard|
        ||Year|2015|

        Kim Do-yun asks his question by the fountain while she hiccups every time she lies. (x) The Viki cut is better.

        ----

        ||Action||Owner||
        |Book the room|[~tom.reilly]|
        """;

    [Fact]
    public void AConfluencePagesMarkup_IsReadAsThePageShowsIt()
    {
        var text = ConfluenceMarkup.Unpack(Confluence);

        Assert.NotNull(text);
        Assert.StartsWith("# Drama Club: Harbour Night — Moments Shortlist", text, StringComparison.Ordinal);
        Assert.Contains("## The pier at night", text, StringComparison.Ordinal);
        // A property row is a fact line; a table with a header row stays a table.
        Assert.Contains("Drama: Lantern Harbour", text, StringComparison.Ordinal);
        Assert.Contains("| Book the room | tom.reilly |", text, StringComparison.Ordinal);
        Assert.Contains("“I waited. That's all.”", text, StringComparison.Ordinal);
        Assert.Contains("Edit freely but keep the table format.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("{", text, StringComparison.Ordinal);
        Assert.DoesNotContain("(x)", text, StringComparison.Ordinal);

        var article = ParseText(Confluence);
        Assert.Equal("Drama Club: Harbour Night — Moments Shortlist", article.Title);
        Assert.Equal(["Lantern Harbour", "Quill", "Paper Orchard"], article.Items.Select(i => i.Drama.Title));
        Assert.Equal([2014, 2016, 2015], article.Items.Select(i => i.Drama.Year ?? 0));
        Assert.Equal(["I waited. That's all."], article.Items[0].Quotes);
        Assert.Equal(["Don't close the book on me."], article.Items[1].Quotes);
    }

    [Fact]
    public void TextWithOneConfluenceHeading_IsLeftAsItIs() =>
        Assert.Null(ConfluenceMarkup.Unpack("h1. Only a title\n\nAnd some words under it."));

    [Fact]
    public void HeadingsThatQuoteALine_OverTheTitleItComesFrom_HeadTheItems()
    {
        var article = Parse(
            "Three lines we'd like someone to say to us",
            "Valentine's week is upon us, and somewhere a drama has a line with your name on it, so here are ours.",
            "“I waited. That's all.”\nLantern Harbour (2014)",
            "Baek Do-hwan (Kang Min-jae) says it on the pier, soaked, while the last ferry leaves without him.",
            "\"Don't close the book on me.\"\nQuill (2016), Episode 1",
            "Choi Woo-jin (Lee Jae-hyun) steps out of the webtoon before the page can end.",
            "“Are you lying to me right now?”\nPaper Orchard (2015)",
            "Kim Do-yun (Park Ji-hoon) asks it while she hiccups, and the answer is yes.");

        Assert.Equal(["“I waited. That's all.”", "\"Don't close the book on me.\"", "“Are you lying to me right now?”"], article.Items.Select(i => i.Heading));
        Assert.Equal(["Lantern Harbour", "Quill", "Paper Orchard"], article.Items.Select(i => i.Drama.Title));
        Assert.Equal([2014, 2016, 2015], article.Items.Select(i => i.Drama.Year ?? 0));
        Assert.Equal(["I waited. That's all."], article.Items[0].Quotes);
        Assert.Equal(1, article.Items[1].Episode);
    }

    [Fact]
    public void APullQuoteClosingAParagraph_DoesNotHeadTheNextItem()
    {
        var article = Parse(
            "Three pier scenes",
            "Lantern Harbour (2014)",
            "Baek Do-hwan (Kang Min-jae) waits on the pier, soaked, while the last ferry leaves without him.",
            "“I waited. That's all.”\nQuill (2016)",
            "Choi Woo-jin (Lee Jae-hyun) steps out of the webtoon before the page can end.",
            "“Don't close the book on me.”\nPaper Orchard (2015)",
            "Kim Do-yun (Park Ji-hoon) asks his question while she hiccups on the pier.",
            "“Are you lying to me right now?”\nMoon Ferry (2016)",
            "The prince (Lee Dae-sung) finally lets the maid cover his scar before the rain ritual.");

        Assert.Equal(["Lantern Harbour (2014)", "Quill (2016)", "Paper Orchard (2015)", "Moon Ferry (2016)"], article.Items.Select(i => i.Heading));
    }

    [Theory]
    // A masthead's tagline over the site's menu.
    [InlineData("Express\nHome of the Daily and Sunday Express\nSign in\nNews\nShowbiz & TV › TV")]
    // The tagline first, its site's name left out of the copy.
    [InlineData("Home of the Daily and Sunday Express\nShowbiz & TV › TV\nNetflix")]
    // A radio site's bar over a section's name.
    [InlineData("hitz\nON AIR NOW  |  Hitz Drive Home\nENTERTAINMENT")]
    public void ATaglineOrAnOnAirBarOverTheHeadline_IsNoTitle(string top)
    {
        var article = ParseText(top + "\n\nNetflix fans 'still not over' three harbour scenes - ranked\n\n"
            + "26 Jan 2024, 3:45 PM\n\nViewers have been left weak at the knees by a wave of harbour romances, and here are the three they rewatch.\n\n"
            + "1. Lantern Harbour (2014)\n\nBaek Do-hwan (Kang Min-jae) waits on the pier until the last ferry has gone and the rain has stopped.\n\n"
            + "2. Quill (2016)\n\nChoi Woo-jin (Lee Jae-hyun) steps out of the webtoon before the page can end, and the whole country screamed.\n\n"
            + "3. Paper Orchard (2015)\n\nKim Do-yun (Park Ji-hoon) asks his question by the fountain while she hiccups every time she lies.");

        Assert.Equal("Netflix fans 'still not over' three harbour scenes - ranked", article.Title);
        Assert.Equal(["Lantern Harbour", "Quill", "Paper Orchard"], article.Items.Select(i => i.Drama.Title));
    }

    [Fact]
    public void ACardsFieldLabelledInTheWritersWords_UnderItsFactLines_HeadsNothing()
    {
        var article = Parse(
            "Three scenes the soundtrack carried",
            "Lantern Harbour (2014)\nStarring: Kang Min-jae, Han Seo-yeon\nThe song: \"Stay Here\" – Moon Band\nStream on: Viu",
            "Baek Do-hwan waits on the pier in the rain, and the first notes of the song come in just as the ferry leaves.",
            "Quill (2016)\nStarring: Lee Jae-hyun, Park Min-ji\nThe song: \"Always\" – Yoon Ha\nStream on: Netflix",
            "Choi Woo-jin steps out of the webtoon panel as the chorus lands, and nobody watching was ready for it.",
            "Paper Orchard (2015)\nStarring: Park Ji-hoon, Lee Soo-a\nThe song: \"Sudden Rain\" – Eclipse Five\nStream on: Viu",
            "Kim Do-yun holds out his umbrella at the bus stop without a word, and the song does the rest of the work.");

        Assert.Equal(["Lantern Harbour (2014)", "Quill (2016)", "Paper Orchard (2015)"], article.Items.Select(i => i.Heading));
        Assert.Equal(["Lantern Harbour", "Quill", "Paper Orchard"], article.Items.Select(i => i.Drama.Title));
    }

    [Fact]
    public void CaptionsOfPeopleInATitle_CreditedInParentheses_AreThePicturesNotHeadings()
    {
        var article = Parse(
            "Three moments that made a cynic believe in love",
            "I was a sceptic. Then a friend sent me a link and a message that just said \"trust me\".",
            "These are the scenes that did it.",
            "The pier at night",
            "Kang Min-jae and Han Seo-yeon in Lantern Harbour. (Netflix)",
            "Lantern Harbour (2014) has Baek Do-hwan wait on the pier until the last ferry leaves, soaked and sure.",
            "The webtoon door",
            "Quill (2016) sends Choi Woo-jin out of the panel before the page can end, and that was me done.",
            "Lee Jae-hyun and Park Min-ji in Quill. (tvN)",
            "The hiccups",
            "Paper Orchard (2015) has Kim Do-yun ask his question by the fountain while she hiccups.",
            "Park Ji-hoon and Lee Soo-a in Paper Orchard. (Netflix)",
            "So, am I still a cynic? Only about real men.");

        Assert.Equal(["The pier at night", "The webtoon door", "The hiccups"], article.Items.Select(i => i.Heading));
        Assert.Equal(["Lantern Harbour", "Quill", "Paper Orchard"], article.Items.Select(i => i.Drama.Title));
    }

    [Fact]
    public void ANewsSitesOneSentenceParagraphs_EachBringingADramaIn_AreItsItems()
    {
        var article = Parse(
            "K-drama fans are sharing the scenes that ruined dating for them",
            "A viral thread asked people to name the one Korean drama scene that ruined dating for them, and the replies are relatable.",
            "First up, loads of fans couldn't stop talking about Crash Landing on You.",
            "The 2019 hit follows heiress Yoon Se-ri (Son Ye-jin), who paraglides into the North and is hidden by a captain who roasts coffee beans for her.",
            "Another popular pick was Hometown Cha-Cha-Cha's Hong Du-sik, as the whole village calls him.",
            "Played by Kim Seon-ho, Du-sik can do every job in his seaside town, and he spends the series quietly fixing things for the new dentist.",
            "And then there's Queen of Tears, which one user said should come with a health warning.",
            "Kim Soo-hyun plays Baek Hyun-woo, who is on the verge of divorcing his wife Hong Hae-in (Kim Ji-won) before she falls ill.",
            "Safe to say the standards have been raised.");

        Assert.Equal(["Crash Landing on You", "Hometown Cha-Cha-Cha", "Queen of Tears"], article.Items.Select(i => i.Drama.Title));
    }

    [Fact]
    public void ARemarkOfOneSentenceInAMail_OverTheNextMail_BringsNoDramaIn()
    {
        var article = Parse(
            "Quiz round: guess the drama",
            "Crash Landing on You (2019) - the Switzerland reunion in episode 16, when Ri Jeong-hyeok finds her again at last by the lake, and the whole table will scream, I promise you all of that.",
            "Hometown Cha-Cha-Cha (2021) - Hong Du-sik on the beach, when he finally tells Yoon Hye-jin that he is staying in the village for good, and she pretends that she is not crying about it.",
            "Also strong no from me on Boys Over Flowers, I've seen the GIFs.",
            "Ooh love this. Mine are both Hyun Bin coded.",
            "Queen of Tears (2024) - Baek Hyun-woo in the hospital corridor, when he promises to remember for both of them, which is the one that made the bride cry on the plane last spring.");

        Assert.DoesNotContain(article.Items, i => i.Drama.Title == "Boys Over Flowers");
    }

    [Theory]
    [InlineData("Another popular pick was Hometown Cha-Cha-Cha's Hong Du-sik.", "Hometown Cha-Cha-Cha")]
    [InlineData("Everyone still quotes Crash Landing on You’s coffee scene.", "Crash Landing on You")]
    public void ATitlesPossessive_NamesTheTitle(string prose, string title) =>
        Assert.Equal([title], KnownDramas.NamedIn(prose).Select(n => n.Text));

    [Fact]
    public void AStreamingServiceInATitlesParentheses_PlaysNoRole()
    {
        var article = Parse(
            "Three Netflix scenes",
            "1. Queen of Tears (Netflix)",
            "Kim Soo-hyun and Kim Ji-won star as Baek Hyun-woo and Hong Hae-in, a married couple on the brink of divorce.",
            "2. It's Okay to Not Be Okay (Netflix)",
            "Kim Soo-hyun is caregiver Moon Gang-tae opposite Seo Yea-ji's children's author Ko Moon-young.",
            "3. Lantern Harbour (Netflix)",
            "Kang Min-jae plays Baek Do-hwan, who waits on the pier until the last ferry.");

        Assert.DoesNotContain(article.Items.SelectMany(i => i.Cast), c => c.Character is "Tears" or "Not Be Okay" or "Harbour");
    }
}
