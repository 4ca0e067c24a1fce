using KdramaMoments.Web.Importing;
using static KdramaMoments.Tests.Importing.ArticleBlocks;

namespace KdramaMoments.Tests.Importing;

/// <summary>
/// A chat copied from a messenger's web page, first met in the nineteenth blind set: each message under its sender's name
/// alone on a line, the time only on dividers, reactions and a read receipt between and after the messages.
/// </summary>
public sealed class SenderBlocksTests
{
    private static readonly string Chat = string.Join('\n',
        "Rewatch Club",
        "Active 12m ago",
        "",
        "SAT 8:15 PM",
        "",
        "Nadia Park",
        "ok everyone one scene each for next week, drama and the line please",
        "",
        "Theo Lim",
        "okay mine is CLOY. the piano scene where Captain Ri plays for Se-ri. Hyun Bin as Ri Jeong-hyeok and Son Ye-jin as Yoon Se-ri. then he says \"Don't go anywhere.\" like SIR",
        "",
        "❤️ 3",
        "",
        "Sam Cho",
        "Crash Landing on You supremacy",
        "",
        "Nadia Park",
        "noted. next",
        "",
        "Sam Cho",
        "fine mine is Goblin. ep 1, the candle on the beach, Gong Yoo as Kim Shin and Kim Go-eun as Ji Eun-tak. \"All the days I spent with you were dazzling.\"",
        "",
        "SAT 8:40 PM",
        "",
        "Theo Lim",
        "lol classic",
        "",
        "Nadia Park",
        "mine since i'm host: Reply 1988. Park Bo-gum as Choi Taek and Lee Hye-ri as Sung Deok-sun, the kiss in the little room. \"I like you.\"",
        "",
        "😂 2",
        "",
        "Seen by Theo Lim and Sam Cho");

    [Fact]
    public void AMessengersCopiedChat_IsReadAsMessages_EachDramaAMoment()
    {
        var article = ParseText(Chat);

        Assert.Equal(["Crash Landing on You", "Goblin", "Reply 1988"], article.Items.Select(i => i.Drama.Title));
        Assert.Equal("CLOY", article.Items[0].Heading);
        Assert.Contains(article.Items[2].Cast, c => c.Character == "Choi Taek" && c.Actor == "Park Bo-gum");
        Assert.Contains("All the days I spent with you were dazzling.", article.Items[1].Quotes);
        // Senders are no cast, and the presence and receipt lines are no moment's.
        Assert.DoesNotContain(article.Items.SelectMany(i => i.Cast), c => c.Character is "Sam Cho" or "Nadia Park");
        Assert.DoesNotContain(article.Items, i => i.Heading.StartsWith("Active", StringComparison.Ordinal) || i.Excerpt.Contains("Seen by", StringComparison.Ordinal));
    }

    [Fact]
    public void EachMessage_IsStampedWithTheDividerAboveIt_AndReactionsAreSetAside()
    {
        var lines = SenderBlocks.Rewrite([.. Chat.Split('\n')]);

        Assert.Contains("[SAT 8:15 PM] Sam Cho: Crash Landing on You supremacy", lines);
        Assert.Contains("[SAT 8:40 PM] Theo Lim: lol classic", lines);
        Assert.DoesNotContain(lines, l => l is "❤️ 3" or "SAT 8:40 PM" or "Active 12m ago" || l.StartsWith("Seen by", StringComparison.Ordinal));
    }

    [Fact]
    public void AListiclesCardLabels_OverTheirValues_AreNoSenders()
    {
        var lines = string.Join('\n',
            "Five Dramas To Start With", "Updated Mar 8, 2025 9:02 PM", "",
            "1. Goblin", "", "Cast", "Gong Yoo, Kim Go-eun", "", "Network", "tvN", "",
            "2. Reply 1988", "", "Cast", "Park Bo-gum, Lee Hye-ri", "", "Network", "tvN", "",
            "3. Crash Landing on You", "", "Cast", "Hyun Bin, Son Ye-jin", "", "Network", "tvN").Split('\n').ToList();

        Assert.Equal(lines, SenderBlocks.Rewrite(lines));
    }
}
