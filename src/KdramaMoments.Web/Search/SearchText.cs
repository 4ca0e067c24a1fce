using System.Globalization;
using System.Text;

namespace KdramaMoments.Web.Search;

/// <summary>
/// One folding for what is indexed and what is asked, so the two always agree: lower case, no accents,
/// no apostrophes ("didn’t" = "didn't" = "didnt"), every other mark a word break.
/// Names also get their joined forms, so "jeonghyeok" finds "Jeong-hyeok" and "Jeong Hyeok".
/// </summary>
public static class SearchText
{
    private static readonly System.Buffers.SearchValues<char> AsciiLettersAndDigits =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");

    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        if (text.AsSpan().IndexOfAnyExcept(AsciiLettersAndDigits) < 0)
        {
            // Plain ASCII letters and digits (most words, as highlighting folds them one at a time): nothing to
            // decompose, drop or break, so lower case is the whole folding.
            return text.ToLowerInvariant();
        }
        var decomposed = Domain.Names.Decompose(text);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.Format || IsApostrophe(c))
            {
                continue;
            }
            sb.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }
        return string.Join(' ', sb.ToString().Normalize(NormalizationForm.FormC).Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    public static IReadOnlyList<string> Words(string? text) => Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// A name's words, each pair of neighbours joined, the whole name joined, and the romanisation key
    /// of each of those, so "Jung Hyuk", "Jeong-hyeok" and "jeonghyeok" all find one another.
    /// </summary>
    public static string NameForms(string? name)
    {
        var words = Words(name);
        var forms = new List<string>(words);
        for (var i = 0; i + 1 < words.Count; i++)
        {
            forms.Add(words[i] + words[i + 1]);
        }
        if (words.Count > 2)
        {
            forms.Add(string.Concat(words));
        }
        forms.AddRange(forms.Select(RomanizationKey).ToList());
        return string.Join(' ', forms.Distinct());
    }

    // Vowel spellings that Korean romanisations disagree on (Revised vs McCune–Reischauer vs
    // habit): eo/u (Jeong/Jung, Hyeok/Hyuk), oo/u (Yoon/Yun), eu/u (Seung/Sung), ee/i (Lee/Li), ae/e.
    private static readonly (string From, string To)[] VowelSpellings = [("eo", "u"), ("oo", "u"), ("eu", "u"), ("ee", "i"), ("ae", "e")];

    /// <summary>The spellings <see cref="RomanizationKey"/> replaces: a word holding none of them is its own key.</summary>
    internal static IReadOnlyList<string> RomanizationSpellings { get; } = [.. VowelSpellings.Select(s => s.From)];

    /// <summary>A word with its romanisation variants collapsed; used for names only.</summary>
    public static string RomanizationKey(string word)
    {
        var key = word;
        foreach (var (from, to) in VowelSpellings)
        {
            key = key.Replace(from, to, StringComparison.Ordinal);
        }
        return key;
    }

    /// <summary>
    /// Running text folded, with each hyphenated word also written joined ("Jeong-hyeok" → "jeong hyeok jeonghyeok").
    /// </summary>
    public static string TextForms(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        var joined = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Where(word => word.Trim('-').Contains('-', StringComparison.Ordinal))
            .Select(word => Fold(word).Replace(" ", "", StringComparison.Ordinal));
        return string.Join(' ', joined.Prepend(Fold(text)).Where(w => w.Length > 0));
    }

    public static bool IsApostrophe(char c) => c is '\'' or '’' or '‘' or 'ʼ' or '`' or '´';
}
