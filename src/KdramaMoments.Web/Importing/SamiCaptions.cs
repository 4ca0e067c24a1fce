using System.Text;
using System.Text.RegularExpressions;

namespace KdramaMoments.Web.Importing;

/// <summary>
/// A SAMI caption file (<c>.smi</c>, the format of Korean fansubs and old Windows players): <c>&lt;SAMI&gt;</c>, a
/// <c>&lt;HEAD&gt;</c> with the <c>&lt;TITLE&gt;</c> and a style sheet naming each caption class's language
/// (<c>.ENCC { lang:en-US; }</c>), then <c>&lt;SYNC Start=ms&gt;&lt;P Class=ENCC&gt;words</c> cues. Read as the viewer
/// who picked one language sees it: the English class when the style sheet names one, else the class with the most cues;
/// each cue a paragraph, its <c>&lt;br&gt;</c> a line break, blank cues (<c>&amp;nbsp;</c>) and styling set aside; a
/// cue that names its speaker (<c>(Ryan) …</c>) is said words. Like a
/// bookmark file it is markup by its shape, but no web page, so the decoder lets it through.
/// </summary>
public static partial class SamiCaptions
{
    /// <summary>Whether the text is a SAMI file (its root element says so).</summary>
    public static bool IsSami(string text) => SamiRoot().IsMatch(text);

    /// <summary>The captions of one language as article text, or null when the text is no SAMI file or holds no cue.</summary>
    public static string? Unpack(string text)
    {
        if (!IsSami(text))
        {
            return null;
        }
        var cues = Cue().Matches(text).Select(m => (Class: m.Groups["class"].Value, Words: Words(m.Groups["words"].Value))).ToList();
        var classes = cues.Select(c => c.Class).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var body = text.IndexOf("<body", StringComparison.OrdinalIgnoreCase);
        var english = LanguageOfClass().Matches(body < 0 ? text : text[..body]).FirstOrDefault(m => m.Groups["lang"].Value.StartsWith("en", StringComparison.OrdinalIgnoreCase))?.Groups["class"].Value;
        var shown = english is not null && classes.Contains(english, StringComparer.OrdinalIgnoreCase)
            ? english
            : classes.MaxBy(c => cues.Count(cue => cue.Class.Equals(c, StringComparison.OrdinalIgnoreCase)));
        var paragraphs = cues.Where(c => c.Class.Equals(shown, StringComparison.OrdinalIgnoreCase) && c.Words.Length > 0).Select(c => Said(c.Words)).ToList();
        if (paragraphs.Count == 0)
        {
            return null;
        }
        var title = Title().Match(text) is { Success: true } t ? Words(t.Groups["title"].Value) : string.Empty;
        var written = new StringBuilder();
        foreach (var paragraph in paragraphs.Prepend(title).Where(p => p.Length > 0))
        {
            written.Append(paragraph).Append("\n\n");
        }
        return written.ToString().TrimEnd();
    }

    // "(Ryan) I want to be your boyfriend.": a caption names who speaks, so the words are said, and quoted as said words
    // are; a narrator's words are no one's in the story.
    private static string Said(string words) =>
        SpeakerLabel().Match(words) is { Success: true } m && SaidBy(m.Groups["who"].Value, m.Groups["said"].Value) is { } said ? said : words;

    /// <summary>A caption's words given to a named speaker, quoted as said words under the name; null for a narrator's.</summary>
    internal static string? SaidBy(string who, string words) =>
        who.Equals("Narrator", StringComparison.OrdinalIgnoreCase) ? null : $"{who}: “{words.Replace('\n', ' ')}”";

    // A cue's words: line breaks kept, other tags gone, entities read.
    private static string Words(string markup) => string.Join('\n', FeedItems.Paragraphs(markup));

    [GeneratedRegex(@"^\s*(?:<\?xml[^>]*>\s*)?<sami\b", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex SamiRoot();

    // <SYNC Start=16200><P Class=ENCC>words — up to the next cue, the body's end or the file's end.
    [GeneratedRegex(@"<sync\b[^>]*>\s*<p\b[^>]*?\bclass\s*=\s*[""']?(?<class>[\w-]+)[""']?[^>]*>(?<words>.*?)(?=<sync\b|</body>|</sami>|\z)", RegexOptions.IgnoreCase | RegexOptions.Singleline, RegexBudget.Milliseconds)]
    private static partial Regex Cue();

    // .ENCC { Name:English; lang:en-US; SAMIType:CC; } in the head's style sheet.
    [GeneratedRegex(@"\.(?<class>[\w-]{1,40})\s*\{[^}]{0,500}?\blang\s*:\s*(?<lang>[a-z]{2})", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex LanguageOfClass();

    [GeneratedRegex(@"<title>(?<title>.*?)</title>", RegexOptions.IgnoreCase | RegexOptions.Singleline, RegexBudget.Milliseconds)]
    private static partial Regex Title();

    [GeneratedRegex(@"^\((?<who>[^()\n]{1,30})\)\s*(?<said>.+)$", RegexOptions.Singleline, RegexBudget.Milliseconds)]
    private static partial Regex SpeakerLabel();
}
