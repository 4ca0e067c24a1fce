using System.Text;

namespace KdramaMoments.Web.Importing;

/// <summary>
/// An export's entries (a feed's items, a calendar's events, a journal's entries) written as the article text the parser
/// reads: the export's name as the title, its description as the introduction, then each entry counted ("Entry 3: …"), its
/// heading over its text. The export says where each entry starts, so the count says it to the parser: no entry's text is
/// read as the continuation of the one before, and a list inside an entry ("1. …", "2. …") is not taken for the entries.
/// </summary>
internal static class ExportEntries
{
    /// <summary>The shape of the heading <see cref="Write"/> gives each entry ("Entry 3: …").</summary>
    internal static readonly string HeadingShape = ListMarker.Read("Entry 1: entry").Shape;

    /// <summary>
    /// Whether the line is an entry's heading as <see cref="Write"/> puts it, over a field naming its drama
    /// (<c>Drama: Some Title (2021)</c>, as a database's rows are written): the export said where the entry starts and which
    /// drama it is of, so its note may be as short as "the rooftop one" and still make it an item. An entry without such a
    /// field (a bookmark, a feed's item) still needs a paragraph, as a link to a discussion is no moment.
    /// </summary>
    internal static bool IsEntryWithDrama(List<string> lines, int index, ListMarker marker) =>
        marker.Shape == HeadingShape && index + 1 < lines.Count && FactLines.LabelledDrama(lines[index + 1]) is not null;

    /// <summary>An entry: its heading (null when it has none of its own: its text's first line heads it), and its text's lines.</summary>
    internal sealed record Entry(string? Heading, IReadOnlyList<string> Lines);

    public static string Write(string? title, IEnumerable<string> introduction, IReadOnlyList<Entry> entries)
    {
        var sb = new StringBuilder();
        if (title is { Length: > 0 })
        {
            sb.Append(title).Append("\n\n");
        }
        var intro = introduction.ToList();
        if (intro.Count > 0)
        {
            sb.AppendJoin('\n', intro).Append("\n\n");
        }
        var label = SeriesLabel(entries.Select(e => e.Heading ?? string.Empty).ToList());
        var number = 0;
        foreach (var entry in entries)
        {
            var lines = entry.Lines.SkipWhile(l => l.Trim().Length == 0).ToList();
            // "# The Red Sleeve finale": a note with no title field is headed by its first line, as a notes app shows it.
            var heading = entry.Heading ?? (lines.Count > 0 ? MarkdownHeading(lines[0]) ?? lines[0].Trim() : null);
            if (heading is null)
            {
                continue;
            }
            if (entry.Heading is null)
            {
                lines.RemoveAt(0);
            }
            sb.Append("Entry ").Append(++number).Append(": ").Append(label.Length > 0 && heading.StartsWith(label, StringComparison.Ordinal) ? heading[label.Length..].Trim() : heading).Append('\n');
            foreach (var line in lines)
            {
                sb.Append(line).Append('\n');
            }
            sb.Append('\n');
        }
        return sb.ToString();
    }

    // "## Weekend binge" → "Weekend binge".
    private static string? MarkdownHeading(string line)
    {
        var text = line.TrimStart('#');
        return text.Length < line.Length && text.StartsWith(' ') && text.Trim().Length > 0 ? text.Trim() : null;
    }

    // "Weekly Moment: Vincenzo …", "Weekly Moment: The Glory …": words up to a separator that most entries' headings open
    // with are the export's series name, not part of any title; an entry headed otherwise keeps its heading whole.
    private static string SeriesLabel(List<string> headings)
    {
        var labels = headings.Select(h => h.IndexOfAny([':', '|', '–', '—']) is var end and > 0 && end + 1 < h.Length ? h[..(end + 1)] : string.Empty).ToList();
        return labels.Where(l => l.Length > 0).GroupBy(l => l, StringComparer.Ordinal).Where(g => g.Count() >= MinimumLabelled && g.Count() * 2 > headings.Count)
            .Select(g => g.Key).FirstOrDefault() ?? string.Empty;
    }

    private const int MinimumLabelled = 2;
}
