using KdramaMoments.Web.Text;
using Microsoft.AspNetCore.Html;

namespace KdramaMoments.Web.Search;

/// <summary>A piece of displayed text; <see cref="Marked"/> pieces matched a searched word.</summary>
public readonly record struct TextRun(string Text, bool Marked);

/// <summary>
/// Highlighting on the original text (the index holds folded text, which is not fit to show):
/// a word is marked when its folded form starts with a searched word.
/// </summary>
public static class Highlight
{
    /// <summary>The runs as HTML: marked ones in <c>&lt;mark&gt;</c>, each encoded with its Hangul marked as Korean.</summary>
    public static IHtmlContent ToHtml(IReadOnlyList<TextRun> runs)
    {
        // Written here rather than by a partial view per run list: a search page shows three per result.
        var html = new HtmlContentBuilder(runs.Count * 3);
        foreach (var run in runs)
        {
            if (run.Marked)
            {
                html.AppendHtml("<mark>").AppendHtml(LanguageMarkup.Mark(run.Text)).AppendHtml("</mark>");
            }
            else
            {
                html.AppendHtml(LanguageMarkup.Mark(run.Text));
            }
        }
        return html;
    }

    public static IReadOnlyList<TextRun> Mark(string text, IReadOnlyCollection<string> words, int maxWords = int.MaxValue)
    {
        var runs = new List<TextRun>();
        var tokens = Tokens(text);
        var matcher = new Words(words);
        var (from, to) = Window(tokens, matcher, maxWords);
        if (from > 0)
        {
            runs.Add(new TextRun("… ", false));
        }
        for (var i = from; i < to; i++)
        {
            var (token, isWord) = tokens[i];
            var marked = isWord && matcher.Match(token);
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

    public static bool Contains(string? text, IReadOnlyCollection<string> words) => MatchCount(text, words) > 0;

    /// <summary>
    /// The sentence of the text holding the most matches (the earliest such), marked and cut to <paramref name="maxWords"/>
    /// around its matches: a reader sees why the result was found in a sentence, not in a window across two.
    /// </summary>
    public static IReadOnlyList<TextRun>? BestSentence(string? text, IReadOnlyCollection<string> words, int maxWords)
    {
        var matcher = new Words(words);
        var best = Sentences(text ?? "")
            .Select((sentence, index) => (Sentence: sentence, Index: index, Matches: MatchCount(sentence, matcher)))
            .Where(s => s.Matches > 0)
            .OrderByDescending(s => s.Matches).ThenBy(s => s.Index)
            .Select(s => s.Sentence)
            .FirstOrDefault();
        return best is null ? null : Mark(best, words, maxWords);
    }

    /// <summary>Sentences end at . ! ? or … (and any closing quote or bracket) before a space, and at line breaks.</summary>
    internal static IEnumerable<string> Sentences(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var end = -1;
            if (text[i] == '\n')
            {
                end = i;
            }
            else if (text[i] is '.' or '!' or '?' or '…')
            {
                var j = i + 1;
                while (j < text.Length && text[j] is '"' or '”' or '’' or '\'' or ')')
                {
                    j++;
                }
                if (j == text.Length || char.IsWhiteSpace(text[j]))
                {
                    // The space after it (or a line break) is taken with the sentence.
                    end = j;
                    i = j;
                }
            }
            if (end >= 0)
            {
                if (end > start && text[start..end].Trim() is { Length: > 0 } sentence)
                {
                    yield return sentence;
                }
                start = end + 1;
            }
        }
        if (start < text.Length && text[start..].Trim() is { Length: > 0 } last)
        {
            yield return last;
        }
    }

    /// <summary>How many of the text's words match: the best of several quotes is the one with most.</summary>
    public static int MatchCount(string? text, IReadOnlyCollection<string> words) => MatchCount(text, new Words(words));

    private static int MatchCount(string? text, Words words) =>
        string.IsNullOrEmpty(text) ? 0 : Tokens(text).Count(t => t.IsWord && words.Match(t.Text));

    /// <summary>
    /// The searched words as a token is compared with them: each as typed and by its romanisation key, the keys
    /// computed once per text rather than once per token and word.
    /// </summary>
    private sealed class Words(IReadOnlyCollection<string> words)
    {
        private readonly string[] typed = [.. words];
        private readonly string[] keys = [.. words.Select(SearchText.RomanizationKey)];

        /// <summary>Whether the token's folded form starts with a searched word, or its romanisation key with a word's key.</summary>
        public bool Match(string token)
        {
            if (typed.Length == 0)
            {
                return false;
            }
            // Most tokens are plain ASCII letters and digits, which fold to their lower case (SearchText.Fold): compared
            // without a string of their own unless a romanisation spelling in them makes a key to compare.
            if (token.Length <= 64 && token.AsSpan().IndexOfAnyExcept(AsciiLettersAndDigits) < 0)
            {
                Span<char> lower = stackalloc char[token.Length];
                token.AsSpan().ToLowerInvariant(lower);
                if (StartsWithAny(lower, typed))
                {
                    return true;
                }
                return lower.IndexOfAny(SpellingStarts) >= 0 && HasSpelling(lower)
                    ? StartsWithAny(SearchText.RomanizationKey(new string(lower)), keys)
                    : StartsWithAny(lower, keys);
            }
            var folded = SearchText.Fold(token).Replace(" ", "", StringComparison.Ordinal);
            if (folded.Length == 0)
            {
                return false;
            }
            // Only a word not found as typed is compared by its romanisation key.
            return StartsWithAny(folded, typed) || StartsWithAny(SearchText.RomanizationKey(folded), keys);
        }

        private static bool StartsWithAny(ReadOnlySpan<char> text, string[] words)
        {
            foreach (var word in words)
            {
                if (text.StartsWith(word, StringComparison.Ordinal))
                {
                    return true;
                }
            }
            return false;
        }

        /// <summary>Whether the text holds a spelling the romanisation key changes (so its key differs from it).</summary>
        private static bool HasSpelling(ReadOnlySpan<char> text)
        {
            foreach (var spelling in SearchText.RomanizationSpellings)
            {
                if (text.Contains(spelling, StringComparison.Ordinal))
                {
                    return true;
                }
            }
            return false;
        }
    }

    private static readonly System.Buffers.SearchValues<char> AsciiLettersAndDigits =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");

    /// <summary>The first letters of the spellings the romanisation key changes.</summary>
    private static readonly System.Buffers.SearchValues<char> SpellingStarts =
        System.Buffers.SearchValues.Create(string.Concat(SearchText.RomanizationSpellings.Select(s => s[0]).Distinct()));

    /// <summary>The stretch of <paramref name="maxWords"/> words holding the most matches (the earliest such stretch).</summary>
    private static (int From, int To) Window(List<(string Text, bool IsWord)> tokens, Words words, int maxWords)
    {
        var wordIndexes = tokens.Select((t, i) => (t, i)).Where(x => x.t.IsWord).Select(x => x.i).ToList();
        if (wordIndexes.Count <= maxWords)
        {
            return (0, tokens.Count);
        }
        var hits = wordIndexes.Select(i => words.Match(tokens[i].Text) ? 1 : 0).ToList();
        int best = 0, bestStart = 0, current = hits.Take(maxWords).Sum();
        best = current;
        for (var start = 1; start + maxWords <= hits.Count; start++)
        {
            current += hits[start + maxWords - 1] - hits[start - 1];
            if (current > best)
            {
                (best, bestStart) = (current, start);
            }
        }
        var last = bestStart + maxWords - 1;
        return (wordIndexes[bestStart], last + 1 < wordIndexes.Count ? wordIndexes[last + 1] : tokens.Count);
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
