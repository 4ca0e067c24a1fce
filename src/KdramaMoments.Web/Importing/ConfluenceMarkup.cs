using System.Text;
using System.Text.RegularExpressions;

namespace KdramaMoments.Web.Importing;

/// <summary>
/// A page's source in Confluence's (and Jira's) wiki markup, copied from its editor: <c>h1.</c>–<c>h6.</c> headings,
/// <c>||header||</c> and <c>|cell|</c> table rows, <c>{quote}</c> blocks and <c>bq.</c> lines, macros in braces
/// (<c>{info}</c>, <c>{toc}</c>), <c>*bold*</c>, <c>_italic_</c>, <c>[words|link]</c> and <c>[~user]</c> links. Read as the
/// page shows: headings as Markdown's of their level; a row of one header cell and its value (a page's table of
/// properties) as a <c>Label: value</c> fact line, other rows as pipe rows; quoted blocks as quoted words; a panel's words
/// kept and its macro gone; a table of contents, rules, emoticons and code blocks gone; lists as bullets and numbers.
/// </summary>
public static partial class ConfluenceMarkup
{
    private const int MinimumHeadings = 2;

    /// <summary>The page as plain article text, or null when the text is no Confluence markup.</summary>
    public static string? Unpack(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (lines.Count(l => Heading().IsMatch(l)) < MinimumHeadings)
        {
            return null;
        }
        var shown = new StringBuilder();
        var quoting = false;
        var inCode = false;
        var number = 0;
        foreach (var raw in lines)
        {
            var line = raw.TrimEnd();
            if (CodeMacro().IsMatch(line.Trim()))
            {
                inCode = !inCode;
                continue;
            }
            if (inCode)
            {
                continue;
            }
            if (line.Trim().Equals("{quote}", StringComparison.OrdinalIgnoreCase))
            {
                quoting = !quoting;
                continue;
            }
            line = WithoutMacros(line);
            if (!HorizontalRule().IsMatch(line))
            {
                shown.Append(line.Trim().Length == 0 ? string.Empty : Shown(line, quoting, ref number)).Append('\n');
            }
        }
        return shown.ToString().Trim();
    }

    // One line as the page shows it.
    private static string Shown(string line, bool quoting, ref int number)
    {
        if (Heading().Match(line) is { Success: true } heading)
        {
            number = 0;
            return new string('#', heading.Groups["level"].Value[0] - '0') + " " + Inline(heading.Groups["words"].Value.Trim());
        }
        if (BlockQuote().Match(line) is { Success: true } bq)
        {
            return Quoted(Inline(bq.Groups["words"].Value.Trim()));
        }
        if (quoting)
        {
            return Quoted(Inline(line.Trim()));
        }
        if (line.TrimStart().StartsWith('|'))
        {
            return TableRow(line.Trim());
        }
        if (ListItem().Match(line) is { Success: true } item)
        {
            number = item.Groups["marks"].Value[^1] == '#' ? number + 1 : 0;
            return (number > 0 ? $"{number}. " : "- ") + Inline(item.Groups["words"].Value.Trim());
        }
        number = 0;
        return Inline(line.Trim());
    }

    private static string Quoted(string words) => words.Length == 0 ? words : $"“{words}”";

    // "||Drama|Goblin|": a header cell and its value is a property; "||Action||Owner||" and "|Book the room|Tom|" a table.
    private static string TableRow(string row)
    {
        if (PropertyRow().Match(row) is { Success: true } property)
        {
            return $"{Inline(property.Groups["label"].Value.Trim())}: {Inline(property.Groups["value"].Value.Trim())}";
        }
        var cells = row.Trim('|').Split('|', StringSplitOptions.None).Where(c => c.Length > 0).Select(c => Inline(c.Trim()));
        return "| " + string.Join(" | ", cells) + " |";
    }

    // Panels keep their words ("{info:title=About}…{info}"); a table of contents, anchors and the like show none of the page's.
    private static string WithoutMacros(string line) => Macro().Replace(line, string.Empty);

    // *bold*, _italic_, +underlined+, {{monospaced}} as plain words; [words|link] as the words, [~user] as the user's name;
    // emoticons such as (x) and (/) gone; "\\" a line break.
    private static string Inline(string text)
    {
        text = Link().Replace(text, m => m.Groups["words"].Success ? m.Groups["words"].Value : m.Groups["target"].Value);
        text = Monospaced().Replace(text, "${words}");
        text = Emphasis().Replace(text, "${words}");
        text = Emoticon().Replace(text, string.Empty);
        return text.Replace(@"\\", "\n", StringComparison.Ordinal).Trim();
    }

    [GeneratedRegex(@"^h(?<level>[1-6])\.\s+(?<words>\S.*)$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex Heading();

    [GeneratedRegex(@"^bq\.\s+(?<words>\S.*)$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex BlockQuote();

    [GeneratedRegex(@"^(?<marks>[*#-]{1,5})\s+(?<words>\S.*)$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex ListItem();

    [GeneratedRegex(@"^-{4,}\s*$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex HorizontalRule();

    [GeneratedRegex(@"^\{(?:code|noformat)(?::[^}]*)?\}$", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex CodeMacro();

    // "{info:title=About this page}", "{info}", "{toc:maxLevel=2}", "{anchor:top}", "{panel}", "{color:red}".
    [GeneratedRegex(@"\{(?:info|note|tip|warning|panel|expand|section|column|color|toc|anchor|children|status|excerpt|include|jira|pagetree|recently-updated|contentbylabel)(?::[^{}]*)?\}", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex Macro();

    [GeneratedRegex(@"^\|\|(?<label>[^|]+)\|(?!\|)(?<value>[^|]*)\|?\s*$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex PropertyRow();

    // [words|https://…], [~user.name], [#anchor], [https://…]
    [GeneratedRegex(@"\[(?:(?<words>[^\[\]|]+)\|(?<target>[^\[\]]+)|~?(?<target>[^\[\]|]+))\]", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex Link();

    [GeneratedRegex(@"\{\{(?<words>.+?)\}\}", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex Monospaced();

    // A mark opens after a space or the line's start and closes before one, so "well-known" and "5*3" keep theirs.
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?<mark>[*_+])(?<words>\S(?:.*?\S)?)\k<mark>(?![\p{L}\p{N}])", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"\((?:x|/|!|\?|i|y|n|on|off|\*|\*[rgby]|flag|flagoff|\+|-)\)\s?", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex Emoticon();
}
