using System.Globalization;
using System.Text.RegularExpressions;

namespace KdramaMoments.Web.Importing;

/// <summary>
/// A meeting's or a recording's transcript from a transcription app (Otter, a video call's transcript, Descript, Rev):
/// each turn under a line naming its speaker and the time into the recording (<c>Jess Tan  00:04</c>,
/// <c>Speaker 2 (01:02:33):</c>, <c>Priya - 2:41</c>), the app's keyword and speaker lists above the first turn and its
/// credit line at the end. With at least <see cref="MinimumTurns"/> such lines from at least two speakers, the times
/// never going back, each turn is rewritten as the one-line form <see cref="ChatMessages"/> reads
/// (<c>[at 0:00:04] Jess Tan: text</c>), so the talk is read as a chat: a turn that names a drama opens a moment, the
/// chatter after it belongs to it. The keyword and speaker lists and the credit line are set aside.
/// </summary>
public static partial class SpeakerTranscripts
{
    private const int MinimumTurns = 5;
    private const int MaxNameWords = 4;

    /// <summary>The lines with a transcript's turns rewritten and the app's lists set aside; other text unchanged.</summary>
    public static List<string> Rewrite(List<string> lines)
    {
        var turns = Turns(lines);
        if (turns.Count < MinimumTurns || turns.Select(t => t.Speaker).Distinct(StringComparer.Ordinal).Count() < 2
            || !TimesRunForward(turns))
        {
            return lines;
        }
        var output = new List<string>(lines.Count);
        var byLine = turns.ToDictionary(t => t.Line);
        for (var i = 0; i < lines.Count; i++)
        {
            var trimmed = lines[i].Trim();
            if (i < turns[0].Line && AppListLabel().IsMatch(trimmed))
            {
                // "SUMMARY KEYWORDS" over its words, "SPEAKERS" over the names: the app's, not anyone's words.
                i = EndOfBlock(lines, i);
                continue;
            }
            if (i > turns[^1].Line && AppCredit().IsMatch(trimmed))
            {
                continue;
            }
            if (byLine.TryGetValue(i, out var turn))
            {
                output.Add($"[at {turn.Time}] {turn.Speaker}: {lines[i + 1].Trim()}");
                i++;
                continue;
            }
            output.Add(lines[i]);
        }
        return output;
    }

    private sealed record Turn(int Line, string Speaker, string Time, TimeSpan Elapsed);

    // A speaker's line with words on the next line: a turn.
    private static List<Turn> Turns(List<string> lines)
    {
        var turns = new List<Turn>();
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            if (SpeakerLine().Match(lines[i].Trim()) is { Success: true } match && lines[i + 1].Trim().Length > 0
                && TextShape.WordCount(match.Groups["name"].Value) <= MaxNameWords && !CountedPart().IsMatch(match.Groups["name"].Value)
                && Elapsed(match.Groups["time"].Value) is { } elapsed)
            {
                turns.Add(new Turn(i, match.Groups["name"].Value, elapsed.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture), elapsed));
            }
        }
        return turns;
    }

    // "02:41", "1:02:33": minutes and seconds, or hours too.
    private static TimeSpan? Elapsed(string time)
    {
        var parts = time.Split(':').Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        if (parts[^1] >= 60 || parts.Length == 3 && parts[1] >= 60)
        {
            return null;
        }
        return parts.Length == 3 ? new TimeSpan(parts[0], parts[1], parts[2]) : new TimeSpan(0, parts[0], parts[1]);
    }

    // A recording's clock only moves on: times that go back are a list's ("Goblin 3:45" durations), not a transcript's.
    private static bool TimesRunForward(List<Turn> turns) => turns.Zip(turns.Skip(1)).All(pair => pair.Second.Elapsed >= pair.First.Elapsed);

    private static int EndOfBlock(List<string> lines, int label)
    {
        var end = label + 1;
        while (end < lines.Count && lines[end].Trim().Length > 0)
        {
            end++;
        }
        return end;
    }

    // "Jess Tan  00:04", "Speaker 2 (01:02:33):", "Priya - 2:41", "Marco [31:40]": a name of capitalised words (a speaker's
    // number may close it), then the time into the recording.
    [GeneratedRegex(@"^(?<name>\p{Lu}[\p{L}'’.-]*(?: (?:\p{Lu}[\p{L}'’.-]*|\d{1,2})){0,3})\s*(?:[-–—|·]\s*|\(|\[)?(?<time>(?:\d{1,2}:)?\d{1,2}:\d{2})[)\]]?:?$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex SpeakerLine();

    // "Episode 4  12:30", "Part 2 - 3:15": a counted part of a show or a video with its time, not a speaker.
    [GeneratedRegex(@"^(?:episode|ep|part|chapter|track|scene|round|day|week|clip|video)\b", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex CountedPart();

    [GeneratedRegex(@"^(?:SUMMARY KEYWORDS|KEYWORDS|SPEAKERS|PARTICIPANTS|ACTION ITEMS)$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex AppListLabel();

    // "Transcribed by https://otter.ai": the app's credit under the last turn.
    [GeneratedRegex(@"^(?:transcribed|transcript generated|transcription) by\b", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex AppCredit();
}
