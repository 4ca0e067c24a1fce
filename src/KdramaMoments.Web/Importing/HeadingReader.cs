using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using KdramaMoments.Web.Domain;
using KdramaMoments.Web.Importing.Reference;

namespace KdramaMoments.Web.Importing;

/// <summary>
/// Reads item headings as parts: split at separators (dashes, bars, colons, commas, " in ", " for ", " to ",
/// parentheses, quote marks, "'s") and weighed as drama title, dialogue, credit, people or description.
/// An article uses one template: the slot that holds the drama is decided from the items whose evidence is
/// strong (a title the catalogue knows, a year beside it, the same words in the body or a fact line, title
/// case, not a sentence), then every item is read with it.
/// </summary>
public static partial class HeadingReader
{
    /// <summary>Reads every heading of an article with one template.</summary>
    public static HeadingTemplate Read(IReadOnlyList<HeadingInput> items, Func<string, bool>? knownTitle = null)
    {
        var parts = items.Select(i => Split(i.Heading)).ToList();
        var candidates = items.Select((item, k) => Candidates(parts[k], item, knownTitle)).ToList();

        // The template's slot is the one with the most evidence over the whole article.
        var slot = candidates.SelectMany(c => c)
            .GroupBy(c => c.Slot)
            .Select(g => (Slot: g.Key, Evidence: g.GroupBy(c => c.Item).Sum(byItem => Math.Max(0, byItem.Max(c => c.Score))), Items: g.Select(c => c.Item).Distinct().Count()))
            .Where(s => s.Items * 2 >= items.Count)
            .OrderByDescending(s => s.Evidence)
            .ThenBy(s => SlotOrder.IndexOf(s.Slot))
            .Select(s => s.Slot)
            .FirstOrDefault() ?? "whole";

        // Thematic sub-headings ("Translation", "Worship me") name no drama: when most headings offer no title the text
        // bears out, and most sections set their drama off with its year ("*Run On* (JTBC, 2020)"), the text names each item's drama.
        // Headings that name only the scene ("He Waited Years To Say It Properly") leave the drama to the prose, which
        // introduces it by name ("In Run On, he tells …", "The Red Sleeve turns …") when it does not set it off.
        // Headings that name a scene over a first sentence that opens with a known drama ("I. The bench in Ongsan" over "When
        // the Camellia Blooms (KBS2, 2019) is …") leave the drama to that sentence, as do theme headings ("Worship") over
        // first sentences that name one known drama anywhere ("Nothing in My Liberation Notes looks like …").
        var inText = items.Select((i, k) => TitleWithYearSetOffIn(i.Body)
            ?? ((IntroducedTitleUnder(parts[k], i) ?? OpeningKnownTitle(i.Body)) is { } introduced ? (introduced, (int?)null) : KnownDatedTitleIn(i.Body))
            ?? (OnlyKnownTitleOpening(i.Body) is { } opening ? (opening, (int?)null) : null)).ToList();
        // A heading that names the very title its text sets off or introduces is borne out, whatever its score.
        var agrees = inText.Select((t, k) => t is { } title && candidates[k].Any(c => c.Slot == slot && Names.Normalize(c.Text) == Names.Normalize(title.Title))).ToList();
        // A heading the text bears out by more than repeating a phrase of it, beside a title the text introduces.
        var strong = candidates.Select((c, k) => c.Any(x => x.Slot == slot && x.Score >= CorroboratedTitle && !IsPhraseBesideATitleInText(x, inText[k], items[k].Body))).ToList();
        var weakHeadings = Enumerable.Range(0, items.Count).Count(k => !agrees[k] && !strong[k]);
        var fromText = inText.Count(t => t is not null) * 2 >= items.Count && weakHeadings * 2 > items.Count;

        var readings = new List<HeadingReading>(items.Count);
        for (var k = 0; k < items.Count; k++)
        {
            var reading = ReadOne(parts[k], candidates[k], slot, items[k]);
            // A heading whose own title the text bears out keeps it.
            var corroborated = agrees[k] || strong[k];
            // Where the other sections name their drama in their text: "The same show …" goes on with the section before's.
            var named = fromText && inText[k] is null && k > 0 && SameShowAsBefore().IsMatch(items[k].Body.FirstOrDefault(b => b.Length > 0) ?? string.Empty)
                ? (readings[k - 1].Drama, readings[k - 1].Year)
                : inText[k];
            readings.Add(fromText && named is { } title && items[k].FactTitle is null && !corroborated
                ? reading with { Drama = title.Title, Year = title.Year ?? ShelfYearIn(title.Title, items[k].Body) ?? reading.Year, Doubts = [] }
                : fromText && named is null && items[k].FactTitle is null ? reading with { FitsTemplate = false } : reading);
        }
        return new HeadingTemplate(fromText ? "description; drama set off in the text" : Describe(slot, parts), readings);
    }

    // Evidence beyond the shape of the words: the catalogue knows it, a year stands beside it, or the text names it again.
    private const double CorroboratedTitle = 2;

    // "The piggyback" over "The piggyback ride is how … My favourite belongs to Fight for My Way (2017).": a heading in sentence
    // case that the text merely repeats is a phrase, not a title, beside a title the text introduces. So is one in title case
    // that the text repeats only in lower case ("The Yellow Umbrella" over "… Lovely Runner (2024) … The yellow umbrella she
    // once lent him …"): a title keeps its capitals wherever it is named.
    private static bool IsPhraseBesideATitleInText(DramaCandidate heading, (string Title, int? Year)? inText, IReadOnlyList<string> body) =>
        inText is not null && !heading.Known && heading.Year is null
        && (TextShape.CapitalisedShare(heading.Text) < 0.6 || RepeatedOnlyInLowerCase(heading.Text, body) || RepeatedOnlyOpeningSentences(heading.Text, body)
            || RepeatedNeverSetOff(heading.Text, body));

    // "Nami Island, South Korea" over 'When KBS2 aired "Winter Sonata" in 2002 … a statue of the couple on Nami Island': a
    // text that sets its titles off in quotes or italics, and dates one, would set this one off too were it a title; named
    // only plainly, it is a place or a thing of the scene.
    private static bool RepeatedNeverSetOff(string phrase, IReadOnlyList<string> body) =>
        TitleWithYearSetOffIn(body) is not null
        && body.Any(b => b.Contains(phrase, StringComparison.Ordinal))
        && !body.Any(b => SetOff(b).Any(m => SetOffWords(m).Contains(phrase, StringComparison.OrdinalIgnoreCase)));

    // The spans a block sets off as titles, in italics or in quotes, in the order they stand; and the words of one.
    private static IEnumerable<Match> SetOff(string block) => Italics().Matches(block).Concat(Quoted().Matches(block)).OrderBy(m => m.Index);

    private static string SetOffWords(Match span) => span.Groups[span.Groups["t"].Success ? "t" : "q"].Value;

    // "Worship" over '… the strangest request: “Worship me.”', "Restraint" over "Finally, restraint. …": one word the text
    // repeats only in lower case, or with a capital only where any word takes one (opening a sentence or a quotation), is a
    // word, not a one-word title.
    private static bool RepeatedOnlyOpeningSentences(string word, IReadOnlyList<string> body)
    {
        if (word.Contains(' ', StringComparison.Ordinal) || word.Length < 3 || !word.All(char.IsLetter))
        {
            return false;
        }
        var found = false;
        foreach (var block in body)
        {
            for (var at = block.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = block.IndexOf(word, at + word.Length, StringComparison.OrdinalIgnoreCase))
            {
                var before = block[..at].TrimEnd();
                if (char.IsUpper(block[at]) && before.Length > 0 && before[^1] is not ('.' or '!' or '?' or '"' or '“' or '‘' or '\'' or ':'))
                {
                    return false;
                }
                found = true;
            }
        }
        return found;
    }

    private static bool RepeatedOnlyInLowerCase(string phrase, IReadOnlyList<string> body) =>
        phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Any(w => char.IsUpper(w[0]))
        && body.Any(b => b.Contains(phrase, StringComparison.OrdinalIgnoreCase))
        && !body.Any(b => b.Contains(phrase, StringComparison.Ordinal));

    private static readonly List<string> SlotOrder = ["fact", "whole", "after-dash", "after-bar", "after-in", "after-comma", "paren", "before-colon", "after-colon", "quote", "capitals", "before-dash", "before-bar", "before-comma"];

    private static HeadingReading ReadOne(HeadingParts parts, List<DramaCandidate> candidates, string slot, HeadingInput item)
    {
        var doubts = new List<ItemDoubt>();
        var inSlot = candidates.Where(c => c.Slot == slot).MaxBy(c => c.Score);
        var best = candidates.MaxBy(c => c.Score);
        var chosen = inSlot is not null && (inSlot.Score >= 0 || best is null || best.Score - inSlot.Score < 3) ? inSlot : best;
        // A known title is strong evidence, not a veto: it wins over an unknown text in the template's slot that it outweighs
        // ("CLOY — the Switzerland stuff" read whole), and an unknown title in the slot stands when the heading knows none.
        if (chosen is { Known: false } && candidates.Where(c => c.Known && c.Score > chosen.Score).MaxBy(c => c.Score) is { } known)
        {
            chosen = known;
        }
        if (item.FactTitle is not null)
        {
            chosen = new DramaCandidate(item.FactTitle, "fact", 9, item.Index, null);
        }
        // The heading lacks the part where this article names its drama, and nothing else in it is borne out as a
        // title (known, with a year, named again in the text): the title the item's text sets off is the drama.
        if (item.FactTitle is null && chosen is not { Known: true } && (chosen is null || chosen.Score < CorroboratedTitle) && NamesOnlyPeople(parts)
            && DramaOfPeople(parts.Plain, item) is { } ofPeople)
        {
            chosen = ofPeople;
            doubts.Add(new ItemDoubt("drama", $"the heading names only people; “{ofPeople.Text}” was taken from the cast list and the item's text"));
        }
        else if (item.FactTitle is null && chosen is not { Known: true } && (chosen is null || chosen.Score < 0) && IsChatter(parts.Plain)
            && item.Body.Take(ChatterEvidenceBlocks).SelectMany(KnownDramas.NamedIn).FirstOrDefault().Text is { } named)
        {
            chosen = new DramaCandidate(named, "text", 0, item.Index, null) { Known = true };
            doubts.Add(new ItemDoubt("drama", $"the heading names no drama; “{named}”, which the item's text names, was taken"));
        }
        else if (inSlot is null && (chosen is null || chosen.Score < CorroboratedTitle) && item.FactTitle is null && (TitleSetOffIn(item.Body) ?? IntroducedTitleUnder(parts, item)) is { } bodyTitle)
        {
            chosen = new DramaCandidate(bodyTitle, "text", 0, item.Index, null);
            doubts.Add(new ItemDoubt("drama", $"the heading names no drama; “{bodyTitle}”, set off as a title in the item's text, was taken"));
        }
        else if (chosen is null || chosen.Score < 0)
        {
            doubts.Add(new ItemDoubt("drama", chosen is null
                ? "the heading names no drama; the whole heading was taken as its title"
                : $"“{chosen.Text}” is a weak title (not in the body, no year beside it, not title case)"));
        }
        else if (chosen.Slot != slot && item.FactTitle is null)
        {
            doubts.Add(new ItemDoubt("drama", $"read from the heading's {Slot(chosen.Slot)}, not its {Slot(slot)} like the other items"));
        }
        var drama = SpelledOut(chosen?.Text ?? parts.Plain, item.Body);
        if (string.IsNullOrWhiteSpace(drama))
        {
            // A heading of nothing but a line of dialogue names no title: the one the text sets off, else the heading as
            // written, so that no item stands under a drama without a title.
            drama = TitleSetOffIn(item.Body) ?? IntroducedTitleUnder(parts, item) ?? item.Heading.Trim();
            doubts.Add(new ItemDoubt("drama", $"the heading names no drama; “{drama}” was taken"));
        }

        var people = parts.Credits
            .Select(c => new HeadingPerson(c.Name, c.Actor, PersonRole.Character))
            .Concat(NamesOutside(parts, drama).Select(n => new HeadingPerson(n, null, PersonRole.Unknown)))
            .Concat(parts.Actors.Select(a => new HeadingPerson(a, null, PersonRole.Actor)))
            .DistinctBy(p => Names.Normalize(p.Name))
            .ToList();
        // A drama named by a fact line may still be a word of the heading's own title ("Grim Reaper and Goblin Save Eun-tak").
        var (description, peopleTakenOut) = Description(parts, chosen?.Slot == "fact" ? string.Empty : drama, people);
        return new HeadingReading(drama, chosen?.Year, parts.Dialogue, people, description, doubts)
        {
            DescriptionLacksPeople = peopleTakenOut,
            FitsTemplate = inSlot is not null || slot == "whole" || item.FactTitle is not null,
        };
    }

    // "2521 final ep.", "CLOY for me": lowercase words after a title the shelf knows, with no separator between, are the
    // writer's remarks, as words after a dated title are.
    private const int MaxRemarkWords = 6;

    private static string WithoutRemarksAfterAKnownTitle(string outside)
    {
        var words = outside.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (KnownDramas.NamedIn(words.Take(KnownDramas.MaxWords + 1).ToArray()).FirstOrDefault() is not { Text: { } title, Word: 0 })
        {
            return outside;
        }
        var titleWords = title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        var remarks = words.Skip(titleWords).ToList();
        return remarks.Count is > 0 and <= MaxRemarkWords && remarks.All(w => char.IsLower(w[0]) || char.IsDigit(w[0])) && !words[titleWords - 1].EndsWith(',')
            ? string.Join(' ', words.Take(titleWords))
            : outside;
    }

    // "Lovely Runner 2024!!!": a year written bare after a title the shelf knows dates it, as "(2024)" would; "Reply 1988" keeps its.
    private static string WithBareYearInParentheses(string heading) =>
        BareTrailingYear().Match(heading) is { Success: true } m && KnownDramas.Knows(heading[..m.Index]) && !KnownDramas.Knows(heading[..m.Groups["bang"].Index])
            ? $"{heading[..m.Index]} ({m.Groups["year"].Value})"
            : heading;

    [GeneratedRegex(@"\s+(?<year>(?:19|20)\d{2})(?<bang>[!.]*)$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex BareTrailingYear();

    /// <summary>
    /// "또 오해영 (Tto Oh Hae-young · Another Miss Oh, 2016)": a Korean title first and its Latin names and year in the
    /// parenthesis, read as "Another Miss Oh (또 오해영) (2016)": the name the shelf knows, or else the last one given (a
    /// romanisation comes first, beside the Hangul it spells). What leads the title (a bullet, a number) is the list's.
    /// </summary>
    private static string WithLatinTitleFirst(string heading)
    {
        if (HangulTitleFirst().Match(heading) is not { Success: true } m)
        {
            return heading;
        }
        var names = new List<string>();
        int? year = null;
        foreach (var piece in m.Groups["latin"].Value.Split(LatinNameSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var dated = TrailingYear().Match(piece);
            year ??= dated.Success ? int.Parse(dated.Groups["year"].Value, CultureInfo.InvariantCulture) : null;
            if (dated.Index > 0 || !dated.Success)
            {
                names.Add(piece[..(dated.Success ? dated.Index : piece.Length)].Trim());
            }
        }
        if (names.Count == 0)
        {
            return heading;
        }
        var title = names.FirstOrDefault(KnownDramas.Knows) ?? names[^1];
        return $"{title} ({m.Groups["ko"].Value.Trim()}){(year is { } y ? $" ({y})" : "")}";
    }

    private static readonly string[] LatinNameSeparators = [" · ", " / ", " | ", "; "];

    [GeneratedRegex(@"^[^\p{L}]*(?<ko>\p{IsHangulSyllables}[\p{IsHangulSyllables}\p{IsHangulJamo}\s\d:!?-]*?)\s*\((?<latin>[^()]*[A-Za-z][^()]*)\)\s*$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex HangulTitleFirst();

    [GeneratedRegex(@"(?:^|,?\s+)(?<year>(?:19|20)\d{2})$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex TrailingYear();

    // "going old school.", "me first obviously": a message's opening in lowercase names nothing; the drama its first lines
    // name is the item's.
    private const int ChatterEvidenceBlocks = 2;

    private static bool IsChatter(string heading) => heading.Length > 0 && TextShape.CapitalisedShare(heading) < 0.4;

    // "Hye-jin and Du-sik", "Yoon Ji-hoo": a heading of names and nothing else.
    private static bool NamesOnlyPeople(HeadingParts parts) =>
        parts.Dialogue.Count == 0 && parts.QuotedTitles.Count == 0 && parts.Plain.Length > 0 && LooksLikePeople(parts.Plain);

    // The drama of a heading that names only people: the one drama the cast list places the couple in, as the item's text
    // writes it when it does ("If you watched Hometown Cha-Cha-Cha (2021), …"); else the drama the text opens with
    // ("Heirs (2013). Kim Woo-bin as …", "Start-Up is …").
    private static DramaCandidate? DramaOfPeople(string heading, HeadingInput item)
    {
        if (KnownCasts.DramasOfACouple(heading).ToList() is [var couple])
        {
            var written = item.Body.SelectMany(KnownDramas.NamedIn).FirstOrDefault(n => n.Drama.Title == couple).Text;
            return new DramaCandidate(written ?? couple, "text", 0, item.Index, null) { Known = true };
        }
        if (item.Body.FirstOrDefault(b => b.Length > 0) is { } first && ItemAnchors.Read(first) is { } anchor && !LooksLikePeople(anchor.Marker.Text))
        {
            var title = anchor.Marker.Text;
            var year = YearInParenthesis().Match(title) is { Success: true } m ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) : (int?)null;
            var open = title.IndexOf(" (", StringComparison.Ordinal);
            return new DramaCandidate(CleanTitle(open > 0 ? title[..open] : title), "text", 0, item.Index, year);
        }
        if (OpeningKnownTitle(item.Body) is { } known)
        {
            return new DramaCandidate(known, "text", 0, item.Index, null) { Known = true };
        }
        var paragraph = item.Body.FirstOrDefault(TextShape.IsProse);
        // "The Boys Over Flowers star and her co-star met on Some Title (2015), in which …": a title the first paragraph dates is
        // the drama it tells of; a title it names undated is more often the people's other work.
        if (paragraph is not null && DatedTitleIn(paragraph) is var (datedTitle, datedYear))
        {
            return new DramaCandidate(datedTitle, "text", 0, item.Index, datedYear);
        }
        // "In 2020's The King: Eternal Monarch, he's Lee Gon …": else the first drama the shelf knows in its first paragraph.
        return paragraph is not null && KnownDramas.NamedIn(paragraph).FirstOrDefault() is { Text: { Length: > 0 } named }
            ? new DramaCandidate(named, "text", 0, item.Index, null) { Known = true }
            : null;
    }

    // "… the medical drama Some Title (2015), in which …": the capitalised run right before a year in parentheses, not people.
    private static (string Title, int Year)? DatedTitleIn(string paragraph)
    {
        foreach (Match m in DatedTitle().Matches(paragraph))
        {
            // "opposite Han in The Quiet Apartment (2023)": a title's small words stay small, so one before "The" ends a name.
            var title = CleanTitle(SmallWordBeforeArticle().Split(m.Groups["title"].Value)[^1]);
            if (title.Count(char.IsLetterOrDigit) >= 2 && !LooksLikePeople(title))
            {
                return (title, int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture));
            }
        }
        return null;
    }

    // Linear on a paragraph of any length (a backtracking engine retried the whole capitalised run from each of its words):
    // no lookbehind, so the character before the title is matched instead, outside the title's group.
    [GeneratedRegex(@"(?:^|[^\p{L}\d'’-])(?<title>[\p{Lu}\d][\p{L}\d'’:!-]*(?:\s+(?:(?:of|on|the|a|an|to|in|and|for|with|at|by|from|is)\s+)*[\p{Lu}\d][\p{L}\d'’:!-]*)*)\s+\((?<year>(?:19|20)\d{2})\)", RegexOptions.NonBacktracking)]
    private static partial Regex DatedTitle();

    [GeneratedRegex(@"\s(?:of|on|the|a|an|to|in|and|for|with|at|by|from|is)\s(?=(?:The|A|An)\s)", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex SmallWordBeforeArticle();

    [GeneratedRegex(@"\((?:[^()]{1,20},\s*)?(?<year>(?:19|20)\d{2})\b[^()]*\)$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex YearInParenthesis();

    // "HCCC (2021)" over "Hometown Cha Cha Cha is my comfort show …": a heading that names its drama by an abbreviation the
    // reference shelf knows takes the name the item's text writes out for the same drama.
    private static string SpelledOut(string drama, IReadOnlyList<string> body)
    {
        if (KnownDramas.Find(drama) is not { } known || !known.AllAbbreviations.Any(a => Names.Normalize(a) == Names.Normalize(drama)))
        {
            return drama;
        }
        // Without one, the abbreviation keeps the capitals the article and the shelf write it in ("CLOY", not "Cloy").
        var abbreviations = known.AllAbbreviations.ToList();
        return body.SelectMany(KnownDramas.NamedIn)
            .Where(n => ReferenceEquals(n.Drama, known) && !abbreviations.Any(a => Names.Normalize(a) == Names.Normalize(n.Text)))
            .Select(n => n.Text)
            .FirstOrDefault() ?? abbreviations.First(a => Names.Normalize(a) == Names.Normalize(drama));
    }

    private static string Slot(string slot) => slot switch
    {
        "whole" => "whole text",
        "paren" => "parentheses",
        "quote" => "quoted title",
        "capitals" => "words in capitals",
        _ => slot.Replace('-', ' ') + " part",
    };

    private static string Describe(string slot, List<HeadingParts> parts)
    {
        var quote = parts.Count(p => p.Dialogue.Count > 0) * 2 >= parts.Count;
        var credits = parts.Count(p => p.Credits.Count > 0) * 2 >= parts.Count;
        var year = parts.Count(p => p.Year is not null) * 2 >= parts.Count;
        var drama = year ? "drama (year)" : "drama";
        var lead = quote ? "“quote”" : credits ? "character (actor)" : "description/people";
        return slot switch
        {
            "whole" => drama,
            "fact" => "description; drama from the fact line",
            "paren" => $"{lead} ({drama})",
            "after-dash" => $"{lead} — {drama}",
            "before-dash" => $"{drama} — {lead}",
            "after-bar" => $"{lead} | {drama}",
            "before-bar" => $"{drama} | {lead}",
            "after-in" => $"{lead} in {drama}",
            "after-comma" => $"{lead}, {drama}",
            "before-comma" => $"{drama}, {lead}",
            "before-colon" => $"{drama}: {lead}",
            "after-colon" => $"{lead}: {drama}",
            "quote" => $"{lead} “{drama}”",
            "capitals" => $"{lead} with the DRAMA in capitals",
            _ => slot,
        };
    }

    // Step 1: a heading taken apart. Dialogue and credits come out first, so their punctuation splits nothing.
    public static HeadingParts Split(string heading)
    {
        // "… 41.3%": a poll's share or a score after the heading is a figure, not part of any title.
        var text = WithLatinTitleFirst(WithBareYearInParentheses(TrailingFigure().Replace(heading.Trim().Trim('*', '_').Trim(), string.Empty)));
        var dialogue = new List<string>();
        // "Han Ji-pyeong (_Start-Up_, 2020)": words in italics (Markdown's _ or *) set a title off as quotes do.
        var quotedTitles = Italics().Matches(text).Select(m => m.Groups["t"].Value.Trim()).ToList();
        text = Italics().Replace(text, "${t}");
        foreach (Match m in Quoted().Matches(text))
        {
            var inner = m.Groups["q"].Value.Trim();
            (TextShape.IsDialogue(inner) ? dialogue : quotedTitles).Add(inner);
        }
        var withoutDialogue = Quoted().Replace(text, m => TextShape.IsDialogue(m.Groups["q"].Value.Trim()) ? " \u2063 " : m.Groups["q"].Value);

        int? year = null;
        string? network = null;
        var credits = new List<(string Name, string Actor)>();
        var cast = new List<string>();
        var parens = new List<string>();
        var outside = Parenthesis().Replace(withoutDialogue, m =>
        {
            var inner = m.Groups["inner"].Value.Trim();
            // "(Goblin, Episode 1)", "(Healer, 2014)": an episode or year beside a title marks the title.
            var pieces = inner.Split([", ", " · ", " | "], StringSplitOptions.RemoveEmptyEntries);
            // A title set off in italics or quotes ("(_Start-Up_, 2020)") is never a network.
            var setOff = pieces.Length > 1 && quotedTitles.Contains(pieces[0].Trim());
            // "(Crash Landing on You, tvN, 2019~2020)": a network beside the year marks the title as well. "(Mr. Sunshine, 2018)":
            // words before the year that do not name a broadcaster are the title it dates.
            if (pieces.Length > 1 && (setOff || !YearOrNetwork().IsMatch(inner) || !NamesABroadcaster(pieces[0].Trim())) && pieces.Skip(1).All(p => EpisodeOrYear().IsMatch(p.Trim()) || YearOrNetwork().IsMatch(p.Trim())))
            {
                year ??= pieces.Skip(1).Select(FactLines.Year).FirstOrDefault(y => y is not null);
                parens.Add(pieces[0] + " \u2062");
                return " ";
            }
            var yearNetwork = YearOrNetwork().Match(inner);
            if (yearNetwork.Success)
            {
                year ??= yearNetwork.Groups["year"].Success ? int.Parse(yearNetwork.Groups["year"].Value, CultureInfo.InvariantCulture) : null;
                network ??= yearNetwork.Groups["network"].Success ? yearNetwork.Groups["network"].Value.Trim() : null;
                return " \u2062 "; // a year or network: marks what it follows as a title
            }
            var before = withoutDialogue[..m.Index];
            if (ActorList(inner) is { } actors)
            {
                // "Love in the Moonlight (Park Bo-gum, Kim Yoo-jung)": with no couple before it, the list is the heading's
                // cast, never the last word's actor.
                if (CoupleCredits(before, actors) is { } pairs)
                {
                    credits.AddRange(pairs);
                }
                else
                {
                    cast.AddRange(actors);
                }
                return " ";
            }
            var name = TrailingName().Match(before);
            var actor = PersonNames.CreditedActor(inner);
            if (name.Success && actor is not null && LooksLikeAnActor(actor) && PersonNames.Clean(name.Value) is { } character)
            {
                credits.Add((character, actor));
                return " ";
            }
            parens.Add(inner);
            return " ";
        });
        // "The Red Sleeve · Episode 17": an episode after a separator marks what it follows as the title, as a year does.
        outside = TrailingEpisode().Replace(outside, " \u2062");
        outside = Regex.Replace(outside, @"\s+", " ").Trim();
        // "Oh My Ghost (2015), literally any scene in the kitchen": after the dated title, the writer's own words.
        outside = WithoutRemarksAfterAKnownTitle(CommentAfterTheYear().Replace(outside, "\u2062"));
        return new HeadingParts(text, outside, dialogue, quotedTitles, credits, parens, year, network) { Actors = cast };
    }

    private static bool DatedInText(string title, IReadOnlyList<string> body) =>
        body.Any(b => Regex.IsMatch(b, $@"(?<![\p{{L}}\d'’-]){Regex.Escape(title)} \((?:[^()\n]{{1,20}},\s*)?(?:19|20)\d{{2}}\)", RegexOptions.None, RegexBudget.Timeout));

    // "'Some Title' (2018)": the heading's year stands right after the closing quotation mark.
    private static bool DatedRightAfter(HeadingParts parts, string quoted)
    {
        var at = parts.Text.IndexOf(quoted, StringComparison.Ordinal);
        if (parts.Year is null || at < 0)
        {
            return false;
        }
        var after = parts.Text.AsSpan(at + quoted.Length).TrimStart("'’”\"»」』>》〉").TrimStart();
        return after.StartsWith("(", StringComparison.Ordinal);
    }

    /// <summary>The texts a heading could name as its drama, unweighed.</summary>
    public static IEnumerable<string> Candidates(HeadingInput item) =>
        Candidates(Split(item.Heading), item, null).Select(c => c.Text).Append(item.FactTitle).OfType<string>();

    // Step 2: every place in the heading a drama title could be, each weighed by evidence.
    private static List<DramaCandidate> Candidates(HeadingParts parts, HeadingInput item, Func<string, bool>? knownTitle)
    {
        var list = new List<DramaCandidate>();
        // "I.", "Part 5", "3 / 7": a counter heading its item alone names nothing; the card or the text names the drama.
        if (IsBareCounter(item.Heading))
        {
            return list;
        }
        var body = BodyKey(item.Body);
        void Add(string slot, string? raw)
        {
            var yearBeside = raw is not null && raw.Contains('\u2062', StringComparison.Ordinal);
            // "Goblin ep 1 — the candle": an episode written after the title is the moment's, not the title's.
            var text = raw is null ? null : CleanTitle(EpisodeAfterTitle().Replace(raw, string.Empty));
            // A one-letter title counts only when the heading set it off as a title ("<W>", "‘W’") or the item's text dates it
            // as one ("That's W (MBC, 2016)").
            if (text is null || (text.Length < 2 || Names.Normalize(text).Length < 2)
                && !(text.Length == 1 && char.IsUpper(text[0]) && (slot == "quote" || DatedInText(text, item.Body))))
            {
                return;
            }
            var known = knownTitle?.Invoke(text) == true;
            var score = Evidence(text, known, yearBeside && parts.Year is not null, body, item);
            if (raw!.Contains('\u2063', StringComparison.Ordinal))
            {
                score -= 3; // dialogue is part of it
            }
            if (HasPersonPart(text, item))
            {
                score -= 2; // "Yoon Ji-hoo, Some Title": one part is a person, so the whole is no title
            }
            list.Add(new DramaCandidate(text, slot, score, item.Index, yearBeside ? parts.Year : null) { Known = known });
        }

        var s = parts.Outside;
        Add("whole", s);
        if (list.Count > 0 && (s.Contains(" – ", StringComparison.Ordinal) || s.Contains(" — ", StringComparison.Ordinal) || s.Contains(" - ", StringComparison.Ordinal) || s.Contains('|', StringComparison.Ordinal)))
        {
            list[^1] = list[^1] with { Score = list[^1].Score - 1 }; // a heading in parts is rarely one title
        }
        foreach (var (name, pattern) in Separators)
        {
            var matches = pattern.Matches(s);
            foreach (Match m in matches)
            {
                Add("before-" + name, s[..m.Index]);
                Add("after-" + name, s[(m.Index + m.Length)..]);
            }
        }
        foreach (Match m in InWord().Matches(s))
        {
            Add("after-in", s[(m.Index + m.Length)..]);
        }
        foreach (var paren in parts.Parentheses)
        {
            Add("paren", paren);
        }
        foreach (var quoted in parts.QuotedTitles)
        {
            // "'Some Title' (2018)": the year's parenthesis right after the quotes dates the quoted title as it does the whole.
            Add("quote", DatedRightAfter(parts, quoted) ? quoted + " \u2062" : quoted);
            if (list.Count > 0 && list[^1].Slot == "quote" && Names.Normalize(parts.Outside).Length > Names.Normalize(quoted).Length)
            {
                list[^1] = list[^1] with { Score = list[^1].Score + 1 }; // "Someone in ‘A Title’": the author set these words off from the rest
            }
        }
        foreach (var emphasised in InCapitals(s))
        {
            Add("capitals", emphasised);
            if (s.Any(char.IsLower) && list.Count > 0 && list[^1].Slot == "capitals")
            {
                list[^1] = list[^1] with { Score = list[^1].Score + 1 }; // the author set these words off from the rest
            }
        }
        return list;
    }

    // "Kim Woo-bin in _The Heirs_ is a bully": the first title the item's text sets off in italics or quotes.
    private static string? TitleSetOffIn(IReadOnlyList<string> body) =>
        body.SelectMany(b => Italics().Matches(b).Select(m => m.Groups["t"].Value).Concat(Quoted().Matches(b).Select(m => m.Groups["q"].Value)))
            .Select(t => t.Trim())
            .FirstOrDefault(t => t.Count(char.IsLetter) >= 2 && TextShape.WordCount(t) <= 8 && !TextShape.IsDialogue(t) && TextShape.CapitalisedShare(t) >= 0.6 && !LooksLikePeople(t));

    // A title the prose merely introduces is weaker evidence than one it sets off, so it is taken only under a heading
    // that describes a scene ("He Waited Years To Say It Properly", "Sleeping in the bathtub"), never under a short one
    // in title case ("Secret Garden – Kim Joo-won and Gil Ra-im") that may be the title the text does not repeat.
    private static string? IntroducedTitleUnder(HeadingParts heading, HeadingInput item)
    {
        var plain = heading.Plain;
        // A counter alone ("I.", "Part 5") names nothing at all, as a scene's description names no drama.
        var describesAScene = IsBareCounter(item.Heading) || heading.Dialogue.Count == 0 && PartSplit().Split(plain).Any(p => TextShape.WordCount(p) >= 5 && !LooksLikePeople(p.Trim()))
            || TextShape.CapitalisedShare(plain) < 0.6;
        return describesAScene ? IntroducedTitles.In(item.Body) : null;
    }

    private static bool IsBareCounter(string heading) => ListMarker.Read(heading) is { IsCounter: true, Text.Length: 0 };

    // "When the Camellia Blooms (KBS2, 2019) is …", "In Hometown Cha-Cha-Cha, …": the known drama the item's first sentence opens with.
    private static string? OpeningKnownTitle(IReadOnlyList<string> body)
    {
        if (body.FirstOrDefault(b => b.Length > 0) is not { } first)
        {
            return null;
        }
        var words = first.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return KnownDramas.NamedIn(words).FirstOrDefault() is { Text: { } text } named
            && (named.Word == 0 || named.Word == 1 && OpeningPrepositions.Contains(words[0]))
            ? CleanTitle(text)
            : null;
    }

    private const int OpeningSentences = 2;

    // "Nothing in My Liberation Notes looks like …", "And then there is Snowdrop, …": the one drama the shelf knows that the
    // item's first sentences name, when they name no other.
    private static string? OnlyKnownTitleOpening(IReadOnlyList<string> body)
    {
        if (body.FirstOrDefault(TextShape.IsProse) is not { } paragraph)
        {
            return null;
        }
        var opening = string.Join(' ', SentenceEnd().Split(paragraph).Take(OpeningSentences));
        var named = KnownDramas.NamedIn(opening).ToList();
        if (named.Count == 0 || named.Any(n => n.Drama != named[0].Drama))
        {
            return null;
        }
        // A year set off in the paragraph is some drama's: when it is not beside the known title as the shelf dates it
        // ("Ever since Goblin (2009) …", "… the fishing drama Moonlit Harbour Story (2018)"), the known title is in passing.
        var title = named[0].Text;
        var dated = YearSetOff().Matches(paragraph);
        return dated.All(d => paragraph[..d.Index].TrimEnd().EndsWith(title, StringComparison.Ordinal)
            && named[0].Drama.Year is { } shelfYear && Math.Abs(int.Parse(d.Groups["year"].Value, CultureInfo.InvariantCulture) - shelfYear) <= 1)
            ? CleanTitle(title)
            : null;
    }

    [GeneratedRegex(YearParenthesis, RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex YearSetOff();

    // "Kim Eun-sook's 2018 epic Mr. Sunshine", "The Red Sleeve, from 2021,": the year of a drama the shelf knows, when the
    // item's first paragraph gives the shelf's year (or the one beside it, as seasons straddle a new year).
    private static int? ShelfYearIn(string title, IReadOnlyList<string> body)
    {
        if (KnownDramas.Find(title) is not { Year: { } shelfYear } || body.FirstOrDefault(TextShape.IsProse) is not { } paragraph)
        {
            return null;
        }
        return Years().Matches(paragraph).Select(m => int.Parse(m.Value, CultureInfo.InvariantCulture)).Cast<int?>().FirstOrDefault(y => Math.Abs(y!.Value - shelfYear) <= 1);
    }

    [GeneratedRegex(@"(?<![\d\-/.])(?:19|20)\d{2}(?![\d\-/])", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex Years();

    [GeneratedRegex(@"(?<=[.!?])\s+", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex SentenceEnd();

    // "The same show saves …", "That same drama …": the section goes on with the drama of the one before.
    [GeneratedRegex(@"^(?:the|that|this)\s+same\s+(?:show|drama|series)\b", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex SameShowAsBefore();

    // "If you've never seen Our Beloved Summer (2021), …", "Here's the thing about When the Camellia Blooms (2019): …": a drama
    // the shelf knows, dated beside it as the shelf dates it, anywhere in the item's first paragraph. The year is what tells
    // the drama introduced from one named in passing ("as in Goblin, …").
    private static (string Title, int? Year)? KnownDatedTitleIn(IReadOnlyList<string> body)
    {
        if (body.FirstOrDefault(TextShape.IsProse) is not { } paragraph)
        {
            return null;
        }
        var words = paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // "Healer (2014) is …": a one-word title opening the paragraph, which the shelf's prose reading passes over (one word
        // there is too often an English word), counts here with its year beside it.
        var opening = words.Length > 1 && KnownDramas.Find(words[0]) is { } drama && !words[0].Contains('.', StringComparison.Ordinal)
            ? [(Drama: drama, Text: words[0], Word: 0)]
            : Array.Empty<(KnownDrama Drama, string Text, int Word)>();
        foreach (var named in opening.Concat(KnownDramas.NamedIn(words)))
        {
            var next = named.Word + named.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            if (next < words.Length && DatedAfter().Match(" " + words[next]) is { Success: true } dated
                && int.Parse(dated.Groups["year"].Value, CultureInfo.InvariantCulture) is var year
                && (named.Drama.Year is not { } shelfYear || Math.Abs(shelfYear - year) <= 1))
            {
                return (CleanTitle(named.Text), year);
            }
        }
        return null;
    }

    private static readonly HashSet<string> OpeningPrepositions = new(["In", "With", "From", "Throughout"], StringComparer.Ordinal);

    // "*Run On* (JTBC, 2020)", "‘Healer’ (2014)": the first title the item's text sets off and dates.
    private static (string Title, int? Year)? TitleWithYearSetOffIn(IReadOnlyList<string> body)
    {
        foreach (var block in body)
        {
            foreach (var m in SetOff(block))
            {
                var title = SetOffWords(m).Trim();
                var after = DatedAfter().Match(block, m.Index + m.Length);
                if (after.Success && !TextShape.IsDialogue(title) && TextShape.CapitalisedShare(title) >= 0.6 && TextShape.WordCount(title) <= 8)
                {
                    return (CleanTitle(title), int.Parse(after.Groups["year"].Value, CultureInfo.InvariantCulture));
                }
            }
        }
        return null;
    }

    // "(2018)", "(tvN, 2021)", "(2019, 16 episodes)": a year set off in parentheses, with a network before it or a few words after.
    private const string YearParenthesis = @"\((?:[^()\n]{1,30},\s*)?(?<year>(?:19|20)\d{2})\b[^()\n]{0,12}\)";

    [GeneratedRegex(@"\G\s*" + YearParenthesis, RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex DatedAfter();

    // "The SECRET GARDEN foam kiss": in a heading otherwise in lower or title case, a run of capitals sets a title off.
    // A heading wholly in capitals is one run, so an article mixing both kinds reads every heading in one slot.
    private static IEnumerable<string> InCapitals(string heading) =>
        CapitalsRun().Matches(heading).Select(m => m.Value.Trim(' ', ',')).Where(run => run.Count(char.IsLetter) >= 4);

    private static readonly (string Name, Regex Pattern)[] Separators =
    [
        ("dash", new Regex(@"\s+[-–—]+\s+|\s*[–—]\s*", RegexOptions.None, RegexBudget.Timeout)),
        ("bar", new Regex(@"\s*\|\s*", RegexOptions.None, RegexBudget.Timeout)),
        ("colon", new Regex(@"(?<!\d):\s+", RegexOptions.None, RegexBudget.Timeout)),
        ("comma", new Regex(@",\s+", RegexOptions.None, RegexBudget.Timeout)),
    ];

    private static double Evidence(string text, bool known, bool yearBeside, string body, HeadingInput item)
    {
        var score = 0.0;
        var words = TextShape.WordCount(text);
        if (known)
        {
            score += 4;
        }
        if (yearBeside)
        {
            score += 2;
        }
        if (item.FactTitle is not null && Names.Normalize(item.FactTitle) == Names.Normalize(text))
        {
            score += 3;
        }
        var key = Key(text);
        if (key.Length > 0 && body.Contains(" " + key + " ", StringComparison.Ordinal))
        {
            score += 2;
        }
        var capitalised = TextShape.CapitalisedShare(text);
        score += capitalised >= 0.6 ? 1 : capitalised < 0.4 ? -1.5 : 0;
        if (TextShape.ReadsAsSentence(text))
        {
            score -= 3;
        }
        if (words > 9)
        {
            score -= 2;
        }
        // Names of people ("Kim Shin and Ji Eun-tak", "Hyun Bin"), especially ones the body credits, are not titles.
        if (LooksLikePeople(text))
        {
            score -= 2;
        }
        if (item.Body.Any(b => b.Contains(text + " (", StringComparison.Ordinal)) || item.Body.Any(b => b.Contains("(" + text + ")", StringComparison.Ordinal)))
        {
            score -= 2;
        }
        return score;
    }

    // "tvN", "JTBC", "KBS2", "Netflix", "Genie TV", "Coupang Play": a broadcaster is one the reader knows or is named like one
    // (capitals or a capital inside the word, or a TV/Play suffix); "Mr. Sunshine" or "Encounter" is a title.
    /// <summary>A broadcaster or streaming service the reader knows by name ("tvN", "JTBC", "Netflix", "Disney+").</summary>
    public static bool IsKnownNetwork(string text) => KnownNetwork().IsMatch(text);

    private static bool NamesABroadcaster(string text) =>
        KnownNetwork().IsMatch(text) || BroadcasterShape().IsMatch(text);

    // A text in parts ("Character, Title", "Title | Actor") one of which names a person: by its look, or because the
    // item's text credits it ("Yoon Ji-hoo (Kim Hyun-joong)").
    private static bool HasPersonPart(string text, HeadingInput item)
    {
        var pieces = PartSplit().Split(text).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        return pieces.Count > 1 && pieces.Any(p => LooksLikePeople(p) || item.Body.Any(b => b.Contains(p + " (", StringComparison.Ordinal)));
    }

    // "(Park Ji-hoon / Lee Soo-ah)": two names or more, all people's and one at least by its shape an actor's, so
    // "(Goblin / Guardian)" is no list of actors.
    private static List<string>? ActorList(string inner)
    {
        var actors = CreditListSeparator().Split(inner).Select(a => a.Trim()).ToList();
        return actors.Count < 2 || actors.Any(a => !WholeName().IsMatch(a)) || !actors.Any(LooksLikeAnActor) ? null : actors;
    }

    // "Do Gyeom × Baek Ha-na (Park Ji-hoon / Lee Soo-ah)": a couple, then one parenthesis with as many actors, in the same
    // order; each name before it is credited to the name in its place.
    private static List<(string Name, string Actor)>? CoupleCredits(string before, List<string> actors)
    {
        var names = CoupleSeparator().Split(before.TrimEnd()).Select(n => n.Trim()).ToList();
        if (names.Count < actors.Count)
        {
            return null;
        }
        var couple = names[^actors.Count..];
        // "Best exes: Do Gyeom × …": the first of the couple may follow the heading's other words.
        couple[0] = TrailingName().Match(couple[0]) is { Success: true } first ? first.Value.Trim() : string.Empty;
        var characters = couple.Select(n => WholeName().IsMatch(n) ? PersonNames.Clean(n) : null).ToList();
        return characters.All(c => c is not null) ? characters.Zip(actors, (c, a) => (c!, a)).ToList() : null;
    }

    // "Healer" or "Run On" in parentheses after a name is a drama; an actor has a full name ("Hyun Bin") or a stage name ("IU", "YoonA").
    private static bool LooksLikeAnActor(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return (words.Length >= 2 && PersonNames.IsSurname(words[0]) && PersonNames.LooksKorean(name))
            || (name.Contains('-', StringComparison.Ordinal) && PersonNames.LooksKorean(name))
            || (words.Length == 1 && name.Length <= 6 && (name.All(c => char.IsUpper(c) || c == '.') || name.Skip(1).Any(char.IsUpper)));
    }

    /// <summary>Names of people, one or several joined ("Kim Shin and Ji Eun-tak", "Hyun Bin"), not a title.</summary>
    public static bool LooksLikePeople(string text)
    {
        var names = PeopleSplit().Split(text).Where(p => p.Length > 0).ToList();
        static string Bare(string n) => n.Replace("'s", string.Empty, StringComparison.Ordinal).Replace("’s", string.Empty, StringComparison.Ordinal);
        static bool IsName(string n) => ((PersonNames.Words(n).Length is >= 2 and <= 4 || n.Contains('-', StringComparison.Ordinal)) && PersonNames.LooksKorean(Bare(n)))
            || PersonNames.LooksLikeFullName(Bare(n));
        // One word alone ("Goblin", "Healer") scans as Korean too often to count as a name, but beside a name that is surely
        // one it is a one-syllable given name ("Tan and Eun-sang", "Gon and Tae-eul").
        var beside = names.Count >= 2 && names.Any(IsName);
        return names.Count > 0 && names.All(n => IsName(n) || beside && PersonNames.Words(n).Length == 1 && PersonNames.LooksKorean(Bare(n)));
    }

    // Names in the heading's parts other than the drama: "Kim Shin and Ji Eun-tak", "Hyun Bin's … to Son Ye-jin".
    private static IEnumerable<string> NamesOutside(HeadingParts parts, string drama)
    {
        var rest = parts.Outside.Replace('\u2062', ' ').Replace('\u2063', ' ');
        var index = rest.IndexOf(drama, StringComparison.OrdinalIgnoreCase);
        if (index >= 0)
        {
            rest = rest.Remove(index, drama.Length).Insert(index, " | ");
        }
        foreach (Match m in NameRun().Matches(rest))
        {
            if (PersonNames.LooksLikeFullName(m.Value) && Names.Normalize(m.Value) != Names.Normalize(drama))
            {
                yield return m.Value; // "Song Kang", "Kim Go Eun": a family name and given-name syllables
                continue;
            }
            // Split a Title Case run at words that are not Korean names: "Wang-so Shields Hae-soo".
            var words = m.Value.Split(' ');
            var run = new List<string>();
            foreach (var word in words.Append(string.Empty))
            {
                if (word.Length > 0 && (PersonNames.LooksKorean(word) || (run.Count == 0 && PersonNames.IsTitleWord(word))))
                {
                    run.Add(word);
                    continue;
                }
                // One word alone ("Goblin", "Rain") is too often a common word that scans as Korean.
                var name = run.Count >= 2 || (run.Count == 1 && run[0].Contains('-', StringComparison.Ordinal)) ? PersonNames.Clean(string.Join(' ', run)) : null;
                if (name is not null && Names.Normalize(name) != Names.Normalize(drama) && (run.Count > 1 || !PersonNames.IsTitleWord(run[0])))
                {
                    yield return name;
                }
                run.Clear();
            }
        }
    }

    // What is left of the heading once the drama, dialogue and year are taken out, and the people at its edges:
    // "Hyun Bin's sweet confession to Son Ye-jin" → "sweet confession"; "Kim Shin and Ji Eun-tak" → nothing.
    // A Title Case remainder is the author's own title for the scene and keeps its names ("Wang-so Shields Hae-soo").
    private static (string? Text, bool PeopleTakenOut) Description(HeadingParts parts, string drama, List<HeadingPerson> people)
    {
        var rest = parts.Outside.Replace('\u2062', ' ').Replace('\u2063', ' ');
        var index = drama.Length == 0 ? -1 : rest.IndexOf(drama, StringComparison.OrdinalIgnoreCase);
        if (index >= 0)
        {
            rest = rest.Remove(index, drama.Length).Insert(index, " | ");
        }
        // Only the longest piece between separators can be the description: "When X did Y | " → "When X did Y".
        rest = SeparatorSplit().Split(rest).Select(p => p.Trim()).Where(p => p.Length > 0).MaxBy(p => p.Length) ?? string.Empty;
        var whole = TrimConnectors(rest, []);
        var stripped = TrimConnectors(rest, people.Select(p => p.Name).Where(n => n.Length > 0).ToList());
        if (TextShape.WordCount(stripped) < 2 || !stripped.Any(char.IsLetter))
        {
            return (null, false);
        }
        return TextShape.CapitalisedShare(stripped) >= 0.6 || stripped == whole ? (whole, false) : (stripped, true);
    }

    // Connectors, separators and (when given) people's names are peeled off both ends, never the middle.
    private static string TrimConnectors(string text, IReadOnlyList<string> names)
    {
        var rest = Regex.Replace(text, @"\s+", " ").Trim();
        for (var changed = true; changed && rest.Length > 0;)
        {
            changed = false;
            var before = rest;
            rest = EdgeConnector().Replace(rest, string.Empty).Trim();
            foreach (var name in names)
            {
                if (rest.StartsWith(name, StringComparison.OrdinalIgnoreCase))
                {
                    rest = Regex.Replace(rest[name.Length..], @"^['’]s\b", string.Empty, RegexOptions.None, RegexBudget.Timeout).Trim();
                }
                if (rest.EndsWith(name, StringComparison.OrdinalIgnoreCase))
                {
                    rest = rest[..^name.Length].Trim();
                }
            }
            changed = rest != before;
        }
        return rest;
    }

    public static string CleanTitle(string raw)
    {
        var text = raw.Replace('\u2062', ' ').Replace('\u2063', ' ');
        text = Regex.Replace(text, @"\s+", " ").Trim();
        // "## Some Title": a Markdown heading's hashes are no part of its title ("#Alive" keeps its own).
        text = ListMarker.Section(text)?.Text ?? text;
        text = text.Trim('\'', '‘', '’', '"', '“', '”', ' ', '*', '_');
        text = text.TrimEnd('.', ':', ',', ';', '-', '–', '—', '|', ' ').TrimStart('-', '–', '—', '|', ':', ',', ' ');
        return FromCapitals(text.Trim('\'', '‘', '’', '"', '“', '”', ' '));
    }

    /// <summary>
    /// A title set in capitals for emphasis ("CRASH LANDING ON YOU") in the case a reader expects ("Crash Landing on
    /// You"); an acronym-length title ("W", "D.P.") and any title with a lowercase letter are kept as written.
    /// </summary>
    public static string FromCapitals(string title)
    {
        if (title.Count(char.IsLetter) < 4 || title.Any(char.IsLower) || IsKnownAbbreviation(title))
        {
            return title;
        }
        var words = title.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            var lower = words[i].ToLowerInvariant();
            // A small word stays small inside the title, not first, last or after a colon ("Guardian: The Lonely …").
            var small = i > 0 && i < words.Length - 1 && !words[i - 1].EndsWith(':') && SmallTitleWords.Contains(lower);
            words[i] = small ? lower : string.Join('-', lower.Split('-').Select(Capitalise));
        }
        return string.Join(' ', words);
    }

    // "CLOY", "WWWSK": initials the reference shelf lists for a drama are written in capitals, never "Cloy".
    private static bool IsKnownAbbreviation(string title) =>
        !title.Contains(' ', StringComparison.Ordinal) && KnownDramas.Find(title) is { } known
        && known.AllAbbreviations.Any(a => string.Equals(a, title, StringComparison.Ordinal));

    private static readonly HashSet<string> SmallTitleWords = ["a", "an", "the", "and", "or", "of", "on", "in", "to", "for", "with", "at", "by", "from", "del"];

    private static string Capitalise(string word)
    {
        var first = word.IndexOf(word.FirstOrDefault(char.IsLetter));
        return first < 0 ? word : word[..first] + char.ToUpperInvariant(word[first]) + word[(first + 1)..];
    }

    // The body as lowercase words between spaces, so a title is found whatever its punctuation.
    private static string BodyKey(IReadOnlyList<string> body) => " " + string.Join(' ', body.Select(Key)) + " ";

    private static string Key(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = true;
        foreach (var c in Domain.Names.Decompose(text))
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && c is not '\'' and not '’' && !space)
            {
                sb.Append(' ');
                space = true;
            }
        }
        return sb.ToString().Trim();
    }

    // Dialogue or a title in double quotes of any script's style, or in single quotes (curly or straight; an apostrophe
    // inside a word neither opens nor closes them: "Ae-sun's", 'Won't you stay?'); a title in the brackets Korean and Chinese
    // texts set titles in (<W>, 《Goblin》, 〈Healer〉, 『Reply 1988』).
    [GeneratedRegex(@"[“""„«「](?<q>[^“”""„«»「」\n]{1,300})[”""“»」]|(?<![\p{L}\d])[‘'](?<q>(?:[^‘’'\n]|(?<=\p{L})['’](?=\p{L})){1,300})[’'](?![\p{L}\d])|[<《〈『](?<q>[^<>《》〈〉『』\n]{1,200})[>》〉』]", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex Quoted();

    [GeneratedRegex(@"(?<![\p{L}\d_*])[_*](?<t>[^_*\s][^_*\n]{0,80}?[^_*\s]|[^_*\s])[_*](?![\p{L}\d_*])", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex Italics();

    // Words wholly in capitals (with digits, apostrophes, hyphens), joined by spaces or a comma: "IT'S OKAY, THAT'S LOVE".
    [GeneratedRegex(@"(?<![\p{L}\d])\p{Lu}[\p{Lu}\d'’-]*(?:,?\s+\p{Lu}[\p{Lu}\d'’-]*)*(?![\p{L}\d])", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex CapitalsRun();

    [GeneratedRegex(@"\((?<inner>[^()\n]{1,200})\)", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex Parenthesis();

    // "Goblin ep 1", "Some Title Final Episode (ENG)": the episode, and a video's subtitle tag after it.
    [GeneratedRegex(@"(?<=\p{L}.*)\s+(?:(?:episode|ep\.?)\s*[0-9]{1,3}|(?:final|last)\s+episode|finale)(?:\s*[\[(](?:" + VideoTags.Pattern + @")[\])])?\s*$", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex EpisodeAfterTitle();

    [GeneratedRegex(@"\s*[·•|–—-]\s*(?:episodes?|ep\.?)\s*[0-9]{1,3}(?:\s*[-–&]\s*[0-9]{1,3})?\s*$", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex TrailingEpisode();

    [GeneratedRegex(@"\s*(?:…|\.{2,3}|[-–—|:])?\s*\d{1,3}(?:[.,]\d{1,2})?\s*%\s*$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex TrailingFigure();

    [GeneratedRegex(@"^(?:(?<network>[^()\d,]{2,30}?)\s*[,/·|]\s*)?(?<year>(?:19|20)[0-9]{2})(?:\s*[-–~]\s*(?:19|20)?[0-9]{2,4})?$|^(?<network>tvN|KBS2?|SBS|MBC|JTBC|OCN|ENA|MBN|Netflix|Disney\+|Coupang Play|TVING|Viki|Viu|Channel A|TV Chosun)$", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex YearOrNetwork();

    [GeneratedRegex(@"^(?:tvN|KBS2?|SBS|MBC|JTBC|OCN|ENA|MBN|Netflix|Disney\+|Coupang Play|TVING|(?:Rakuten )?Viki|Viu|Channel A|TV Chosun|Wavve|Apple TV\+?|Prime Video|Amazon Prime|iQIYI|Kocowa|Hulu)$", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex KnownNetwork();

    [GeneratedRegex(@"^(?:\p{Lu}[\p{Lu}\d+]{1,5}|\p{Ll}{1,3}\p{Lu}{1,3}|[\p{L} ]{1,20}\s(?:TV\+?|Play|Channel|Network|Plus))$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex BroadcasterShape();

    [GeneratedRegex(PersonNames.Run + @"\s*$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex TrailingName();

    [GeneratedRegex("^" + PersonNames.Run + "$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex WholeName();

    // Between the names of a couple, and between their actors' names in the parenthesis after it.
    [GeneratedRegex(@"\s*(?:[×&+♥]|\band\b|\bx\b|\s/\s)\s*", RegexOptions.NonBacktracking)]
    private static partial Regex CoupleSeparator();

    [GeneratedRegex(@"\s*(?:[/&,;]|\band\b)\s*", RegexOptions.NonBacktracking)]
    private static partial Regex CreditListSeparator();

    [GeneratedRegex(PersonNames.Run, RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex NameRun();

    [GeneratedRegex(@"^(?:ep(?:isode|s)?\.?\s*[0-9]{1,3}(?:\s*[-–&]\s*[0-9]{1,3})?|(?:19|20)[0-9]{2}|finale|final episode)$", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex EpisodeOrYear();


    // "(2015), literally any scene", "(2019) still gets me": after the year, the writer's words (lowercase words alone, or
    // after a comma or a full stop).
    [GeneratedRegex(@"\u2062\s*(?:[,.;]\s+\p{Ll}.*|[!?.]+|\p{Ll}[\p{Ll}\s'’-]*[!?.]*)$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex CommentAfterTheYear();

    [GeneratedRegex(@",\s+|\s*\|\s*|\s+[-–—]+\s+|\s*[–—]\s*", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex PartSplit();

    [GeneratedRegex(@"\s+in\s+", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex InWord();

    [GeneratedRegex(@"\s+[-–—|]+\s+|\s*[–—|]\s*|(?<!\d):\s+", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex SeparatorSplit();

    [GeneratedRegex(@"^(?:[-–—|:,&]|(?:in|for|to|with|and|from|of|by)\b)\s*|\s*(?:[-–—|:,&]|\b(?:in|for|to|with|and|from|of|by))$", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex EdgeConnector();

    [GeneratedRegex(@"\s*(?:,|&|×|♥|❤️?|💕|\b[Aa]nd\b|\bx\b|\bfor\b|\bto\b|\bwith\b|['’]s\b)\s*", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex PeopleSplit();
}

/// <summary>What the heading reader needs of an item: its heading, body and the drama a fact line names.</summary>
public sealed record HeadingInput(int Index, string Heading, IReadOnlyList<string> Body, string? FactTitle);

/// <summary>A heading in parts. <see cref="Outside"/> is the text with dialogue, credits and parentheses taken out.</summary>
public sealed record HeadingParts(
    string Text,
    string Outside,
    IReadOnlyList<string> Dialogue,
    IReadOnlyList<string> QuotedTitles,
    IReadOnlyList<(string Name, string Actor)> Credits,
    IReadOnlyList<string> Parentheses,
    int? Year,
    string? Network)
{
    public string Plain => HeadingReader.CleanTitle(Outside);

    /// <summary>The actors a parenthesis lists after the title, no couple before it: "(Park Bo-gum, Kim Yoo-jung)".</summary>
    public IReadOnlyList<string> Actors { get; init; } = [];
}

public sealed record DramaCandidate(string Text, string Slot, double Score, int Item, int? Year)
{
    /// <summary>The catalogue or the reference shelf knows the text as a drama's name.</summary>
    public bool Known { get; init; }
}

/// <summary>What one heading says: its drama, the year beside it, dialogue, people, and what is left as description.</summary>
public sealed record HeadingReading(
    string Drama,
    int? Year,
    IReadOnlyList<string> Dialogue,
    IReadOnlyList<HeadingPerson> People,
    string? Description,
    IReadOnlyList<ItemDoubt> Doubts)
{
    /// <summary>False when the heading lacks the part where the article's other headings name their drama.</summary>
    public bool FitsTemplate { get; init; } = true;

    /// <summary>True when the heading's people were taken out of the description ("sweet confession" from "Hyun Bin's sweet confession to Son Ye-jin").</summary>
    public bool DescriptionLacksPeople { get; init; }
}

/// <summary>The article's heading template, for people ("“quote” — drama (year)"), and each heading read with it.</summary>
public sealed record HeadingTemplate(string Description, IReadOnlyList<HeadingReading> Items);
