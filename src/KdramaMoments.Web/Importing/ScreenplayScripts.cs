using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace KdramaMoments.Web.Importing;

/// <summary>
/// A script in Fountain, the plain-text screenplay format (Highland, Slugline, Beat, or written by hand): a title page of
/// <c>Key: value</c> lines (<c>Title:</c>, <c>Credit:</c>, <c>Author:</c>, <c>Draft date:</c>, values indented under a key
/// running on), then scene headings (<c>INT. ROOM - NIGHT</c>, or forced by a full stop), action paragraphs, Markdown-like
/// sections (<c># ACT</c>) and synopses (<c>= …</c>), transitions (<c>CUT TO:</c>), and dialogue: a character's name in
/// capitals (with an extension such as <c>(V.O.)</c>) over their lines, parentheticals between. A fan video's script is an
/// article read aloud, so it is rewritten as that article: the title page's title over the sections and the action; the
/// host's lines (the one who speaks most, or a narrator by name) as paragraphs of the article; every other character's
/// lines quoted under their name. Notes (<c>[[…]]</c>), the boneyard (<c>/* … */</c>), scene headings, transitions,
/// centred cards and shot lines in capitals are the production's, not the article's.
/// </summary>
public static partial class ScreenplayScripts
{
    private const int MinimumCues = 2;

    /// <summary>The script as an article's text, or null when the text is no Fountain screenplay.</summary>
    public static string? Unpack(string text)
    {
        var lines = Boneyard().Replace(Notes().Replace(text.Replace("\r\n", "\n", StringComparison.Ordinal), string.Empty), string.Empty).Split('\n').ToList();
        var (title, bodyStart) = TitlePage(lines);
        var blocks = Blocks(lines, bodyStart);
        var cues = blocks.Where(b => b.Speaker is not null).ToList();
        // A title page or cues alone are found in many a pasted page; a scene heading is the screenplay's own.
        if (!blocks.Any(b => b.IsSceneHeading) || cues.Count < MinimumCues)
        {
            return null;
        }
        var host = cues.GroupBy(c => c.Speaker!).OrderByDescending(g => g.Count()).First().Key;
        var written = new StringBuilder();
        if (title is not null)
        {
            written.Append(title).Append("\n\n");
        }
        foreach (var block in blocks.Where(b => !b.IsSceneHeading && b.Text.Length > 0))
        {
            var paragraph = block.Speaker is null ? block.Text
                : block.Speaker == host || SubtitleScripts.IsNarratorName(block.Speaker) ? block.Text
                : $"{Named(block.Speaker)}: “{block.Text}”";
            written.Append(paragraph).Append("\n\n");
        }
        return written.ToString().TrimEnd();
    }

    private sealed record Block(string Text, string? Speaker = null, bool IsSceneHeading = false);

    // The title page: key lines from the first line to the first blank one, a key's value on its line or indented under it.
    private static (string? Title, int BodyStart) TitlePage(List<string> lines)
    {
        if (lines.Count == 0 || TitleKey().Match(lines[0]) is not { Success: true })
        {
            return (null, 0);
        }
        string? title = null;
        var i = 0;
        for (; i < lines.Count && lines[i].Trim().Length > 0; i++)
        {
            if (TitleKey().Match(lines[i]) is { Success: true } key)
            {
                if (key.Groups["key"].Value.Equals("Title", StringComparison.OrdinalIgnoreCase) && key.Groups["value"].Value.Trim().Length > 0)
                {
                    title = key.Groups["value"].Value.Trim();
                }
            }
            else if (!char.IsWhiteSpace(lines[i][0]))
            {
                return (null, 0); // not a title page: a line neither a key nor indented under one
            }
        }
        return (title, i);
    }

    // The script's paragraphs, each one of: a scene heading, a character's cue with their lines, or anything else as written.
    private static List<Block> Blocks(List<string> lines, int start)
    {
        var blocks = new List<Block>();
        for (var i = start; i < lines.Count; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                continue;
            }
            var next = i + 1 < lines.Count ? lines[i + 1].Trim() : string.Empty;
            if (SceneHeading().IsMatch(line))
            {
                blocks.Add(new Block(line, IsSceneHeading: true));
            }
            else if (next.Length > 0 && Cue().Match(line) is { Success: true } cue && !Transition().IsMatch(line))
            {
                var spoken = new List<string>();
                for (i++; i < lines.Count && lines[i].Trim().Length > 0; i++)
                {
                    if (!Parenthetical().IsMatch(lines[i].Trim()))
                    {
                        spoken.Add(lines[i].Trim());
                    }
                }
                blocks.Add(new Block(string.Join(' ', spoken), cue.Groups["name"].Value.Trim()));
            }
            else if (Transition().IsMatch(line) || Centred().IsMatch(line) || IsShotLine(line))
            {
                continue;
            }
            else
            {
                blocks.Add(new Block(line.StartsWith("= ", StringComparison.Ordinal) ? line[2..].Trim() : line.StartsWith('!') ? line[1..] : line));
            }
        }
        return blocks;
    }

    // "INSERT - CLIP: GOBLIN", "TITLE CARD": a line wholly in capitals that speaks to no one is a direction to the editor.
    private static bool IsShotLine(string line) =>
        !line.StartsWith('#') && line.Any(char.IsLetter) && !line.Any(char.IsLower);

    // "JUN-HEE" → "Jun-Hee": a character's name as the text writes names.
    private static string Named(string speaker) =>
        CultureInfo.InvariantCulture.TextInfo.ToTitleCase(speaker.ToLowerInvariant());

    [GeneratedRegex(@"^(?<key>Title|Credit|Authors?|Source|Draft date|Date|Contact|Notes|Copyright|Revision)\s*:\s*(?<value>.*)$", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex TitleKey();

    [GeneratedRegex(@"^(?:(?:INT|EXT|EST|INT\.?/EXT|I/E)\.\s|\.(?=[A-Z]{2,}[^a-z]*$))", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex SceneHeading();

    // A cue: a name in capitals (or forced with @), an extension in parentheses after it, and the dual-dialogue caret.
    [GeneratedRegex(@"^@?(?<name>[\p{Lu}][\p{Lu}\d .'’-]{0,30}?)\s*(?<extension>\([^()\n]{1,20}\))*\s*\^?$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex Cue();

    [GeneratedRegex(@"^(?:[\p{Lu} ]+TO:|FADE (?:IN|OUT)[.:]?|CUT TO BLACK[.:]?|>.*[^<])$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex Transition();

    [GeneratedRegex(@"^>.*<$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex Centred();

    [GeneratedRegex(@"^\(.*\)$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex Parenthetical();


    [GeneratedRegex(@"\[\[.*?\]\]", RegexOptions.Singleline, RegexBudget.Milliseconds)]
    private static partial Regex Notes();

    [GeneratedRegex(@"/\*.*?\*/", RegexOptions.Singleline, RegexBudget.Milliseconds)]
    private static partial Regex Boneyard();
}
