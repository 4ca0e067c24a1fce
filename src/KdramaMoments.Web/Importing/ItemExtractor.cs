using System.Globalization;
using System.Text.RegularExpressions;
using KdramaMoments.Web.Domain;

namespace KdramaMoments.Web.Importing;

/// <summary>Reads the facts of one list item: drama and year, cast, quotes, episode, tags. Pure.</summary>
public static partial class ItemExtractor
{
    /// <summary>An item's blocks sorted into body paragraphs, fact lines, title captions and a Hangul title.</summary>
    // No list item runs to more than a few thousand words; beyond this an item is read no further, so hostile
    // text (a megabyte in one paragraph) costs what a long item costs and no more.
    public const int MaxItemCharacters = 20_000;

    public static PreparedItem Prepare(ItemSegment segment)
    {
        segment = WithinReadingLimit(segment);
        var body = new List<string>();
        var facts = new List<FactLine>();
        var alternateTitles = new List<string>();
        string? hangulTitle = null;
        var readersSpeaking = false;
        var castLabelOpen = false;
        int? cardEpisode = null;
        var namePairs = FactLines.NamePairRuns(segment.Blocks);
        for (var index = 0; index < segment.Blocks.Count; index++)
        {
            var raw = segment.Blocks[index];
            if (namePairs.Contains(index))
            {
                facts.Add(FactLines.NamePairs(raw));
                continue;
            }
            // "Netizens commented:" followed by lines that are only quotations: readers' words, not dialogue.
            if (readersSpeaking && IsWholeQuotation(raw))
            {
                continue;
            }
            readersSpeaking = ReadersLeadIn().IsMatch(raw);
            // "Hometown Cha-Cha-Cha (갯마을 차차차) (tvN, 2021)": the Hangul title is kept, then set aside.
            var hangul = HangulParenthesis().Match(raw);
            var block = raw;
            if (hangul.Success && body.Count == 0 && SegmentWords(raw) <= 16)
            {
                hangulTitle ??= hangul.Groups["ko"].Value.Trim();
                block = HangulParenthesis().Replace(raw, string.Empty, 1);
            }
            // "Cast:" over bullets ("• Hong Seol — Kim Go-eun"), in one block or the label in its own: one cast line.
            var lines = block.Split('\n');
            var labelled = FactLines.IsBareCastLabel(lines[0]);
            var entries = labelled ? lines.Skip(1) : castLabelOpen ? lines : null;
            castLabelOpen = labelled && lines.Length == 1;
            if (castLabelOpen)
            {
                continue;
            }
            if (entries is not null && FactLines.CastBullets(entries) is { } bullets)
            {
                facts.Add(bullets);
                castLabelOpen = true; // the next bullet may stand in a block of its own
                continue;
            }
            // "My Demon" over "Release Date: …", "Cast: …", "Network: SBS": a show's card under its name, wherever it stands.
            if (!facts.Any(f => f.Key == "Drama") && IsShowCardsName(block, segment.Blocks, index))
            {
                facts.Add(new FactLine("Drama", HeadingReader.CleanTitle(block.Trim())));
                continue;
            }
            var fields = FactLines.Read(WithoutHangulGlosses(block));
            if (fields.Count > 0)
            {
                alternateTitles.AddRange(fields.Where(f => f.Key == FactLines.OtherTitleKey).Select(f => f.Value));
                facts.AddRange(fields.Where(f => f.Key != FactLines.OtherTitleKey));
                continue;
            }
            // The card's drama line, right under the heading before any paragraph, while no line has named the drama.
            if (body.Count == 0 && !facts.Any(f => f.Key == "Drama") && CardDramaLine(block) is { } card)
            {
                facts.AddRange(card.Facts);
                cardEpisode = card.Episode;
                continue;
            }
            if (body.Count > 0 && IsTitleCaption(block))
            {
                alternateTitles.Add(StripQuotes(block));
                continue;
            }
            body.Add(block);
        }
        var factTitle = facts.FirstOrDefault(f => f.Key == "Drama")?.Value is { } t ? HeadingReader.CleanTitle(t) : null;
        return new PreparedItem(segment, body, facts, factTitle, alternateTitles, hangulTitle) { CardEpisode = cardEpisode };
    }

    /// <summary>
    /// How the item writes credits that do not say which name is the actor's (see <see cref="CastReader.ActorFirstVotes"/>):
    /// above 0 actor first, below 0 role first.
    /// </summary>
    public static int ActorFirstVotes(PreparedItem prepared, HeadingReading heading) =>
        CastReader.ActorFirstVotes(CastEvidenceOf(prepared, heading, prepared.Body.ToList(), null));

    private static CastEvidence CastEvidenceOf(PreparedItem prepared, HeadingReading heading, List<string> body, bool? actorFirst) =>
        new(prepared.Segment.Heading, body, HeadingReader.CleanTitle(heading.Drama), HeadingPeople(heading), prepared.Facts.Where(f => f.Key is "Cast" or "Couple").ToList())
        {
            ActorFirst = actorFirst,
        };

    public static ParsedItem Extract(PreparedItem prepared, HeadingReading heading, bool? actorFirst = null)
    {
        var segment = prepared.Segment;
        var body = prepared.Body.ToList();
        var dramaTitle = HeadingReader.CleanTitle(heading.Drama);
        var factYear = prepared.Facts.Where(f => f.Key == "Year").Select(f => FactLines.Year(f.Value)).FirstOrDefault(y => y is not null);
        var year = factYear ?? heading.Year ?? FindYear(dramaTitle, segment.Heading + "\n" + string.Join('\n', body));
        var alternateTitles = prepared.AlternateTitles
            .Where(t => Names.Normalize(t) != Names.Normalize(dramaTitle))
            .DistinctBy(Names.Normalize)
            .ToList();

        var text = segment.Heading + "\n" + string.Join('\n', body);
        var people = CastReader.Read(CastEvidenceOf(prepared, heading, body, actorFirst));
        var cast = people.Cast;
        var featured = people.Featured;
        var quotes = OnceEach(heading.Dialogue.Concat(DialogueReader.Find(body, CharacterNames(cast)))).Where(q => !IsAboutTheShow(q, cast)).ToList();
        // A card that states the episode ("Ep: 1", "Ep: —") is believed over an episode the prose mentions ("paused at ep 10").
        var episode = FactLines.StatedEpisode(prepared.Facts) is { } stated ? (stated > 0 ? stated : null) : prepared.CardEpisode ?? FindEpisode(text);
        var tags = TagProposer.Propose(text, alternateTitles.Append(dramaTitle));

        return new ParsedItem(
            segment.Position,
            segment.AsWritten ?? segment.Heading,
            string.Join("\n\n", body),
            new ParsedDrama(dramaTitle, year, alternateTitles, prepared.HangulTitle ?? HangulAfter(dramaTitle, text)),
            cast,
            featured,
            quotes,
            episode,
            tags)
        {
            Rank = segment.Number,
            Title = MomentTitles.For(heading, cast, featured, quotes, tags, body),
            Doubts = [.. heading.Doubts, .. people.Doubts, .. TruncationDoubt(segment)],
        };
    }

    /// <summary>
    /// Quoted words about the drama rather than from it — a fan's comment, a review's line: they name the actors
    /// playing the item's characters (no character says their own actor's name) or talk about the show as a show.
    /// </summary>
    private static bool IsAboutTheShow(string quote, IReadOnlyList<CastCredit> cast) =>
        ShowTalk().IsMatch(quote)
        || cast.Select(c => c.Actor).OfType<string>().Any(actor => Regex.IsMatch(quote, $@"\b{Regex.Escape(actor)}\b", RegexOptions.IgnoreCase, RegexBudget.Timeout));

    // A heading that quotes the line ("“Worship me”") and the text that quotes it in full ("… says, “Worship me.”") give one
    // quote: the same words whatever the punctuation, kept where first seen, in their fullest spelling.
    private static IEnumerable<string> OnceEach(IEnumerable<string> quotes) =>
        quotes.GroupBy(QuoteKey).Select(same => same.MaxBy(q => q.Length)!);

    private static string QuoteKey(string quote) => new(quote.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    private static ItemSegment WithinReadingLimit(ItemSegment segment)
    {
        var total = 0;
        var blocks = new List<string>(segment.Blocks.Count);
        foreach (var block in segment.Blocks)
        {
            if (total + block.Length > MaxItemCharacters)
            {
                var room = MaxItemCharacters - total;
                var cut = room > 0 ? block.LastIndexOf(". ", room, StringComparison.Ordinal) : -1;
                if (cut > 0)
                {
                    blocks.Add(block[..(cut + 1)]);
                }
                return segment with { Blocks = blocks, Truncated = true };
            }
            blocks.Add(block);
            total += block.Length;
        }
        return segment;
    }

    private static bool IsWholeQuotation(string block)
    {
        var text = block.Trim();
        return text.Length > 2 && TextShape.IsQuoteMark(text[0]) && (TextShape.IsQuoteMark(text[^1]) || text.Length < 300 && TextShape.WithoutQuotesAndParentheses(text).Count(char.IsLetter) < 3);
    }

    private static IEnumerable<ItemDoubt> TruncationDoubt(ItemSegment segment) => segment.Truncated
        ? [new ItemDoubt("item", $"the item's text runs past {MaxItemCharacters:N0} characters; only the first {MaxItemCharacters:N0} were read")]
        : [];

    // A heading that is only a person and the drama ("Captain Ri - Crash Landing on You") names that person's role;
    // otherwise names without a credit are left for the cast reader to place by what the body says of them.
    private static List<HeadingPerson> HeadingPeople(HeadingReading heading)
    {
        var unknown = heading.People.Where(p => p.Role == PersonRole.Unknown).ToList();
        if (unknown.Count == 1 && heading.Description is null)
        {
            return [.. heading.People.Where(p => p.Role != PersonRole.Unknown), unknown[0] with { Role = PersonRole.Character }];
        }
        return [.. heading.People];
    }

    /// <summary>
    /// A line on the card under a heading that names the item's drama, in the order the shapes are trusted: a title row with
    /// its network and year (<c>The Legend of the Blue Sea — SBS, 2016 — Ep. 1</c>), a title the shelf knows with the scene's
    /// episode (<c>Some Title · Episode 4</c>), or a title alone in capitals (<c>EXTRAORDINARY ATTORNEY WOO</c>).
    /// </summary>
    private static CardLine? CardDramaLine(string block)
    {
        if (FactLines.TitleRow(block) is { Count: > 0 } row)
        {
            return new CardLine(row, null);
        }
        if (FactLines.DramaLine(block) is { } drama)
        {
            return new CardLine([new FactLine("Drama", drama.Title)], drama.Episode);
        }
        return IsTitleCard(block) ? new CardLine([new FactLine("Drama", HeadingReader.FromCapitals(block.Trim()))], null) : null;
    }

    private sealed record CardLine(IReadOnlyList<FactLine> Facts, int? Episode);

    // A show's card under its name: a line of a title's length, then labelled fields, two at least, that describe a show (a
    // release date, the cast, the network; see StackedFields for cards that stack each label over its value). The name is
    // the card's drama.
    private const int MinimumShowFields = 2;
    private const int MaxCardNameWords = 10;

    private static bool IsShowCardsName(string block, IReadOnlyList<string> blocks, int index)
    {
        var name = block.Trim();
        if (name.Length == 0 || name.Contains(':', StringComparison.Ordinal) || name.Contains('\n', StringComparison.Ordinal) || TextShape.IsProse(name)
            || TextShape.WordCount(name) > MaxCardNameWords || !char.IsUpper(name[0]) && !char.IsDigit(name[0])
            || PageFurniture.IsPictureCredit(name) || HeadingReader.IsKnownNetwork(name))
        {
            return false; // "Courtesy Netflix", "JTBC": the card's picture credit or network, not its name
        }
        var fields = blocks.Skip(index + 1).SelectMany(b => b.Split('\n')).TakeWhile(IsShowField).Count();
        return fields >= MinimumShowFields;
    }

    private static bool IsShowField(string line) =>
        line.IndexOf(':', StringComparison.Ordinal) is > 0 and var colon && FactLines.IsFieldName(line[..colon]) && FactLines.Read(line).Count > 0;

    // "EXTRAORDINARY ATTORNEY WOO" alone between a heading and its text: a streaming card's title line. Names in
    // capitals come in pairs ("HYUN BIN & SON YE-JIN", "A ♥ B", "A X B"), so a line joining two that way is not one; a
    // broadcaster's name in capitals ("JTBC" over "Starring: …") is the card's network line, as "tvN" would be.
    private static bool IsTitleCard(string block)
    {
        var text = block.Trim();
        return !text.Any(char.IsLower) && text.Count(char.IsLetter) >= 4 && TextShape.WordCount(text) <= 10
            && !PairMark().IsMatch(text) && !text.EndsWith(':') && !HeadingReader.IsKnownNetwork(text);
    }

    [GeneratedRegex(@"[&♡♥❤×+]|\sX\s", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex PairMark();

    // A short line between paragraphs that only names a title: an image caption such as
    // "Guardian: The Lonely And Great God" under the Goblin item.
    private static bool IsTitleCaption(string block)
    {
        var text = StripQuotes(block);
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 9 || Regex.IsMatch(text, @"[.!?,;]$") || Regex.IsMatch(text, @"\d{3}|%") || IsSpeakerCredit(text))
        {
            return false;
        }
        var significant = words.Where(w => w.Length > 3 || char.IsUpper(w[0])).ToList();
        return significant.Count > 0 && significant.All(w => char.IsUpper(w[0]) || !char.IsLetter(w[0]));
    }

    // "-Choi Han Gyul (Gong Yoo)-" under a quoted line: who says it and who plays them, a credit for the cast reader, not a title.
    private static bool IsSpeakerCredit(string text)
    {
        var m = SpeakerCredit().Match(text);
        return m.Success && (PersonNames.LooksLikeFullName(m.Groups["actor"].Value) || PersonNames.LooksKorean(m.Groups["actor"].Value));
    }

    [GeneratedRegex(@"^[-–—―~\s]*\p{Lu}[\p{L}\-' ]{1,40}\((?<actor>\p{Lu}[\p{L}\- ]{1,40})\)[-–—―~\s]*$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex SpeakerCredit();

    /// <summary>The lines the characters speak (see <see cref="DialogueReader"/>).</summary>
    public static List<string> FindQuotes(string text) => DialogueReader.Find([text]);

    // The item's characters by every name it gives them, and the given names they go by ("Yoon Se-ri" → "Se-ri").
    private static List<string> CharacterNames(IReadOnlyList<CastCredit> cast) =>
        cast.SelectMany(c => c.AllNames()).Where(n => n.Length > 0).ToList();

    public static int? FindEpisode(string text)
    {
        var m = EpisodeNumber().Match(text);
        if (m.Success)
        {
            return int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
        }
        var w = EpisodeWord().Match(text);
        if (w.Success)
        {
            var index = Array.IndexOf(NumberWords, w.Groups["w"].Value.ToLowerInvariant());
            return index > 0 ? index : null;
        }
        // "the fifteenth episode", "the 16th episode", "the very first episode"
        var o = EpisodeOrdinal().Match(text);
        if (o.Success)
        {
            var ordinal = o.Groups["o"].Value.ToLowerInvariant();
            var index = Array.IndexOf(OrdinalWords, ordinal);
            return index > 0 ? index : int.TryParse(ordinal[..^2], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;
        }
        return null;
    }

    private static readonly string[] OrdinalWords =
    [
        "zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
        "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
    ];

    private static readonly string[] NumberWords =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
    ];

    private static int? FindYear(string dramaTitle, string text)
    {
        var pattern = string.Join(@"[\s\-:]*", Names.Normalize(dramaTitle).Length == 0
            ? [Regex.Escape(dramaTitle)]
            : dramaTitle.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape));
        var m = Regex.Match(text, pattern + @"['’""”]?\s*\((?:[^()]*?,\s*)?(?<year>(?:19|20)[0-9]{2})\)", RegexOptions.IgnoreCase, RegexBudget.Timeout);
        return m.Success ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) : null;
    }

    private static string? HangulAfter(string dramaTitle, string text)
    {
        var index = text.IndexOf(dramaTitle, StringComparison.OrdinalIgnoreCase);
        if (index < 0)
        {
            return null;
        }
        var m = HangulParenthesis().Match(text, index + dramaTitle.Length);
        return m.Success && m.Index <= index + dramaTitle.Length + 2 ? m.Groups["ko"].Value.Trim() : null;
    }

    private static string StripQuotes(string text) => text.Trim().Trim('\'', '‘', '’', '"', '“', '”').Trim();

    private static int SegmentWords(string text) => ArticleSegmenter.WordCount(text);

    // The vocabulary of watching, not of living the story: "this drama", "the chemistry", "kiss scenes", "the acting".
    [GeneratedRegex(@"\b(?:(?:this|the|that|a|every)\s+(?:drama|k-?drama|show|series|episode|finale|scene|season|actor|actress|writer|casting)s?|kiss scenes?|chemistry|acting|rewatch\w*|OTP|second lead|main leads?|screen time)\b", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex ShowTalk();

    [GeneratedRegex(@"\b(?:netizens?|fans?|viewers?|users?|commenters?|readers?|people|twitter|x users|reddit(?:ors)?|the internet|someone|one (?:fan|user|viewer))\b[^.!?]{0,80}(?:comment\w*|wrote|said|tweeted|posted|react\w*|shared|agreed|responded|replied|chimed in)?[^.!?]{0,40}:\s*$", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex ReadersLeadIn();

    /// <summary>
    /// "Cast: 서현진 Seo Hyun-jin (오해영 Oh Hae-young)": each name written in Hangul and then in Latin letters, read as
    /// the Latin name alone, so the credit pairs the names a reader of the page would look up.
    /// </summary>
    private static string WithoutHangulGlosses(string block) => block.Any(Text.LanguageMarkup.IsHangul) ? HangulGloss().Replace(block, string.Empty) : block;

    [GeneratedRegex(@"(?<![\p{IsHangulSyllables}])[\p{IsHangulSyllables}]+(?:\s[\p{IsHangulSyllables}]+)*\s+(?=\p{Lu}\p{Ll})", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex HangulGloss();

    [GeneratedRegex(@"\s*\((?<ko>[\p{IsHangulSyllables}\p{IsHangulJamo}][\p{IsHangulSyllables}\p{IsHangulJamo}\s\d:!?·-]*)\)")]
    private static partial Regex HangulParenthesis();

    [GeneratedRegex(@"\b(?:episode|ep\.?)\s*[:#]?\s*(?<n>[0-9]{1,3})\b", RegexOptions.IgnoreCase)]
    private static partial Regex EpisodeNumber();

    [GeneratedRegex(@"\bepisode\s+(?<w>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EpisodeWord();

    [GeneratedRegex(@"\b(?<o>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|[0-9]{1,3}(?:st|nd|rd|th))\s+(?:episode|ep\b)", RegexOptions.IgnoreCase)]
    private static partial Regex EpisodeOrdinal();
}

/// <summary>An item's blocks sorted: paragraphs, fact lines, the drama a fact line names, title captions, a Hangul title.</summary>
public sealed record PreparedItem(
    ItemSegment Segment,
    IReadOnlyList<string> Body,
    IReadOnlyList<FactLine> Facts,
    string? FactTitle,
    IReadOnlyList<string> AlternateTitles,
    string? HangulTitle)
{
    /// <summary>The episode the card's drama line gives (<c>Some Title · Episode 4</c>).</summary>
    public int? CardEpisode { get; init; }
}
