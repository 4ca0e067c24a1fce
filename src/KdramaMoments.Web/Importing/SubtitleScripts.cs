using System.Text;
using System.Text.RegularExpressions;

namespace KdramaMoments.Web.Importing;

/// <summary>
/// A subtitle script in the SubStation Alpha form Aegisub writes (<c>.ass</c>, <c>.ssa</c>): a <c>[Script Info]</c> block
/// with the script's <c>Title:</c>, styles, and an <c>[Events]</c> block whose <c>Format:</c> line names the columns of
/// the <c>Dialogue:</c> lines under it. A fan video's script is an article read aloud: title cards, credits, the
/// narrator's commentary and the clips' lines. It is rewritten as that article: each event's words, less the override tags
/// (<c>{\fad(200,200)}</c>) and with its line breaks (<c>\N</c>) as spaces; events in a row of one style and one speaker
/// joined into a paragraph; a line a named character speaks (the Name column, when it is not the narrator's) quoted under
/// that name. <c>Comment:</c> events are the editor's cuts and notes, never shown, and are left out.
/// </summary>
public static partial class SubtitleScripts
{
    private const string TextColumn = "Text";

    /// <summary>The script as an article's text, or null when the text is no SubStation Alpha script.</summary>
    public static string? Unpack(string text)
    {
        if (!text.Contains("[Events]", StringComparison.OrdinalIgnoreCase) || !text.Contains("Dialogue:", StringComparison.Ordinal))
        {
            return null;
        }
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var columns = EventColumns(lines);
        if (columns is null)
        {
            return null;
        }
        var events = Events(lines, columns).ToList();
        if (events.Count == 0)
        {
            return null;
        }
        var output = new StringBuilder();
        if (ScriptTitle(lines) is { } title)
        {
            output.Append(title).Append("\n\n");
        }
        foreach (var paragraph in Paragraphs(events))
        {
            output.Append(paragraph).Append("\n\n");
        }
        return output.ToString().TrimEnd() + "\n";
    }

    private sealed record ScriptEvent(string Style, string? Speaker, string Words);

    // "Format: Layer, Start, End, Style, Name, …, Text" under "[Events]": the columns, Text always last.
    private static List<string>? EventColumns(string[] lines)
    {
        var inEvents = false;
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.StartsWith('['))
            {
                inEvents = line.Equals("[Events]", StringComparison.OrdinalIgnoreCase);
                continue;
            }
            if (inEvents && line.StartsWith("Format:", StringComparison.OrdinalIgnoreCase))
            {
                var columns = line["Format:".Length..].Split(',').Select(c => c.Trim()).ToList();
                return columns.Count >= 2 && columns[^1].Equals(TextColumn, StringComparison.OrdinalIgnoreCase) ? columns : null;
            }
        }
        return null;
    }

    private static string? ScriptTitle(string[] lines) =>
        lines.Select(l => l.Trim())
            .Where(l => l.StartsWith("Title:", StringComparison.OrdinalIgnoreCase))
            .Select(l => VersionTag().Replace(l["Title:".Length..], string.Empty).Trim())
            .FirstOrDefault(t => t.Length > 0 && !t.Equals("Default Aegisub file", StringComparison.OrdinalIgnoreCase));

    private static IEnumerable<ScriptEvent> Events(string[] lines, List<string> columns)
    {
        var style = columns.FindIndex(c => c.Equals("Style", StringComparison.OrdinalIgnoreCase));
        var name = columns.FindIndex(c => c.Equals("Name", StringComparison.OrdinalIgnoreCase) || c.Equals("Actor", StringComparison.OrdinalIgnoreCase));
        foreach (var raw in lines)
        {
            if (!raw.StartsWith("Dialogue:", StringComparison.Ordinal))
            {
                continue;
            }
            // The Text column is last and may hold commas of its own: split into exactly as many fields as there are columns.
            var fields = raw["Dialogue:".Length..].Split(',', columns.Count);
            if (fields.Length != columns.Count)
            {
                continue;
            }
            var words = Words(fields[^1]);
            if (words.Length == 0)
            {
                continue;
            }
            var speaker = name >= 0 ? fields[name].Trim() : string.Empty;
            yield return new ScriptEvent(style >= 0 ? fields[style].Trim() : string.Empty, IsNarrator(speaker) ? null : speaker, words);
        }
    }

    // "{\fad(200,200)}#7 · Lovers …", "first line\Nsecond line", "hard\hspace".
    private static string Words(string text) =>
        Whitespace().Replace(LineBreak().Replace(OverrideTags().Replace(text, string.Empty), " "), " ").Trim();

    // The narrator's own lines carry no character's name: none, a lowercase handle ("me"), or a word for the voice-over.
    private static readonly HashSet<string> NarratorNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "Narrator", "Narration", "Host", "VO", "V.O.", "Voiceover", "Voice-over", "Voice over", "Me", "Commentary", "Presenter",
    };

    private static bool IsNarrator(string speaker) =>
        speaker.Length == 0 || !char.IsUpper(speaker[0]) || IsNarratorName(speaker);

    /// <summary>A word for the voice that speaks a video's own commentary ("Narrator", "Host", "V.O."), in any case.</summary>
    internal static bool IsNarratorName(string speaker) => NarratorNames.Contains(speaker);

    // Events in a row of one style and one speaker make one paragraph; a character's lines are quoted under their name.
    private static IEnumerable<string> Paragraphs(List<ScriptEvent> events)
    {
        var start = 0;
        for (var i = 1; i <= events.Count; i++)
        {
            if (i < events.Count && events[i].Style == events[start].Style && events[i].Speaker == events[start].Speaker)
            {
                continue;
            }
            var run = events.Skip(start).Take(i - start).ToList();
            yield return run[0].Speaker is { } speaker
                ? speaker + ": " + string.Join(' ', run.Select(e => "“" + e.Words + "”"))
                : string.Join(' ', run.Select(e => e.Words));
            start = i;
        }
    }

    // "Three Harbour Romances (ENG v2)": the working copy's language and version, not the video's title.
    [GeneratedRegex(@"\s*\((?:[A-Za-z]{2,3}\s+)?v\d+(?:\.\d+)*\)\s*$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex VersionTag();

    [GeneratedRegex(@"\{[^{}]*\}", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex OverrideTags();

    [GeneratedRegex(@"\\[Nnh]", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex LineBreak();

    [GeneratedRegex(@"\s+", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex Whitespace();
}
