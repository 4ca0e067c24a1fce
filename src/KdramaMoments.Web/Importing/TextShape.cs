using System.Text.RegularExpressions;

namespace KdramaMoments.Web.Importing;

/// <summary>What a piece of text looks like: a sentence, a paragraph of prose, a title. Linear in the text's length.</summary>
public static partial class TextShape
{
    public static int WordCount(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = !char.IsWhiteSpace(c);
            if (letter && !inWord)
            {
                count++;
            }
            inWord = letter;
        }
        return count;
    }

    public static bool IsQuoteMark(char c) => c is '"' or '“' or '”' or '„' or '\'' or '‘' or '’' or '«' or '»' or '「' or '」';

    /// <summary>A paragraph of body text: a dozen words or more, or a shorter line that is a full sentence.</summary>
    public static bool IsProse(string line)
    {
        var words = WordCount(line);
        return words >= 12 || (words >= 5 && ReadsAsSentence(line));
    }

    /// <summary>
    /// True for a sentence rather than a title: ends like one and is mostly lowercase words, or holds two
    /// sentences. Quoted dialogue and parentheses are set aside first, so "“I found you.” — Drama (2019)" is a title.
    /// </summary>
    public static bool ReadsAsSentence(string text)
    {
        var bare = WithoutQuotesAndParentheses(text).Trim();
        var words = bare.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 22)
        {
            return true;
        }
        if (words.Length < 4)
        {
            return false;
        }
        // Short function words ("in", "the", "of") are lowercase in titles too; longer lowercase words are a sentence's.
        var lowercase = words.Count(w => w.Length > 3 && char.IsLower(w[0]));
        var ends = bare.Length > 0 && bare[^1] is '.' or '!' or '?' or '…';
        if (ends && (lowercase * 2 >= words.Length || words.Length > 12))
        {
            return true;
        }
        return InnerSentenceBreak().Count(bare) > 0 && lowercase * 3 >= words.Length;
    }

    /// <summary>The share of longer words (and names) that start with a capital: 1.0 for "Crash Landing on You".</summary>
    public static double CapitalisedShare(string text)
    {
        var words = WithoutQuotesAndParentheses(text).Split([' ', '-', '/'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('\'', '’', '"', '“', '”', ',', ':', '.', '!', '?', '(', ')', '*'))
            .Where(w => w.Length > 3 || (w.Length > 0 && char.IsUpper(w[0])))
            .ToList();
        return words.Count == 0 ? 0 : (double)words.Count(w => char.IsUpper(w[0]) || char.IsDigit(w[0])) / words.Count;
    }

    /// <summary>
    /// Dialogue rather than a quoted title: closing punctuation, several words with lowercase ones, or the words
    /// people speak to each other ("I", "you", "me"). "Round and Round" or "Crash Landing on You" is a title.
    /// </summary>
    public static bool IsDialogue(string quoted)
    {
        var words = quoted.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2)
        {
            return false;
        }
        if (quoted[^1] is '.' or '!' or '?' or '…' or ',' or '—' or '-')
        {
            return true;
        }
        var lowercase = words.Count(w => char.IsLower(w[0]) && w.Length > 3);
        return words.Length >= 4 && lowercase >= 2 || words.Any(w => w is "I" or "I'm" or "I’m" or "I'll" or "I’ll" or "you" or "me" or "my");
    }

    /// <summary>
    /// The text with quoted spans and parenthesised asides removed. Single quotes are also apostrophes (<c>Don’t</c>), so
    /// only a text wholly inside them (<c>‘Don’t go. Stay with me this time’</c>) counts as quoted.
    /// </summary>
    public static string WithoutQuotesAndParentheses(string text) =>
        Parenthesised().Replace(DoubleQuoted().Replace(WholeSingleQuoted().Replace(text, " "), " "), " ");

    [GeneratedRegex(@"^\s*‘[^‘\n]{1,300}’[.,!?]?\s*$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex WholeSingleQuoted();

    [GeneratedRegex(@"[“""„«「][^“”""„«»「」\n]{0,300}[”""“»」]", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex DoubleQuoted();

    [GeneratedRegex(@"\([^()\n]{0,200}\)", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex Parenthesised();

    // "…the end. Then she…" but not "Mr. Sunshine", "No. 1" or a text that opens "Mr. Queen – …": the look-behind stands
    // after the word's last letter, so it sees the whole abbreviation.
    /// <summary>
    /// A lookbehind for a sentence's end: the full stop is not one closing a form of address (<c>Mr. Queen</c>,
    /// <c>Dr. Romantic</c>), which a title or a name goes on after.
    /// </summary>
    internal const string NotAfterAddress = @"(?<!\b(?:Mr|Mrs|Ms|Dr|St))";

    [GeneratedRegex(@"[\p{Ll}\d)](?<!(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|St|No|Vs|vs|Jr|Sr|Ep))[.!?]\s+\p{Lu}", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex InnerSentenceBreak();
}
