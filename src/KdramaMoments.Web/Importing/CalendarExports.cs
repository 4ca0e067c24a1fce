using System.Text;

namespace KdramaMoments.Web.Importing;

/// <summary>
/// A calendar exported as iCalendar text (<c>BEGIN:VCALENDAR</c> … <c>BEGIN:VEVENT</c>): each event becomes a heading (its
/// <c>SUMMARY</c>) over its text (its <c>DESCRIPTION</c>), under the calendar's name and description. Lines folded at 75
/// octets are joined and text values unescaped first (RFC 5545, 3.1 and 3.3.11); time zones, attendees, alarms and ids are
/// the calendar's bookkeeping. A cancelled event nominates nothing.
/// </summary>
public static class CalendarExports
{
    private const int MinimumEvents = 3;

    /// <summary>The calendar as plain article text, or null when the text is not a calendar with enough events.</summary>
    public static string? Unpack(string text)
    {
        var start = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (!start.StartsWith("BEGIN:VCALENDAR", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        var calendar = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var events = new List<Dictionary<string, string>>();
        var open = new Stack<string>();
        foreach (var (name, value) in Unfolded(start).Select(Property).OfType<(string, string)>())
        {
            if (name.Equals("BEGIN", StringComparison.OrdinalIgnoreCase))
            {
                open.Push(value.ToUpperInvariant());
                if (open.Peek() == "VEVENT")
                {
                    events.Add(new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase));
                }
            }
            else if (name.Equals("END", StringComparison.OrdinalIgnoreCase))
            {
                open.TryPop(out _);
            }
            else if (open.TryPeek(out var component))
            {
                // An alarm's "This is an event reminder" is inside its event, but not the event's own text.
                var owner = component == "VEVENT" ? events[^1] : component == "VCALENDAR" ? calendar : null;
                owner?.TryAdd(name, value);
            }
        }
        var held = events.Where(e => !Value(e, "STATUS").Equals("CANCELLED", StringComparison.OrdinalIgnoreCase) && Value(e, "SUMMARY").Length > 0).ToList();
        if (held.Count < MinimumEvents)
        {
            return null;
        }
        var entries = held.Select(e => new ExportEntries.Entry(Value(e, "SUMMARY"), FeedItems.Paragraphs(Value(e, "DESCRIPTION")).ToList())).ToList();
        return ExportEntries.Write(Value(calendar, "X-WR-CALNAME"), FeedItems.Paragraphs(Value(calendar, "X-WR-CALDESC")), entries);
    }

    private static string Value(Dictionary<string, string> properties, string name) =>
        properties.TryGetValue(name, out var value) ? Unescaped(value).Trim() : string.Empty;

    // A line that starts with a space or a tab continues the one before it, less that one character.
    private static IEnumerable<string> Unfolded(string text)
    {
        var line = new StringBuilder();
        foreach (var raw in text.Split('\n'))
        {
            var part = raw.TrimEnd('\r');
            if (part.Length > 0 && part[0] is ' ' or '\t')
            {
                line.Append(part, 1, part.Length - 1);
                continue;
            }
            if (line.Length > 0)
            {
                yield return line.ToString();
            }
            line.Clear().Append(part);
        }
        if (line.Length > 0)
        {
            yield return line.ToString();
        }
    }

    // "DESCRIPTION;LANGUAGE=en:text": the name before any parameters, the value after the first colon outside quotes.
    private static (string Name, string Value)? Property(string line)
    {
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '"')
            {
                quoted = !quoted;
            }
            else if (line[i] == ':' && !quoted)
            {
                var head = line[..i];
                var parameters = head.IndexOf(';', StringComparison.Ordinal);
                return (parameters < 0 ? head : head[..parameters], line[(i + 1)..]);
            }
        }
        return null;
    }

    // "\n" and "\N" end a line; "\,", "\;" and "\\" are the characters themselves.
    private static string Unescaped(string value)
    {
        var sb = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '\\' && i + 1 < value.Length)
            {
                i++;
                sb.Append(value[i] is 'n' or 'N' ? '\n' : value[i]);
                continue;
            }
            sb.Append(value[i]);
        }
        return sb.ToString();
    }
}
