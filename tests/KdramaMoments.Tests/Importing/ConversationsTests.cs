using KdramaMoments.Web.Importing;

namespace KdramaMoments.Tests.Importing;

/// <summary>
/// Conversations and spoken lists: a phone's message export and a video's automatic captions, where a drama is introduced
/// among other words and the items are where dramas are introduced, not every message or caption.
/// </summary>
public sealed class ConversationsTests
{
    private static ParsedArticle Parse(string text) =>
        ArticleParser.Parse(text).Article ?? throw new InvalidOperationException(ArticleParser.Parse(text).Error);

    [Theory]
    [InlineData("1:12 so number four is Healer from 2014", 4, "is Healer from 2014")]
    [InlineData("3:40 okay number two and this one is my favourite Run On", 2, "and this one is my favourite Run On")]
    [InlineData("7:05 and finally number one", 1, "")]
    public void Read_CaptionWithAnUnpunctuatedRank_IsSpoken(string line, int number, string text)
    {
        var marker = ListMarker.Read(line);

        Assert.Equal((true, number, text), (marker.IsSpoken, marker.Number!.Value, marker.Text));
    }

    [Theory]
    [InlineData("1:12 the number one reason i watch is the cast")] // no rank at the caption's start
    [InlineData("number one reason to watch is the cast")] // no time code: written prose needs the pause
    [InlineData("and finally number one")]
    public void Read_NumberPhraseOutsideACaptionsOpening_IsNotSpoken(string line) =>
        Assert.False(ListMarker.Read(line).IsSpoken);

    private const string Captions = """
        my top 4 rooftop scenes ever (ranked)
        Sunny Side Dramas
        12K views  3 months ago
        Chapters:
        0:00 Intro
        0:30 #4
        1:10 #3
        1:50 #2
        2:30 #1

        Transcript
        0:00 hey guys welcome back
        0:04 today it's rooftops because i have a problem
        0:09 [Music]
        0:30 okay so number four is Start-Up from 2020
        0:34 Bae Suzy plays Seo Dal-mi and she is so determined
        0:39 and Nam Joo-hyuk plays Nam Do-san who is a very shy coder
        0:44 they sit on the roof of the company and talk about the letters
        1:10 number three Healer
        1:13 Ji Chang-wook is Seo Jung-hoo a courier who runs across the rooftops at night
        1:18 and Park Min-young is Chae Young-shin a reporter who will not give up
        1:24 the phone call on the roof i still cannot handle it
        1:50 okay number two and this one is underrated Run On
        1:54 Im Si-wan plays Ki Seon-gyeom the sprinter
        1:58 and Shin Se-kyung plays Oh Mi-ju a translator
        2:03 they share a can of coffee on a rooftop and it is so calm
        2:30 and finally number one
        2:33 Itaewon Class
        2:35 Park Seo-joon as Park Sae-ro-yi and Kim Da-mi as Jo Yi-seo
        2:41 the rooftop bar at the end is the whole point of the show
        3:10 that's it tell me yours in the comments
        3:14 bye
        """;

    [Fact]
    public void AutomaticCaptions_RanksSaidMidLine_AreTheItemsHeadedByTheDramaSaid()
    {
        var article = Parse(Captions);

        Assert.Equal(["Start-Up", "Healer", "Run On", "Itaewon Class"], article.Items.Select(i => i.Drama.Title));
        Assert.Equal([4, 3, 2, 1], article.Items.Select(i => i.Rank ?? 0));
        // The rank said alone keeps its words as the heading; its drama is the caption under it.
        Assert.Equal("and finally number one", article.Items[3].Heading);
        Assert.Contains(article.Items[1].Cast, c => c.Character == "Seo Jung-hoo" && c.Actor == "Ji Chang-wook");
        Assert.Contains(article.Items[3].Cast, c => c.Character == "Park Sae-ro-yi" && c.Actor == "Park Seo-joon");
        // The words around the title stay the item's text.
        Assert.Contains(article.Items[2].Excerpt.Split('\n'), l => l.Contains("underrated", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Me  9:32 PM")] // a label and a clock are not a rank ("Me 9")
    [InlineData("Dana Lim  11:05 AM")]
    public void Read_ASenderAndTheTime_IsAMessageHeader(string line) =>
        Assert.NotNull(ChatMessages.Read(line));

    [Theory]
    [InlineData("Delivered")]
    [InlineData("Read 9:36 PM")]
    [InlineData("Seen")]
    [InlineData("[Image: rooftop_scene.jpg]")]
    [InlineData("❤️ Loved “see you at the cinema”")]
    [InlineData("Laughed at \"you and your rooftops\"")]
    public void ReceiptsAndReactions_AreChatFurniture_NotHeaders(string line)
    {
        Assert.True(ChatMessages.IsFurniture(line));
        Assert.Null(ChatMessages.Read(line));
    }

    [Theory]
    [InlineData("Sat, Mar 7, 2026")]
    [InlineData("Monday, December 1st")]
    [InlineData("7 March 2026")]
    public void DayAloneOnItsLine_IsADayLine_NotAHeader(string line)
    {
        Assert.True(ChatMessages.IsDayLine(line));
        Assert.Null(ChatMessages.Read(line));
    }

    [Theory]
    [InlineData("Loved the rooftop scene in that one")] // a message that happens to start with a reaction's word
    [InlineData("Read the webtoon first, trust me")]
    public void MessagesThatOpenWithAReceiptsWord_AreNoFurniture(string line) =>
        Assert.False(ChatMessages.IsFurniture(line));

    [Theory]
    [InlineData("OMG THE ROOFTOP", true)] // shouted
    [InlineData("Dal-mi and Do-san!!", true)] // two people
    [InlineData("2014", true)] // no words
    [InlineData("Itaewon Class", false)]
    [InlineData("Some Quiet Title", false)]
    public void IsChatter_WordsThatOpenAMessageLikeATitle(string words, bool chatter) =>
        Assert.Equal(chatter, ChatMessages.IsChatter(words));

    private const string PhoneChat = """
        Messages export
        Conversation with: Dana Lim
        ----------------------------------------

        Sat, Mar 7, 2026

        Dana Lim  8:01 PM
        ok rooftop night. we each pick one scene and we watch them in order

        Me  8:02 PM
        fine. you start
        Delivered

        Dana Lim  8:04 PM
        easy. Healer. the phone call on the roof, Ji Chang-wook as Seo Jung-hoo just listening to her breathe

        Me  8:05 PM
        Park Min-young as Chae Young-shin deserves an award for that
        Read 8:05 PM

        Dana Lim  8:06 PM
        I KNOW RIGHT

        Me  8:08 PM
        mine is Start-Up. Nam Joo-hyuk as Nam Do-san on the company roof with Bae Suzy
        Delivered

        Dana Lim  8:09 PM
        Dal-mi and Do-san!! the letters!! the whole time

        Dana Lim  8:10 PM
        I cannot believe that was 2020. it feels like last year

        Dana Lim  8:12 PM
        [Image: rooftop_scene.jpg]

        Me  8:14 PM
        last pick, going old school: Run On
        Delivered

        Dana Lim  8:15 PM
        SHIN SE-KYUNG IN THAT COAT

        Me  8:16 PM
        Im Si-wan as Ki Seon-gyeom sharing the coffee with Oh Mi-ju, the calmest roof in television

        Dana Lim  8:18 PM
        ok so the order is Healer, Start-Up, Run On. I'll bring snacks

        Dana Lim  8:19 PM
        ❤️ Loved "fine. you start"

        ----------------------------------------
        End of conversation
        """;

    [Fact]
    public void PhoneChat_EachDramaIntroduced_IsOneMoment_ChatterAndRecapsBelongToIt()
    {
        var article = Parse(PhoneChat);

        Assert.Equal(["Healer", "Start-Up", "Run On"], article.Items.Select(i => i.Drama.Title));
        // The heading is the drama introduced, not the chatter around it.
        Assert.Equal(["Healer", "Start-Up", "Run On"], article.Items.Select(i => i.Heading));
        // Replies naming the people, a shout and a remark ending in a year belong to the moment above them.
        Assert.Contains(article.Items[0].Cast, c => c.Character == "Chae Young-shin" && c.Actor == "Park Min-young");
        Assert.Contains(article.Items[2].Cast, c => c.Character == "Ki Seon-gyeom" && c.Actor == "Im Si-wan");
        // Receipts, pictures and reactions are no one's words.
        Assert.DoesNotContain(article.Items, i => i.Excerpt.Contains("Delivered", StringComparison.Ordinal) || i.Excerpt.Contains("Read 8", StringComparison.Ordinal)
            || i.Excerpt.Contains("[Image", StringComparison.Ordinal));
        Assert.DoesNotContain(article.Items.SelectMany(i => i.Quotes), q => q.Contains("you start", StringComparison.Ordinal));
        Assert.All(article.Items, i => Assert.DoesNotContain("Read 8", i.Drama.AlternateTitles));
    }

    [Fact]
    public void Thread_LastNumberedPostThatOnlySignsOff_IsNoItem()
    {
        var article = Parse("""
            Four slow-burn couples, a thread 1/5

            2/5 Healer (2014). Seo Jung-hoo (Ji Chang-wook) guards Chae Young-shin (Park Min-young) from the rooftops for weeks.

            3/5 Run On (2020). Ki Seon-gyeom (Im Si-wan) and Oh Mi-ju (Shin Se-kyung) take the whole season to say it.

            4/5 Start-Up (2020). Nam Do-san (Nam Joo-hyuk) writes back to Seo Dal-mi (Bae Suzy) years too late.

            5/5 That's it! And yes, I left out Itaewon Class on purpose, everyone has talked about it enough already.
            """);

        Assert.Equal(["Healer", "Run On", "Start-Up"], article.Items.Select(i => i.Drama.Title));
        Assert.DoesNotContain("left out", article.Items[^1].Excerpt, StringComparison.Ordinal);
    }
}
