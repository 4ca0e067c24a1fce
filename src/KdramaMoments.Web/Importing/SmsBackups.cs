using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace KdramaMoments.Web.Importing;

/// <summary>
/// A phone's text messages as SMS Backup &amp; Restore exports them: an <c>&lt;smses&gt;</c> document of <c>&lt;sms&gt;</c>
/// elements (and <c>&lt;mms&gt;</c> ones, whose words are their plain-text parts), each with its words in <c>body</c>, its
/// time in <c>date</c> (milliseconds since 1970), its direction in <c>type</c> (<c>1</c> received, <c>2</c> sent; an MMS's
/// <c>msg_box</c>) and the other person in <c>contact_name</c>. It is the chat it holds, rewritten oldest first as the
/// one-line messages the chat reading takes (<c>[2024-02-14 08:06] Jess: …</c>); the phone's owner, who sent the type 2
/// messages, is "Me". Null when the text is no such export.
/// </summary>
public static class SmsBackups
{
    private const int MinimumMessages = 3;
    private const string Owner = "Me";

    private sealed record Message(DateTimeOffset? Time, string Sender, string Words);

    public static string? Unpack(string text)
    {
        if (!text.Contains("<smses", StringComparison.Ordinal) || FeedItems.LoadXml(text.Trim(), DtdProcessing.Prohibit) is not { Name.LocalName: "smses" } root)
        {
            return null;
        }
        var messages = root.Elements().Select(Read).OfType<Message>().ToList();
        if (messages.Count < MinimumMessages)
        {
            return null;
        }
        var ordered = messages.All(m => m.Time is not null) ? messages.OrderBy(m => m.Time).ToList() : messages;
        var contacts = messages.Select(m => m.Sender).Where(s => s != Owner).Distinct().ToList();
        var sb = new StringBuilder();
        sb.Append(contacts.Count == 1 ? $"Messages with {contacts[0]}" : "Messages").Append("\n\n");
        foreach (var message in ordered)
        {
            ChatJsonExports.AppendMessage(sb, message.Time, message.Sender, message.Words);
        }
        return sb.ToString();
    }

    private static Message? Read(XElement element)
    {
        var words = element.Name.LocalName switch
        {
            "sms" => Attribute(element, "body"),
            // An MMS's words are its plain-text parts; a picture alone says nothing.
            "mms" => string.Join(' ', element.Descendants().Where(p => p.Name.LocalName == "part" && Attribute(p, "ct") == "text/plain")
                .Select(p => Attribute(p, "text")).OfType<string>()),
            _ => null,
        };
        if (words is null || words.Trim().Length == 0 || words == "null")
        {
            return null;
        }
        var sent = Attribute(element, "type") == "2" || Attribute(element, "msg_box") == "2";
        var contact = Attribute(element, "contact_name") is { Length: > 0 } name && name != "(Unknown)" && name != "null" ? name : Attribute(element, "address") ?? "Them";
        var time = long.TryParse(Attribute(element, "date"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var ms)
            ? DateTimeOffset.FromUnixTimeMilliseconds(ms)
            : (DateTimeOffset?)null;
        return new Message(time, sent ? Owner : contact, words.Trim());
    }

    private static string? Attribute(XElement element, string name) => element.Attribute(name)?.Value;
}
