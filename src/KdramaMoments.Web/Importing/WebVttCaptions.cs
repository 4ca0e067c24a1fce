using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace KdramaMoments.Web.Importing;

/// <summary>
/// A video's or a podcast's captions as a WebVTT file: <c>WEBVTT</c> and its header lines, <c>NOTE</c>, <c>STYLE</c> and
/// <c>REGION</c> blocks, then cues, each an optional id over its timing line (<c>00:00:43.680 --&gt; 00:00:46.200</c>) over
/// its words, with a speaker given by a voice tag (<c>&lt;v Hyejin&gt;Okay, first one.</c>) and styling tags around words.
/// Captions with voices are a talk: each speaker's run of cues is one turn, written as the one-line form
/// <see cref="ChatMessages"/> reads (<c>[at 0:00:43] Hyejin: …</c>), so a turn that names a drama opens a moment and the
/// talk after it belongs to it. Captions without voices are their cues' words, a paragraph each. The first note's
/// first line, when it is short, names the recording (an episode's title) and is the title; notes are otherwise the
/// captioner's, as are the header, the styles and the timings.
/// </summary>
public static partial class WebVttCaptions
{
    private const int MaxTitleWords = 20;

    private sealed record Cue(TimeSpan Start, string? Speaker, string Words);

    /// <summary>The captions as article text, or null when the text is no WebVTT file.</summary>
    public static string? Unpack(string text)
    {
        var start = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (!start.StartsWith("WEBVTT", StringComparison.Ordinal))
        {
            return null;
        }
        string? title = null;
        var cues = new List<Cue>();
        foreach (var block in Blocks(start).Skip(1))
        {
            if (block[0].StartsWith("NOTE", StringComparison.Ordinal))
            {
                title ??= NoteTitle(block);
                continue;
            }
            var timing = block.FindIndex(l => Timing().IsMatch(l));
            if (timing < 0 || timing + 1 >= block.Count)
            {
                continue;
            }
            var words = string.Join(' ', block.Skip(timing + 1).Select(l => l.Trim()));
            var voice = Voice().Match(words);
            // A cue escapes its text as HTML does (&amp;, &lt;, &nbsp;, &lrm;), so the HTML decoder reads it.
            var plain = WebUtility.HtmlDecode(Tags().Replace(words, string.Empty)).Trim();
            if (plain.Length > 0)
            {
                cues.Add(new Cue(Elapsed(Timing().Match(block[timing]).Groups["start"].Value), voice.Success ? voice.Groups["name"].Value.Trim() : null, plain));
            }
        }
        return cues.Count == 0 ? null : Written(title, cues);
    }

    private static string Written(string? title, List<Cue> cues)
    {
        var sb = new StringBuilder();
        if (title is not null)
        {
            sb.Append(title).Append("\n\n");
        }
        var talk = cues.Any(c => c.Speaker is not null);
        foreach (var cue in cues)
        {
            if (!talk)
            {
                sb.Append(cue.Words).Append("\n\n");
                continue;
            }
            sb.Append("[at ").Append(cue.Start.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture)).Append("] ")
                .Append(cue.Speaker ?? "Caption").Append(": ").Append(cue.Words).Append('\n');
        }
        return sb.ToString();
    }

    // The file's blocks: runs of lines between blank lines.
    private static List<List<string>> Blocks(string text)
    {
        var blocks = new List<List<string>>();
        var current = new List<string>();
        foreach (var line in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (line.Trim().Length == 0)
            {
                if (current.Count > 0)
                {
                    blocks.Add(current);
                    current = [];
                }
                continue;
            }
            current.Add(line);
        }
        if (current.Count > 0)
        {
            blocks.Add(current);
        }
        return blocks;
    }

    // "NOTE" over "Some Podcast, Episode 47: "Before Netflix"": the recording's name; "NOTE Timestamps may drift." is not.
    private static string? NoteTitle(List<string> block)
    {
        var first = block[0].Length > 4 ? block[0][4..].Trim() : block.Count > 1 ? block[1].Trim() : string.Empty;
        return first.Length > 0 && TextShape.WordCount(first) <= MaxTitleWords && !TextShape.ReadsAsSentence(first) ? first : null;
    }

    private static TimeSpan Elapsed(string time)
    {
        var parts = time.Split(':');
        var seconds = double.Parse(parts[^1], CultureInfo.InvariantCulture);
        var minutes = int.Parse(parts[^2], CultureInfo.InvariantCulture);
        var hours = parts.Length == 3 ? int.Parse(parts[0], CultureInfo.InvariantCulture) : 0;
        return new TimeSpan(hours, minutes, 0) + TimeSpan.FromSeconds(seconds);
    }

    [GeneratedRegex(@"^(?<start>(?:\d{1,2}:)?\d{2}:\d{2}\.\d{3})\s+-->\s+(?:\d{1,2}:)?\d{2}:\d{2}\.\d{3}", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex Timing();

    // "<v Hyejin>", "<v.loud Dani>": who speaks the cue.
    [GeneratedRegex(@"<v(?:\.[\w.-]+)?\s+(?<name>[^>]{1,40})>", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex Voice();

    // Voice, class, italic, bold, underline, ruby and language tags, their ends, and karaoke time stamps inside a cue.
    [GeneratedRegex(@"</?(?:v|c|i|b|u|ruby|rt|lang)(?:[.\s][^>]*)?>|<\d{1,2}(?::\d{2}){1,2}\.\d{3}>", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex Tags();
}
