using System.Text;

namespace KdramaMoments.Web.Search;

/// <summary>
/// Turns what a reader typed into an FTS5 match expression that can only mean "these words".
/// Every term is folded to letters and digits and then quoted, so FTS5 syntax in the input
/// (quotes, -, *, :, ^, parentheses, AND/OR/NOT/NEAR) is searched for as words or dropped, never obeyed.
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

    private SearchQuery(string text, IReadOnlyList<IReadOnlyList<string>> terms)
    {
        Text = text;
        Terms = terms;
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

    /// <summary>
    /// The MATCH expression: every required word must appear, in any field (as a prefix, so it works while typing).
    /// A word with inner marks ("Jeong-hyeok") matches its parts as a phrase or its joined form.
    /// </summary>
    public string ToMatchExpression()
    {
        var sb = new StringBuilder();
        foreach (var parts in Required)
        {
            if (sb.Length > 0)
            {
                sb.Append(" AND ");
            }
            // The word as typed, and its romanisation key (which names are also indexed under).
            var joined = string.Concat(parts);
            var key = SearchText.RomanizationKey(joined);
            sb.Append('(');
            if (parts.Count > 1)
            {
                sb.Append(Quoted(string.Join(' ', parts))).Append("* OR ");
            }
            // A one-letter prefix would expand to a large part of the vocabulary: single letters match whole words only.
            var star = joined.Length >= MinPrefix ? "*" : "";
            sb.Append(Quoted(joined)).Append(star);
            if (key != joined)
            {
                sb.Append(" OR ").Append(Quoted(key)).Append(star);
            }
            sb.Append(')');
        }
        return sb.ToString();
    }

    // Folded words hold only letters and digits, so a double quote can never appear inside; quoting makes keywords plain words.
    private static string Quoted(string words) => "\"" + words + "\"";

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
