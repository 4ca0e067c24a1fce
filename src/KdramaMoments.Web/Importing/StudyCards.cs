using System.Text.RegularExpressions;

namespace KdramaMoments.Web.Importing;

/// <summary>
/// A language learner's study set (a flashcard site's page or its export): each card is a term in another script, a Korean
/// line, over its gloss in English (<c>날 기다려요.</c> over <c>"Wait for me." Someone (Actor) to … · Some Title · tvN, 2019.
/// Grammar: …</c>), the cards apart by blank lines, or one a line as <c>term&lt;TAB&gt;gloss</c>. A term is a sentence, so it is no
/// heading by its shape; three cards or more one after the other are rewritten as the numbered list they are, each term a
/// numbered heading over its gloss. A gloss that opens with a quotation translates a line of dialogue, so its term is quoted
/// as the line it is. A gloss that packs its fields between middle dots names its drama in the field dated by the one after
/// it (<c>Some Title (썸 타이틀) · tvN, 2019</c>): that field becomes the card's drama line (<c>Drama: Some Title (썸 타이틀)
/// (tvN, 2019)</c>), set under the term as a card's drama line stands under its heading.
/// </summary>
public static partial class StudyCards
{
    private const int MinimumCards = 3;
    private const int MaxTermLength = 200;
    private const int MaxGlossLength = 4000;

    /// <summary>The lines with each run of study cards rewritten as a numbered list; other text unchanged.</summary>
    public static List<string> AsNumberedList(List<string> lines)
    {
        var cards = Cards(lines);
        var runs = Runs(cards);
        if (runs.Count == 0)
        {
            return lines;
        }
        var output = new List<string>(lines.Count + cards.Count);
        var next = 0;
        foreach (var run in runs)
        {
            output.AddRange(lines.Skip(next).Take(run[0].Start - next));
            for (var n = 0; n < run.Count; n++)
            {
                var card = run[n];
                output.AddRange(Rewritten(card, n + 1));
                output.AddRange(lines.Skip(card.End).Take(n + 1 < run.Count ? run[n + 1].Start - card.End : 0));
            }
            next = run[^1].End;
        }
        output.AddRange(lines.Skip(next));
        return output;
    }

    // A card: its term, its gloss, and the lines it spans (End exclusive).
    private sealed record Card(int Start, int End, string Term, string Gloss);

    private static List<Card> Cards(List<string> lines)
    {
        var cards = new List<Card>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Length > MaxTermLength + MaxGlossLength)
            {
                continue;
            }
            // "term<TAB>gloss": an export's one card a line.
            if (line.Split('\t') is [var term, var gloss] && IsCard(term.Trim(), gloss.Trim()))
            {
                cards.Add(new Card(i, i + 1, term.Trim(), gloss.Trim()));
                continue;
            }
            // A term over its gloss, the card apart from what is around it by blank lines (or the page's edge).
            if (i + 1 < lines.Count && IsBlank(lines, i - 1) && IsBlank(lines, i + 2) && lines[i + 1].Length <= MaxGlossLength
                && IsCard(line.Trim(), lines[i + 1].Trim()))
            {
                cards.Add(new Card(i, i + 2, line.Trim(), lines[i + 1].Trim()));
                i++;
            }
        }
        return cards;
    }

    private static bool IsBlank(List<string> lines, int index) => index < 0 || index >= lines.Count || lines[index].Trim().Length == 0;

    // The term is written in another script than its gloss: most of its letters are not Latin, most of the gloss's are.
    private static bool IsCard(string term, string gloss) =>
        term.Length is > 0 and <= MaxTermLength && gloss.Length > term.Length / 2 && !term.Contains('\t') && !gloss.Contains('\t')
        && !ListMarker.Read(term).IsNumbered && LatinShare(term) < 0.5 && LatinShare(gloss) >= 0.5 && TextShape.WordCount(gloss) >= 3;

    private static double LatinShare(string text)
    {
        var letters = text.Where(char.IsLetter).ToList();
        return letters.Count == 0 ? 0.5 : letters.Count(c => c <= '\u024F') / (double)letters.Count;
    }

    // Cards that follow one another: nothing but blank lines between one's end and the next's start.
    private static List<List<Card>> Runs(List<Card> cards)
    {
        var runs = new List<List<Card>>();
        var run = new List<Card>();
        foreach (var card in cards)
        {
            if (run.Count > 0 && card.Start - run[^1].End > 1)
            {
                Close();
            }
            run.Add(card);
        }
        Close();
        return runs;

        void Close()
        {
            if (run.Count >= MinimumCards)
            {
                runs.Add(run);
            }
            run = [];
        }
    }

    private static IEnumerable<string> Rewritten(Card card, int number)
    {
        var translatesALine = card.Gloss.Length > 0 && TextShape.IsQuoteMark(card.Gloss[0]) && !card.Term.Any(TextShape.IsQuoteMark);
        yield return translatesALine ? $"{number}. “{card.Term}”" : $"{number}. {card.Term}";
        if (DramaField(card.Gloss) is { } drama)
        {
            yield return drama.Line;
            if (drama.Rest.Length > 0)
            {
                yield return drama.Rest;
            }
        }
        else
        {
            yield return card.Gloss;
        }
    }

    private sealed record DramaFields(string Line, string Rest);

    // "… · Some Title (썸 타이틀) · tvN, 2019. Grammar: …": the field a network-and-year field dates is the drama.
    private static DramaFields? DramaField(string gloss)
    {
        var fields = gloss.Split(" · ");
        for (var f = 1; f < fields.Length; f++)
        {
            if (NetworkAndYear().Match(fields[f]) is not { Success: true } dated)
            {
                continue;
            }
            var title = fields[f - 1].Trim();
            if (title.Length == 0 || TextShape.WordCount(title) > 12 || TextShape.ReadsAsSentence(title))
            {
                return null;
            }
            // The gloss's other fields stay one paragraph, as written: a line of their own each would be too short to read as text.
            var rest = fields.Take(f - 1).Append(dated.Groups["rest"].Value).Concat(fields.Skip(f + 1)).Select(p => p.Trim()).Where(p => p.Length > 0);
            var line = $"Drama: {title} ({dated.Groups["network"].Value.Trim()}, {dated.Groups["year"].Value})";
            return new DramaFields(line, string.Join(" · ", rest));
        }
        return null;
    }

    // "tvN, 2019", "KBS2 2016.", "SBS, 2010. Grammar: …": a network of a few words, then a year closing its sentence or field.
    [GeneratedRegex(@"^\s*(?<network>[\p{L}\d][\p{L}\d&+ -]{0,24}?),?\s+(?<year>(?:19|20)\d{2})(?:[–-]\d{2,4})?(?:\.\s+|\.?$)(?<rest>.*)$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex NetworkAndYear();
}
