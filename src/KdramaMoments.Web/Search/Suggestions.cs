using KdramaMoments.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Search;

/// <summary>"Did you mean": each typed word not in the index is replaced by the nearest indexed name word.</summary>
public static class Suggestions
{
    public static async Task<string?> DidYouMeanAsync(KdramaDbContext db, NameVocabulary vocabulary, SearchQuery query, CancellationToken cancellationToken)
    {
        // Per typed word: itself when it is indexed, else its nearest indexed words (best first).
        var options = new List<IReadOnlyList<string>>();
        var changed = false;
        foreach (var parts in query.Terms)
        {
            var word = string.Concat(parts);
            var nearest = word.Length < 3 ? [] : Nearest(await vocabulary.GetAsync(db, cancellationToken), word);
            changed |= nearest.Count > 0;
            options.Add(nearest.Count == 0 ? [string.Join(' ', parts)] : nearest);
        }
        if (!changed)
        {
            return null;
        }
        // Prefer a combination that is a name as written ("hyun bim" → "hyun bin", the actor, not the
        // commoner "hyun kim"), then any combination that finds something.
        var combinations = Combinations(options).Take(MaxTries).Select(c => string.Join(' ', c)).ToList();
        foreach (var text in combinations)
        {
            if (await db.SearchStore.HasNameAsync(db, SearchText.Words(text), cancellationToken))
            {
                return text;
            }
        }
        foreach (var text in combinations)
        {
            if (await db.SearchStore.Hits(db, SearchQuery.Parse(text)).AnyAsync(cancellationToken))
            {
                return text;
            }
        }
        return null;
    }

    private const int MaxTries = 12;
    private const int Candidates = 4;

    private static IEnumerable<IReadOnlyList<string>> Combinations(List<IReadOnlyList<string>> options)
    {
        IEnumerable<IReadOnlyList<string>> result = [[]];
        foreach (var choices in options)
        {
            result = result.SelectMany(prefix => choices.Select(choice => (IReadOnlyList<string>)[.. prefix, choice]));
        }
        return result;
    }

    private static List<string> Nearest(IReadOnlyList<(string Term, long Documents)> vocabulary, string word)
    {
        var allowed = word.Length <= 5 ? 1 : 2; // short words drift into other words quickly
        var candidates = vocabulary.Where(c => Math.Abs(c.Term.Length - word.Length) <= allowed).ToList();
        if (candidates.Any(c => c.Term.StartsWith(word, StringComparison.Ordinal)))
        {
            return []; // the word is there (as a prefix); nothing to correct
        }
        return candidates
            .Select(c => (c.Term, c.Documents, Distance: Distance(word, c.Term)))
            .Where(c => c.Distance <= allowed)
            .OrderBy(c => c.Distance).ThenByDescending(c => c.Documents).ThenBy(c => c.Term, StringComparer.Ordinal)
            .Select(c => c.Term)
            .Take(Candidates)
            .ToList();
    }

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
