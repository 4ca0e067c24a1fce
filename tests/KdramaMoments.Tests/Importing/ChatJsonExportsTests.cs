using KdramaMoments.Web.Importing;
using static KdramaMoments.Tests.Importing.ArticleBlocks;

namespace KdramaMoments.Tests.Importing;

/// <summary>
/// A chat's JSON export (the twenty-third blind set's Instagram DM thread: Meta's "Download your information" JSON, newest
/// message first, each UTF-8 byte written as a character of its own). The dramas are invented, so only the export's shape
/// and the chat reading can make these pass.
/// </summary>
public sealed class ChatJsonExportsTests
{
    // Meta writes "🤣" as the four characters of its UTF-8 bytes.
    private static string MetaEscaped(string text) =>
        string.Concat(System.Text.Encoding.UTF8.GetBytes(text).Select(b => b < 0x80 ? ((char)b).ToString() : $"\\u00{b:x2}"));

    private static string Message(string sender, long ms, string content) =>
        $$"""{"sender_name": "{{sender}}", "timestamp_ms": {{ms}}, "content": "{{MetaEscaped(content)}}", "is_geoblocked_for_viewer": false}""";

    internal static readonly string Export = $$"""
        {
          "participants": [{"name": "Noor Haddad"}, {"name": "Lena Park"}],
          "messages": [
            {{Message("Lena Park", 1718051037328, "❤️")}},
            {{Message("Lena Park", 1718050990000, "last one from me: The Quiet Apartment (2023). Two neighbours who only talk through notes on the wall, until the night of the flood when she knocks on his door.")}},
            {{Message("Noor Haddad", 1718050730933, "Moonlit Harbour Story (2018)!! He waits at the end of the pier every evening all summer and she finally walks out to him. \\\"I was never waiting for the boat.\\\"")}},
            {{Message("Lena Park", 1718050555440, "omg the pier 🤣")}},
            {"sender_name": "Noor Haddad", "timestamp_ms": 1718050540000, "photos": [{"uri": "photo.jpg"}], "is_geoblocked_for_viewer": false},
            {{Message("Lena Park", 1718050501436, "mine first: Dr. Lantern (2021). Do Gyeom lifts the lantern on the bridge so Seo Ha-neul can finally see his face, and the whole town goes quiet.")}},
            {{Message("Noor Haddad", 1718050000000, "ok we each nominate our fave moments and watch them in order on saturday 🏯")}}
          ],
          "title": "Lena Park",
          "is_still_participant": true,
          "thread_path": "inbox/lenapark_1234567890"
        }
        """;

    [Fact]
    public void AChatsJsonExport_IsReadAsTheChat_OldestFirst_WithMetasBytesReadBackAsText()
    {
        var text = ChatJsonExports.Unpack(Export)!;

        Assert.StartsWith("Lena Park\n", text);
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        // Oldest first; the photo without words says nothing.
        Assert.Equal(6, lines.Count);
        Assert.StartsWith("[2024-06-10 20:06] Noor Haddad: ok we each nominate", lines[0]);
        Assert.EndsWith("on saturday 🏯", lines[0]);
        Assert.Equal("[2024-06-10 20:23] Lena Park: ❤️", lines[^1]);
    }

    [Fact]
    public void AChatsJsonExport_EachNominationIsAMoment_TheRemarksAreNot()
    {
        var article = ParseText(PastedFormats.Normalise(Export));

        // "Dr. Lantern" is one title: the full stop of a form of address ends no sentence.
        Assert.Equal(["Dr. Lantern", "Moonlit Harbour Story", "The Quiet Apartment"], article.Items.Select(i => i.Drama.Title));
        Assert.Equal([2021, 2018, 2023], article.Items.Select(i => i.Drama.Year));
        Assert.Equal(["I was never waiting for the boat."], article.Items[1].Quotes);
        Assert.DoesNotContain(article.Items, i => i.Heading.Contains("omg", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Paper Lanterns")]
    [InlineData("\u00e9t\u00e9 caf\u00e9")] // Latin-1 text that is no UTF-8 stays as written
    public void Readable_TextThatIsNoMetaEscape_IsKept(string text) => Assert.Equal(text, ChatJsonExports.Readable(text));

    [Fact]
    public void AJsonArrayOfNotes_IsNoChat() =>
        Assert.Null(ChatJsonExports.Unpack("""[{"title": "a", "text": "one"}, {"title": "b", "text": "two"}, {"title": "c", "text": "three"}]"""));

    [Fact]
    public void AChatMessageNamingATitleThenItsOtherNameAndYear_IsDatedByThem()
    {
        var article = ParseText(string.Join('\n',
            "club chat",
            "",
            "[2024-06-10 20:00] Lena Park: ok we each nominate our fave historical romance moments and we watch them in order on saturday",
            "[2024-06-10 20:03] Noor Haddad: ok #1 for me: Moon Lovers (Scarlet Heart Ryeo), 2016. the scene where Hae Soo covers his scar with makeup so he can go out in public",
            "[2024-06-10 20:06] Lena Park: mine first: Paper Lanterns of Jongno (2021). Do Gyeom lifts the lantern on the bridge so she can finally see his face",
            "[2024-06-10 20:12] Noor Haddad: ok #2: Moonlit Harbour Story (2018). he waits at the end of the pier every evening all summer"));

        Assert.Equal(["Moon Lovers", "Paper Lanterns of Jongno", "Moonlit Harbour Story"], article.Items.Select(i => i.Drama.Title));
        Assert.Equal([2016, 2021, 2018], article.Items.Select(i => i.Drama.Year));
    }

    private static string TakeoutMessage(string name, string date, string text) =>
        $$"""{"creator": {"name": "{{name}}", "email": "x@example.org", "user_type": "Human"}, "created_date": "{{date}}", "text": {{System.Text.Json.JsonSerializer.Serialize(text)}}, "topic_id": "t1"}""";

    // Google Chat's Takeout (Groups/Space …/messages.json): the sender is an object, the time written out in words.
    private static readonly string Takeout = $$"""
        {
          "messages": [
            {{TakeoutMessage("Hana Kwon", "Friday, February 9, 2024 at 7:02:14 PM UTC", "okay screening thread, everyone drop ONE moment")}},
            {{TakeoutMessage("Priya Nair", "Friday, February 9, 2024 at 7:05:48 PM UTC", "my pick: Moonlit Harbour Story (2018), the pier\nBaek Do-hwan (Kang Min-jae) finally says \"I was never waiting for the boat.\"")}},
            {{TakeoutMessage("Marcus Lee", "Friday, February 9, 2024 at 7:07:30 PM UTC", "lol the pier")}},
            {{TakeoutMessage("Jess Okoro", "Friday, February 9, 2024 at 7:11:02 PM UTC", "The Quiet Apartment (2023)!! the notes on the wall\nMin Tae-oh (Choi Woo-jin) and the flood night on the stairs")}},
            {{TakeoutMessage("Deanne Cruz", "Friday, February 9, 2024 at 7:14:40 PM UTC", "Paper Lanterns of Jongno (2021), the bridge\nDo Gyeom (Park Ji-hoon) lifts the lantern so she can see his face")}}
          ]
        }
        """;

    [Fact]
    public void GoogleChatsTakeout_IsReadAsTheChat_ItsWrittenOutDatesRead()
    {
        var text = ChatJsonExports.Unpack(Takeout)!;
        var article = ParseText(PastedFormats.Normalise(Takeout));

        Assert.StartsWith("[2024-02-09 19:02] Hana Kwon: okay screening thread", text);
        Assert.Contains("[2024-02-09 19:11] Jess Okoro: The Quiet Apartment (2023)", text, StringComparison.Ordinal);
        Assert.Equal(["Moonlit Harbour Story", "The Quiet Apartment", "Paper Lanterns of Jongno"], article.Items.Select(i => i.Drama.Title));
        Assert.Equal(["I was never waiting for the boat."], article.Items[0].Quotes);
    }
}
