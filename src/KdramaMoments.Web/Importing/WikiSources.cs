using System.Text;
using System.Text.RegularExpressions;

namespace KdramaMoments.Web.Importing;

/// <summary>
/// A wiki page's source, copied from its editor: DokuWiki's (a club's or a fan site's wiki) or MediaWiki's (Fandom,
/// Wikipedia). Both head sections with runs of equals signs (<c>==== Heading ====</c>), but count them the other way
/// round: DokuWiki's page title has six and its sub-sections fewer, MediaWiki's sections two and their sub-sections more.
/// Read as the wiki shows the page: headings as Markdown's <c>#</c> headings of their level; list items as bullets and
/// numbers; a link as the words it shows (<c>[[dramas:goblin|Goblin]]</c> → <c>Goblin</c>, <c>[[dramas:moon_lovers]]</c>
/// → <c>moon lovers</c>); bold, italic, underlined and monospaced words as plain words; table rows as pipe rows;
/// DokuWiki's <c>---</c> as a dash and <c>\\</c> as a line break. Pictures, templates, footnotes, references, categories
/// and the wiki's switches (<c>~~NOTOC~~</c>) show no words of the page's text and go; a plugin's tags
/// (<c>&lt;hidden&gt;</c>, <c>&lt;WRAP&gt;</c>) go, and the words they hold stay.
/// </summary>
public static partial class WikiSources
{
    private const int MinimumHeadings = 2;

    /// <summary>Whether the text is a wiki page's source: headings between runs of equals signs, at least two.</summary>
    public static bool IsWikiSource(string text) => Headings(Normalised(text).Split('\n')).Count >= MinimumHeadings;

    /// <summary>The page as plain article text, or null when the text is no wiki page's source.</summary>
    public static string? Unpack(string text)
    {
        text = WithoutZimHeader(Normalised(text));
        var lines = text.Split('\n');
        var headings = Headings(lines);
        if (headings.Count < MinimumHeadings)
        {
            return null;
        }
        var doku = IsDokuWiki(text, headings);
        var shown = new StringBuilder();
        var number = 0;
        // Templates and footnotes may run over several lines: they are taken out of the whole text first.
        foreach (var raw in WithoutHiddenBlocks(text).Split('\n'))
        {
            var line = raw.TrimEnd();
            if (HorizontalRule().IsMatch(line) || TableFrame().IsMatch(line))
            {
                continue;
            }
            if (HeadingLine().Match(line) is { Success: true } heading)
            {
                var marks = heading.Groups["marks"].Length;
                var level = doku ? 7 - marks : marks;
                shown.Append('#', Math.Clamp(level, 1, 6)).Append(' ').Append(Inline(heading.Groups["words"].Value.Trim(), doku)).Append('\n');
                number = 0;
                continue;
            }
            var item = (doku ? DokuListItem() : MediaListItem()).Match(line);
            if (item.Success)
            {
                number = item.Groups["mark"].Value[^1] is '-' or '#' ? number + 1 : 0;
                line = (number > 0 ? $"{number}. " : "- ") + Inline(item.Groups["words"].Value, doku);
            }
            else
            {
                number = 0;
                line = (doku ? DokuTableRow() : MediaTableRow()).IsMatch(line) ? Row(line, doku) : Inline(line.Trim(), doku);
            }
            foreach (var part in ForcedBreak().Split(line))
            {
                shown.Append(part.TrimEnd()).Append('\n');
            }
        }
        return Collapsed(shown.ToString()).Trim() + "\n";
    }

    // Zim, a desktop wiki, writes its pages in DokuWiki's syntax under a header of its own ("Content-Type: text/x-zim-wiki",
    // "Wiki-Format: zim 0.6", "Creation-Date: …") and puts "Created Saturday 02 November 2024" under a new page's title:
    // the app's bookkeeping, no words of the page.
    private static string WithoutZimHeader(string text)
    {
        if (!text.StartsWith("Content-Type: text/x-zim-wiki", StringComparison.OrdinalIgnoreCase))
        {
            return text;
        }
        var blank = text.IndexOf("\n\n", StringComparison.Ordinal);
        return ZimCreatedLine().Replace(blank < 0 ? string.Empty : text[(blank + 2)..], "$1", 1);
    }

    // A byte-order mark would hide the first heading (the page's title) from the heading pattern.
    private static string Normalised(string text) => text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal);

    private static List<Match> Headings(string[] lines) =>
        lines.Select(l => HeadingLine().Match(l)).Where(m => m.Success).ToList();

    // DokuWiki's own marks outnumber MediaWiki's; when neither shows, the page's first heading has the most equals signs
    // in DokuWiki (its title) and the fewest in MediaWiki (a section).
    private static bool IsDokuWiki(string text, List<Match> headings)
    {
        var (doku, media) = (DokuMarks().Count(text), MediaMarks().Count(text));
        if (doku != media)
        {
            return doku > media;
        }
        var first = headings[0].Groups["marks"].Length;
        return first > headings.Min(h => h.Groups["marks"].Length);
    }

    // Templates ({{Infobox …}}, over lines), pictures ({{:clips:x.jpg|…}}), footnotes ((…)), references and comments.
    private static string WithoutHiddenBlocks(string text)
    {
        var plain = Comment().Replace(text, string.Empty);
        plain = Reference().Replace(plain, string.Empty);
        plain = Footnote().Replace(plain, string.Empty);
        plain = MagicWord().Replace(plain, string.Empty);
        // Innermost first, so a template inside another goes with it; bounded, as the text is the uploader's.
        for (var depth = 0; depth < 5 && Template().IsMatch(plain); depth++)
        {
            plain = Template().Replace(plain, string.Empty);
        }
        return plain;
    }

    // One line's inline markup read as the words it shows.
    private static string Inline(string line, bool doku)
    {
        line = HiddenLink().Replace(line, string.Empty);
        line = InternalLink().Replace(line, m => m.Groups["shown"].Success ? m.Groups["shown"].Value : PageName(m.Groups["target"].Value));
        line = ExternalLink().Replace(line, "${shown}");
        // Emphasis inside emphasis (**bold** in an //italic// line) is read from the outside in.
        for (var depth = 0; depth < 3 && (doku ? DokuEmphasis() : MediaEmphasis()).IsMatch(line); depth++)
        {
            line = (doku ? DokuEmphasis() : MediaEmphasis()).Replace(line, "${words}");
        }
        line = PluginTag().Replace(line, string.Empty);
        line = Unescaped().Replace(line, "${words}");
        line = doku ? line.Replace(" --- ", " — ", StringComparison.Ordinal).Replace(" -- ", " – ", StringComparison.Ordinal) : line;
        return line;
    }

    // [[dramas:moon_lovers]] shows the page's name: its last segment, underscores as spaces.
    private static string PageName(string target)
    {
        var page = target.Split('#')[0].TrimEnd(':', '/');
        var last = page[(page.LastIndexOfAny([':', '/']) + 1)..];
        return (last.Length > 0 ? last : target).Replace('_', ' ').Trim();
    }

    // "^ Drama ^ Year ^", "| Goblin | 2016 |", "! Drama !! Year", "| Goblin || 2016": cells between pipes.
    private static string Row(string row, bool doku)
    {
        var cells = (doku ? DokuCell() : MediaCell()).Split(row.Trim().Trim('^', '|', '!'))
            .Select(c => Inline(c.Trim(), doku));
        return "| " + string.Join(" | ", cells) + " |";
    }

    private static string Collapsed(string text) => BlankRun().Replace(text, "\n\n");

    // "====== Title ======", "== Section ==": a run of equals signs on both sides (their lengths are not compared: wikis
    // forgive a closing run one short).
    [GeneratedRegex(@"^\s*(?<marks>={2,6})[ \t]*(?<words>[^=\s][^=]{0,200}?)[ \t]*={2,6}\s*$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex HeadingLine();

    // **bold**, //italic// (not a URL's), ((footnotes)), {{:media}}, <hidden>, <WRAP>, ~~NOTOC~~, ^ table heads ^, indented lists.
    [GeneratedRegex(@"\*\*[^*\n]+\*\*|(?<![:/])//[^/\n]+//|\(\([^()\n]+\)\)|\{\{:?[\w.-]+:[^}\n]*\}\}|<(?:hidden|wrap|note|del)\b|~~[A-Z]+~~|^\^.+\^\s*$|^ {2,}[*-] ", RegexOptions.IgnoreCase | RegexOptions.Multiline, RegexBudget.Milliseconds)]
    private static partial Regex DokuMarks();

    // '''bold''', <ref>, [[File:…]], [[Category:…]], {| tables, signatures, unindented * and # lists.
    [GeneratedRegex(@"'''|<ref\b|\[\[(?:File|Image|Category):|^\{\||~~~~|^[*#]+ ", RegexOptions.IgnoreCase | RegexOptions.Multiline, RegexBudget.Milliseconds)]
    private static partial Regex MediaMarks();

    [GeneratedRegex(@"<!--.*?-->", RegexOptions.Singleline, RegexBudget.Milliseconds)]
    private static partial Regex Comment();

    [GeneratedRegex(@"<ref\b[^>/]*/>|<ref\b[^>]*>.*?</ref>", RegexOptions.IgnoreCase | RegexOptions.Singleline, RegexBudget.Milliseconds)]
    private static partial Regex Reference();

    [GeneratedRegex(@"\(\([^()]{0,2000}\)\)", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex Footnote();

    [GeneratedRegex(@"\{\{[^{}]{0,4000}\}\}", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex Template();

    // The wiki's switches: DokuWiki's ~~NOTOC~~, MediaWiki's __TOC__.
    [GeneratedRegex(@"~~[A-Z]{3,}~~|__[A-Z]{3,}__", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex MagicWord();

    [GeneratedRegex(@"^\s*-{4,}\s*$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex HorizontalRule();

    // MediaWiki's table frame: {|, |-, |}, |+ caption.
    [GeneratedRegex(@"^\s*(?:\{\||\|-|\|\}|\|\+)", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex TableFrame();

    // DokuWiki's rows open and close with their separators ("^ Drama ^ Year ^", "| Goblin | 2016 |").
    [GeneratedRegex(@"^\s*[\^|].*[\^|]\s*$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex DokuTableRow();

    // MediaWiki's open with theirs ("! Drama !! Year", "| Goblin || 2016"); its table frame was set aside before.
    [GeneratedRegex(@"^\s*[|!]\s*\S", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex MediaTableRow();

    [GeneratedRegex(@"\s*[\^|]\s*", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex DokuCell();

    [GeneratedRegex(@"\s*(?:\|\||!!|\|)\s*", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex MediaCell();

    // "  * item", "  - numbered item": DokuWiki's lists are indented by two spaces or more.
    [GeneratedRegex(@"^ {2,}(?<mark>[*-])\s+(?<words>\S.*)$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex DokuListItem();

    // "* item", "# numbered item", "; term", ": indented".
    [GeneratedRegex(@"^(?<mark>[*#;:]{1,4})\s*(?<words>\S.*)$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex MediaListItem();

    // <hidden Spoiler>, </hidden>, <WRAP box>, <del>, <sup>, <small>, <br>, <nowiki>, <code>: the tags, not the words they hold.
    [GeneratedRegex(@"</?(?:hidden|wrap|note|del|ins|sup|sub|small|big|center|span|div|nowiki|code|file|html|poem|blockquote|br|u|s)\b[^>]*>", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex PluginTag();

    // Links that show no words: pictures, files and categories.
    [GeneratedRegex(@"\[\[(?:File|Image|Category|Media):[^\[\]]*(?:\[\[[^\[\]]*\]\][^\[\]]*)*\]\]", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex HiddenLink();

    // [[target|Shown]], [[target]] (both wikis put the target first).
    [GeneratedRegex(@"\[\[(?<target>[^\[\]|]*)(?:\|(?<shown>[^\[\]]*))?\]\]", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex InternalLink();

    // MediaWiki's [https://… Shown]; a bare [https://…] shows a number, not words.
    [GeneratedRegex(@"\[(?:https?|ftp)://[^\s\]]+(?:\s+(?<shown>[^\]]*))?\]", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex ExternalLink();

    // **bold**, //italic// (not a URL's //), __underline__, ''monospace''.
    [GeneratedRegex(@"\*\*(?<words>.+?)\*\*|(?<![:/])//(?<words>.+?)(?<!:)//|__(?<words>.+?)__|''(?<words>.+?)''", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex DokuEmphasis();

    // '''''bold italic''''', '''bold''', ''italic''.
    [GeneratedRegex(@"'{5}(?<words>.+?)'{5}|'{3}(?<words>.+?)'{3}|'{2}(?<words>.+?)'{2}", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex MediaEmphasis();

    // %%unformatted%% (DokuWiki), shown as written.
    [GeneratedRegex(@"%%(?<words>.+?)%%", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex Unescaped();

    // DokuWiki's forced line break: two backslashes before a space or the line's end.
    [GeneratedRegex(@"\\\\(?:\s+|$)", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex ForcedBreak();

    // The page's title heading, then Zim's "Created Saturday 02 November 2024" under it.
    [GeneratedRegex(@"^(=+[^\n]*=+\n)Created \p{L}+ \d{1,2} \p{L}+ \d{4}[^\n]*\n", RegexOptions.NonBacktracking)]
    private static partial Regex ZimCreatedLine();

    [GeneratedRegex(@"\n{3,}", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex BlankRun();
}
