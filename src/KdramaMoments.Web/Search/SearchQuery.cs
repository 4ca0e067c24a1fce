using System.Text;

namespace KdramaMoments.Web.Search;

/// <summary>
/// What a reader typed, as words that can only mean "these words": every term is folded to letters and digits,
/// so query syntax in the input (quotes, -, *, :, ^, |, &amp;, parentheses, AND/OR/NOT/NEAR) is searched for as
/// words or dropped, never obeyed. Each search store writes its own expression from <see cref="Alternatives"/>.
/// </summary>
public sealed class SearchQuery
{
    public const int MaxLength = 200;
    private const int MaxTerms = 10;
    private const int MinPrefix = 2;

    // Words that join the ones a reader means ("a kiss in the rain"): not required of a match, unless nothing else
    // was typed. A short description may well lack "in" or "the"; the scene is found by "kiss" and "rain".
    private static readonly HashSet<string> Glue = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "in", "on", "at", "of", "to", "and", "with", "for", "by", "from", "into", "under", "is",
    };

    private SearchQuery(string text, IReadOnlyList<IReadOnlyList<string>> terms, IReadOnlyDictionary<string, IReadOnlyList<string>>? prefixTerms = null,
        IReadOnlyDictionary<string, string>? shorterPrefixes = null, IReadOnlyDictionary<string, long>? phraseEntries = null)
    {
        Text = text;
        Terms = terms;
        PrefixTerms = prefixTerms ?? new Dictionary<string, IReadOnlyList<string>>();
        ShorterPrefixes = shorterPrefixes ?? new Dictionary<string, string>();
        PhraseEntries = phraseEntries ?? new Dictionary<string, long>();
        var meaningful = terms.Where(t => !(t.Count == 1 && Glue.Contains(t[0]))).ToList();
        Required = meaningful.Count > 0 ? meaningful : terms;
    }

    /// <summary>The cleaned input, as shown back to the reader.</summary>
    public string Text { get; }

    /// <summary>Each typed word as its folded parts: "Jeong-hyeok" → ["jeong", "hyeok"].</summary>
    public IReadOnlyList<IReadOnlyList<string>> Terms { get; }

    /// <summary>The typed words a match must hold: all of them but the glue words between them.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Required { get; }

    public bool IsEmpty => Terms.Count == 0;

    /// <summary>
    /// A store's own reading of a prefix (see <see cref="ISearchStore.ExpandPrefixesAsync"/>): the indexed words it
    /// stands for, in place of the prefix; a prefix without an entry is read as a prefix.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> PrefixTerms { get; }

    /// <summary>The words read as prefixes: the last word of each form of the last typed word.</summary>
    public IEnumerable<string> Prefixes => Alternatives().SelectMany(term => term).Where(a => a.Prefix).Select(a => a.Words[^1]).Distinct(StringComparer.Ordinal);

    /// <summary>
    /// A store's other reading of a prefix (see <see cref="ISearchStore.ExpandPrefixesAsync"/>): a shorter prefix that
    /// begins exactly the same indexed words, in place of the prefix.
    /// </summary>
    public IReadOnlyDictionary<string, string> ShorterPrefixes { get; }

    /// <summary>The same query with its prefixes read as these indexed words, or as these shorter prefixes.</summary>
    public SearchQuery WithPrefixTerms(IReadOnlyDictionary<string, IReadOnlyList<string>> prefixTerms, IReadOnlyDictionary<string, string>? shorterPrefixes = null) =>
        new(Text, Terms, prefixTerms, shorterPrefixes);

    /// <summary>
    /// A store's count of the entries each phrase of its expression matches (see <see cref="ISearchStore.CountPhrasesAsync"/>),
    /// by the phrase as the store writes it: what ranking would otherwise count at every search.
    /// </summary>
    public IReadOnlyDictionary<string, long> PhraseEntries { get; }

    /// <summary>The same query with these counts of the entries its phrases match.</summary>
    public SearchQuery WithPhraseEntries(IReadOnlyDictionary<string, long> phraseEntries) => new(Text, Terms, PrefixTerms, ShorterPrefixes, phraseEntries);

    /// <summary>The folded words a match holds, for highlighting.</summary>
    public IEnumerable<string> Words => Required.SelectMany(t => t);

    public static SearchQuery Parse(string? input)
    {
        var text = Clean(input);
        var terms = text.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(word => SearchText.Words(word))
            .Where(parts => parts.Count > 0)
            .Take(MaxTerms)
            .ToList();
        return new SearchQuery(text, terms);
    }

    /// <summary>One way a typed word may appear in the index: these words in a row, the last one as a prefix or whole.</summary>
    public sealed record Alternative(IReadOnlyList<string> Words, bool Prefix);

    /// <summary>
    /// Per required word, the forms any of which must appear (every typed word must): a word with inner marks
    /// ("Jeong-hyeok") as its parts in a row, the word joined, and its romanisation key (which names are also
    /// indexed under). The last typed word is a prefix, so it works while typing; the words before it were finished
    /// (a space followed them), so they match whole: a prefix of four letters or more has no prefix index to read and
    /// costs a merge of every indexed word it starts ("moon" starts thousands of joined names). A one-letter prefix
    /// would expand to a large part of the vocabulary, so single letters match whole words only.
    /// </summary>
    public IEnumerable<IReadOnlyList<Alternative>> Alternatives() => Required.Select(parts =>
    {
        var joined = string.Concat(parts);
        var key = SearchText.RomanizationKey(joined);
        var prefix = IsPrefix(parts) && joined.Length >= MinPrefix;
        var alternatives = new List<Alternative>();
        if (parts.Count > 1)
        {
            alternatives.Add(new Alternative(parts, prefix));
        }
        alternatives.Add(new Alternative([joined], prefix));
        if (key != joined)
        {
            alternatives.Add(new Alternative([key], prefix));
        }
        return (IReadOnlyList<Alternative>)alternatives;
    });

    /// <summary>Whether this typed word is read as a prefix: the last one, which may still be being typed.</summary>
    public bool IsPrefix(IReadOnlyList<string> term) => ReferenceEquals(term, Terms[^1]);

    /// <summary>Control characters out, whitespace collapsed, length bounded.</summary>
    private static string Clean(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return "";
        }
        var sb = new StringBuilder(Math.Min(input.Length, MaxLength));
        foreach (var c in input)
        {
            if (sb.Length >= MaxLength)
            {
                break;
            }
            sb.Append(char.IsControl(c) || char.IsSurrogate(c) ? ' ' : c);
        }
        return string.Join(' ', sb.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
