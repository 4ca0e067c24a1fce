namespace KdramaMoments.Web.Search;

/// <summary>A piece of displayed text; <see cref="Marked"/> pieces matched a searched word.</summary>
public readonly record struct TextRun(string Text, bool Marked);

/// <summary>
/// Highlighting on the original text (the index holds folded text, which is not fit to show):
/// a word is marked when its folded form starts with a searched word.
/// </summary>
public static class Highlight
{
    public static IReadOnlyList<TextRun> Mark(string text, IReadOnlyCollection<string> words, int maxWords = int.MaxValue)
    {
        var runs = new List<TextRun>();
        var tokens = Tokens(text);
        var (from, to) = Window(tokens, words, maxWords);
        if (from > 0)
        {
            runs.Add(new TextRun("… ", false));
        }
        for (var i = from; i < to; i++)
        {
            var (token, isWord) = tokens[i];
            var marked = isWord && Matches(token, words);
            if (runs.Count > 0 && runs[^1].Marked == marked)
            {
                runs[^1] = runs[^1] with { Text = runs[^1].Text + token };
            }
            else
            {
                runs.Add(new TextRun(token, marked));
            }
        }
        if (to < tokens.Count)
        {
            runs.Add(new TextRun(" …", false));
        }
        return runs;
    }

    public static bool Contains(string? text, IReadOnlyCollection<string> words) =>
        !string.IsNullOrEmpty(text) && Tokens(text).Any(t => t.IsWord && Matches(t.Text, words));

    private static bool Matches(string token, IReadOnlyCollection<string> words)
    {
        var folded = SearchText.Fold(token).Replace(" ", "", StringComparison.Ordinal);
        var key = SearchText.RomanizationKey(folded);
        return folded.Length > 0 && words.Any(w => folded.StartsWith(w, StringComparison.Ordinal) || key.StartsWith(SearchText.RomanizationKey(w), StringComparison.Ordinal));
    }

    /// <summary>A stretch of about <paramref name="maxWords"/> words centred on the first match.</summary>
    private static (int From, int To) Window(List<(string Text, bool IsWord)> tokens, IReadOnlyCollection<string> words, int maxWords)
    {
        var wordCount = tokens.Count(t => t.IsWord);
        if (wordCount <= maxWords)
        {
            return (0, tokens.Count);
        }
        var first = tokens.FindIndex(t => t.IsWord && Matches(t.Text, words));
        var start = Math.Max(0, (first < 0 ? 0 : first) - maxWords); // tokens alternate word/space: maxWords tokens ≈ half the words
        var end = Math.Min(tokens.Count, start + (2 * maxWords));
        return (start, end);
    }

    // Words keep inner apostrophes and hyphens ("didn’t", "Jeong-hyeok") so they are marked whole.
    private static List<(string Text, bool IsWord)> Tokens(string text)
    {
        var tokens = new List<(string, bool)>();
        var i = 0;
        while (i < text.Length)
        {
            var start = i;
            var isWord = char.IsLetterOrDigit(text[i]);
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) == isWord
                || (isWord && (SearchText.IsApostrophe(text[i]) || text[i] == '-') && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))))
            {
                i++;
            }
            tokens.Add((text[start..i], isWord));
        }
        return tokens;
    }
}
