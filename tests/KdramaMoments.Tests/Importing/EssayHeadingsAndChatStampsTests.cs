using static KdramaMoments.Tests.Importing.ArticleBlocks;

namespace KdramaMoments.Tests.Importing;

/// <summary>
/// Two more shapes of the twenty-second blind set: an essay's sub-headings closed by a full stop (<c>The rainbow tunnel.</c>),
/// and a chat exporter's header lines with the date and time unbracketed (<c>2024-03-01 20:41:09 Mei</c>). The dramas are
/// invented, so only the shapes can make these pass.
/// </summary>
public sealed class EssayHeadingsAndChatStampsTests
{
    [Fact]
    public void AnEssaysSubheadingsClosedByAFullStop_HeadItsSections()
    {
        var article = Parse("‘I have watched forty dramas this year. These are the moments I still think about.’",
            "Let me set the scene. It was winter, I had just moved flats, and a friend told me to watch one episode of something. That was eleven months ago and I have not stopped since.",
            "The lantern on the bridge.",
            "Please stop reading and go fix that if you have not seen this one. Paper Lanterns of Jongno (2021) is slow, and then Do Gyeom holds the lantern up so she can see his face, and the whole town goes quiet.",
            "It is a small scene. It is also the whole show.",
            "He waits at the pier.",
            "It is technically about a fishing town, so let us be honest about why we watched. Moonlit Harbour Story (2018) had Han Seo-joon waiting at the end of the pier every evening.",
            "The note through the wall.",
            "Two neighbours only ever talk through notes taped to the wall they share. The Quiet Apartment (2023) saves the flood for its last episode, when she finally knocks on his door.",
            "That is my list. Tell me yours in the comments, and be nice about it.");

        Assert.Equal(["The lantern on the bridge.", "He waits at the pier.", "The note through the wall."], article.Items.Select(i => i.Heading));
        Assert.Equal(["Paper Lanterns of Jongno", "Moonlit Harbour Story", "The Quiet Apartment"], article.Items.Select(i => i.Drama.Title));
    }

    [Fact]
    public void AChatExportsUnbracketedDateAndTimeOverEachSender_AreMessageHeaders()
    {
        var article = ParseText(string.Join('\n',
            "Chat: Drama aunties",
            "",
            "2024-03-01 20:41:09 Mei 🐱",
            "ok aunties, send me your favourite proposal scenes, real ones please",
            "",
            "2024-03-01 20:43:17 Vivian 陈",
            "easy. Paper Lanterns of Jongno (2021). Do Gyeom kneels on the bridge with the lantern and says \"Stay, and I will light every night for you.\"",
            "",
            "2024-03-01 20:43:30 Vivian 陈",
            "I screamed so loud my husband came to check",
            "",
            "2024-03-01 20:46:11 Jess 李",
            "Moonlit Harbour Story (2018). Han Seo-joon finally asks her at the end of the pier after waiting all summer.",
            "",
            "2024-03-01 20:48:02 Mei 🐱",
            "ok that one is cute",
            "",
            "2024-03-01 20:52:47 Lin Xiaoxiao",
            "The Quiet Apartment (2023). He slides the ring under her door with a note, because of course he does."));

        Assert.Equal(["Paper Lanterns of Jongno", "Moonlit Harbour Story", "The Quiet Apartment"], article.Items.Select(i => i.Drama.Title));
        Assert.Equal(["Stay, and I will light every night for you."], article.Items[0].Quotes);
        // The header lines are the messages' senders, never a drama or a line of a moment's text.
        Assert.DoesNotContain(article.Items, i => i.Drama.Title.Contains("2024-03-01", StringComparison.Ordinal));
        Assert.DoesNotContain(article.Items, i => i.Excerpt.Contains("2024-03-01 20:", StringComparison.Ordinal));
    }
}
