using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace KdramaMoments.Web.Importing;

/// <summary>
/// A chat's JSON export (Instagram's and Messenger's "Download your information", Telegram's, a Discord exporter's): an
/// array of messages, each with its sender, its time and its words. The messages are written oldest first as the one-line
/// chat messages <see cref="ChatMessages"/> reads (<c>[2024-06-10 20:37] Name: words</c>), so a chat export is read as any
/// chat is: remarks and replies open no moment. Meta's exports write each UTF-8 byte of a string as a character of its own
/// (<c>\u00e2\u009d\u00a4</c> for ❤): such strings are read back as the UTF-8 they spell. Messages with no words (a photo,
/// a reaction) say nothing. A Matrix room's export (Element's) writes each message's words in its content's body, its
/// sender as <c>@name:server</c> (shown by the name), a reply with the lines it answers quoted above it (the reply's own
/// words are read), and an edit as a message of its own naming the one it replaces (the message is read as edited, once).
/// JSON without such messages is left to the other readers.
/// </summary>
public static partial class ChatJsonExports
{
    private const int MinimumMessages = 3;

    private static readonly string[] SenderNames = ["sender_name", "sender", "from", "author", "creator", "user_name", "username", "user", "name"];
    private static readonly string[] WordsNames = ["content", "text", "message", "body"];
    private static readonly string[] TimeNames = ["timestamp_ms", "timestamp", "date", "time", "created_at", "created_date", "created_time", "sent_at", "ts", "origin_server_ts"];
    private static readonly string[] TitleNames = ["title", "name", "chat_name", "room_name"];

    private sealed record Message(DateTimeOffset? Time, string Sender, string Words);

    /// <summary>The chat as one-line messages under its title, or null when the text is no chat's JSON export.</summary>
    public static string? Unpack(string text)
    {
        if (JsonExports.Parse(text) is not { } document)
        {
            return null;
        }
        using (document)
        {
            var messages = JsonExports.Arrays(document.RootElement).Select(Messages).MaxBy(a => a.Count);
            if (messages is null || messages.Count < MinimumMessages)
            {
                return null;
            }
            // Meta's exports list the newest message first: a chat reads oldest first.
            var ordered = messages.All(m => m.Time is not null) ? messages.OrderBy(m => m.Time).ToList() : messages;
            var sb = new StringBuilder();
            if (document.RootElement.ValueKind == JsonValueKind.Object && String(document.RootElement, TitleNames) is { Length: > 0 } title)
            {
                sb.Append(title).Append("\n\n");
            }
            foreach (var message in ordered)
            {
                AppendMessage(sb, message.Time, message.Sender, message.Words);
            }
            return sb.ToString();
        }
    }

    /// <summary>A message as the one-line form the chat reading takes: <c>[2024-02-14 08:06] Name: words</c>.</summary>
    internal static void AppendMessage(StringBuilder sb, DateTimeOffset? time, string sender, string words) =>
        sb.Append('[').Append(Stamp(time)).Append("] ").Append(sender).Append(": ").Append(words.Replace('\n', ' ')).Append('\n');

    internal static string Stamp(DateTimeOffset? time) => time?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "-";

    // An array's messages, each edit's words read in the message it replaces (the last edit of a message wins); an edit of
    // a message the export does not hold is read where it stands, as edited.
    private static List<Message> Messages(JsonElement array)
    {
        var ids = array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object).Select(e => String(e, ["event_id"])).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var edits = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (target, words) in array.EnumerateArray().Select(Edit).OfType<(string Target, string Words)>())
        {
            edits[target] = words;
        }
        return array.EnumerateArray().Where(e => Edit(e) is not { } edit || !ids.Contains(edit.Target)).Select(e => Read(e, edits)).OfType<Message>().ToList();
    }

    // A Matrix edit: {"content": {"m.new_content": {"body": …}, "m.relates_to": {"rel_type": "m.replace", "event_id": …}}}.
    private static (string Target, string Words)? Edit(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object || Property(element, "content") is not { ValueKind: JsonValueKind.Object } content
            || Property(content, "m.relates_to") is not { ValueKind: JsonValueKind.Object } relation
            || String(relation, ["rel_type"]) != "m.replace" || String(relation, ["event_id"]) is not { Length: > 0 } target)
        {
            return null;
        }
        return Property(content, "m.new_content") is { ValueKind: JsonValueKind.Object } replaced && Words(replaced) is { Length: > 0 } words ? (target, words) : null;
    }

    // A message: an object with a sender (a name, or an object with one), words and a time.
    private static Message? Read(JsonElement element, Dictionary<string, string> edits)
    {
        if (element.ValueKind != JsonValueKind.Object || Time(element) is not { } time)
        {
            return null;
        }
        var sender = String(element, SenderNames) ?? SenderNames.Select(n => Property(element, n)).Where(p => p.ValueKind == JsonValueKind.Object).Select(p => String(p, ["name", "nickname", "username"])).FirstOrDefault(n => n is not null);
        var words = String(element, ["event_id"]) is { } id && edits.TryGetValue(id, out var edited) ? edited : Edit(element)?.Words ?? Words(element);
        return sender is { Length: > 0 } && words is { Length: > 0 } ? new Message(time, MatrixUser().Replace(sender, "$1"), words) : null;
    }

    // Telegram writes formatted words as an array of runs (strings, or objects with their text); Matrix, an object whose
    // body holds them, of a kind (a picture's body is its file's name: no words of the chat).
    private static string? Words(JsonElement element)
    {
        foreach (var name in WordsNames)
        {
            var value = Property(element, name);
            if (value.ValueKind == JsonValueKind.Object)
            {
                return String(value, ["msgtype"]) is null or "m.text" or "m.notice" or "m.emote" && String(value, ["body"]) is { } body
                    ? ReplyQuote().Replace(body, string.Empty).Trim()
                    : null;
            }
            if (value.ValueKind == JsonValueKind.String)
            {
                return Readable(value.GetString()!).Trim();
            }
            if (value.ValueKind == JsonValueKind.Array)
            {
                var runs = value.EnumerateArray().Select(r => r.ValueKind == JsonValueKind.String ? r.GetString() : r.ValueKind == JsonValueKind.Object ? String(r, ["text"]) : null);
                return Readable(string.Concat(runs)).Trim();
            }
        }
        return null;
    }

    // Milliseconds or seconds since 1970, or a date as text; null when the object carries no time.
    private static DateTimeOffset? Time(JsonElement element)
    {
        foreach (var name in TimeNames)
        {
            var value = Property(element, name);
            if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number))
            {
                return number > 100_000_000_000 ? DateTimeOffset.FromUnixTimeMilliseconds(number) : DateTimeOffset.FromUnixTimeSeconds(number);
            }
            if (value.ValueKind == JsonValueKind.String)
            {
                var written = value.GetString()!;
                if (WrittenDate(written) is { } date)
                {
                    return date;
                }
                if (double.TryParse(written, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds is > 0 and < 1e11)
                {
                    return DateTimeOffset.FromUnixTimeMilliseconds((long)(seconds * 1000));
                }
            }
        }
        return null;
    }

    // "2024-02-09T19:02:14Z", or as Google Takeout writes it, "Friday, February 9, 2024 at 7:02:14 PM UTC": the weekday
    // and "at" said in words, the zone by its name.
    private static DateTimeOffset? WrittenDate(string written)
    {
        var plain = SaidDateWords().Replace(written, " ").Trim();
        return DateTimeOffset.TryParse(written, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            || DateTimeOffset.TryParse(plain, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out date)
            ? date
            : null;
    }

    private static JsonElement Property(JsonElement element, string name) =>
        element.EnumerateObject().FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)).Value;

    private static string? String(JsonElement element, string[] names) =>
        JsonExports.Field(element, names) is { } value ? Readable(value) : null;

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);

    // "\u00e2\u009d\u00a4" → "❤": characters all under 256, some over 127, that are valid UTF-8 read as bytes.
    internal static string Readable(string value)
    {
        if (!value.Any(c => c >= 0x80) || value.Any(c => c > 0xFF))
        {
            return value;
        }
        try
        {
            return StrictUtf8.GetString(value.Select(c => (byte)c).ToArray());
        }
        catch (DecoderFallbackException)
        {
            return value;
        }
    }

    // Matrix's reply fallback: the lines answered, quoted above the reply ("> <@name:server> words", then a blank line).
    [GeneratedRegex(@"\A(?:>[^\n]*\n)+\n?", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex ReplyQuote();

    // A Matrix user id, "@name:server.org": the name.
    [GeneratedRegex(@"^@([^:\s]+):[\w.-]+$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex MatrixUser();

    // A weekday opening the date, "at" before the time, and a closing UTC or GMT.
    [GeneratedRegex(@"^\s*(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s*|\s+at\s+(?=\d)|\s+(?:UTC|GMT)\s*$", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex SaidDateWords();
}
