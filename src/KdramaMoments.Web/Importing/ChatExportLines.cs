using System.Text.RegularExpressions;

namespace KdramaMoments.Web.Importing;

/// <summary>
/// Chat apps' text exports that write a message's time, sender and words in columns rather than as one header line:
/// LINE (<c>20:03&lt;TAB&gt;Name&lt;TAB&gt;text</c> under a <c>2025/03/08(Sat)</c> date line), KakaoTalk on a computer
/// (<c>[Name] [8:03 PM] text</c>) and on a phone (<c>2025. 3. 8. 20:03, Name : text</c>), IRC clients' logs
/// (<c>2024-02-09 21:00:02&lt;TAB&gt;@nick&lt;TAB&gt;text</c>, <c>21:00 &lt;nick&gt; text</c>, with joins and quits in the sender's
/// column). When at least three lines have one
/// of these shapes, each message is rewritten as the one-line form <see cref="ChatMessages"/> reads
/// (<c>[2025-03-08 20:03] Name: text</c>), and what the export writes around messages is set aside: date lines, the save
/// line, attachments standing for a message (<c>[Sticker]</c>, <c>[Photo]</c>, <c>Emoticons</c>) and members joining or leaving.
/// Messages one person sends one after another are one turn: read as one message. A message over several lines, which the
/// export wraps in quotes, keeps its lines (a list posted into the chat stays a list) without the quotes.
/// </summary>
public static partial class ChatExportLines
{
    private const int MinimumMessages = 3;
    private const int MaxLineLength = 2000;

    /// <summary>The lines with a chat export's messages rewritten and its furniture removed; other text unchanged.</summary>
    public static List<string> Rewrite(List<string> lines)
    {
        if (lines.Count(l => l.Length <= MaxLineLength && Message(l, null) is not null) < MinimumMessages)
        {
            return lines;
        }
        var output = new List<string>(lines.Count);
        string? date = null;
        string? sender = null;
        // Inside a message the export wrapped in quotes because it runs over several lines: its lines are the message's words.
        var inWrappedMessage = false;
        foreach (var line in lines)
        {
            if (line.Length > MaxLineLength)
            {
                output.Add(line);
                continue;
            }
            // A line shaped as a message of its own means the wrapping was no export's after all: it ends there.
            inWrappedMessage = inWrappedMessage && Message(line, date) is null;
            if (inWrappedMessage)
            {
                inWrappedMessage = !ClosesWrappedMessage(line);
                output.Add(Unwrapped(inWrappedMessage ? line : line.TrimEnd()[..^1]));
                sender = null;
                continue;
            }
            var trimmed = line.Trim();
            if (DateLine().Match(trimmed) is { Success: true } day)
            {
                date = $"{day.Groups["y"].Value}-{day.Groups["m"].Value}-{day.Groups["d"].Value}";
                continue;
            }
            if (Message(line, date) is { } message)
            {
                // "20:03<TAB>Mina<TAB>"draft list:" … "6. Some Title"": a message over several lines is wrapped in quotes by the
                // export (quotes inside it doubled); they are no one's words, and its lines stay lines under its header.
                if (message.Text.StartsWith('"') && message.Text.Count(c => c == '"') % 2 == 1)
                {
                    output.Add($"[{message.Stamp}] {message.Sender}: {Unwrapped(message.Text[1..])}");
                    inWrappedMessage = true;
                    sender = null;
                    continue;
                }
                if (IsAttachment(message.Text))
                {
                    // Someone else's sticker between two lines still separates them.
                    sender = message.Sender == sender ? sender : null;
                    continue;
                }
                // An export writes each line a person sends as a message of its own; lines sent one after the other by the
                // same person are one turn, its later lines continuing the first.
                if (message.Sender == sender)
                {
                    output[^1] += " " + message.Text;
                }
                else
                {
                    output.Add($"[{message.Stamp}] {message.Sender}: {message.Text}");
                }
                sender = message.Sender;
                continue;
            }
            if (ExportFurniture().IsMatch(trimmed))
            {
                // "-->  hanbyul has joined #kdrama": a channel's log is named for its channel, as the client names the file.
                if (output.Count == 0 && IrcChannel().Match(trimmed) is { Success: true } channel)
                {
                    output.Add(channel.Value);
                    output.Add(string.Empty);
                }
            }
            else
            {
                output.Add(line);
                sender = null;
            }
        }
        return output;
    }

    private sealed record ChatLine(string Stamp, string Sender, string Text);

    // The wrapped message's last line ends with the closing quote: the one quote of the line not doubled (a doubled quote is
    // one the writer typed).
    private static bool ClosesWrappedMessage(string text) => text.TrimEnd().EndsWith('"') && text.Count(c => c == '"') % 2 == 1;

    private static string Unwrapped(string text) => text.Replace("\"\"", "\"", StringComparison.Ordinal);

    private static ChatLine? Message(string line, string? date)
    {
        var match = TabbedMessage().Match(line);
        foreach (var shape in (ReadOnlySpan<Regex>)[BracketedMessage(), PhoneMessage(), IrcLogMessage(), IrcClientMessage()])
        {
            if (match.Success)
            {
                break;
            }
            match = shape.Match(line);
        }
        if (!match.Success || match.Groups["text"].Value.Trim().Length == 0 || IrcEvent().IsMatch(match.Groups["sender"].Value))
        {
            return null;
        }
        var time = match.Groups["time"].Value.Trim();
        var day = match.Groups["date"].Success ? match.Groups["date"].Value.Replace(". ", "-", StringComparison.Ordinal).TrimEnd('.') : date;
        // The one-line form needs a stamp a chat writes (a date, or a time with AM/PM); a bare "20:03" under no date line is today's.
        var stamp = day is not null ? $"{day} {time}" : time.Contains('M', StringComparison.OrdinalIgnoreCase) ? time : $"Today at {time}";
        return new ChatLine(stamp, match.Groups["sender"].Value.Trim(), match.Groups["text"].Value.Trim());
    }

    private static bool IsAttachment(string text) => Attachment().IsMatch(text);

    // "20:03<TAB>Hyejin<TAB>text", "8:03 PM<TAB>Hyejin<TAB>text" (LINE).
    [GeneratedRegex(@"^(?<time>\d{1,2}:\d{2}(?:\s?[AaPp][Mm])?)\t(?<sender>[^\t]{1,40})\t(?<text>.+)$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex TabbedMessage();

    // "2024-02-09 21:00:02<TAB>@moonbee<TAB>text" (an IRC client's log, WeeChat's): the nick's channel mode (@ op, + voice)
    // is no part of the name.
    [GeneratedRegex(@"^(?<date>(?:19|20)\d{2}-\d{2}-\d{2})[ T](?<time>\d{1,2}:\d{2})(?::\d{2})?\t[@+%~&]?(?<sender>[^\t]{1,40})\t(?<text>.+)$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex IrcLogMessage();

    // "21:00 <@moonbee> text", "[21:00:02] <hanbyul> text" (irssi, HexChat and most IRC clients' logs).
    [GeneratedRegex(@"^\[?(?<time>\d{1,2}:\d{2})(?::\d{2})?\]?\s+<[ @+%~&]?(?<sender>[^<>\s]{1,40})>\s(?<text>.+)$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex IrcClientMessage();

    // "has joined #kdrama", "Topic for #kdrama is": the channel an IRC event names.
    [GeneratedRegex(@"(?<=\s)#[\p{L}\p{N}_\-.]{1,40}\b", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex IrcChannel();

    // Where an IRC log writes its channel's events (joins, quits, the topic, modes) in the sender's column: "-->", "<--", "--", "-!-".
    private const string IrcEventMark = @"(?:-->|<--|--|-!-|=!=|\*\*\*)";

    [GeneratedRegex("^" + IrcEventMark + "$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex IrcEvent();

    // "[Hyejin] [8:03 PM] text" (KakaoTalk on a computer).
    [GeneratedRegex(@"^\[(?<sender>[^\[\]]{1,40})\]\s*\[(?<time>(?:오전|오후|[AaPp][Mm])?\s?\d{1,2}:\d{2}(?:\s?[AaPp][Mm])?)\]\s*(?<text>.+)$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex BracketedMessage();

    // "2025. 3. 8. 20:03, Hyejin : text" (KakaoTalk on a phone).
    [GeneratedRegex(@"^(?<date>(?:19|20)\d{2}\. \d{1,2}\. \d{1,2}\.)\s+(?<time>\d{1,2}:\d{2}(?:\s?[AaPp][Mm])?),\s*(?<sender>[^:,]{1,40}?)\s*:\s(?<text>.+)$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex PhoneMessage();

    // "2025/03/08(Sat)", "2025.03.08 Saturday", "Sat, 03/08/2025" (an English-language export, month first); "--------------- Saturday,
    // March 8, 2025 ---------------" is furniture below.
    [GeneratedRegex(@"^(?:(?<y>(?:19|20)\d{2})[./-](?<m>\d{1,2})[./-](?<d>\d{1,2})\.?\s*(?:\(\p{L}{2,9}\.?\)|\p{L}{3,9})?|\p{L}{3,9}\.?,?\s+(?<m>\d{1,2})/(?<d>\d{1,2})/(?<y>(?:19|20)\d{2}))$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex DateLine();

    // An attachment standing for a message: "[Sticker]", "[Photo]", "Photo", "Emoticons", "(emoticon)".
    [GeneratedRegex(@"^[\[(]?(?:sticker|photo|photos|video|file|voice message|album|emoticons?|emoji|gif|image|audio|location|contact|voice call|missed call)[\])]?$", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex Attachment();

    // What an export writes around messages: its save line, date rules, members joining and leaving, unsent messages.
    [GeneratedRegex(@"^(?:(?:(?:19|20)\d{2}-\d{2}-\d{2}[ T])?\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s+" + IrcEventMark + @"\s.*|saved on\s*:.*|date saved\s*:.*|-{3,}\s*.{1,40}?\s*-{3,}|.{1,40}? (?:left the (?:chat|group|chatroom)|joined the (?:chat|group|chatroom)|has joined|has left|invited .{1,80}|unsent a message)\.?)$", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex ExportFurniture();
}
