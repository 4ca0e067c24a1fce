using System.Globalization;
using System.Text.RegularExpressions;

namespace KdramaMoments.Web.Importing;

/// <summary>
/// A reply chain copied from a mail client: each message under its header block (<c>From:</c>, <c>Sent:</c> or
/// <c>Date:</c>, <c>To:</c>, <c>Cc:</c>, <c>Subject:</c>), messages parted by a rule (<c>________________________________</c>,
/// <c>-----Original Message-----</c>) and ending in a phone's sign-off (<c>Sent from my iPhone</c>, <c>Get Outlook for
/// iOS</c>). Two header blocks or more make a chain: the subject, less its <c>RE:</c> and <c>FW:</c>, is the title, and the
/// headers, rules and sign-offs are set aside, so each message's words stand as its writer wrote them.
/// </summary>
public static partial class EmailChains
{
    private const int MinimumHeaders = 2;
    private const int MaxHeaderLines = 6;

    public static List<string> Rewrite(List<string> lines) => PrintedThread(lines) ?? HeaderChain(lines);

    private static List<string> HeaderChain(List<string> lines)
    {
        var headers = new List<(int Start, int End, string? Subject)>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (HeaderBlock(lines, i) is { } block)
            {
                headers.Add(block);
                i = block.End - 1;
            }
        }
        if (headers.Count < MinimumHeaders)
        {
            return lines;
        }
        var inHeader = new bool[lines.Count];
        foreach (var (start, end, _) in headers)
        {
            Array.Fill(inHeader, true, start, end - start);
        }
        var subject = headers.Select(h => h.Subject).LastOrDefault(s => s is { Length: > 0 });
        var output = new List<string>(lines.Count + 2);
        if (subject is not null)
        {
            output.Add(Reply().Replace(subject, string.Empty).Trim());
            output.Add(string.Empty);
        }
        for (var i = 0; i < lines.Count; i++)
        {
            if (!inHeader[i] && !Rule().IsMatch(lines[i].Trim()) && !SignOff().IsMatch(lines[i].Trim()))
            {
                output.Add(lines[i]);
            }
        }
        return output;
    }

    // "From: …" then, within a few lines, "Sent:" or "Date:" and "Subject:", each a header line, none blank.
    private static (int Start, int End, string? Subject)? HeaderBlock(List<string> lines, int start)
    {
        if (!lines[start].StartsWith("From:", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        var end = start + 1;
        string? subject = null;
        var dated = false;
        while (end < lines.Count && end - start < MaxHeaderLines && Header().Match(lines[end]) is { Success: true } header)
        {
            var name = header.Groups["name"].Value;
            dated |= name.Equals("Sent", StringComparison.OrdinalIgnoreCase) || name.Equals("Date", StringComparison.OrdinalIgnoreCase);
            if (name.Equals("Subject", StringComparison.OrdinalIgnoreCase))
            {
                subject = header.Groups["value"].Value.Trim();
            }
            end++;
        }
        return dated && subject is not null ? (start, end, subject) : null;
    }

    /// <summary>
    /// A thread printed from a webmail (Gmail's "Print all", copied from the PDF): the print's own header on each page
    /// (<c>2/9/24, 4:12 PM	Gmail - Subject</c>) and footer (the thread's address, <c>1/2</c>), the account and the
    /// message count over the subject, then each message under its sender's line (<c>Name &lt;address&gt;	date</c>) and its
    /// <c>To:</c> and <c>Cc:</c> lines, closed by the sender's given name, with the quoted history (<c>On … wrote:</c> over
    /// <c>&gt;</c> lines, <c>[Quoted text hidden]</c>). The subject is the title; the rest of the print's furniture goes, so
    /// each message's words stand as written. Null when the text is no such print.
    /// </summary>
    private static List<string>? PrintedThread(List<string> lines)
    {
        // Each message's first line: the sender's given name (their sign-off) and the chat line's opening for their words.
        var senders = new Dictionary<int, (string GivenName, string Opening)>();
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            if (SenderLine().Match(lines[i]) is { Success: true } sender && lines[i + 1].StartsWith("To:", StringComparison.OrdinalIgnoreCase))
            {
                var name = sender.Groups["name"].Value.Trim();
                senders[i] = (name.Split(' ')[0], $"[{Stamp(sender.Groups["date"].Value.Trim())}] {name}: ");
            }
        }
        if (senders.Count < MinimumHeaders)
        {
            return null;
        }
        var subject = lines.Select(l => PrintHeader().Match(l)).FirstOrDefault(m => m.Success)?.Groups["subject"].Value.Trim();
        var output = new List<string>(lines.Count);
        if (subject is { Length: > 0 })
        {
            output.Add(Reply().Replace(subject, string.Empty).Trim());
            output.Add(string.Empty);
        }
        var given = string.Empty;
        var opening = string.Empty;
        var quoting = false;
        var opensParagraph = true;
        for (var i = senders.Keys.Min(); i < lines.Count; i++)
        {
            var line = lines[i].Trim();
            if (senders.TryGetValue(i, out var sender))
            {
                (given, opening) = sender;
                quoting = false;
                output.Add(string.Empty);
                while (i + 1 < lines.Count && Header().IsMatch(lines[i + 1]))
                {
                    i++;
                }
                continue;
            }
            if (line.Length == 0)
            {
                opensParagraph = true;
                output.Add(lines[i]);
                continue;
            }
            // "On Mon, Feb 5, 2024 at 10:02 AM Dev Raman <…> wrote:" over the quoted history, to the next message.
            quoting |= line.EndsWith("wrote:", StringComparison.Ordinal) && line.StartsWith("On ", StringComparison.Ordinal);
            if (quoting || line.StartsWith('>') || PrintHeader().IsMatch(line) || PrintFooter().IsMatch(line) || line == "[Quoted text hidden]"
                || line.Equals(given, StringComparison.Ordinal) || SignOff().IsMatch(line))
            {
                continue;
            }
            // Each paragraph of a message is a message of its sender's, as a chat's lines are.
            output.Add(opensParagraph ? opening + line : lines[i]);
            opensParagraph = false;
        }
        return output;
    }

    // "Mon, Feb 5, 2024 at 9:14 AM" as the chat reading's "2024-02-05 09:14"; a date written otherwise stays as written.
    private static string Stamp(string date) =>
        DateTime.TryParseExact(date, ["ddd, MMM d, yyyy 'at' h:mm tt", "MMM d, yyyy, h:mm tt", "ddd, d MMM yyyy 'at' HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? ChatJsonExports.Stamp(new DateTimeOffset(time, TimeSpan.Zero))
            : date;

    // "Hannah Okafor <hannah.okafor@example.com>	Mon, Feb 5, 2024 at 9:14 AM": the sender, the address, the time.
    [GeneratedRegex(@"^(?<name>[^<>\t]{1,80}?)\s*<[^<>\s@]+@[^<>\s]+>(?:\t|\s{2,})\s*(?<date>\S.*\d.*)$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex SenderLine();

    [GeneratedRegex(@"^\d{1,2}/\d{1,2}/\d{2,4},\s+\d{1,2}:\d{2}\s*(?:[AP]M)?\s+Gmail\s+-\s+(?<subject>.+)$", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex PrintHeader();

    [GeneratedRegex(@"^https://mail\.google\.com/\S*(?:\s+\d+/\d+)?$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex PrintFooter();

    [GeneratedRegex(@"^(?<name>Sent|Date|To|Cc|Bcc|Subject|Reply-To|Importance)\s*:\s?(?<value>.*)$", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex Header();

    [GeneratedRegex(@"^(?:(?:RE|FW|FWD|AW|SV|TR)\s*:\s*)+", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex Reply();

    [GeneratedRegex(@"^(?:_{8,}|-{8,}|-{2,}\s*(?:Original|Forwarded) Message\s*-{2,})$", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex Rule();

    [GeneratedRegex(@"^(?:Sent from my \S+(?: \S+){0,3}|Get Outlook for (?:iOS|Android)|Sent from (?:Mail|Outlook|Yahoo Mail|Gmail) for \S+(?: \S+)?|Sent from Outlook)$", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex SignOff();
}
