using KdramaMoments.Web.Importing;

namespace KdramaMoments.Tests.Importing;

public sealed class ArticleSegmenterTests
{
    private const string Body = "Kim Shin (Gong Yoo) walks out of the tunnel to save her.";

    [Theory]
    [InlineData("#1 First", "#2 Second", "#3 Third")]
    [InlineData("No. 1: First", "No. 2: Second", "No. 3: Third")]
    [InlineData("I. First", "II. Second", "III. Third")]
    [InlineData("## 3. First", "## 2. Second", "## 1. Third")]
    [InlineData("1) First", "2) Second", "3) Third")]
    [InlineData("10 First", "9 Second", "8 Third")]
    [InlineData("1.First", "2.Second", "3.Third")]
    [InlineData("1st: First", "2nd: Second", "3rd: Third")]
    [InlineData("[No. 1] First", "[No. 2] Second", "[No. 3] Third")]
    public void Segment_HeadingStyles_FindThreeItems(string first, string second, string third)
    {
        var text = $"A title line for the list\n\nSome intro.\n\n{first}\n\n{Body}\n\n{second}\n\n{Body}\n\n{third}\n\n{Body}\n";
        var segments = ArticleSegmenter.Segment(text);
        Assert.NotNull(segments);
        Assert.Equal(["First", "Second", "Third"], segments.Items.Select(i => i.Heading));
        Assert.All(segments.Items, i => Assert.Equal([Body], i.Blocks));
    }

    [Fact]
    public void Segment_NumberedTitleAndReadingTime_AreNotPartOfTheList()
    {
        const string Body = "\n\nThe couple meets again after years apart and finally says what they felt.\n\n";
        var text = "6 Most Romantic Scenes\n\n4 MIN READ\n\n1. One" + Body + "2. Two" + Body + "3. Three" + Body;
        var segments = ArticleSegmenter.Segment(text)!;
        Assert.Equal(["One", "Two", "Three"], segments.Items.Select(i => i.Heading));
        Assert.Equal("6 Most Romantic Scenes", segments.Title);
    }

    [Theory]
    [InlineData("Advertisement")]
    [InlineData("Also read: 10 more dramas")]
    [InlineData("Photos credit to cosmo | youtube")]
    [InlineData("Credit : SCMP")]
    [InlineData("Source : Cosmopolitan")]
    [InlineData("By Mina Park | December 2, 2024")]
    [InlineData("Last updated:")]
    [InlineData("4 MIN READ")]
    [InlineData("in ,")]
    [InlineData("*Source: Soompi*")]
    public void IsNoise_PageFurniture_True(string line) => Assert.True(ArticleSegmenter.IsNoise(line));

    [Theory]
    [InlineData("By the end, after so much suffering, their ending feels completely earned.")]
    [InlineData("Kim Shin (Gong Yoo) walks out of the tunnel.")]
    [InlineData("Goblin / Guardian: The Lonely and Great God")]
    [InlineData("Goblin / Guardian")]
    [InlineData("| Network | tvN |")]
    public void IsNoise_Sentences_False(string line) => Assert.False(ArticleSegmenter.IsNoise(line));

    [Fact]
    public void Segment_NoList_ReturnsNull() =>
        Assert.Null(ArticleSegmenter.Segment("Just a paragraph about dramas.\n\nAnd another one, with no list at all."));

    private const string Paragraph = "The two of them finally stop pretending, and the whole scene plays out in one long, quiet take.";

    private static string Article(params string[] headings) =>
        "Our favourite moments\n\nAn introduction that sets up the list for the reader in one long sentence.\n\n"
        + string.Concat(headings.Select(h => h + "\n\n" + Paragraph + "\n\n"));

    [Fact]
    public void Segment_UnnumberedHeadingsThatAreOnlyDramaTitles_AreAList()
    {
        var segments = ArticleSegmenter.Segment(Article("Hometown Cha-Cha-Cha", "Crash Landing on You", "Reply 1988", "Queen of Tears"))!;
        Assert.Equal(["Hometown Cha-Cha-Cha", "Crash Landing on You", "Reply 1988", "Queen of Tears"], segments.Items.Select(i => i.Heading));
    }

    [Fact]
    public void Segment_CountdownWithTrailingPeriods_KeepsTheAuthorsNumbers()
    {
        var segments = ArticleSegmenter.Segment(Article("5. Goblin.", "4. Something in the Rain.", "3. Healer.", "2. Mr. Sunshine.", "1. Reply 1988."))!;
        Assert.Equal([5, 4, 3, 2, 1], segments.Items.Select(i => i.Number!.Value));
        Assert.Equal("Something in the Rain.", segments.Items[1].Heading);
    }

    [Fact]
    public void Segment_FullWidthAndOtherScriptsDigits_AreNumbers()
    {
        var segments = ArticleSegmenter.Segment(Article("１. Goblin", "２. Healer", "３. Reply 1988"))!;
        Assert.Equal([1, 2, 3], segments.Items.Select(i => i.Number!.Value));
    }

    [Fact]
    public void Segment_OneHeadingThatReadsLikeASentence_IsFilledInFromTheNumbering()
    {
        var segments = ArticleSegmenter.Segment(Article("1. Goblin", "2. The one where she finally says it to his face in the rain.", "3. Healer", "4. Reply 1988"))!;
        Assert.Equal([1, 2, 3, 4], segments.Items.Select(i => i.Number!.Value));
    }

    [Fact]
    public void Read_NoList_SaysWhichShapesWereSeenAndWhyNoneWasTaken()
    {
        var result = ArticleSegmenter.Read(Article("1. Goblin", "5. Healer"));
        Assert.Null(result.Segments);
        Assert.Contains("1. ×2", result.Error, StringComparison.Ordinal);
        Assert.Contains("longest run counting by one", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Segment_BlogFooterFaqsAndPopularPostsAfterTheLastItem_AreNotPartOfIt()
    {
        var text = Article("1. Goblin", "2. Healer", "3. Reply 1988")
            + "Share this:\n\nLabels: kdrama, romance\n\nNewer Post Older Post Home\n\nPopular posts\n\nHotel del Luna episode 16 made me cry for a week and I am still not over it at all.\n\n"
            + "FAQs\n\nWhich drama has the best kiss? Many fans say Crash Landing on You has the best one of all.";
        var last = ArticleSegmenter.Segment(text)!.Items[^1];
        Assert.Equal([Paragraph], last.Blocks);
    }

    [Fact]
    public void Segment_EmbeddedSocialPostsAndWatchPrompts_AreNotContent()
    {
        var text = Article("## 1. Goblin", "## 2. Healer", "## 3. Reply 1988").Replace(
            Paragraph + "\n\n## 2.",
            Paragraph + "\n\nView this post on Instagram\n\nA post shared by tvN DRAMA (@tvn_drama)\n\n“he said ‘i’ll wait’ and i died” pic.twitter.com/abc\n\n— fan (@fan_account) May 14, 2024\n\nWatch “Goblin”:\n\nWatch Now\n\n## 2.",
            StringComparison.Ordinal);
        var first = ArticleSegmenter.Segment(text)!.Items[0];
        Assert.Equal([Paragraph], first.Blocks);
    }

    [Fact]
    public void Segment_TitleInCapitalsThenTheAuthorsWords_IsAHeading()
    {
        var text = $"My favourite kisses\n\nLet's start.\n\nHEALER: the rooftop kiss\n\n{Body}\n\nNext we have…\n\nHOTEL DEL LUNA: the goodbye\n\n{Body}\n\nNext we have…\n\nKING THE LAND: the suite\n\n{Body}\n";
        Assert.Equal(["HEALER: the rooftop kiss", "HOTEL DEL LUNA: the goodbye", "KING THE LAND: the suite"], ArticleSegmenter.Segment(text)!.Items.Select(i => i.Heading));
    }

    [Fact]
    public void Segment_WikiMarks_AreRemovedAndReferencesEndTheList()
    {
        var text = $"List of scenes\n\nFull House (2004)[edit]\n\nRain plays the film star Lee Young-jae,[3] who buys her house and then cannot get rid of her.\n\nHealer (2014)[edit]\n\n{Body}\n\nGoblin (2016)[edit]\n\n{Body}\n\nReferences[edit]\n\n^ \"The most memorable kiss scenes in dramas\". Soompi. 2 February 2013.\n";
        var segments = ArticleSegmenter.Segment(text)!;
        Assert.Equal(["Full House (2004)", "Healer (2014)", "Goblin (2016)"], segments.Items.Select(i => i.Heading));
        Assert.Equal("Rain plays the film star Lee Young-jae, who buys her house and then cannot get rid of her.", segments.Items[0].Blocks[0]);
        Assert.Equal([Body], segments.Items[^1].Blocks);
    }

    [Fact]
    public void Segment_TableRowWithATab_IsAFactLine()
    {
        var text = $"List of scenes\n\nHealer (2014)\n\nNetwork\tKBS2\nStarring\tJi Chang-wook, Park Min-young\n\n{Body}\n\nGoblin (2016)\n\n{Body}\n\nReply 1988 (2015)\n\n{Body}\n";
        var first = ArticleSegmenter.Segment(text)!.Items[0];
        Assert.Equal(["Network: KBS2", "Starring: Ji Chang-wook, Park Min-young", Body], first.Blocks);
    }

    [Theory]
    [InlineData("[Photo = MBC]")]
    [InlineData("Clip via YouTube / tvN DRAMA")]
    [InlineData("▶ Related article: Lee Jong-suk returns to the small screen")]
    [InlineData("▶ Font size  ▶ Print  ▶ Share")]
    [InlineData("ⓒ Example News, unauthorised reproduction and redistribution prohibited")]
    [InlineData("Reporter Han Ye-rin hyr@example-ent.co.kr")]
    [InlineData("Entertainment Desk | Reporter Han Ye-rin | 2024.11.08 09:12 | Modified 2024.11.08 10:40")]
    [InlineData("February 5, 2025 by wintersonata_girl")]
    [InlineData("You must register to a corporate account to download this video. Please login")]
    [InlineData("Home › K-Drama › Lists")]
    [InlineData("Culture / Entertainment")]
    [InlineData("K-Drama / Lists / Romance")]
    [InlineData("Facebook  X  Flipboard  Email")]
    [InlineData("| JTBC")]
    public void Furniture_OfNewsPortalsVideoScriptsAndBlogs_IsNoise(string line) =>
        Assert.True(PageFurniture.IsNoise(line));

    [Theory]
    [InlineData("Which K-drama kiss is your favourite? Vote below")]
    [InlineData("See also")]
    [InlineData("References")]
    [InlineData("Popular articles")]
    public void Footer_PollsAndWikiSections_EndTheLastItem(string line) =>
        Assert.True(PageFurniture.StartsFooter(line));

    [Fact]
    public void Segment_ParagraphsThatOpenWithATitleAndItsYear_AreItems()
    {
        var text = "Farewells we still think about\n\nSome goodbyes hurt more than others, and these three hurt the most.\n\n"
            + "Healer (2014) – The courier finally tells the reporter who he is, and then he has to disappear for a while to keep her safe.\n\n"
            + "Chae Young-shin waits on the rooftop every night anyway.\n\n"
            + "Goblin (tvN, 2016) – Kim Shin walks into the light after the last battle, leaving his bride with a promise about the first snow.\n\n"
            + "Reply 1988 (2015) – Jung-hwan turns his confession into a joke at the reunion dinner, and the whole table laughs except him.\n";
        var segments = ArticleSegmenter.Segment(text)!;
        Assert.Equal(["Healer (2014)", "Goblin (tvN, 2016)", "Reply 1988 (2015)"], segments.Items.Select(i => i.Heading));
        Assert.Equal(["The courier finally tells the reporter who he is, and then he has to disappear for a while to keep her safe.", "Chae Young-shin waits on the rooftop every night anyway."],
            segments.Items[0].Blocks);
    }

    [Fact]
    public void Segment_ForumPostsUnderRepeatedUserLines_AreItemsByTheTitleEachPostOpensWith()
    {
        const string Post = "\n\nsome_user\nMember\nJan 5, 2025\n\n";
        var text = "Your favourite rooftop scenes?\n\nopener_account\nMember\n\nTell me your favourite rooftop scene, with the episode if you can.\n\n"
            + "Reply 1988, ep 18. The ring scene on the rooftop of the alley, where the confession turns into a joke." + Post
            + "Mine is Secret Garden — the CEO does sit-ups with the stuntwoman on his feet and it is somehow romantic." + Post
            + "opener_account said:\nMine is Secret Garden — the CEO does sit-ups with the stuntwoman on his feet.\nClick to expand...\nthat one is a classic, agreed with everything here." + Post
            + "Not a rooftop but Goblin (2016). He appears the moment she blows out the candle on the beach, coat and all.\n";
        var segments = ArticleSegmenter.Segment(text)!;
        Assert.Equal(["Reply 1988", "Secret Garden", "Goblin (2016)"], segments.Items.Select(i => i.Heading));
        Assert.StartsWith("ep 18. The ring scene", segments.Items[0].Blocks[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Segment_NumberedParagraphsOfAThread_SplitTheTitleFromTheText()
    {
        var text = "proposals that ruined me: a thread\n\n"
            + "1/ healer (2014) — he says it from behind a mask and she still knows exactly who it is, which is the whole point\n\n"
            + "2/ goblin — the proposal happens in a field of buckwheat flowers and I am not over it at all\n\n"
            + "3/ Reply 1988!! the ring scene, except it is a joke, except it is not a joke, and he knows it\n";
        var segments = ArticleSegmenter.Segment(text)!;
        Assert.Equal(["healer (2014)", "goblin", "Reply 1988"], segments.Items.Select(i => i.Heading));
        Assert.Equal(["the ring scene, except it is a joke, except it is not a joke, and he knows it"], segments.Items[2].Blocks);
    }

    [Fact]
    public void Segment_VideoChapterList_IsAListOfOneLineItems()
    {
        var text = "5 rooftop scenes | Countdown\n\nHere are five rooftop scenes we love, counted down from five to one.\n\n"
            + "0:00 Intro\n0:30 #3 Healer (2014) | Seo Jung-hoo & Chae Young-shin | Ji Chang-wook, Park Min-young\n"
            + "2:10 #2 Goblin (2016) | Gong Yoo as Kim Shin | ep 1\n4:05 #1 Reply 1988 (2015) | Jung-hwan | \"Happy birthday\"\n6:00 Outro\n\n"
            + "Music licensed from a library. All clips belong to their owners and are used here for commentary.\n";
        var segments = ArticleSegmenter.Segment(text)!;
        Assert.Equal(["Healer (2014) | Seo Jung-hoo & Chae Young-shin | Ji Chang-wook, Park Min-young", "Goblin (2016) | Gong Yoo as Kim Shin | ep 1", "Reply 1988 (2015) | Jung-hwan | \"Happy birthday\""],
            segments.Items.Select(i => i.Heading));
    }

    [Fact]
    public void Segment_SlideCounters_TakeTheTitleUnderThemAndSkipTheCover()
    {
        var text = "Slow burns worth the wait\n\nSlide 1 of 4\nA few couples who took their time, collected for a long weekend of watching.\n\n"
            + $"Slide 2 of 4\nHealer (2014)\n\n{Body}\n\nSlide 3 of 4\nGoblin (2016)\n\n{Body}\n\nSlide 4 of 4\nReply 1988\n\n{Body}\n";
        var segments = ArticleSegmenter.Segment(text)!;
        Assert.Equal(["Healer (2014)", "Goblin (2016)", "Reply 1988"], segments.Items.Select(i => i.Heading));
        Assert.All(segments.Items, i => Assert.Equal([Body], i.Blocks));
    }

    [Fact]
    public void Segment_HeadingsThatRepeatOnceDigitsAreSetAside_AreACardsFurnitureNotTheList()
    {
        var text = "My list\n\n"
            + $"Healer\nKorean Drama - 2014, 20 episodes\n\n{Body}\n\nGoblin\nKorean Drama - 2016, 16 episodes\n\n{Body}\n\nReply 1988\nKorean Drama - 2015, 20 episodes\n\n{Body}\n";
        var segments = ArticleSegmenter.Segment(text)!;
        Assert.Equal(["Healer", "Goblin", "Reply 1988"], segments.Items.Select(i => i.Heading));
    }

    private const string Para = "He waits outside her building every night, and she pretends for weeks that she has not noticed him there.";

    [Fact]
    public void Segment_ShowNotesWithTimeCodes_HeadingsAreTheTimeCodedLinesWithText()
    {
        var text = "Episode 12: Rooftops\n\nIn this episode:\n(00:00) Hello\n(03:10) First pick\n(09:45) Second pick\n(15:20) Third pick\n\n"
            + $"[03:10] Run On (2020) — Seon-gyeom & Mi-ju\n{Para}\n\n[09:45] Healer — Jung-hoo & Young-shin\n{Para}\n\n[15:20] Start-Up — Dal-mi & Do-san\n{Para}\n";
        var segments = ArticleSegmenter.Segment(text);
        Assert.NotNull(segments);
        Assert.Equal(["Run On (2020) — Seon-gyeom & Mi-ju", "Healer — Jung-hoo & Young-shin", "Start-Up — Dal-mi & Do-san"], segments.Items.Select(i => i.Heading));
    }

    [Fact]
    public void Segment_TranscriptWithSpokenRanks_ItemsStartAtTheRanksNotAtEveryTimeCodedLine()
    {
        // Every line of a video's transcript has a time code; the list is what the speaker counts through, and the title is the
        // sentence of the rank's line that reads as one.
        var text = "Transcript\n\n"
            + "[0:00] hi besties, three rooftop scenes i think about way too much, here we go\n"
            + "[0:04] ON SCREEN: rooftop scenes that live in my head\n"
            + "[0:07] number three. Healer. yes the old one, fight me\n"
            + "[0:10] so the courier is on a roof again and she is on the phone with him and neither of them knows the other is right there\n"
            + "[0:16] ON SCREEN: #3 Healer\n"
            + "[0:19] coming in at number two, Run On\n"
            + "[0:22] the sprinter and the translator share a can of coffee on a rooftop and it is the calmest anyone has ever been in a drama\n"
            + "[0:28] ON SCREEN: #2 Run On\n"
            + "[0:31] and number one, obviously. Start-Up\n"
            + "[0:34] the letters. the hot air balloon is not a rooftop but the roof of the company counts and i will not be taking questions\n"
            + "[0:41] ON SCREEN: #1 Start-Up\n"
            + "[0:44] follow for part two\n";
        var segments = ArticleSegmenter.Segment(text)!;
        Assert.Equal(["Healer", "Run On", "Start-Up"], segments.Items.Select(i => i.Heading));
        Assert.Equal([3, 2, 1], segments.Items.Select(i => i.Number ?? 0));
        Assert.Contains(segments.Items[0].Blocks, b => b.Contains("the courier is on a roof", StringComparison.Ordinal));
    }

    [Fact]
    public void Segment_WikiSectionsWithEditLinks_SubSectionsAreTheItems()
    {
        var text = "Rooftop Scenes\n\nOverview[]\nThis page lists rooftop scenes between a drama's lead couple that fans return to most.\n\n"
            + $"Scenes[edit]\nRun On[]\nNetwork\tJTBC\n{Para}\n\nHealer[]\nNetwork\tKBS2\n{Para}\n\nStart-Up[]\nNetwork\ttvN\n{Para}\n\n"
            + "Trivia[]\nSeveral of these rooftops are real buildings that fans now visit on tours of Seoul.\n\nSee also[]\nKitchen Scenes\n";
        var segments = ArticleSegmenter.Segment(text)!;
        Assert.Equal(["Run On", "Healer", "Start-Up"], segments.Items.Skip(segments.Items.Count - 3).Select(i => i.Heading));
        Assert.DoesNotContain(segments.Items, i => i.Heading is "Scenes" or "Trivia");
    }

    [Fact]
    public void Segment_EverySectionHeadedByAQuotation_QuotationsAreTheHeadings()
    {
        var text = "Five lines we still repeat\n\nSome things a character says once and a fandom says for a decade. These are ours.\n\n"
            + $"“Stay where I can see you.”\n\n{Para}\n\n“You were late by ten years.”\n\n{Para}\n\n“Then let me be your weather.”\n\n{Para}\n";
        var segments = ArticleSegmenter.Segment(text)!;
        Assert.Equal(["“Stay where I can see you.”", "“You were late by ten years.”", "“Then let me be your weather.”"], segments.Items.Select(i => i.Heading));
    }

    [Fact]
    public void Segment_RelatedLinkBoxAndPhotoCredit_AreNotItems()
    {
        var text = "Four rainy-day scenes\n\nAn intro paragraph that sets out what the list is about and why rain matters so much.\n\n"
            + $"Run On (2020)\n\n{Para}\n\nMust Read\nTen actors who started out as models\n\nHealer (2014)\n\n{Para}\n\n"
            + $"Netflix\nKim Ha-eun and Park Do-yun.\n\n{Para}\n\nRELATED STORY\nEvery Lee Min-ho Series, Ranked\n\nStart-Up (2020)\n\n{Para}\n";
        var segments = ArticleSegmenter.Segment(text)!;
        Assert.Equal(["Run On (2020)", "Healer (2014)", "Start-Up (2020)"], segments.Items.Select(i => i.Heading));
        Assert.DoesNotContain(segments.Items.SelectMany(i => i.Blocks), b => b.Contains("Kim Ha-eun", StringComparison.Ordinal) || b == "Netflix");
    }

    [Fact]
    public void Segment_SentenceCaseSubheadingsOverParagraphsThatOpenWithATitle_SubheadingsAreTheHeadings()
    {
        var text = "Three rooftop moments\n\nWe asked readers which rooftop scenes they remember, and three answers kept coming back.\n\n"
            + "Waiting under the water tank\n\nLong before Start-Up, there was Healer (2014). The courier watches her window from the roof across the street every night.\n\n"
            + "A Ladder in the rain\n\nIn Run On (2020), the sprinter climbs up to the translator's roof to return her umbrella in a storm.\n\n"
            + "The lights of the whole city\n\nStart-Up (2020) ends its tenth episode on a rooftop where the two founders finally talk honestly.\n";
        var segments = ArticleSegmenter.Segment(text)!;
        Assert.Equal(["Waiting under the water tank", "A Ladder in the rain", "The lights of the whole city"], segments.Items.Select(i => i.Heading));
    }

    [Fact]
    public void Read_NoMarkerGroup_HeadingsThatOpenWithKnownDramasAreTheList()
    {
        var text = "My comfort shows\n\nA few shows I put on when the week has been long, in no order at all.\n\n"
            + $"Hotel del Luna (2019)\n{Para}\n\n• Secret Garden — the sit-ups\n{Para}\n\n**Run On**\n{Para}\n";
        var read = ArticleSegmenter.Read(text);
        Assert.Null(read.Error);
        Assert.Equal(["Hotel del Luna (2019)", "Secret Garden — the sit-ups", "Run On"], read.Segments!.Items.Select(i => i.Heading));
    }

    // A site's menu and section lines sit above the list; each item is a line that never names its drama, over a card whose
    // labelled line does ("Series:", "Title:", "From:"), sometimes under another fact line.
    private const string Menu = "Home  Reviews  Features  Podcasts  Newsletter\n\nReviews\n\n";

    [Theory]
    [InlineData("Series")]
    [InlineData("Title")]
    [InlineData("K-drama")]
    [InlineData("From")]
    public void Segment_SceneNamesOverLabelledDramaLines_AreTheHeadings(string label)
    {
        var text = "Three scenes we keep replaying\n\n" + Menu + "A short intro that says which scenes made the cut and why we chose these three.\n\n"
            + $"Waiting out the storm\n{label}: Healer (2014)\nStreaming on: Viki\n\n{Para}\n\n"
            + $"a note left on the fridge\n{label}: Run On (2020)\n\n{Para}\n\n"
            + $"The last train home\nStreaming on: Netflix\n{label}: Start-Up (2020)\n\n{Para}\n";
        var segments = ArticleSegmenter.Segment(text)!;
        Assert.Equal(["Waiting out the storm", "a note left on the fridge", "The last train home"], segments.Items.Select(i => i.Heading));
        Assert.Equal("a heading over a drama line", segments.Shape);
    }

    [Fact]
    public void Segment_QuotationsOverShowAndCastLines_AreTheHeadingsNotTheMenu()
    {
        var text = "Lines that made us believe in fate\n\n" + Menu + "Every one of these shows hangs its romance on a single line, so we did too.\n\n"
            + $"“I crossed a border for your umbrella.”\nShow: Healer (KBS2, 2014)\nStarring: Ji Chang-wook, Park Min-young\n\n{Para}\n\n"
            + $"“Run, and I will still be here.”\nShow: Run On (JTBC, 2020)\nStarring: Im Si-wan, Shin Se-kyung\n\n{Para}\n\n"
            + $"“You signed every letter but one.”\nShow: Start-Up (tvN, 2020)\nStarring: Bae Suzy, Nam Joo-hyuk\n\n{Para}\n";
        var segments = ArticleSegmenter.Segment(text)!;
        Assert.Equal(["“I crossed a border for your umbrella.”", "“Run, and I will still be here.”", "“You signed every letter but one.”"], segments.Items.Select(i => i.Heading));
    }

    [Fact]
    public void Segment_NumberedPointsInsideOneItem_LoseToTheCardsWhoseItemsEachNameOneDrama()
    {
        // The three numbered lines are the reasons one item gives, not the list: the items they would make leave two labelled
        // dramas above the first and hold two in the last; the scene names' items hold one each.
        var text = "Four scenes, and why they work\n\nWe picked four scenes and, for one of them, wrote down exactly why it lands.\n\n"
            + $"The jacket on the bench\nDrama: Healer (2014)\n\n{Para}\n\n"
            + $"Breakfast at the wrong table\nDrama: Run On (2020)\n\n{Para}\n\n"
            + "1. The pacing\n\nThe scene takes its time, and the camera never cuts away from the two of them at the table.\n\n"
            + "2. The music\n\nThere is no score until the very last second, when a single piano note finally comes in.\n\n"
            + "3. The silence\n\nNobody says the obvious thing, and that is what makes it land so much harder than a confession.\n\n"
            + $"A bus stop at dawn\nDrama: Start-Up (2020)\n\n{Para}\n\n"
            + $"Two coffees, one umbrella\nDrama: Hotel del Luna (2019)\n\n{Para}\n";
        var segments = ArticleSegmenter.Segment(text)!;
        Assert.Equal(["The jacket on the bench", "Breakfast at the wrong table", "A bus stop at dawn", "Two coffees, one umbrella"], segments.Items.Select(i => i.Heading));
        Assert.Contains(segments.Items[1].Blocks, b => b.StartsWith("3. The silence", StringComparison.Ordinal));
    }

    [Fact]
    public void Segment_CoupleHeadingsOverParagraphsThatOpenWithTheirDrama_CoupleHeadingsAreTheItems()
    {
        // Both the couple lines and the paragraphs' openings ("Healer (2014) …") could head the items; both resolve, and the
        // couple lines partition the article better, as a reader sees.
        var text = "On-screen pairs we would watch in anything\n\nA slideshow of pairs whose chemistry carried a whole series.\n\n"
            + "Ji Chang-wook and Park Min-young\n\nHealer (2014) gave them rooftops, a radio and a secret identity, and they made every one of those count.\n\n"
            + "Im Si-wan and Shin Se-kyung\n\nRun On (2020) paired a sprinter with a translator, and the quiet between them said more than the subtitles.\n\n"
            + "Bae Suzy and Nam Joo-hyuk\n\nStart-Up (2020) turned a stack of old letters into a love triangle that fans still argue about today.\n";
        var segments = ArticleSegmenter.Segment(text)!;
        Assert.Equal(["Ji Chang-wook and Park Min-young", "Im Si-wan and Shin Se-kyung", "Bae Suzy and Nam Joo-hyuk"], segments.Items.Select(i => i.Heading));
    }
}
