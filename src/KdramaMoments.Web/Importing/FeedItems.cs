using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace KdramaMoments.Web.Importing;

/// <summary>
/// A news feed pasted as its XML (RSS 2.0 <c>&lt;item&gt;</c>s or Atom <c>&lt;entry&gt;</c>s): each entry becomes a heading
/// (its title, less a series label every title opens with) over its text (the description, summary or content, whose escaped HTML is reduced to paragraphs), under the
/// channel's title and description; links, dates, ids, authors and categories are the feed's bookkeeping, and a blog's
/// <c>The post … appeared first on …</c> line its furniture. XML that does not parse is left as it is. No DTD is read.
/// </summary>
public static partial class FeedItems
{
    private const int MinimumEntries = 3;

    /// <summary>The feed as plain article text, or null when the text is not a feed.</summary>
    public static string? Unpack(string text)
    {
        var start = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (!start.StartsWith('<') || !FeedRoot().IsMatch(start.Length > 2000 ? start[..2000] : start))
        {
            return null;
        }
        XElement root;
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
            using var reader = XmlReader.Create(new StringReader(start), settings);
            root = XElement.Load(reader);
        }
        catch (XmlException)
        {
            return null;
        }
        var entries = root.Descendants().Where(e => e.Name.LocalName is "item" or "entry").ToList();
        if (entries.Count < MinimumEntries)
        {
            return null;
        }
        var channel = root.Descendants().FirstOrDefault(e => e.Name.LocalName is "channel") ?? root;
        var sb = new StringBuilder();
        if (Child(channel, "title") is { Length: > 0 } title)
        {
            sb.Append(title).Append("\n\n");
        }
        // The channel's own description is the article's introduction.
        if ((Child(channel, "description") ?? Child(channel, "subtitle")) is { Length: > 0 } about)
        {
            sb.AppendJoin('\n', Paragraphs(about)).Append("\n\n");
        }
        var label = SeriesLabel(entries.Select(e => Child(e, "title") ?? string.Empty).ToList());
        foreach (var entry in entries)
        {
            var heading = Child(entry, "title") is { } written && label.Length > 0 ? written[label.Length..].Trim() : Child(entry, "title");
            var body = Paragraphs(Child(entry, "description") ?? Child(entry, "summary") ?? Child(entry, "content") ?? Child(entry, "encoded") ?? string.Empty);
            if (heading is null || heading.Length == 0)
            {
                continue;
            }
            sb.Append(heading).Append('\n');
            foreach (var paragraph in body)
            {
                sb.Append(paragraph).Append('\n');
            }
            sb.Append('\n');
        }
        return sb.ToString();
    }

    // "Weekly Moment: Vincenzo …", "Weekly Moment: The Glory …": a label every entry's title opens with, up to a separator, is
    // the feed's series name, not part of any title.
    private static string SeriesLabel(List<string> titles)
    {
        var first = titles[0];
        var separator = first.IndexOfAny([':', '|', '–', '—']);
        if (separator <= 0 || separator + 1 >= first.Length)
        {
            return string.Empty;
        }
        var label = first[..(separator + 1)];
        return titles.All(t => t.StartsWith(label, StringComparison.Ordinal) && t.Length > label.Length + 1) ? label : string.Empty;
    }

    private static string? Child(XElement parent, string localName) =>
        parent.Elements().FirstOrDefault(e => e.Name.LocalName == localName) is { } child ? WebUtility.HtmlDecode(child.Value).Trim() : null;

    // An entry's HTML as paragraphs: block ends are line breaks, other tags go, entities are read.
    private static IEnumerable<string> Paragraphs(string html)
    {
        var text = WebUtility.HtmlDecode(Tag().Replace(BlockEnd().Replace(html, "\n"), string.Empty));
        return text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !AppearedFirst().IsMatch(l));
    }

    [GeneratedRegex(@"^(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF)\b", RegexOptions.Singleline, RegexBudget.Milliseconds)]
    private static partial Regex FeedRoot();

    [GeneratedRegex(@"</(?:p|div|li|h[1-6]|blockquote)\s*>|<br\s*/?>", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex BlockEnd();

    [GeneratedRegex(@"<[^<>]{0,2000}>", RegexOptions.NonBacktracking)]
    private static partial Regex Tag();

    [GeneratedRegex(@"^the post\b.{1,300}\bappeared first on\b", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex AppearedFirst();
}
