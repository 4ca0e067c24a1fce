using System.Text;
using System.Text.RegularExpressions;

namespace KdramaMoments.Web.Importing;

/// <summary>
/// A post as a static site generator keeps it (Hugo, Jekyll, Eleventy, Astro; a notes app's Markdown file too): front
/// matter between two fences, YAML's <c>---</c> or TOML's <c>+++</c>, over the Markdown body. Read as the site shows it:
/// the front matter's title over its description, over the body. The generator's template tags (Hugo's shortcodes
/// <c>{{&lt; … &gt;}}</c> and <c>{{% … %}}</c>, Liquid's <c>{% … %}</c> and <c>{{ … }}</c>) and HTML comments
/// (<c>&lt;!--more--&gt;</c>) show none of the writer's words and go; a paired shortcode's own words stay between where
/// its tags were. The rest of the front matter (dates, tags, a cover picture's table) is the site's bookkeeping.
/// </summary>
public static partial class StaticSitePosts
{
    private const int LongestFrontMatter = 120;

    private static readonly string[] TitleNames = ["title", "name"];
    private static readonly string[] DescriptionNames = ["description", "summary", "subtitle", "excerpt", "lede"];

    /// <summary>The post as plain article text, or null when the text opens with no front matter holding a title.</summary>
    public static string? Unpack(string text)
    {
        var lines = text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var open = Array.FindIndex(lines, l => l.Trim().Length > 0);
        if (open < 0 || lines[open].TrimEnd() is not ("---" or "+++"))
        {
            return null;
        }
        var fence = lines[open].TrimEnd();
        var close = Array.FindIndex(lines, open + 1, Math.Min(LongestFrontMatter, lines.Length - open - 1), l => l.TrimEnd() == fence);
        if (close < 0 || Fields(lines[(open + 1)..close], toml: fence == "+++") is not { } fields || Value(fields, TitleNames) is not { } title)
        {
            return null;
        }
        var written = new StringBuilder();
        written.Append(title).Append("\n\n");
        if (Value(fields, DescriptionNames) is { } description)
        {
            written.Append(description).Append("\n\n");
        }
        foreach (var line in lines[(close + 1)..].SkipWhile(l => l.Trim().Length == 0))
        {
            var shown = TemplateTag().Replace(line, string.Empty);
            // A line that was only tags shows nothing; a blank line stays where the writer left it.
            if (shown.Trim().Length > 0 || line.Trim().Length == 0)
            {
                written.Append(shown.TrimEnd()).Append('\n');
            }
        }
        return written.ToString().TrimEnd() + "\n";
    }

    /// <summary>
    /// The front matter's top-level fields, or null when a line of it is none of the shapes front matter has: a field
    /// (<c>title: …</c>, <c>title = "…"</c>), a list's item or a value going on (indented, or <c>- …</c>), a TOML table's
    /// header (<c>[cover]</c>, whose fields are not the post's), a comment.
    /// </summary>
    private static Dictionary<string, string>? Fields(string[] matter, bool toml)
    {
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var inTable = false;
        string? folding = null;
        foreach (var line in matter)
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith('#'))
            {
                continue;
            }
            if (toml && TableHeader().IsMatch(trimmed))
            {
                inTable = true;
                continue;
            }
            if (char.IsWhiteSpace(line[0]) || trimmed.StartsWith('-') || trimmed is "]" or "}")
            {
                // A folded YAML value ("description: >" over indented lines) is its lines joined.
                if (folding is not null && !trimmed.StartsWith('-'))
                {
                    fields[folding] = (fields[folding] + " " + trimmed).Trim();
                }
                continue;
            }
            if ((toml ? TomlField() : YamlField()).Match(line) is not { Success: true } field)
            {
                return null;
            }
            folding = null;
            if (inTable)
            {
                continue;
            }
            var (name, value) = (field.Groups["name"].Value, field.Groups["value"].Value.Trim());
            if (!toml && value is ">" or "|" or ">-" or "|-" or ">+" or "|+")
            {
                folding = name;
                value = string.Empty;
            }
            fields.TryAdd(name, Unquoted(value));
        }
        return fields.Count > 0 ? fields : null;
    }

    private static string? Value(Dictionary<string, string> fields, string[] names) =>
        names.Select(n => fields.TryGetValue(n, out var v) ? v : null).FirstOrDefault(v => v is { Length: > 0 });

    // "\"Six scenes…\"", "'Goblin'": a string's quotes are TOML's or YAML's, not the title's; the quote escaped inside
    // (\" in double quotes, '' in YAML's single quotes) is the title's.
    private static string Unquoted(string value) =>
        value.Length < 2 || value[0] is not ('"' or '\'') || value[^1] != value[0] ? value
        : value[0] == '"' ? value[1..^1].Replace("\\\"", "\"", StringComparison.Ordinal)
        : value[1..^1].Replace("''", "'", StringComparison.Ordinal);

    [GeneratedRegex(@"^(?<name>[A-Za-z_][\w.-]*)\s*=\s*(?<value>.*)$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex TomlField();

    [GeneratedRegex(@"^(?<name>[A-Za-z_][\w-]*):(?:\s+(?<value>.*))?$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex YamlField();

    [GeneratedRegex(@"^\[\[?[\w.""' -]+\]\]?$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex TableHeader();

    // Hugo's shortcodes, Liquid's tags and output, HTML comments: each on one line.
    [GeneratedRegex(@"\{\{[<%].*?[%>]\}\}|\{%-?.*?-?%\}|\{\{-?\s*[\w.|"" ]+?\s*-?\}\}|<!--.*?-->", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex TemplateTag();
}
