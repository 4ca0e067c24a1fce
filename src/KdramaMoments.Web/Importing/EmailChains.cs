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

    public static List<string> Rewrite(List<string> lines)
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

    [GeneratedRegex(@"^(?<name>Sent|Date|To|Cc|Bcc|Subject|Reply-To|Importance)\s*:\s?(?<value>.*)$", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex Header();

    [GeneratedRegex(@"^(?:(?:RE|FW|FWD|AW|SV|TR)\s*:\s*)+", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex Reply();

    [GeneratedRegex(@"^(?:_{8,}|-{8,}|-{2,}\s*(?:Original|Forwarded) Message\s*-{2,})$", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex Rule();

    [GeneratedRegex(@"^(?:Sent from my \S+(?: \S+){0,3}|Get Outlook for (?:iOS|Android)|Sent from (?:Mail|Outlook|Yahoo Mail|Gmail) for \S+(?: \S+)?|Sent from Outlook)$", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex SignOff();
}
