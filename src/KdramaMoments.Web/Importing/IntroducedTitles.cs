using KdramaMoments.Web.Importing.Reference;

namespace KdramaMoments.Web.Importing;

/// <summary>
/// The drama a section's prose introduces without setting it off in quotes or italics: "In Run On, he tells …",
/// "The Red Sleeve turns the palace romance on its head", "tvN's 2012 hit Reply 1997", "My Liberation Notes (2022)
/// is …". A title-case run of words is weighed by how the sentence frames it; people (a name the text credits with an
/// actor, a Korean name) are never titles, and a passing mention ("unlike in Goblin") counts against its run. A title the
/// reference shelf knows counts as framed.
/// </summary>
public static class IntroducedTitles
{
    // A run of several words must be framed once; one word alone must be framed more than that ("Healer aired in 2014").
    private const double SeveralWordsNeed = 2;
    private const double OneWordNeeds = 3;

    /// <summary>The title the text introduces most clearly, the earliest on a tie; null when none is framed as a title.</summary>
    public static string? In(IReadOnlyList<string> body)
    {
        var prose = body.Where(b => b.Length > 0 && !TextShape.IsQuoteMark(b[0])).ToList();
        var credited = CreditedNames(prose);
        var runs = prose.SelectMany(Runs).Where(r => !IsPeople(r.Text, credited))
            .Concat(prose.SelectMany(KnownRuns).Where(r => !credited.Contains(Domain.Names.Normalize(r.Text))))
            .ToList();
        return runs
            .GroupBy(r => Domain.Names.Normalize(r.Text))
            .Select(g => (Run: g.First(), Score: g.Max(r => r.Framing) + Math.Min(g.Count() - 1, 2)))
            .Where(c => c.Score >= (c.Run.Words > 1 ? SeveralWordsNeed : OneWordNeeds))
            .OrderByDescending(c => c.Score)
            .Select(c => c.Run.Text)
            .FirstOrDefault();
    }

    private sealed record Run(string Text, int Words, double Framing);

    // Step 1: runs of capitalised words (digits and small joining words inside: "100 Days My Prince", "Romance Is a
    // Bonus Book", "It's Okay, That's Love"), each with the framing the sentence gives it.
    private static IEnumerable<Run> Runs(string block)
    {
        var words = block.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var inParenthesis = false;
        for (var i = 0; i < words.Length; i++)
        {
            // Words in parentheses are credits or dates ("(Kang Tae Oh)", "(2022)"), read as framing, never as runs.
            inParenthesis |= words[i].StartsWith('(');
            if (inParenthesis)
            {
                inParenthesis = !words[i].Contains(')', StringComparison.Ordinal);
                continue;
            }
            if (!StartsRun(words, i))
            {
                continue;
            }
            var start = i;
            var end = i; // inclusive
            while (!EndsClause(words[end]) && end + 1 < words.Length)
            {
                var next = end + 1;
                while (next < words.Length - 1 && JoiningWords.Contains(words[next]))
                {
                    next++;
                }
                if (!IsCapitalised(words[next]))
                {
                    break;
                }
                end = next;
            }
            // "… Woo, Woo Young Woo (Park Eun Bin)": a comma goes on only into more of the title, never into a name.
            if (end + 1 < words.Length && words[end].EndsWith(',') && IsCapitalised(words[end + 1]) && !words[end + 1].EndsWith('('))
            {
                var more = end + 1;
                while (more + 1 < words.Length && !EndsClause(words[more]) && IsCapitalised(words[more + 1]))
                {
                    more++;
                }
                var tail = Clean(string.Join(' ', words[(end + 1)..(more + 1)]));
                var creditedNext = more + 1 < words.Length && words[more + 1].StartsWith('(');
                if (!creditedNext && !LooksLikeAName(tail))
                {
                    end = more;
                }
            }
            // Sentence openers and prepositions are not part of the title: "In Run On", "When Reply 1988 …".
            while (start < end && Openers.Contains(words[start].TrimEnd(',', '.', ';', ':').ToLowerInvariant()))
            {
                start++;
            }
            var text = Clean(string.Join(' ', words[start..(end + 1)]));
            i = end;
            if (!HasATitleWord(text))
            {
                continue; // "The 2010 SBS", "H.O.T.": a year, a network or initials, not a title
            }
            var followedByCredit = end + 1 < words.Length && words[end + 1].StartsWith('(') && !DatedParenthesis(words, end + 1);
            if (followedByCredit)
            {
                continue; // "Crown Prince Lee Yul (D.O.)": a name the text credits
            }
            yield return new Run(text, TextShape.WordCount(text), Framing(words, start, end));
        }
    }

    // A title the reference shelf knows is a run of its own, whole ("Because This Is My First Life", which the opener rule
    // would cut), and counts as framed: the words are a drama's name whatever the sentence around them.
    private const double KnownTitle = 2;

    private static IEnumerable<Run> KnownRuns(string block)
    {
        var words = block.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        foreach (var (_, text, start) in KnownDramas.NamedIn(words))
        {
            var end = start + text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length - 1;
            var title = Clean(text);
            yield return new Run(title, TextShape.WordCount(title), Framing(words, start, end) + KnownTitle);
        }
    }

    // Step 2: how the sentence sets the run off as a title.
    private static double Framing(string[] words, int start, int end)
    {
        var score = end > start ? 1.0 : 0.0;
        var before = start > 0 ? Clean(words[start - 1]).ToLowerInvariant() : string.Empty;
        var earlier = start > 1 ? Clean(words[start - 2]).ToLowerInvariant() : string.Empty;
        var after = end + 1 < words.Length ? Clean(words[end + 1]).ToLowerInvariant() : string.Empty;
        var opensSentence = start == 0 || EndsSentence(words[start - 1]) || start > 0 && Openers.Contains(before) && (start == 1 || EndsSentence(words[start - 2]));
        if (before == "in" && words[end].EndsWith(','))
        {
            score += 2; // "In Run On, he tells …"
        }
        if (TitleNouns.Contains(before) || TitleNouns.Contains(after))
        {
            score += 2; // "the 2012 hit Reply 1997", "Healer drama", "the series Run On"
        }
        if (DatedParenthesis(words, end + 1))
        {
            score += 3; // "My Liberation Notes (2022)": a year in parentheses dates a title
        }
        else if (after is "aired" or "premiered")
        {
            score += 2; // "Healer aired in 2014"
        }
        if (opensSentence && SubjectVerbs.Contains(after))
        {
            score += 1; // "True Beauty is built around …", "The Red Sleeve turns …"
        }
        if (PassingMention.Contains(before) || PassingMention.Contains(earlier))
        {
            score -= 3; // "unlike in Goblin", "more than Healer"
        }
        return score;
    }

    // The names the text credits ("Kang Dan-i (Lee Na-young)"): the name before the parenthesis and the one inside.
    private static HashSet<string> CreditedNames(IEnumerable<string> prose)
    {
        var names = new HashSet<string>();
        foreach (var block in prose)
        {
            var words = block.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var i = 1; i < words.Length; i++)
            {
                if (!words[i].StartsWith('(') || DatedParenthesis(words, i))
                {
                    continue;
                }
                var start = i;
                while (start > 0 && IsCapitalised(words[start - 1]) && !EndsClause(words[start - 1]) && i - start < 4)
                {
                    start--;
                }
                for (var s = start; s < i; s++)
                {
                    names.Add(Domain.Names.Normalize(string.Join(' ', words[s..i])));
                }
            }
        }
        return names;
    }

    // A title has a word of its own beyond joining words, years and initials in capitals.
    private static bool HasATitleWord(string text) =>
        text.Split(' ').Any(w => w.Count(char.IsLetter) >= 2 && w.Any(char.IsLower) && !JoiningWords.Contains(w.ToLowerInvariant()) && !Openers.Contains(w.ToLowerInvariant()));

    private static bool IsPeople(string text, HashSet<string> credited)
    {
        var key = Domain.Names.Normalize(text);
        return credited.Contains(key) || LooksLikeAName(text) || HeadingReader.LooksLikePeople(text);
    }

    private static bool LooksLikeAName(string text)
    {
        var name = text.Replace("'s", string.Empty, StringComparison.Ordinal).Replace("’s", string.Empty, StringComparison.Ordinal);
        var words = PersonNames.Words(name);
        return (words.Length is >= 2 and <= 4 || name.Contains('-', StringComparison.Ordinal)) && PersonNames.LooksKorean(name)
            || PersonNames.LooksLikeFullName(name)
            || words.Length >= 2 && PersonNames.IsTitleWord(words[0]);
    }

    private static bool DatedParenthesis(string[] words, int index) =>
        index < words.Length && words[index].StartsWith('(') && words.Skip(index).Take(4).TakeWhile((w, k) => k == 0 || !words[index + k - 1].Contains(')', StringComparison.Ordinal))
            .Any(w => FactLines.Year(w.Trim('(', ')', ',', '.', ';')) is not null);

    private static bool StartsRun(string[] words, int i)
    {
        var word = words[i].TrimStart('(', '"', '“', '‘', '\'');
        if (word.Length == 0 || word.Length != words[i].Length)
        {
            return false; // a parenthesis or a quotation is read elsewhere
        }
        // "100 Days My Prince": a number opens a title only when a capitalised word follows it.
        return char.IsUpper(word[0]) || char.IsDigit(word[0]) && i + 1 < words.Length && char.IsUpper(words[i + 1][0]) && !EndsClause(word)
            && !(i > 0 && char.IsDigit(words[i - 1][0]));
    }

    private static bool IsCapitalised(string word) => word.Length > 0 && (char.IsUpper(word[0]) || char.IsDigit(word[0]));

    private static bool EndsClause(string word) => word.Length > 0 && word[^1] is ',' or '.' or ';' or ':' or '!' or '?' or ')' or '—' or '–';

    private static bool EndsSentence(string word) => word.Length > 0 && word[^1] is '.' or '!' or '?' or ':';

    private static string Clean(string text)
    {
        var trimmed = text.Trim().TrimEnd(',', '.', ';', ':', '!', '?', '—', '–');
        foreach (var possessive in (string[])["'s", "’s"])
        {
            if (trimmed.EndsWith(possessive, StringComparison.Ordinal))
            {
                trimmed = trimmed[..^possessive.Length];
            }
        }
        return trimmed;
    }

    private static readonly HashSet<string> JoiningWords = ["of", "on", "a", "an", "the", "and", "in", "to", "for", "with", "at", "from", "del", "de", "is", "my", "your"];

    // Words that open a sentence or a phrase before a title and are not part of it.
    private static readonly HashSet<string> Openers =
    [
        "in", "when", "but", "and", "after", "as", "while", "then", "if", "here", "there", "so", "yet", "even", "on", "at", "for",
        "with", "from", "by", "since", "before", "during", "unlike", "like", "later", "meanwhile", "also", "once", "where", "though",
        "although", "because", "until", "what", "why", "how", "who", "it", "he", "she", "they", "we", "you", "i", "this", "that",
        "these", "those", "both", "every", "each", "all", "fans", "viewers", "watching", "throughout", "over", "still", "now", "just",
        "only", "not", "no", "yes", "oh", "well", "sure", "honestly", "thankfully", "sadly", "finally", "of", "to", "a", "an",
    ];

    private static readonly HashSet<string> TitleNouns = ["hit", "drama", "k-drama", "kdrama", "series", "show", "classic", "sageuk", "rom-com", "romcom", "melodrama"];

    private static readonly HashSet<string> SubjectVerbs =
    [
        "is", "was", "turns", "opens", "begins", "starts", "follows", "tells", "has", "gives", "feels", "makes", "puts", "centers",
        "centres", "revolves", "stars", "remains", "takes", "brings", "shows", "delivers", "ends", "became", "becomes", "does",
    ];

    private static readonly HashSet<string> PassingMention = ["unlike", "than", "like", "remember", "recalls", "echoes", "echoing", "reminiscent"];
}
