using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace KdramaMoments.Web.Importing;

/// <summary>
/// A news feed pasted as its XML (RSS 2.0 <c>&lt;item&gt;</c>s or Atom <c>&lt;entry&gt;</c>s) or as a JSON Feed: each entry becomes a heading
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
        if (start.StartsWith('{'))
        {
            return JsonFeed(start);
        }
        if (!start.StartsWith('<') || !FeedRoot().IsMatch(start.Length > 2000 ? start[..2000] : start))
        {
            return null;
        }
        if (LoadXml(start, DtdProcessing.Prohibit) is not { } root)
        {
            return null;
        }
        var entries = root.Descendants().Where(e => e.Name.LocalName is "item" or "entry").ToList();
        if (entries.Count < MinimumEntries)
        {
            return null;
        }
        var channel = root.Descendants().FirstOrDefault(e => e.Name.LocalName is "channel") ?? root;
        // The channel's own description is the article's introduction.
        var about = Child(channel, "description") ?? Child(channel, "subtitle");
        var items = entries
            .Select(e => new ExportEntries.Entry(Child(e, "title"), Paragraphs(Child(e, "description") ?? Child(e, "summary") ?? Child(e, "content") ?? Child(e, "encoded") ?? string.Empty).ToList()))
            .Where(e => e.Heading is { Length: > 0 })
            .ToList();
        return ExportEntries.Write(Child(channel, "title"), about is { Length: > 0 } ? Paragraphs(about) : [], items);
    }

    /// <summary>
    /// A JSON Feed (<c>"version": "https://jsonfeed.org/version/1.1"</c>): its <c>items</c> read as an RSS feed's, each its
    /// title over its content (<c>content_html</c> reduced to paragraphs, or <c>content_text</c>; its <c>summary</c> when it has
    /// neither), under the feed's title and description. A post without a title (a micro-blog's) is its text alone.
    /// </summary>
    private static string? JsonFeed(string text)
    {
        if (!text.Contains("jsonfeed.org/version", StringComparison.OrdinalIgnoreCase) || JsonExports.Parse(text) is not { } document)
        {
            return null;
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || JsonExports.Field(root, ["version"]) is not { } version
                || !version.Contains("jsonfeed.org/version", StringComparison.OrdinalIgnoreCase)
                || !root.TryGetProperty("items", out var entries) || entries.ValueKind != JsonValueKind.Array)
            {
                return null;
            }
            var items = entries.EnumerateArray()
                .Where(e => e.ValueKind == JsonValueKind.Object)
                .Select(e => new ExportEntries.Entry(JsonExports.Field(e, ["title"]), JsonContent(e).ToList()))
                .Where(e => e.Heading is { Length: > 0 } || e.Lines.Count > 0)
                .ToList();
            if (items.Count < MinimumEntries)
            {
                return null;
            }
            var about = JsonExports.Field(root, ["description"]);
            return ExportEntries.Write(JsonExports.Field(root, ["title"]), about is { Length: > 0 } ? [about] : [], items);
        }
    }

    private static IEnumerable<string> JsonContent(JsonElement entry) =>
        JsonExports.Field(entry, ["content_html"]) is { Length: > 0 } html ? Paragraphs(html)
        : (JsonExports.Field(entry, ["content_text"]) ?? JsonExports.Field(entry, ["summary"]) ?? string.Empty)
            .Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);

    /// <summary>
    /// An export's XML, or null when it does not parse. Nothing outside the text is ever fetched (no resolver); a document
    /// type is refused or skipped as the caller says, never read.
    /// </summary>
    internal static XElement? LoadXml(string text, DtdProcessing doctype)
    {
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), new XmlReaderSettings { DtdProcessing = doctype, XmlResolver = null });
            return XElement.Load(reader);
        }
        catch (XmlException)
        {
            return null;
        }
    }

    private static string? Child(XElement parent, string localName) =>
        parent.Elements().FirstOrDefault(e => e.Name.LocalName == localName) is { } child ? WebUtility.HtmlDecode(child.Value).Trim() : null;

    /// <summary>An entry's HTML as paragraphs: block ends are line breaks, other tags go, entities are read.</summary>
    internal static IEnumerable<string> Paragraphs(string html)
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
