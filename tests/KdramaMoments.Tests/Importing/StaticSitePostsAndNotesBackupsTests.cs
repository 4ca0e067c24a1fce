using KdramaMoments.Web.Importing;
using static KdramaMoments.Tests.Importing.ArticleBlocks;

namespace KdramaMoments.Tests.Importing;

/// <summary>
/// The thirtieth blind set's kinds: a static site's post with its front matter (Hugo's TOML, Jekyll's YAML) and template
/// tags, a notes app's JSON backup keeping each note in an object of its own, Markdown headings that give a title and
/// then the moment in lowercase words, a sub-heading under a one-sentence introduction, and interviewees quoted by
/// "one" or with their age. The dramas are invented, so only the format's reading and the rules after it can find them.
/// </summary>
public sealed class StaticSitePostsAndNotesBackupsTests
{
    private const string HugoPost = """
        +++
        title = "Four scenes for a \"long\" week"
        date = 2024-11-03T21:40:00+08:00
        draft = false
        description = "A short list of comfort scenes."
        tags = ["k-drama", "rewatch"]

        [cover]
        title = "A bowl of ramyeon"
        image = "/images/cover.jpg"
        +++

        Every few months I go back to the same scenes, not to whole shows. Spoilers everywhere, obviously, so be warned.

        <!--more-->

        ## Lantern Harbour — the night courier on the roof

        *Lantern Harbour* (2014) is a thriller wearing a romance's jacket. Kang Min-jae plays Baek Do-hwan, a courier who hides at a small paper as a clumsy reporter, and he watches the gossip writer at the next desk.

        {{< figure src="/images/roof.jpg" caption="The rooftop phone-call era. Screenshot: KBS." >}}

        ## Quill — the cliffhanger kiss

        *Quill* (2016) has the best premise of the decade. Choi Woo-jin is the hero of a webtoon, and the girl who falls into his story has to kiss him so that the panel ends.

        ## Paper Orchard — the hiccups

        *Paper Orchard* (2015) stars Park Ji-hoon as a rookie reporter whose colleague hiccups every time she lies, which makes the rooftop question he asks her so much fun to watch.

        {{< spoiler title="Why this one" >}}
        Because she says no and then hiccups, and that is the whole joy of it for me.
        {{< /spoiler >}}

        ## Moon Ferry — covering the scar

        In *Moon Ferry* (2016) Lee Dae-sung is a feared prince with a scar, and before the rain ritual the palace maid quietly covers it with makeup so that he can face the people.

        {{< comments >}}
        """;

    [Fact]
    public void AHugoPost_IsReadAsTheSiteShowsIt_TitleFromItsFrontMatter_ShortcodesAndCommentsGone()
    {
        var text = PastedFormats.Normalise(HugoPost);

        Assert.StartsWith("Four scenes for a \"long\" week\n\nA short list of comfort scenes.\n\nEvery few months", text, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<!--", text, StringComparison.Ordinal);
        Assert.DoesNotContain("ramyeon", text, StringComparison.Ordinal);
        Assert.DoesNotContain("draft", text, StringComparison.Ordinal);
        // A paired shortcode's own words stay.
        Assert.Contains("Because she says no and then hiccups", text, StringComparison.Ordinal);
    }

    [Fact]
    public void MarkdownHeadingsGivingATitleThenTheMoment_AreTheList_NotTheDatedTitlesOpeningTheirParagraphs()
    {
        var article = ParseText(HugoPost);

        Assert.Equal("Four scenes for a \"long\" week", article.Title);
        Assert.Equal(["Lantern Harbour — the night courier on the roof", "Quill — the cliffhanger kiss", "Paper Orchard — the hiccups", "Moon Ferry — covering the scar"],
            article.Items.Select(i => i.Heading));
        Assert.Equal(["Lantern Harbour", "Quill", "Paper Orchard", "Moon Ferry"], article.Items.Select(i => i.Drama.Title));
        // A picture's caption was the shortcode's, not a line of the scene.
        Assert.DoesNotContain(article.Items[0].Quotes, q => q.Contains("rooftop", StringComparison.Ordinal));
    }

    [Fact]
    public void AJekyllPost_WithAYamlFrontMatterAndLiquidTags_IsReadAsItsTitleOverItsBody()
    {
        const string post = """
            ---
            layout: post
            title: 'Three reunions I rewatch'
            summary: >
              Airports, stations and
              one very wet bus stop.
            tags:
              - kdrama
              - lists
            ---
            {% include toc.html %}
            Some reunions are better than the kiss that follows them.
            """;

        var text = PastedFormats.Normalise(post);

        Assert.StartsWith("Three reunions I rewatch\n\nAirports, stations and one very wet bus stop.\n\nSome reunions", text, StringComparison.Ordinal);
        Assert.DoesNotContain("{%", text, StringComparison.Ordinal);
    }

    [Theory]
    // Each quoting escapes its own quote: \" inside double quotes, '' inside YAML's single quotes.
    [InlineData("+++\ntitle = \"Rock ''n'' roll \\\"kisses\\\"\"\n+++\nText.", "Rock ''n'' roll \"kisses\"")]
    [InlineData("---\ntitle: 'Kisses I''d rewind'\n---\nText.", "Kisses I'd rewind")]
    public void AQuotedTitle_IsReadWithItsQuotingsEscapesOnly(string post, string title) =>
        Assert.StartsWith(title + "\n\n", StaticSitePosts.Unpack(post), StringComparison.Ordinal);

    [Theory]
    // A rule, then lines that are not fields: a pasted article, left as it is.
    [InlineData("---\nLantern Harbour (2014)\nThe night courier on the roof.\n---\nMore text.")]
    // Front matter with no title names nothing to read it by.
    [InlineData("---\nlayout: post\ndate: 2024-01-02\n---\nSome text.")]
    // A fence never closed.
    [InlineData("+++\ntitle = \"Open\"\nSome text that goes on.")]
    public void TextThatOnlyLooksLikeFrontMatter_IsLeftAsItIs(string text) =>
        Assert.Null(StaticSitePosts.Unpack(text));

    private const string NotesBackup = """
        {
          "version": "004",
          "items": [
            { "uuid": "a1", "content_type": "Note", "deleted": false, "created_at": "2025-01-19T11:42:08.114Z",
              "content": { "title": "Shower reel", "text": "Scene reel for the shower\n\n1. Lantern Harbour ep 16 — the harbour ending\nBaek Do-hwan waits on the pier in the rain until the last ferry comes in. Kang Min-jae / Han Seo-yeon.\n\n2. Paper Orchard ep 1 — the blind date\nPark Ji-hoon at the very end of the blind date, totally deadpan, says it: \"Let's get married.\"\n\n3. Moon Ferry — covering the scar\nLee Dae-sung lets the palace maid cover his scar with her makeup brush before the rain ritual.\n",
                "preview_plain": "Scene reel for the shower 1. Lantern Harbour ep 16", "trashed": false, "pinned": true } },
            { "uuid": "a2", "content_type": "Note", "deleted": false,
              "content": { "title": "shower food", "text": "- kimbap x3 trays\n- banana milk\n" } },
            { "uuid": "a5", "content_type": "Note", "deleted": false,
              "content": { "title": "to buy", "text": "- candles\n- a card for Hana\n" } },
            { "uuid": "a3", "content_type": "Note", "deleted": false,
              "content": { "title": "old reel", "text": "1. Quiet Apartment ep 2 — the flood night\nChoi Woo-jin knocks at last.\n", "trashed": true } },
            { "uuid": "a4", "content_type": "Tag", "deleted": false,
              "content": { "title": "kdrama", "references": [ { "uuid": "a1" } ] } }
          ]
        }
        """;

    [Fact]
    public void ANotesAppsBackup_KeepingEachNoteInAnObjectOfItsOwn_IsReadAsItsNotes_TheBinLeftOut()
    {
        var text = PastedFormats.Normalise(NotesBackup);

        Assert.Contains("Shower reel", text, StringComparison.Ordinal);
        Assert.Contains("1. Lantern Harbour ep 16 — the harbour ending", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Quiet Apartment", text, StringComparison.Ordinal);
        Assert.DoesNotContain("uuid", text, StringComparison.Ordinal);

        var article = ParseText(NotesBackup);
        Assert.Equal(["Lantern Harbour", "Paper Orchard", "Moon Ferry"], article.Items.Select(i => i.Drama.Title));
        Assert.Equal(16, article.Items[0].Episode);
        Assert.Equal(["Let's get married."], article.Items[1].Quotes);
    }

    [Fact]
    public void TheFirstSubheading_UnderAOneSentenceIntroduction_OpensAnItemAsTheOthersDo()
    {
        var article = Parse(
            "Over the past month we spoke to viewers in three cities about the romances they return to when they want to feel something, and their answers overlapped.",
            "These are the ones we heard of most often.",
            "The umbrella",
            "In \"Lantern Harbour\" (2014), Baek Do-hwan (Kang Min-jae) walks his best friend's sister home under one umbrella, his shoulder soaked so hers stays dry, and neither of them says a word.",
            "The candle",
            "In \"Paper Orchard\" (2015), a lonely student blows out the candle on a cake by the sea and summons Park Ji-hoon's immortal, who has waited centuries for her.",
            "The borrowed word",
            "In \"Moon Ferry\" (2016), a noblewoman learns an English word from the officer played by Lee Dae-sung and weighs it with all the seriousness she gives everything.",
            "The revolving door",
            "In \"Quiet Apartment\" (2022), Choi Woo-jin counts out the rhythm so that his colleague can step through a revolving door as if it were a waltz, and she does.");

        Assert.Equal(["The umbrella", "The candle", "The borrowed word", "The revolving door"], article.Items.Select(i => i.Heading));
    }

    [Fact]
    public void WordsOfInterviewees_QuotedByOneOrWithTheirAge_AreNotTheScenesLines()
    {
        var article = Parse(
            "Three moments fans told us about",
            "1. Lantern Harbour (2014)",
            "Baek Do-hwan (Kang Min-jae) finally tells her, \"I was never waiting for the boat.\" Several viewers singled it out. \"Nobody touches anyone,\" one said. \"It's just a question.\"",
            "2. Paper Orchard (2015)",
            "Park Ji-hoon's reporter asks her straight out, and she hiccups. \"It is a love story about liars,\" said Noura, 22, a university student in Riyadh. \"Of course we love it.\"",
            "3. Moon Ferry (2016)",
            "Lee Dae-sung's prince lets the maid cover his scar. \"It's two people and one brush,\" said Reem, a 27-year-old pharmacist in Jeddah.");

        Assert.Equal(["I was never waiting for the boat."], article.Items[0].Quotes);
        Assert.Empty(article.Items[1].Quotes);
        Assert.Empty(article.Items[2].Quotes);
    }

    [Fact]
    public void AnAgeAfterACharactersWords_InLowercase_IsNoInterviewee()
    {
        var article = Parse(
            "Three confessions we still rewind",
            "1. Lantern Harbour (2014)",
            "Baek Do-hwan (Kang Min-jae) waits on the pier and tells her, \"I was never waiting for the boat,\" he says, a 30-year-old man finally brave.",
            "2. Paper Orchard (2015)",
            "Park Ji-hoon's reporter asks her straight out, and she hiccups, and he laughs for the first time in the whole show.",
            "3. Moon Ferry (2016)",
            "Lee Dae-sung's prince lets the maid cover his scar before the ritual, and the people see his face for the first time.");

        Assert.Equal(["I was never waiting for the boat,"], article.Items[0].Quotes);
    }
}
