using KdramaMoments.Web.Data;

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
            var nearest = word.Length < 3 ? [] : Nearest(await vocabulary.GetAsync(db, cancellationToken), word, query.IsPrefix(parts));
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
            if (await db.SearchStore.AnyMatchAsync(db, SearchQuery.Parse(text), cancellationToken))
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

    /// <summary>
    /// Nothing when the word is indexed as the search reads it (the last word as a prefix, the others whole); otherwise
    /// the indexed words nearest to it, the commoner first between equals.
    /// </summary>
    private static List<string> Nearest(NameWords vocabulary, string word, bool prefix)
    {
        if (prefix ? vocabulary.HasPrefix(word) : vocabulary.Contains(word))
        {
            return [];
        }
        var allowed = word.Length <= 5 ? 1 : 2; // short words drift into other words quickly
        return vocabulary.Near(word, allowed)
            .OrderBy(c => c.Distance).ThenByDescending(c => c.Term.Documents).ThenBy(c => c.Term.Term, StringComparer.Ordinal)
            .Select(c => c.Term.Term)
            .Take(Candidates)
            .ToList();
    }
}
