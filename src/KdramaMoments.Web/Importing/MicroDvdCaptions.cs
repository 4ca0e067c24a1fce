using System.Text;
using System.Text.RegularExpressions;

namespace KdramaMoments.Web.Importing;

/// <summary>
/// A MicroDVD subtitle file (<c>.sub</c>): every line a cue <c>{start}{end}words</c> timed in frames, the first often
/// <c>{1}{1}23.976</c> giving the frame rate; <c>|</c> breaks a cue's line, and control codes in braces style it
/// (<c>{y:b}</c> bold, <c>{y:i}</c> italic, <c>{c:$0000FF}</c> colour, <c>{f:Arial}</c>, <c>{s:20}</c>). A fan video's
/// captions are its article read aloud: each cue a paragraph, the codes gone; a break or a cue before lowercase words goes
/// on with the sentence (a cue not after a bold title card), a break before a capital starts a line of its own; a cue that names its speaker in capitals
/// (<c>SE-RI: "Then don't let go first."</c>) is that speaker's said words, quoted as the other caption readers quote them.
/// </summary>
public static partial class MicroDvdCaptions
{
    private const int MinimumCues = 3;

    /// <summary>The captions as article text, or null when the text is no MicroDVD file.</summary>
    public static string? Unpack(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        if (lines.Count < MinimumCues || !lines.All(l => Cue().IsMatch(l)))
        {
            return null;
        }
        var cues = lines.Select(l => Cue().Match(l).Groups["words"].Value).Select(c => (Words: Words(c), Bold: BoldCode().IsMatch(c))).ToList();
        // "{1}{1}23.976": the player reads the frame rate from the first cue; no viewer sees it.
        if (cues.Count > 0 && FrameRate().IsMatch(cues[0].Words))
        {
            cues.RemoveAt(0);
        }
        var paragraphs = new List<string>();
        var titleCard = false;
        foreach (var (cue, bold) in cues.Where(c => c.Words.Length > 0))
        {
            // "Ji Chang-wook as Seo Jung-hoo" then "and Park Min-young as Chae Young-shin": a cue opening in lowercase goes
            // on with the sentence the cue before began, unless that one is a title card set in bold.
            if (paragraphs.Count > 0 && char.IsLower(cue[0]) && !titleCard)
            {
                paragraphs[^1] += " " + cue;
                continue;
            }
            paragraphs.Add(cue);
            titleCard = bold;
        }
        return paragraphs.Count == 0 ? null : string.Join("\n\n", paragraphs.Select(Said));
    }

    // A cue's words: codes gone, a break before lowercase words a space, before anything else a new line.
    private static string Words(string cue)
    {
        var parts = ControlCode().Replace(cue, string.Empty).Split('|').Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        var words = new StringBuilder();
        foreach (var part in parts)
        {
            if (words.Length > 0)
            {
                words.Append(char.IsLower(part[0]) ? ' ' : '\n');
            }
            words.Append(part);
        }
        return words.ToString();
    }

    // "IK-JUN: I'm not going anywhere." and "SE-RI: \"Then don't let go first.\"": said words, quoted once.
    private static string Said(string cue)
    {
        if (SpeakerLabel().Match(cue) is not { Success: true } m)
        {
            return cue;
        }
        var said = m.Groups["said"].Value.Trim();
        if (said.Length > 1 && "\"“".Contains(said[0], StringComparison.Ordinal) && "\"”".Contains(said[^1], StringComparison.Ordinal))
        {
            said = said[1..^1];
        }
        return SamiCaptions.SaidBy(m.Groups["who"].Value, said) ?? said;
    }

    // {start}{end}words: the end frame may be left empty, the player then shows the cue until the next.
    [GeneratedRegex(@"^\{\d+\}\{\d*\}(?<words>.*)$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex Cue();

    [GeneratedRegex(@"^\d{1,3}(?:[.,]\d+)?$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex FrameRate();

    // {y:b}, {Y:i,u}, {c:$0000FF}, {f:Arial}, {s:20}, {P:1}, {o:x,y}: a code is one letter, a colon and its value.
    [GeneratedRegex(@"\{[a-zA-Z]:[^{}|]*\}", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex ControlCode();

    [GeneratedRegex(@"\{[yY]:[^{}|]*\bb\b[^{}|]*\}", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex BoldCode();

    // A speaker's name in capitals before a colon: "IK-JUN:", "JEONG-HYEOK:", "DR. KANG:".
    [GeneratedRegex(@"^(?<who>\p{Lu}[\p{Lu}\-'’. ]{0,28}\p{Lu})\s*:\s+(?<said>\S.*)$", RegexOptions.Singleline, RegexBudget.Milliseconds)]
    private static partial Regex SpeakerLabel();
}
