using KdramaMoments.Web.Importing;

namespace KdramaMoments.Tests.Importing;

/// <summary>Chat exports and threads: message headers found by line shape, and each message naming a drama read as one moment.</summary>
public sealed class ChatMessagesTests
{
    [Theory]
    [InlineData("[03-Mar-24 10:15 PM] host_minji")]
    [InlineData("[2024-03-03 22:15] sol.runner 🌙")]
    [InlineData("daebak_dan — Today at 8:02 PM")]
    [InlineData("Minji Park — 03/03/2024 10:15 PM")]
    [InlineData("u/rooftop_kiss · 3h")]
    public void Read_AHeaderLine_IsAHeaderWithItsMessageBelow(string line)
    {
        var header = ChatMessages.Read(line);

        Assert.NotNull(header);
        Assert.Null(header.Body);
    }

    [Theory]
    [InlineData("[22:15, 03/03/2024] Minji: the bridge scene got me", "the bridge scene got me")]
    [InlineData("03/03/2024, 22:15 - Minji: the bridge scene got me", "the bridge scene got me")]
    [InlineData("[10:15 PM] <minji> the bridge scene got me", "the bridge scene got me")]
    public void Read_AHeaderWithTheMessageOnItsLine_GivesTheMessage(string line, string body) =>
        Assert.Equal(body, ChatMessages.Read(line)?.Body);

    [Theory]
    [InlineData("[11:30] Goblin (2016) — the first snow")] // a show note's time code heads a chapter
    [InlineData("CLIP 3 · 7:15 PM")] // a counter with a time
    [InlineData("Drama: Hotel del Luna (2019)")]
    [InlineData("Jang Man-wol walks across the bridge at 10:15 PM and never looks back.")]
    public void Read_ALineThatIsNoMessageHeader_IsNone(string line) =>
        Assert.Null(ChatMessages.Read(line));

    [Theory]
    [InlineData("@sol.runner the bridge!!", true)]
    [InlineData("Replying to @minji where's the rooftop one", true)]
    [InlineData("the bridge!! @sol.runner", false)]
    public void IsReply_AMessageAnsweringSomeone(string message, bool reply) =>
        Assert.Equal(reply, ChatMessages.IsReply(message));

    private static ParsedArticle Parse(string text) =>
        ArticleParser.Parse(text).Article ?? throw new InvalidOperationException(ArticleParser.Parse(text).Error);

    private const string Chat = """
        Rewatch club: scenes that wrecked us
        Channel: rewatch-club

        [03-Mar-24 10:15 PM] host_minji
        ok everyone, post the scene that wrecked you this week. one each please, drama and who

        [03-Mar-24 10:17 PM] sol.runner
        me first
        Hotel del Luna, the ending. Jang Man-wol (IU) walks across the bridge and Goo Chan-sung (Yeo Jin-goo) has to let her go
        she says "Don't follow me this time." and I was gone

        [03-Mar-24 10:18 PM] host_minji
        @sol.runner the bridge!! Yeo Jin-goo's face in that scene, every single time

        [03-Mar-24 10:20 PM] daebak_dan
        SWP ep 4. the elevator. Kim Hye-jin (Hwang Jung-eum) is stuck with Ji Sung-joon (Park Seo-joon) and he finally sees her

        [03-Mar-24 10:21 PM] daebak_dan
        also She Was Pretty had the best second lead of that whole year, fight me

        [03-Mar-24 10:22 PM] host_minji
        ok last one and then bed

        [03-Mar-24 10:24 PM] ri_stan
        Crash Landing on You (2019). Ri Jeong-hyeok (Hyun Bin) waits under the paraglider for Yoon Se-ri (Son Ye-jin) in the finale

        [03-Mar-24 10:26 PM] nam.joo.fan
        2521 final ep. the tunnel. Na Hee-do (Kim Tae-ri) and Baek Yi-jin (Nam Joo-hyuk) say goodbye like adults

        [03-Mar-24 10:28 PM] old_school
        going way back for this one. she blows out the candle on the beach and he just appears behind her
        (Guardian: The Lonely and Great God, 2016, for the english title people)

        [03-Mar-24 10:30 PM] runner_girl
        Lovely Runner 2024!!! Ryu Sun-jae (Byeon Woo-seok) holds the umbrella over Im Sol (Kim Hye-yoon) in the rain

        {Reactions}
        goodnight_gif.gif
        """;

    [Fact]
    public void Chat_EachMessageNamingADrama_IsOneMoment_RepliesAndChatterBelongToIt()
    {
        var article = Parse(Chat);

        Assert.Equal(["Hotel del Luna", "She Was Pretty", "Crash Landing on You", "2521", "Guardian: The Lonely and Great God", "Lovely Runner"], article.Items.Select(i => i.Drama.Title));
        Assert.Equal(2024, article.Items[5].Drama.Year);
        // The reply and the second message about the same drama are the moment's text, not moments of their own.
        Assert.Contains("the bridge!!", article.Items[0].Excerpt, StringComparison.Ordinal);
        Assert.Contains("best second lead", article.Items[1].Excerpt, StringComparison.Ordinal);
        Assert.Contains(article.Items[0].Cast, c => c.Character == "Goo Chan-sung" && c.Actor == "Yeo Jin-goo");
        Assert.Contains(article.Items[1].Cast, c => c.Character == "Ji Sung-joon" && c.Actor == "Park Seo-joon");
        Assert.Contains("Don't follow me this time.", article.Items[0].Quotes);
        Assert.Equal(4, article.Items[1].Episode);
        // The export's furniture is no one's words.
        Assert.DoesNotContain(article.Items, i => i.Excerpt.Contains("{Reactions}", StringComparison.Ordinal) || i.Excerpt.Contains(".gif", StringComparison.Ordinal));
    }

    [Fact]
    public void Post_ReadersRepliesUnderIt_AreNoPartOfItsLastItem()
    {
        var article = Parse("""
            My three favourite proposals

            Posted by u/harbour_lights

            1. Hotel del Luna (2019)
            Goo Chan-sung (Yeo Jin-goo) asks Jang Man-wol (IU) to stay one more season, and she almost says yes.

            2. She Was Pretty (2015)
            Ji Sung-joon (Park Seo-joon) finds Kim Hye-jin (Hwang Jung-eum) on the bus and asks her to walk with him.

            3. Crash Landing on You (2019)
            Ri Jeong-hyeok (Hyun Bin) plays the piano for Yoon Se-ri (Son Ye-jin) by the lake in Switzerland.

            u/someone_else · 2h
            Goblin should be here. Kim Shin (Gong Yoo) with the buckwheat flowers is the best proposal ever written.
            """);

        Assert.Equal(3, article.Items.Count);
        Assert.DoesNotContain(article.Items[2].Cast, c => c.Actor == "Gong Yoo");
        Assert.DoesNotContain("buckwheat", article.Items[2].Excerpt, StringComparison.Ordinal);
    }
}
