using KdramaMoments.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Search;

/// <summary>"Did you mean": each typed word not in the index is replaced by the nearest indexed name word.</summary>
public static class Suggestions
{
    public static async Task<string?> DidYouMeanAsync(KdramaDbContext db, SearchQuery query, CancellationToken cancellationToken)
    {
        var changed = false;
        var words = new List<string>();
        foreach (var parts in query.Terms)
        {
            var word = string.Concat(parts);
            var replacement = word.Length < 3 ? null : await NearestAsync(db, word, cancellationToken);
            changed |= replacement is not null;
            words.Add(replacement ?? string.Join(' ', parts));
        }
        return changed ? string.Join(' ', words) : null;
    }

    private static async Task<string?> NearestAsync(KdramaDbContext db, string word, CancellationToken cancellationToken)
    {
        var allowed = word.Length <= 5 ? 1 : 2; // short words drift into other words quickly
        var candidates = await db.Database
            .SqlQuery<TermCount>($"SELECT term AS Term, doc AS Documents FROM search_terms WHERE col = 'names' AND length(term) BETWEEN {word.Length - allowed} AND {word.Length + allowed}")
            .ToListAsync(cancellationToken);
        if (candidates.Any(c => c.Term.StartsWith(word, StringComparison.Ordinal)))
        {
            return null; // the word is there (as a prefix); nothing to correct
        }
        return candidates
            .Select(c => (c.Term, c.Documents, Distance: Distance(word, c.Term)))
            .Where(c => c.Distance <= allowed)
            .OrderBy(c => c.Distance).ThenByDescending(c => c.Documents).ThenBy(c => c.Term, StringComparer.Ordinal)
            .Select(c => c.Term)
            .FirstOrDefault();
    }

    private sealed record TermCount(string Term, long Documents);

    /// <summary>Levenshtein distance (two rows); the words are short, so this is cheap.</summary>
    internal static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
