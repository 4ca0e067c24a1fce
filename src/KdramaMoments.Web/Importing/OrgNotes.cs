using System.Text.RegularExpressions;

namespace KdramaMoments.Web.Importing;

/// <summary>
/// Notes kept in Emacs Org mode: <c>#+TITLE:</c> and the file's other settings at the top, headings opened by stars
/// (<c>** DONE Some Title (2014)     :swoon:</c>) with a to-do state, a priority and tags around their words, planning lines
/// (<c>CLOSED: [2024-02-11 Sun 23:40]</c>), property drawers (<c>:PROPERTIES:</c> … <c>:EPISODE: 7</c> … <c>:END:</c>) and
/// list items whose words wrap onto indented lines. Read as the Markdown notes they are: the title as the headline, each
/// heading a Markdown heading one level below it with only its words, each property a card's <c>Key: value</c> line,
/// each list item on one line; the states, tags, planning lines and the editor's own drawers are filing.
/// Text is read so only when it has Org's headings and at least one of its own marks (a <c>#+</c> setting, a drawer, a
/// planning line or a heading below the top level), since a Markdown list is also written with stars.
/// </summary>
public static partial class OrgNotes
{
    private const int MinimumHeadings = 3;

    private static readonly string[] DefaultStates = ["TODO", "DONE"];

    /// <summary>The lines of an Org file as Markdown notes; other text unchanged.</summary>
    public static List<string> Rewrite(List<string> lines)
    {
        if (lines.Count(l => Heading().IsMatch(l)) < MinimumHeadings || !lines.Any(IsOrgOwn))
        {
            return lines;
        }
        var states = States(lines);
        var output = new List<string>(lines.Count);
        var inDrawer = false;
        var keepDrawer = false;
        foreach (var raw in lines)
        {
            var line = raw.TrimEnd();
            var trimmed = line.Trim();
            if (inDrawer)
            {
                inDrawer = !DrawerEnd().IsMatch(trimmed);
                if (inDrawer && keepDrawer && Property().Match(trimmed) is { Success: true } property && property.Groups["value"].Value.Trim() is { Length: > 0 } value)
                {
                    var key = property.Groups["key"].Value.Replace('_', ' ');
                    output.Add($"{char.ToUpperInvariant(key[0])}{key[1..].ToLowerInvariant()}: {Unlinked(value)}");
                }
                continue;
            }
            if (DrawerStart().Match(trimmed) is { Success: true } drawer)
            {
                inDrawer = true;
                keepDrawer = drawer.Groups["name"].Value.Equals("PROPERTIES", StringComparison.OrdinalIgnoreCase);
                continue;
            }
            if (Setting().Match(trimmed) is { Success: true } setting)
            {
                if (setting.Groups["key"].Value.Equals("TITLE", StringComparison.OrdinalIgnoreCase) && setting.Groups["value"].Value.Trim() is { Length: > 0 } title)
                {
                    output.Add("# " + Unlinked(title));
                    output.Add(string.Empty);
                }
                continue;
            }
            if (Planning().IsMatch(trimmed))
            {
                continue;
            }
            if (Heading().Match(line) is { Success: true } heading)
            {
                if (output.Count > 0 && output[^1].Length > 0)
                {
                    output.Add(string.Empty);
                }
                output.Add(new string('#', heading.Groups["stars"].Length + 1) + " " + Unlinked(HeadingWords(heading.Groups["words"].Value, states)));
                continue;
            }
            // A list item's words wrapped onto the lines under it, indented past its bullet: one item, one line.
            if (trimmed.Length > 0 && !ListItem().IsMatch(trimmed) && raw.Length > trimmed.Length && output.Count > 0 && ListItem().IsMatch(output[^1]))
            {
                output[^1] += " " + Unlinked(trimmed);
                continue;
            }
            output.Add(Unlinked(trimmed));
        }
        return output;
    }

    private static bool IsOrgOwn(string line) =>
        Setting().IsMatch(line) || DrawerStart().IsMatch(line.Trim()) || Planning().IsMatch(line.Trim()) || line.StartsWith("** ", StringComparison.Ordinal);

    // "#+TODO: TODO REWATCH | DONE": the file's own to-do states, besides Org's TODO and DONE; "(s)" is a state's key.
    private static HashSet<string> States(List<string> lines)
    {
        var states = new HashSet<string>(DefaultStates, StringComparer.Ordinal);
        foreach (var m in lines.Select(l => Setting().Match(l.Trim())).Where(m => m.Success && m.Groups["key"].Value.ToUpperInvariant() is "TODO" or "SEQ_TODO" or "TYP_TODO"))
        {
            foreach (var word in m.Groups["value"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w != "|"))
            {
                states.Add(word.Split('(')[0]);
            }
        }
        return states;
    }

    // "DONE [#A] Some Title (2014)     :swoon:cry:" → "Some Title (2014)".
    private static string HeadingWords(string words, HashSet<string> states)
    {
        var text = Tags().Replace(words, string.Empty).Trim();
        var first = text.Split(' ', 2);
        if (first.Length == 2 && states.Contains(first[0]))
        {
            text = first[1].TrimStart();
        }
        return Priority().Replace(text, string.Empty).Trim();
    }

    // "[[https://…][the clip]]" → "the clip"; "[[Some Title]]" → "Some Title".
    private static string Unlinked(string text) => Link().Replace(text, m => m.Groups["words"].Success ? m.Groups["words"].Value : m.Groups["target"].Value);

    [GeneratedRegex(@"^(?<stars>\*+)\s+(?<words>\S.*)$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex Heading();

    [GeneratedRegex(@"^#\+(?<key>[A-Za-z_]+):\s*(?<value>.*)$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex Setting();

    [GeneratedRegex(@"^(?:CLOSED|SCHEDULED|DEADLINE):\s*[\[<]", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex Planning();

    [GeneratedRegex(@"^:(?<name>[A-Za-z][A-Za-z_-]*):$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex DrawerStart();

    [GeneratedRegex(@"^:END:$", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex DrawerEnd();

    [GeneratedRegex(@"^:(?<key>[A-Za-z][A-Za-z_-]*):\s+(?<value>.*)$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex Property();

    [GeneratedRegex(@"\s+:(?:[\p{L}\p{N}_@#%]+:)+$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex Tags();

    [GeneratedRegex(@"^\[#[A-Z0-9]\]\s*", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex Priority();

    [GeneratedRegex(@"^(?:[-+]|\d+[.)])\s+\S", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex ListItem();

    [GeneratedRegex(@"\[\[(?<target>[^\[\]]{1,500})\](?:\[(?<words>[^\[\]]{1,500})\])?\]", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex Link();
}
