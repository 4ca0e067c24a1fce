using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace KdramaMoments.Web.Importing;

/// <summary>
/// An outliner's OPML export (WorkFlowy, Dynalist, OmniOutliner): <c>&lt;opml&gt;</c>, a <c>&lt;head&gt;</c> that may
/// hold the <c>&lt;title&gt;</c>, and a <c>&lt;body&gt;</c> of nested <c>&lt;outline text="…" _note="…"&gt;</c> nodes.
/// Read as the outline shows it: a node with children, and each of its siblings, is a heading one level below its
/// parent's; a node among siblings without children is a line of text (under a heading, the points are one paragraph,
/// a sentence each); a note is the paragraph under its node. A lone top node over the rest is the outline's title. Nodes
/// ticked complete (<c>_complete="true"</c>) are hidden, as the outliner hides them. The words' own formatting
/// (<c>&lt;b&gt;</c>, <c>&lt;i&gt;</c>, escaped inside the attribute) is set aside. Like a bookmark file it is markup by
/// its shape, but no web page, so the decoder lets it through.
/// </summary>
public static partial class OpmlOutlines
{
    /// <summary>Whether the text is an OPML file or a FreeMind or Freeplane mind map (its root element says so).</summary>
    public static bool IsOpml(string text) => OpmlRoot().IsMatch(text) || MindMapRoot().IsMatch(text);

    /// <summary>The outline as plain article text, or null when the text is no OPML file or its body holds no node.</summary>
    public static string? Unpack(string text)
    {
        if (!IsOpml(text) || FeedItems.LoadXml(text, DtdProcessing.Prohibit) is not { } root)
        {
            return null;
        }
        if (root.Name.LocalName == "map")
        {
            root = AsOutline(root);
        }
        var nodes = Shown(root.Element("body")?.Elements("outline")).ToList();
        if (nodes.Count == 0)
        {
            return null;
        }
        var written = new StringBuilder();
        var title = root.Element("head")?.Element("title")?.Value.Trim();
        if (string.IsNullOrEmpty(title) && nodes is [var lone] && Shown(lone.Elements("outline")).Any())
        {
            // The run sheet's own name over everything in it.
            title = Words(lone, "text");
            AddBlock(written, Words(lone, "_note"));
            nodes = Shown(lone.Elements("outline")).ToList();
        }
        written.Insert(0, string.IsNullOrEmpty(title) ? string.Empty : title + "\n\n");
        WriteSiblings(written, nodes, level: 2);
        return written.ToString().TrimEnd();
    }

    private const int DeepestHeading = 6;

    // Siblings are peers: where one of them has children, each is a heading of that level, so a node after a section
    // ("Ad read" after "COUNTDOWN") closes it rather than running on in its last item.
    private static void WriteSiblings(StringBuilder written, List<XElement> nodes, int level)
    {
        var asHeadings = nodes.Any(n => Shown(n.Elements("outline")).Any());
        if (!asHeadings && level > 2)
        {
            // A node's points ("Baek Do-hwan (Kang Min-jae) + …", "line: …", "the pier at dusk"), each short, are one
            // paragraph under its heading, a sentence each.
            AddBlock(written, string.Join(' ', nodes.SelectMany(n => new[] { Words(n, "text"), Words(n, "_note") }).Where(w => w.Length > 0).Select(AsSentence)));
            return;
        }
        foreach (var node in nodes)
        {
            var words = Words(node, "text");
            AddBlock(written, asHeadings && words.Length > 0 ? new string('#', Math.Min(level, DeepestHeading)) + " " + words : words);
            AddBlock(written, Words(node, "_note"));
            WriteSiblings(written, Shown(node.Elements("outline")).ToList(), level + 1);
        }
    }

    private static void AddBlock(StringBuilder written, string block)
    {
        if (block.Length > 0)
        {
            written.Append(block).Append("\n\n");
        }
    }

    private static string AsSentence(string point) =>
        point.Replace('\n', ' ').TrimEnd() is var line && line.Length > 0 && line[^1] is '.' or '!' or '?' or '…' or '"' or '”' ? line : line + ".";

    private static IEnumerable<XElement> Shown(IEnumerable<XElement>? nodes) =>
        (nodes ?? []).Where(n => !string.Equals((string?)n.Attribute("_complete"), "true", StringComparison.OrdinalIgnoreCase));

    // The attribute's words without the outliner's inline formatting; a note's own line breaks kept.
    private static string Words(XElement node, string attribute) => string.Join('\n', FeedItems.Paragraphs((string?)node.Attribute(attribute) ?? string.Empty));

    // A mind map (FreeMind's or Freeplane's .mm file) is an outline drawn around its centre: <map> holds one <node TEXT="…">,
    // the map's own name, and its branches are nested nodes; a node's note is a <richcontent TYPE="NOTE"> of HTML, and a
    // node whose words are formatted keeps them in a <richcontent TYPE="NODE"> instead of its TEXT. Read as the OPML
    // outline it would export.
    private static XElement AsOutline(XElement map) =>
        new("opml", new XElement("body", map.Elements("node").Select(AsOutlineNode)));

    private static XElement AsOutlineNode(XElement node)
    {
        var outline = new XElement("outline", new XAttribute("text", (string?)node.Attribute("TEXT") ?? RichContent(node, "NODE")));
        if (RichContent(node, "NOTE") is { Length: > 0 } note)
        {
            outline.Add(new XAttribute("_note", note));
        }
        outline.Add(node.Elements("node").Select(AsOutlineNode));
        return outline;
    }

    // The HTML of a node's rich content, as markup (the outline's attributes hold their formatting escaped).
    private static string RichContent(XElement node, string type) =>
        node.Elements("richcontent").FirstOrDefault(r => string.Equals((string?)r.Attribute("TYPE"), type, StringComparison.OrdinalIgnoreCase)) is { } rich
            ? string.Concat(rich.Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting)))
            : string.Empty;

    [GeneratedRegex(@"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<map\s+version\s*=\s*[""'](?:freeplane|freemind|\d)", RegexOptions.IgnoreCase | RegexOptions.Singleline, RegexBudget.Milliseconds)]
    private static partial Regex MindMapRoot();

    [GeneratedRegex(@"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<opml\b", RegexOptions.IgnoreCase | RegexOptions.Singleline, RegexBudget.Milliseconds)]
    private static partial Regex OpmlRoot();
}
