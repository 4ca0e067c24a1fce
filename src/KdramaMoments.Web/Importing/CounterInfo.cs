using System.Globalization;

namespace KdramaMoments.Web.Importing;

/// <summary>
/// What may follow a counter's number without making it a title: counting ("of 8", "/ 8"), a time code or clock time
/// ("00:41:10", "7:15 PM") and an episode ("ep. 9", "Episode 9", "E09"), between separators. A handout's
/// <c>CLIP 3 · 00:41:10</c>, a script's <c>Scene 4 — ep. 9</c>, a slideshow's <c>Slide 3 of 8</c>. Read word by word, no pattern.
/// </summary>
public static class CounterInfo
{
    private static readonly char[] Separators = [' ', '\u00A0', '·', '•', '∙', '|', '/', '—', '–', '-', ',', '(', ')', '[', ']', '#'];

    private static readonly HashSet<string> CountingWords = ["of", "ep", "ep.", "eps", "eps.", "episode", "am", "pm", "a.m.", "p.m.", "at", "@"];

    /// <summary>True when the text after a counter's number holds only counting, timing and an episode (or nothing).</summary>
    public static bool IsOnlyCounting(string text) =>
        text.Split(Separators, StringSplitOptions.RemoveEmptyEntries).All(IsCountingWord);

    /// <summary>The episode a counter names ("Scene 4 — ep. 9" → "ep. 9"), as a line the item's text can keep, or null.</summary>
    public static string? EpisodePart(string text)
    {
        var words = text.Split(Separators, StringSplitOptions.RemoveEmptyEntries);
        for (var k = 0; k < words.Length; k++)
        {
            var word = words[k].ToLowerInvariant();
            if (word is "ep" or "ep." or "episode" && k + 1 < words.Length && IsSmallNumber(words[k + 1]))
            {
                return $"Episode {Value(words[k + 1])}";
            }
            if (EpisodeCode(word) is { } n)
            {
                return $"Episode {n}";
            }
        }
        return null;
    }

    private static bool IsCountingWord(string word)
    {
        var lower = word.ToLowerInvariant();
        return CountingWords.Contains(lower) || IsSmallNumber(lower) || IsTimeCode(lower) || EpisodeCode(lower) is not null;
    }

    // "7:15", "00:41:10", "7:15pm": digits in two or three colon-separated groups.
    private static bool IsTimeCode(string word)
    {
        var code = word.EndsWith("am", StringComparison.Ordinal) || word.EndsWith("pm", StringComparison.Ordinal) ? word[..^2] : word;
        var groups = code.Split(':');
        return groups.Length is 2 or 3 && groups.All(g => g.Length is >= 1 and <= 2 && g.All(IsDigit));
    }

    // "e09", "ep9", "ep.9": an episode written as one word.
    private static int? EpisodeCode(string word)
    {
        var digits = word.StartsWith("ep.", StringComparison.Ordinal) ? word[3..]
            : word.StartsWith("ep", StringComparison.Ordinal) ? word[2..]
            : word.StartsWith('e') ? word[1..]
            : string.Empty;
        return IsSmallNumber(digits) ? Value(digits) : null;
    }

    private static bool IsSmallNumber(string word) => word.Length is >= 1 and <= 3 && word.All(IsDigit);

    private static bool IsDigit(char c) => CharUnicodeInfo.GetDecimalDigitValue(c) >= 0;

    private static int Value(string digits) => digits.Aggregate(0, (n, c) => n * 10 + CharUnicodeInfo.GetDecimalDigitValue(c));
}
