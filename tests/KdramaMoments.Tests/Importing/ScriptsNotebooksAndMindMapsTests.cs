using System.Text;
using KdramaMoments.Web.Importing;
using static KdramaMoments.Tests.Importing.ArticleBlocks;

namespace KdramaMoments.Tests.Importing;

/// <summary>
/// The thirty-first blind set's kinds: a video's script in Fountain, a Jupyter notebook, a FreeMind or Freeplane mind map,
/// a form's answers downloaded as a sheet headed by its questions, a travel page headed by places with the dramas set off
/// in its text, cards under a "Featured drama:" label, and a news page's share buttons and photographers' credits. The
/// dramas are invented, so only the format's reading and the rules after it can find them.
/// </summary>
public sealed class ScriptsNotebooksAndMindMapsTests
{
    private const string Script = """
        Title: Four Scenes Where the Weather Did the Flirting
        Credit: written by
        Author: Mina Seo
        Draft date: 03 February 2025
        Contact:
        	a small channel

        .INT. MINA'S ROOM - NIGHT

        Rain on the window. MINA sits in front of a wall of fairy lights.

        MINA
        Four scenes where the weather wrote the romance. Let's go.

        [[B-roll: rain, a loop that is not the soundtrack]]

        ## 4 — Lantern Harbour: the red umbrella

        = Kang Min-jae / Han Seo-yeon. 2014.

        INSERT - CLIP: LANTERN HARBOUR

        DO-HWAN (ON SCREEN)
        Come here. You're getting soaked.

        MINA (V.O.)
        He is holding that umbrella like it is his job.

        CUT TO:

        ## 3 — Quill: the snow that would not stop

        = Choi Woo-jin as the webtoon's hero. 2016.

        SEO-AH (ON SCREEN)
        (squinting at the sky)
        Are you the one making it snow?

        MINA
        He absolutely is.

        ## 2 — Paper Orchard: the hiccups in the rain

        = Park Ji-hoon. 2015.

        /* The fourth clip was cut for time. */

        JI-HOON (ON SCREEN)
        Why are you still standing here?

        MINA
        Because she is in love, Ji-hoon.
        """;

    [Fact]
    public void AFountainScript_IsReadAsTheVideosArticle_TheTitlePagesTitle_TheHostAsProse_TheCharactersQuoted()
    {
        var text = PastedFormats.Normalise(Script);

        Assert.StartsWith("Four Scenes Where the Weather Did the Flirting\n\n", text, StringComparison.Ordinal);
        // The production's lines are no part of the article.
        Assert.DoesNotContain("B-roll", text, StringComparison.Ordinal);
        Assert.DoesNotContain("cut for time", text, StringComparison.Ordinal);
        Assert.DoesNotContain("INT.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("CUT TO", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Draft date", text, StringComparison.Ordinal);
        // The host speaks the article; the characters' lines are quoted under their names.
        Assert.Contains("He is holding that umbrella like it is his job.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Mina: ", text, StringComparison.Ordinal);
        Assert.Contains("Do-Hwan: “Come here. You're getting soaked.”", text, StringComparison.Ordinal);

        var article = ParseText(Script);
        Assert.Equal("Four Scenes Where the Weather Did the Flirting", article.Title);
        Assert.Equal(["Lantern Harbour", "Quill", "Paper Orchard"], article.Items.Select(i => i.Drama.Title));
        Assert.Equal(["Come here. You're getting soaked."], article.Items[0].Quotes);
        Assert.Equal(["Are you the one making it snow?"], article.Items[1].Quotes);
        Assert.Equal(["Why are you still standing here?"], article.Items[2].Quotes);
    }

    [Theory]
    // A page with a "Title:" line and names in capitals over text, but no scene heading: no screenplay.
    [InlineData("Title: My favourite scenes\nAuthor: Mina\n\nLANTERN HARBOUR\nThe umbrella scene.\n\nQUILL\nThe snow scene.\n")]
    // Scene headings alone, nobody speaking.
    [InlineData("INT. ROOM - NIGHT\n\nRain on the window.\n\nEXT. PIER - DAY\n\nA ferry comes in.\n")]
    public void TextThatOnlyLooksLikeAScript_IsLeftAsItIs(string text) =>
        Assert.Null(ScreenplayScripts.Unpack(text));

    private const string Notebook = """
        {
         "cells": [
          { "cell_type": "markdown", "metadata": {}, "source": ["# Confession scenes, by their subtitles\n", "\n", "I pulled every *\"I like you\"* from a folder of subtitles and picked my favourites."] },
          { "cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [
             { "output_type": "execute_result", "data": { "text/plain": ["title\n", "Silver Tide      41\n", "Night Bakery     37\n"] } },
             { "name": "stderr", "output_type": "stream", "text": ["DtypeWarning: Columns (6) have mixed types.\n"] } ],
            "source": ["hits.groupby('title').size()"] },
          { "cell_type": "markdown", "metadata": {}, "source": "### 1. Lantern Harbour (2014) — Do-hwan & Seo-yeon\n\nBaek Do-hwan finally says it on the pier, soaked, while the last ferry leaves without him.\n\n> \"I like you. I'm telling you so you know.\"" },
          { "cell_type": "markdown", "metadata": {}, "source": ["### 2. Quill (2016) — Woo-jin & Seo-ah\n", "\n", "Choi Woo-jin steps out of the webtoon panel and confesses before the page can end.\n", "\n", "> \"Don't close the book on me.\""] },
          { "cell_type": "markdown", "metadata": {}, "source": ["### 3. Paper Orchard (2015) — Ji-hoon & Min-ji\n", "\n", "Park Ji-hoon asks her out with a hiccup in the middle of the question.\n", "\n", "> \"Let's date. For real this time.\""] }
         ],
         "metadata": { "kernelspec": { "name": "python3" } },
         "nbformat": 4,
         "nbformat_minor": 5
        }
        """;

    [Fact]
    public void AJupyterNotebook_IsReadAsItsMarkdownCells_TheCodeAndItsOutputsLeftOut()
    {
        var text = NotebookCells.Unpack(Notebook);

        Assert.NotNull(text);
        Assert.StartsWith("# Confession scenes, by their subtitles\n\nI pulled every", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Silver Tide", text, StringComparison.Ordinal);
        Assert.DoesNotContain("groupby", text, StringComparison.Ordinal);
        Assert.DoesNotContain("DtypeWarning", text, StringComparison.Ordinal);

        var article = ParseText(Notebook);
        Assert.Equal("Confession scenes, by their subtitles", article.Title);
        Assert.Equal(["Lantern Harbour", "Quill", "Paper Orchard"], article.Items.Select(i => i.Drama.Title));
        Assert.Equal([2014, 2016, 2015], article.Items.Select(i => i.Drama.Year ?? 0));
        Assert.Equal(["Don't close the book on me."], article.Items[1].Quotes);
    }

    [Fact]
    public void JsonWithoutCells_IsNoNotebook() =>
        Assert.Null(NotebookCells.Unpack("""{ "items": [ { "text": "a note" } ] }"""));

    private const string MindMap = """
        <map version="freeplane 1.9.13">
        <!--To view this file, download free mind mapping software Freeplane from https://www.freeplane.org -->
        <node TEXT="Grand Gestures Night - drama club" ID="ID_1" STYLE="oval">
        <hook NAME="MapStyle"/>
        <richcontent TYPE="NOTE" CONTENT-TYPE="xml/"><html><head></head><body><p>Three clips, ten minutes each, then a vote.</p></body></html></richcontent>
        <node TEXT="Running order" POSITION="right" ID="ID_2">
        <node TEXT="1. Lantern Harbour (2014)" ID="ID_3">
        <node TEXT="ep 16 - Do-hwan waits on the pier until the last ferry" ID="ID_4"/>
        <node TEXT="Kang Min-jae as Baek Do-hwan" ID="ID_5"/>
        <node TEXT="line: &quot;I waited. That&apos;s all.&quot;" ID="ID_6"/>
        </node>
        <node TEXT="2. Quill (2016)" ID="ID_7">
        <node ID="ID_8"><richcontent TYPE="NODE"><html><head></head><body><p>ep 1 - the <b>cliffhanger</b> kiss that ends the panel</p></body></html></richcontent></node>
        <node TEXT="Lee Jae-hyun as Choi Woo-jin" ID="ID_9"/>
        </node>
        <node TEXT="3. Paper Orchard (2015)" ID="ID_10">
        <node TEXT="the hiccups - she hiccups every time she lies" ID="ID_11"/>
        <node TEXT="Park Ji-hoon as Kim Do-yun" ID="ID_12"/>
        <node TEXT="line: &quot;Are you lying to me right now?&quot;" ID="ID_13"/>
        </node>
        </node>
        </node>
        </map>
        """;

    [Fact]
    public void AMindMap_IsReadAsItsOutline_TheCentreItsTitle_ItsBranchesTheList()
    {
        Assert.NotNull(ArticleDecoder.Decode(Encoding.UTF8.GetBytes(MindMap)).Text);

        var article = ParseText(MindMap);

        Assert.Equal("Grand Gestures Night - drama club", article.Title);
        Assert.Equal(["Lantern Harbour", "Quill", "Paper Orchard"], article.Items.Select(i => i.Drama.Title));
        // Quill's episode stands in a node whose words are formatted, kept in its rich content.
        Assert.Equal([16, 1], article.Items.Take(2).Select(i => i.Episode ?? 0));
        Assert.Equal(["I waited. That's all."], article.Items[0].Quotes);
        Assert.Contains(article.Items[0].Cast, c => c is { Character: "Baek Do-hwan", Actor: "Kang Min-jae" });
    }

    private const string FormAnswers = """"
        Timestamp,Your name (or nickname),Which drama?,Year it aired (if you know),Describe the moment,Best line from the scene (copy it exactly if you can!),Episode number (if you know),Who's in the scene? (character / actor)
        2025/02/01 11:47:35 AM GMT+8,Mika,Lantern Harbour,2014,"Do-hwan finally waits on the pier, soaked, until the last ferry","He says ""I waited. That's all."" (I think?)",16,Baek Do-hwan (Kang Min-jae)
        2025/02/01 2:15:02 PM GMT+8,JC,Quill,2016?,"Woo-jin steps out of the panel.
        She knows it's him anyway.",Don't close the book on me.,,Choi Woo-jin (Lee Jae-hyun)
        2025/02/02 8:30:49 PM GMT+8,Bo,Paper Orchard,2015,She hiccups every time she lies and he notices,"""Are you lying to me right now?""",3,Kim Do-yun (Park Ji-hoon)
        """";

    [Fact]
    public void AFormsAnswersSheet_HeadedByItsQuestions_IsReadAsATable_TheQuotedWordsOfALineCellItsQuote()
    {
        var article = ParseText(FormAnswers);

        Assert.Equal(["Lantern Harbour", "Quill", "Paper Orchard"], article.Items.Select(i => i.Drama.Title));
        Assert.Equal([2014, 2016, 2015], article.Items.Select(i => i.Drama.Year ?? 0));
        Assert.Equal(["I waited. That's all."], article.Items[0].Quotes);
        Assert.Equal(["Don't close the book on me."], article.Items[1].Quotes);
        Assert.Equal([16, 0, 3], article.Items.Select(i => i.Episode ?? 0));
        Assert.Contains(article.Items[2].Cast, c => c is { Character: "Kim Do-yun", Actor: "Park Ji-hoon" });
    }

    [Theory]
    // Its clauses name a drama, a scene and who, by the words of a form's questions, but a line of prose follows.
    [InlineData("The story of an heiress, Hong Da-eun, and her husband, it became the most-watched drama of the year, and the scene in Berlin, where he tells her who he is, hit hard.", "")]
    // Named exactly as a sheet's columns, with nothing under it of as many fields.
    [InlineData("Drama, scene, and the line all land here.", "")]
    [InlineData("Drama, scene, and the line all land here.", "It is a quiet scene, mostly.")]
    // Over a line of as many fields, but only three of its clauses name anything: a form asks more.
    [InlineData("We argued about which drama, which scene, and which line won.", "Nobody agreed, nobody left, and nobody slept.")]
    public void ASentenceWithCommas_ThatNamesADramaAndAScene_HeadsNoTable(string sentence, string next)
    {
        List<string> lines = [sentence, next, "For the critic, the scenes share one thing, she said, and it is not the kiss."];

        Assert.Equal(lines, DelimitedRows.AsPipeRows(lines));
    }

    [Fact]
    public void HeadingsThatNamePlaces_OverTextThatSetsItsDramasOff_LeaveTheDramaToTheText()
    {
        var article = Parse(
            "Four places where drama couples fell in love",
            "1. Jumun Pier, Gangneung",
            "In \"Lantern Harbour\" (2014), the courier Baek Do-hwan, played by Kang Min-jae, waits on Jumun Pier until the last ferry comes in.",
            "2. Sigri Bridge, Switzerland",
            "\"Quill\" (2016) sends Choi Woo-jin, played by Lee Jae-hyun, across Sigri Bridge to the girl who fell into his webtoon.",
            "3. Petite Village, Gapyeong",
            "The pastel streets of Petite Village were a set of \"Paper Orchard\" (2015), in which Park Ji-hoon plays a reporter with a colleague who hiccups.",
            "4. Cheong Harbour, Pohang",
            "The harbour at Cheong Harbour played the village of \"Moon Ferry\" (2016), where Lee Dae-sung's prince finally lets the maid cover his scar.");

        Assert.Equal(["Lantern Harbour", "Quill", "Paper Orchard", "Moon Ferry"], article.Items.Select(i => i.Drama.Title));
        Assert.Equal([2014, 2016, 2015, 2016], article.Items.Select(i => i.Drama.Year ?? 0));
    }

    [Fact]
    public void CardsUnderAFeaturedDramaLabel_AreHeadedByTheLineOverThem_SeveralDatedTitlesNamingTheFirst()
    {
        var article = Parse(
            "A filming location trail",
            "Jumun Pier, Gangneung",
            "Featured drama: Lantern Harbour (2014)\nAddress: Jumun-ri, Gangneung",
            "On this small pier the courier Baek Do-hwan (Kang Min-jae) waits until the last ferry comes in, and fans still bring umbrellas.",
            "Sigri Bridge, Switzerland",
            "Featured drama: Quill (2016)\nAddress: Sigri, Switzerland",
            "Choi Woo-jin (Lee Jae-hyun) crosses this bridge to the girl who fell into his webtoon, and the bridge is crowded every summer.",
            "Petite Village, Gapyeong",
            "Featured dramas: Paper Orchard (2015), Moon Ferry (2016)\nAddress: Gapyeong",
            "The pastel streets were the reporter's home in the first of them; Park Ji-hoon (Kim Do-yun) asks his question by the fountain.");

        Assert.Equal(["Jumun Pier, Gangneung", "Sigri Bridge, Switzerland", "Petite Village, Gapyeong"], article.Items.Select(i => i.Heading));
        Assert.Equal(["Lantern Harbour", "Quill", "Paper Orchard"], article.Items.Select(i => i.Drama.Title));
        Assert.Equal([2014, 2016, 2015], article.Items.Select(i => i.Drama.Year ?? 0));
    }

    [Theory]
    // A note after a title the shelf knows is the writer's aside.
    [InlineData("Drama: Alchemy of Souls (part 1, NOT Light and Shadow)", "Alchemy of Souls")]
    // After a title the shelf does not know, the parenthesis may be the title's own.
    [InlineData("Drama: Lantern Harbour (the long cut)", "Lantern Harbour (the long cut)")]
    public void ANoteAfterAKnownTitle_IsNoPartOfIt(string line, string drama) =>
        Assert.Equal(drama, FactLines.Read(line).First(f => f.Key == "Drama").Value);

    [Theory]
    [InlineData("[Facebook] [Tweet] [Email] [Link]")]
    [InlineData("Kim Hong-ji/Reuters")]
    [InlineData("Jung Yeon-je/AFP/Getty Images")]
    [InlineData("Peter Klaunzer/Keystone/AP")]
    [InlineData("Courtesy Pohang City")]
    public void ShareButtonsAndPhotographersCredits_AreFurniture(string line) =>
        Assert.True(PageFurniture.IsNoise(line));

    [Theory]
    // A title with a slash, and a couple, are no credits.
    [InlineData("Goblin/Guardian")]
    [InlineData("Kim Shin / Ji Eun-tak")]
    [InlineData("Courtesy of her friend, he finds the letter she never sent and reads it on the ferry")]
    public void TitlesAndNamesWithSlashes_AreNoCredits(string line) =>
        Assert.False(PageFurniture.IsNoise(line));
}
