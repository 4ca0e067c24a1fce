using System.Globalization;
using System.Text;
using KdramaMoments.Web.Domain;
using KdramaMoments.Web.Importing;

namespace KdramaMoments.Tests.Importing.Corpus;

/// <summary>True positives, false positives and false negatives of one kind of fact.</summary>
public readonly record struct Tally(int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);
    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static Tally operator +(Tally a, Tally b) =>
        new(a.TruePositives + b.TruePositives, a.FalsePositives + b.FalsePositives, a.FalseNegatives + b.FalseNegatives);

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"P {Precision:0.00} R {Recall:0.00} F1 {F1:0.00} ({TruePositives}/{FalsePositives}/{FalseNegatives})");
}

/// <summary>
/// How well the parser read one article against its golden file, per kind of fact: the dramas it names,
/// the actors, the character–actor pairs, which drama each item is about, and the dialogue quoted.
/// An article the parser refuses scores zero recall on everything.
/// </summary>
public sealed record ArticleScore(string Name, string? Error, Tally Dramas, Tally Actors, Tally CastPairs, Tally ItemDramas, Tally Quotes)
{
    public static readonly string[] Kinds = ["dramas", "actors", "cast pairs", "item→drama", "quotes"];

    public IReadOnlyList<Tally> Tallies => [Dramas, Actors, CastPairs, ItemDramas, Quotes];

    /// <summary>The mean of the five F1 scores.</summary>
    public double F1 => Tallies.Average(t => t.F1);

    public static ArticleScore Sum(string name, IEnumerable<ArticleScore> scores)
    {
        var list = scores.ToList();
        Tally Total(Func<ArticleScore, Tally> pick) => list.Aggregate(default(Tally), (sum, s) => sum + pick(s));
        return new ArticleScore(name, null, Total(s => s.Dramas), Total(s => s.Actors), Total(s => s.CastPairs), Total(s => s.ItemDramas), Total(s => s.Quotes));
    }

    public static ArticleScore Of(string name, GoldenArticle golden, ParsedArticle? parsed, string? error)
    {
        if (parsed is null)
        {
            var goldenDramas = golden.Items.Select(i => i.Drama).DistinctBy(Names.Normalize).Count();
            var goldenActors = golden.Items.SelectMany(i => i.Cast).Where(c => c.Actor is not null).Select(c => Reader.PersonKey(c.Actor!)).Distinct().Count();
            return new ArticleScore(name, error ?? "refused",
                new(0, 0, goldenDramas), new(0, 0, goldenActors), new(0, 0, golden.Items.Sum(i => i.Cast.Count(c => c.Character is not null && c.Actor is not null))),
                new(0, 0, golden.Items.Count), new(0, 0, golden.Items.Sum(i => i.Quotes.Count)));
        }
        var pairs = Reader.Align(golden.Items, parsed.Items);
        return new ArticleScore(name, null,
            ScoreDramas(golden, parsed),
            ScoreActors(golden, parsed),
            ScoreCastPairs(golden, parsed, pairs),
            ScoreItemDramas(golden, parsed, pairs),
            ScoreQuotes(golden, parsed));
    }

    private static Tally ScoreDramas(GoldenArticle golden, ParsedArticle parsed)
    {
        var expected = golden.Items.DistinctBy(i => Names.Normalize(i.Drama)).ToList();
        var found = parsed.Items.Select(i => i.Drama.Title).DistinctBy(Names.Normalize).ToList();
        return Match(expected, found, (g, title) => Reader.SameTitle(g.DramaNames, title));
    }

    private static Tally ScoreActors(GoldenArticle golden, ParsedArticle parsed)
    {
        var expected = golden.Items.SelectMany(i => i.Cast).Where(c => c.Actor is not null).DistinctBy(c => Reader.PersonKey(c.Actor!)).ToList();
        var found = parsed.Items.SelectMany(i => i.Cast).Select(c => c.Actor).OfType<string>().DistinctBy(Reader.PersonKey).ToList();
        return Match(expected, found, (g, actor) => Reader.SamePerson(g.ActorNames, actor));
    }

    private static Tally ScoreCastPairs(GoldenArticle golden, ParsedArticle parsed, IReadOnlyList<(GoldenItem? Golden, ParsedItem? Parsed)> pairs)
    {
        var total = default(Tally);
        foreach (var (g, p) in pairs)
        {
            var expected = g?.Cast.Where(c => c.Character is not null && c.Actor is not null).ToList() ?? [];
            var found = p?.Cast.Where(c => c.Character is not null && c.Actor is not null).ToList() ?? [];
            total += Match(expected, found, (e, f) =>
                Reader.SamePerson(e.ActorNames, f.Actor!) && f.AllNames().Any(n => Reader.SamePerson(e.CharacterNames, n)));
        }
        return total;
    }

    private static Tally ScoreItemDramas(GoldenArticle golden, ParsedArticle parsed, IReadOnlyList<(GoldenItem? Golden, ParsedItem? Parsed)> pairs)
    {
        var right = pairs.Count(p => p.Golden is not null && p.Parsed is not null && Reader.SameTitle(p.Golden.DramaNames, p.Parsed.Drama.Title));
        return new Tally(right, parsed.Items.Count - right, golden.Items.Count - right);
    }

    private static Tally ScoreQuotes(GoldenArticle golden, ParsedArticle parsed)
    {
        var expected = golden.Items.SelectMany(i => i.Quotes).ToList();
        var found = parsed.Items.SelectMany(i => i.Quotes).ToList();
        return Match(expected, found, (e, f) => Reader.QuoteKey(e) == Reader.QuoteKey(f));
    }

    // Each expected fact is matched by at most one found fact, and each found fact counts once.
    private static Tally Match<TExpected, TFound>(IReadOnlyList<TExpected> expected, IReadOnlyList<TFound> found, Func<TExpected, TFound, bool> same)
    {
        var used = new bool[found.Count];
        var hits = 0;
        foreach (var e in expected)
        {
            var index = Enumerable.Range(0, found.Count).FirstOrDefault(i => !used[i] && same(e, found[i]), -1);
            if (index >= 0)
            {
                used[index] = true;
                hits++;
            }
        }
        return new Tally(hits, found.Count - hits, expected.Count - hits);
    }
}

/// <summary>How a human reader compares what the parser found with what the article says.</summary>
internal static class Reader
{
    /// <summary>A title matches when it is the golden title or one of the article's other titles for it (case, punctuation and spacing aside).</summary>
    public static bool SameTitle(IEnumerable<string> names, string title) =>
        names.Any(n => Names.Normalize(n) == Names.Normalize(title));

    /// <summary>
    /// One person, spelled as articles spell them: case, hyphens and spaces aside, romanisation variants
    /// (Jeong/Jung, Hyeon/Hyun, Koo/Ku) folded, and a given name standing for the full name ("Se-ri" for "Yoon Se-ri").
    /// </summary>
    public static bool SamePerson(IEnumerable<string> names, string found)
    {
        var key = PersonKey(found);
        return names.Any(n =>
        {
            var expected = PersonKey(n);
            return expected == key || IsTail(key, n) || IsTail(expected, found);
        });
    }

    // "Se-ri" is the end of "Yoon Se-ri" at a word boundary.
    private static bool IsTail(string shortKey, string longName)
    {
        var words = longName.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Select(PersonKey).ToArray();
        var tail = string.Empty;
        for (var i = words.Length - 1; i > 0; i--)
        {
            tail = words[i] + tail;
            if (tail == shortKey && shortKey.Length >= 4)
            {
                return true;
            }
        }
        return false;
    }

    public static string PersonKey(string name)
    {
        var key = Names.Normalize(name);
        foreach (var (from, to) in new[] { ("eo", "u"), ("oo", "u"), ("eu", "u"), ("ee", "i"), ("ae", "e"), ("wo", "u") })
        {
            key = key.Replace(from, to, StringComparison.Ordinal);
        }
        return key;
    }

    /// <summary>Dialogue compared by its words: quote marks, apostrophe styles, case and punctuation aside.</summary>
    public static string QuoteKey(string quote)
    {
        var sb = new StringBuilder();
        foreach (var word in quote.Replace('’', '\'').Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var letters = Names.Normalize(word);
            if (letters.Length > 0)
            {
                sb.Append(letters).Append(' ');
            }
        }
        return sb.ToString().TrimEnd();
    }

    /// <summary>
    /// Pairs parsed items with golden items in order by their headings (the text of one contains the
    /// other's), then the items left over whose headings only each other's can be; the rest pair with nothing.
    /// </summary>
    public static IReadOnlyList<(GoldenItem? Golden, ParsedItem? Parsed)> Align(IReadOnlyList<GoldenItem> golden, IReadOnlyList<ParsedItem> parsed)
    {
        static bool Same(GoldenItem g, ParsedItem p)
        {
            var a = Names.Normalize(g.Heading);
            var b = Names.Normalize(p.Heading);
            return b.Length > 0 && (a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal));
        }

        // Longest common subsequence over "same heading", so one missed or extra item does not shift the rest.
        var n = golden.Count;
        var m = parsed.Count;
        var lcs = new int[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
        {
            for (var j = m - 1; j >= 0; j--)
            {
                lcs[i, j] = Same(golden[i], parsed[j]) ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }
        var pairs = new List<(GoldenItem?, ParsedItem?)>();
        int x = 0, y = 0;
        while (x < n && y < m)
        {
            if (Same(golden[x], parsed[y]) && lcs[x, y] == lcs[x + 1, y + 1] + 1)
            {
                pairs.Add((golden[x++], parsed[y++]));
            }
            else if (lcs[x + 1, y] >= lcs[x, y + 1])
            {
                pairs.Add((golden[x++], null));
            }
            else
            {
                pairs.Add((null, parsed[y++]));
            }
        }
        while (x < n)
        {
            pairs.Add((golden[x++], null));
        }
        while (y < m)
        {
            pairs.Add((null, parsed[y++]));
        }
        return PairedOutOfOrder(pairs, Same);
    }

    // A chat exported newest first is read oldest first: an item left over on each side with the same heading is the same
    // item out of order, when neither heading could be another leftover's.
    private static List<(GoldenItem? Golden, ParsedItem? Parsed)> PairedOutOfOrder(List<(GoldenItem? Golden, ParsedItem? Parsed)> pairs, Func<GoldenItem, ParsedItem, bool> same)
    {
        var goldenLeft = pairs.Where(p => p.Parsed is null).Select(p => p.Golden!).ToList();
        var parsedLeft = pairs.Where(p => p.Golden is null).Select(p => p.Parsed!).ToList();
        var matches = goldenLeft
            .Select(g => (Golden: g, Parsed: parsedLeft.Where(p => same(g, p)).ToList()))
            .Where(x => x.Parsed.Count == 1 && goldenLeft.Count(g => same(g, x.Parsed[0])) == 1)
            .ToDictionary(x => x.Golden, x => x.Parsed[0]);
        if (matches.Count == 0)
        {
            return pairs;
        }
        var matchedParsed = matches.Values.ToHashSet();
        return pairs
            .Where(p => p.Golden is not null || !matchedParsed.Contains(p.Parsed!))
            .Select(p => p.Parsed is null && matches.TryGetValue(p.Golden!, out var parsed) ? (p.Golden, parsed) : p)
            .ToList();
    }
}
