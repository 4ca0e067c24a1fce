using System.Text;
using System.Text.RegularExpressions;

namespace KdramaMoments.Web.Importing;

/// <summary>
/// A TiddlyWiki tiddler saved as a <c>.tid</c> file: <c>field: value</c> lines (<c>created</c>, <c>modified</c>,
/// <c>tags</c>, <c>title</c>, <c>type</c>, …) over a blank line over the tiddler's wikitext. Read as the wiki shows it:
/// the title over the text; <c>!</c> headings as Markdown's <c>#</c> headings; <c>*</c> and <c>#</c> list items as bullets
/// and numbers; a link as the words it shows (<c>[[Shown|Target]]</c> → <c>Shown</c>, <c>[[Target]]</c> →
/// <c>Target</c>); <c>''bold''</c>, <c>//italic//</c>, <c>__underline__</c> and <c>@@styled@@</c> words as plain words.
/// Comments, macros (<c>&lt;&lt;toc&gt;&gt;</c>), widgets (<c>&lt;$list&gt;</c>), transclusions (<c>{{…}}</c>) and
/// pictures show no words of the text and go; the other fields are the wiki's bookkeeping. A tiddler typed as anything
/// but wikitext (Markdown, plain text) keeps its text as it is.
/// </summary>
public static partial class TiddlyWikiTiddlers
{
    /// <summary>The tiddler as plain article text, or null when the text is no tiddler file.</summary>
    public static string? Unpack(string text)
    {
        var lines = text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var blank = Array.FindIndex(lines, l => l.Trim().Length == 0);
        if (blank <= 0 || Fields(lines[..blank]) is not { } fields || !IsTiddler(fields))
        {
            return null;
        }
        var body = string.Join('\n', lines[(blank + 1)..]);
        var wikitext = !fields.TryGetValue("type", out var type) || type.Length == 0 || type.Equals("text/vnd.tiddlywiki", StringComparison.OrdinalIgnoreCase);
        var written = new StringBuilder();
        written.Append(fields["title"]).Append("\n\n");
        written.Append(wikitext ? Shown(body) : body);
        return written.ToString().TrimEnd() + "\n";
    }

    // "created: 20240216093015123", "title: …": every line of the header a field, or null when one is not.
    private static Dictionary<string, string>? Fields(string[] header)
    {
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in header)
        {
            if (Field().Match(line) is not { Success: true } m)
            {
                return null;
            }
            fields.TryAdd(m.Groups["name"].Value, m.Groups["value"].Value.Trim());
        }
        return fields;
    }

    // A title, and the wiki's own marks: its type, or its 17-digit creation or modification stamps.
    private static bool IsTiddler(Dictionary<string, string> fields) =>
        fields.TryGetValue("title", out var title) && title.Length > 0
        && ((fields.TryGetValue("type", out var type) && type.StartsWith("text/vnd.tiddlywiki", StringComparison.OrdinalIgnoreCase))
            || StampFields.Any(f => fields.TryGetValue(f, out var stamp) && Stamp().IsMatch(stamp)));

    private static readonly string[] StampFields = ["created", "modified"];

    // The wikitext as the wiki shows its words.
    private static string Shown(string body)
    {
        var text = Comment().Replace(body, string.Empty);
        var shown = new StringBuilder();
        var number = 0;
        foreach (var raw in text.Split('\n'))
        {
            if (WidgetLine().IsMatch(raw))
            {
                continue;
            }
            var line = Inline(raw);
            if (Heading().Match(line) is { Success: true } heading)
            {
                line = $"{new string('#', heading.Groups["level"].Length)} {heading.Groups["words"].Value}";
            }
            else if (ListItem().Match(line) is { Success: true } item)
            {
                number = item.Groups["mark"].Value[^1] == '#' ? number + 1 : 0;
                line = (number > 0 ? $"{number}. " : "- ") + item.Groups["words"].Value;
            }
            number = ListItem().IsMatch(raw) ? number : 0;
            shown.Append(line.TrimEnd()).Append('\n');
        }
        return shown.ToString();
    }

    // One line's inline markup read as the words it shows.
    private static string Inline(string line)
    {
        line = Invisible().Replace(line, string.Empty);
        line = Link().Replace(line, m => m.Groups["shown"].Success ? m.Groups["shown"].Value : m.Groups["target"].Value);
        line = Styled().Replace(line, "${words}");
        line = Emphasis().Replace(line, "${words}");
        return LineBreak().Replace(line, " ");
    }

    [GeneratedRegex(@"^(?<name>[a-z][\w.-]{0,40}):[ \t]*(?<value>.*)$", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex Field();

    [GeneratedRegex(@"^\d{14,17}$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex Stamp();

    [GeneratedRegex(@"<!--.*?-->", RegexOptions.Singleline, RegexBudget.Milliseconds)]
    private static partial Regex Comment();

    // A line that is only widgets or a macro: <$list filter="…">, </$list>, <<toc-selective-expandable "X">>.
    [GeneratedRegex(@"^\s*(?:</?\$[\w.-]+[^>]*>|<<[^>]*>>|<br\s*/?>|\s)+\s*$", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex WidgetLine();

    // Macros, transclusions, pictures and widgets inside a line show none of the tiddler's own words.
    [GeneratedRegex(@"<<[^<>]*>>|\{\{[^{}]*\}\}|\[img[^\]]*\[[^\]]*\]\]|</?\$[\w.-]+[^>]*>", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex Invisible();

    // [[Shown|Target]], [[Target]], [ext[Shown|https://…]].
    [GeneratedRegex(@"\[(?:ext)?\[(?:(?<shown>[^\[\]|]*)\|)?(?<target>[^\[\]|]*)\]\]", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex Link();

    // @@color:red; words@@ or @@.class words@@.
    [GeneratedRegex(@"@@(?:[\w.-]+:[^;@]*;|\.[\w-]+)?\s*(?<words>.*?)@@", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex Styled();

    // ''bold'', //italic// (not a URL's //), __underline__, ^^super^^, ,,sub,,.
    [GeneratedRegex(@"''(?<words>.+?)''|(?<![:/])//(?<words>.+?)(?<!:)//|__(?<words>.+?)__|\^\^(?<words>.+?)\^\^|,,(?<words>.+?),,", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"<br\s*/?>", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex LineBreak();

    [GeneratedRegex(@"^(?<level>!{1,6})\s*(?<words>\S.*)$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex Heading();

    [GeneratedRegex(@"^(?<mark>[*#]{1,4})\s+(?<words>\S.*)$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex ListItem();
}
