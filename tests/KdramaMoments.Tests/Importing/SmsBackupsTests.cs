using KdramaMoments.Web.Importing;
using static KdramaMoments.Tests.Importing.ArticleBlocks;

namespace KdramaMoments.Tests.Importing;

/// <summary>
/// A phone's text messages exported by SMS Backup &amp; Restore (the twenty-fourth blind set's XML): each message an
/// element with its words, time, direction and contact in attributes, entities for quotation marks, an MMS with a picture
/// and a caption. The dramas are invented, so only the export's shape and the chat reading can make these pass.
/// </summary>
public sealed class SmsBackupsTests
{
    private static string Sms(long ms, int type, string body) =>
        $"""  <sms protocol="0" address="+61491570156" date="{ms}" type="{type}" subject="null" body="{System.Security.SecurityElement.Escape(body)}" toa="null" read="1" status="-1" readable_date="14 Feb 2024" contact_name="Jess 🍓" />""";

    internal static readonly string Backup = string.Join('\n',
        "<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>",
        "<!--File Created By SMS Backup & Restore v10.20.002 on 18/02/2024 21:14:33-->",
        "<?xml-stylesheet type=\"text/xsl\" href=\"sms.xsl\"?>",
        "<smses count=\"6\" backup_set=\"8c1e4d2a\" backup_date=\"1708251273000\" type=\"full\">",
        Sms(1707901615000, 1, "Pick 1: Moonlit Harbour Story (2018). Baek Do-hwan waits at the end of the pier every evening. \"I was never waiting for the boat.\""),
        Sms(1707901121000, 2, "ok so for saturday. we each pick scenes and watch the clips back to back. go"),
        Sms(1707901650000, 2, "not arguing. that show is unhinged in the best way"),
        Sms(1707901924000, 2, "ok mine: The Quiet Apartment (2023). the notes on the wall and the flood night"),
        """  <mms date="1707902000000" msg_box="1" contact_name="Jess 🍓"><parts><part ct="image/jpeg" text="null" /><part ct="text/plain" text="Pick 2: Paper Lanterns of Jongno (2021). the lantern on the bridge" /></parts></mms>""",
        Sms(1707902100000, 2, "ok that one wins"),
        "</smses>");

    [Fact]
    public void AnSmsBackup_IsReadAsTheChat_OldestFirst_TheOwnerAsMe()
    {
        var text = SmsBackups.Unpack(Backup)!;

        Assert.StartsWith("Messages with Jess 🍓\n", text);
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        Assert.Equal(6, lines.Count);
        Assert.Equal("[2024-02-14 08:58] Me: ok so for saturday. we each pick scenes and watch the clips back to back. go", lines[0]);
        Assert.Contains("Jess 🍓: Pick 1: Moonlit Harbour Story (2018).", lines[1]);
        Assert.Contains("\"I was never waiting for the boat.\"", lines[1]);
        Assert.Contains("Jess 🍓: Pick 2: Paper Lanterns of Jongno (2021). the lantern on the bridge", lines[4]);
    }

    [Fact]
    public void AnSmsBackup_EachNominationIsAMoment_WithItsQuote()
    {
        var article = ParseText(Backup);

        Assert.Equal(["Moonlit Harbour Story", "The Quiet Apartment", "Paper Lanterns of Jongno"], article.Items.Select(i => i.Drama.Title));
        Assert.Equal(["I was never waiting for the boat."], article.Items[0].Quotes);
    }

    [Theory]
    [InlineData("<rss><channel><title>Not a phone</title></channel></rss>")]
    [InlineData("<smses count=\"1\"><sms body=\"only one\" date=\"1\" type=\"1\" /></smses>")]
    [InlineData("A note about <smses> in plain text.")]
    public void TextThatIsNoBackup_IsLeftAsItIs(string text) =>
        Assert.Null(SmsBackups.Unpack(text));
}
