using System.Globalization;
using System.Text.RegularExpressions;
using KdramaMoments.Web.Domain;

namespace KdramaMoments.Web.Importing;

/// <summary>Reads the facts of one list item: drama and year, cast, quotes, episode, tags. Pure.</summary>
public static partial class ItemExtractor
{
    private const string Run = PersonNames.Run;

    public static ParsedItem Extract(ItemSegment segment)
    {
        var heading = StripQuotes(segment.Heading);
        var body = new List<string>();
        string? factTitle = null;
        int? year = null;
        var alternateTitles = new List<string>();
        var castFromFacts = new List<string>();

        string? hangulTitle = null;
        foreach (var raw in segment.Blocks)
        {
            // "Hometown Cha-Cha-Cha (갯마을 차차차) (tvN, 2021)": the Hangul title is kept, then set aside.
            var hangul = HangulParenthesis().Match(raw);
            var block = raw;
            if (hangul.Success && body.Count == 0 && SegmentWords(raw) <= 16)
            {
                hangulTitle ??= hangul.Groups["ko"].Value.Trim();
                block = HangulParenthesis().Replace(raw, string.Empty, 1);
            }
            if (TryFactLine(block, out var title, out var factYear, out var factCast))
            {
                factTitle ??= title;
                year ??= factYear;
                castFromFacts.AddRange(factCast);
                continue;
            }
            if (body.Count > 0 && IsTitleCaption(block))
            {
                alternateTitles.Add(StripQuotes(block));
                continue;
            }
            body.Add(block);
        }

        var (dramaTitle, headingCharacter, headingActors, headingYear) = ReadHeading(heading, factTitle);
        year ??= headingYear ?? FindYear(dramaTitle, heading + "\n" + string.Join('\n', body));
        alternateTitles = alternateTitles
            .Where(t => Names.Normalize(t) != Names.Normalize(dramaTitle))
            .DistinctBy(Names.Normalize)
            .ToList();

        var text = heading + "\n" + string.Join('\n', body);
        var cast = ReadCast(heading, body, dramaTitle, headingCharacter, headingActors.Concat(castFromFacts).ToList());
        var featured = FindFeatured(heading, body, cast);
        var quotes = FindQuotes(string.Join('\n', body));
        var episode = FindEpisode(text);
        var tags = TagProposer.Propose(text, alternateTitles.Append(dramaTitle));

        return new ParsedItem(
            segment.Position,
            segment.Heading,
            string.Join("\n\n", body),
            new ParsedDrama(dramaTitle, year, alternateTitles, hangulTitle ?? HangulAfter(dramaTitle, text)),
            cast,
            featured,
            quotes,
            episode,
            tags)
        {
            Rank = segment.Number,
        };
    }

    private static (string Drama, string? Character, List<string> Actors, int? Year) ReadHeading(string heading, string? factTitle)
    {
        var actors = new List<string>();
        string? character = null;
        int? year = null;
        string? drama = factTitle;

        var forIn = ForInHeading().Match(heading);
        if (forIn.Success)
        {
            actors.Add(forIn.Groups["a"].Value);
            actors.Add(forIn.Groups["b"].Value);
            drama ??= forIn.Groups["drama"].Value;
        }
        var dash = DashHeading().Match(heading);
        if (dash.Success && drama is null && PersonNames.Clean(dash.Groups["name"].Value) is { } name)
        {
            character = name;
            drama = dash.Groups["drama"].Value;
        }
        var trailing = TrailingParenthesis().Match(heading);
        if (drama is null && trailing.Success && !YearOnly().IsMatch(trailing.Groups["inner"].Value))
        {
            drama = trailing.Groups["inner"].Value;
        }
        var quoted = QuotedSpan().Match(heading);
        if (drama is null && quoted.Success && PersonNames.Clean(quoted.Groups["q"].Value) is null)
        {
            drama = quoted.Groups["q"].Value;
        }
        if (drama is null)
        {
            // "Flower of Evil", "Healer (KBS2, 2014)": the heading names the drama itself.
            var withYear = TitleWithYear().Match(heading);
            if (withYear.Success)
            {
                drama = withYear.Groups["title"].Value;
                year = int.Parse(withYear.Groups["year"].Value, CultureInfo.InvariantCulture);
            }
            else
            {
                drama = heading;
            }
        }
        return (CleanTitle(drama), character, actors, year);
    }

    private static bool TryFactLine(string block, out string? title, out int? year, out List<string> cast)
    {
        title = null;
        year = null;
        cast = [];
        if (SegmentWords(block) > 16)
        {
            return false;
        }
        var m = QuotedTitleYear().Match(block);
        if (!m.Success)
        {
            m = TitleWithYear().Match(block);
            if (m.Success && SegmentWords(m.Groups["title"].Value) > 8)
            {
                return false;
            }
        }
        if (m.Success)
        {
            title = CleanTitle(m.Groups["title"].Value);
            year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
            return true;
        }
        // "Drama: Healer · Year: 2014 · Starring: Ji Chang-wook, Park Min-young"
        var fields = FactField().Matches(block);
        var castOnly = fields.Count == 1 && fields[0].Groups["key"].Value.ToLowerInvariant() is "starring" or "cast" or "couple" or "leads";
        if ((fields.Count < 2 && !castOnly) || fields.Count == 0 || fields[0].Index != 0)
        {
            return false;
        }
        foreach (Match field in fields)
        {
            var value = field.Groups["value"].Value.Trim();
            switch (field.Groups["key"].Value.ToLowerInvariant())
            {
                case "drama" or "title" or "series" or "show":
                    title = CleanTitle(value);
                    break;
                case "year" or "aired" or "released":
                    var y = YearAnywhere().Match(value);
                    year = y.Success ? int.Parse(y.Value, CultureInfo.InvariantCulture) : null;
                    break;
                case "starring" or "cast" or "couple" or "leads":
                    cast.AddRange(SplitNameList(value));
                    break;
            }
        }
        return title is not null || cast.Count > 0;
    }

    // A short line between paragraphs that only names a title: an image caption such as
    // "Guardian: The Lonely And Great God" under the Goblin item.
    private static bool IsTitleCaption(string block)
    {
        var text = StripQuotes(block);
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 9 || Regex.IsMatch(text, @"[.!?,;]$") || Regex.IsMatch(text, @"\d{3}"))
        {
            return false;
        }
        var significant = words.Where(w => w.Length > 3 || char.IsUpper(w[0])).ToList();
        return significant.Count > 0 && significant.All(w => char.IsUpper(w[0]) || !char.IsLetter(w[0]));
    }

    private static List<CastCredit> ReadCast(string heading, List<string> body, string dramaTitle, string? headingCharacter, List<string> namedActors)
    {
        var text = heading + ".\n" + string.Join('\n', body);
        var credits = new List<(string? Character, string? Actor)>();
        var actors = new List<string>(namedActors.Select(a => PersonNames.Clean(a)).OfType<string>());

        void AddCredit(string? character, string? actor)
        {
            character = character is null ? null : PersonNames.Clean(character);
            actor = actor is null ? null : PersonNames.Clean(actor);
            if (character is not null && (Names.Normalize(character) == Names.Normalize(dramaTitle) || actors.Any(a => Names.Normalize(a) == Names.Normalize(character))))
            {
                character = null; // a drama or an actor, not a role
            }
            if (character is null && actor is null)
            {
                return;
            }
            credits.Add((character, actor));
            if (actor is not null)
            {
                actors.Add(actor);
            }
        }

        foreach (Match m in StarringList().Matches(text))
        {
            actors.AddRange(SplitNameList(m.Groups["list"].Value).Select(a => PersonNames.Clean(a)).OfType<string>());
        }
        foreach (Match m in CaptionCast().Matches(text))
        {
            if (Names.Normalize(m.Groups["rest"].Value).StartsWith(Names.Normalize(dramaTitle), StringComparison.Ordinal))
            {
                actors.AddRange(SplitNameList(m.Groups["list"].Value).Select(a => PersonNames.Clean(a)).OfType<string>());
            }
        }
        foreach (Match m in ParenthesisCredit().Matches(text))
        {
            var before = m.Index > 0 ? text[m.Index - 1] : ' ';
            if ("'‘’\"“”".Contains(before, StringComparison.Ordinal))
            {
                continue;
            }
            AddCredit(m.Groups["char"].Value, m.Groups["actor"].Value);
        }
        foreach (Match m in AppositiveCredit().Matches(text))
        {
            AddCredit(m.Groups["char"].Value, m.Groups["actor"].Value);
        }
        foreach (Match m in PlayedByCredit().Matches(text))
        {
            AddCredit(m.Groups["char"].Value, m.Groups["actor"].Value);
        }
        foreach (Match m in PlaysCredit().Matches(text))
        {
            AddCredit(m.Groups["char"].Value, m.Groups["actor"].Value);
        }
        foreach (Match m in AsCredit().Matches(text))
        {
            AddCredit(m.Groups["char"].Value, m.Groups["actor"].Value);
        }
        foreach (Match m in NamedCharacter().Matches(text))
        {
            if (PersonNames.LooksKorean(m.Groups["char"].Value))
            {
                AddCredit(m.Groups["char"].Value, null);
            }
        }
        // "Chae-won's Ji-won": an actor the item already named, then the role.
        foreach (Match m in PossessiveCredit().Matches(text))
        {
            var owner = m.Groups["actor"].Value;
            if (actors.Any(a => Names.Normalize(a) == Names.Normalize(owner) || PersonNames.IsNameSuffix(owner, a)))
            {
                AddCredit(m.Groups["char"].Value, owner);
            }
        }
        if (headingCharacter is not null)
        {
            AddCredit(headingCharacter, null);
        }

        // Short forms ("Bo-young", "Joon-gi") stand for the full name the item gives elsewhere.
        var distinctActors = actors.DistinctBy(Names.Normalize).ToList();
        var fullActors = distinctActors.Where(a => !distinctActors.Any(f => PersonNames.IsNameSuffix(a, f))).ToList();
        string ExpandActor(string actor) =>
            fullActors.Where(f => PersonNames.IsNameSuffix(actor, f)).OrderByDescending(f => f.Length).FirstOrDefault() ?? actor;

        var merged = new List<Credit>();
        foreach (var (character, actor) in credits)
        {
            var fullActor = actor is null ? null : ExpandActor(actor);
            var existing = merged.FirstOrDefault(c => c.Matches(character, fullActor));
            if (existing is null)
            {
                merged.Add(new Credit(character, fullActor));
            }
            else
            {
                existing.Absorb(character, fullActor);
            }
        }
        // Actors the item names without a role still count: the resolver may know their role.
        foreach (var actor in fullActors.Where(a => !merged.Any(c => c.Actor is not null && Names.Normalize(c.Actor) == Names.Normalize(a))))
        {
            merged.Add(new Credit(null, actor));
        }
        // A full name in the heading ("Kim Jin Hyuk") is the proper name of a role the body shortens ("Jin Hyuk").
        foreach (var full in HeadingNames(heading))
        {
            var shortened = merged.FirstOrDefault(c => c.Character is not null && PersonNames.IsNameSuffix(c.Character, full));
            shortened?.Absorb(full, shortened.Actor);
        }
        // Two records of one role (same name, or one name the end of the other) become one.
        for (var i = 0; i < merged.Count; i++)
        {
            for (var j = merged.Count - 1; j > i; j--)
            {
                if (merged[i].Matches(merged[j].Character, merged[j].Actor))
                {
                    foreach (var name in merged[j].AllNames)
                    {
                        merged[i].Absorb(name, merged[j].Actor);
                    }
                    merged.RemoveAt(j);
                }
            }
        }
        // Heading names that the body keeps using are people even without an actor ("Hae-soo").
        foreach (var name in HeadingNames(heading))
        {
            if (!merged.Any(c => c.Answers(name)) && PersonNames.MentionPattern(name).Count(string.Join('\n', body)) >= 2)
            {
                merged.Add(new Credit(name, null));
            }
        }
        return merged.Select(c => c.ToCastCredit()).ToList();
    }

    /// <summary>The people the moment is about: named in the heading, else in the scene paragraphs after the set-up.</summary>
    private static List<string> FindFeatured(string heading, List<string> body, List<CastCredit> cast)
    {
        bool Mentioned(CastCredit c, string text) =>
            c.AllNames().Any(n => PersonNames.MentionPattern(n).IsMatch(text)) || (c.Actor is not null && PersonNames.MentionPattern(c.Actor).IsMatch(text));

        var fromHeading = cast.Where(c => Mentioned(c, heading)).ToList();
        var scene = string.Join('\n', body.Skip(1));
        var fromScene = cast.Where(c => c.Character is not null && Mentioned(c, scene)).ToList();
        var featured = fromHeading.Count > 0 ? fromHeading.Union(fromScene).ToList() : fromScene;
        if (featured.Count < 2)
        {
            var all = string.Join('\n', body);
            featured = featured.Union(cast.Where(c => c.Character is not null && c.AllNames().Sum(n => PersonNames.MentionPattern(n).Count(all)) >= 2)).ToList();
        }
        if (featured.Count == 0)
        {
            featured = cast.Where(c => c.Character is not null).ToList();
        }
        return featured.Select(c => c.Character ?? c.Actor!).Distinct().ToList();
    }

    private static IEnumerable<string> HeadingNames(string heading)
    {
        foreach (Match m in Regex.Matches(heading, Run))
        {
            // Split a Title Case heading at words that are not Korean names: "Wang-so Shields Hae-soo".
            var run = new List<string>();
            foreach (var word in m.Value.Split(' ').Append(string.Empty))
            {
                if (word.Length > 0 && PersonNames.LooksKorean(word))
                {
                    run.Add(word);
                    continue;
                }
                if (run.Count > 0 && (run.Count >= 2 || run[0].Contains('-', StringComparison.Ordinal)))
                {
                    yield return string.Join(' ', run);
                }
                run.Clear();
            }
        }
    }

    /// <summary>Lines of dialogue in straight or curly double quotes; not scare quotes, not song or show titles.</summary>
    public static List<string> FindQuotes(string text)
    {
        var quotes = new List<string>();
        foreach (Match m in DoubleQuoted().Matches(text))
        {
            var content = m.Groups["q"].Value.Trim();
            var after = text[(m.Index + m.Length)..];
            var before = text[..m.Index];
            if (IsDialogue(content) && !SongContext().IsMatch(after) && !SongLeadIn().IsMatch(before))
            {
                quotes.Add(content);
            }
        }
        foreach (Match m in SingleQuoted().Matches(text))
        {
            var content = m.Groups["q"].Value.Trim();
            if (SegmentWords(content) >= 3 && Regex.IsMatch(content, @"[.!?…]$"))
            {
                quotes.Add(content);
            }
        }
        return quotes.Distinct().ToList();
    }

    private static bool IsDialogue(string content)
    {
        var words = content.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2)
        {
            return false;
        }
        if (Regex.IsMatch(content, @"[.!?…,—-]$"))
        {
            return true;
        }
        // Title Case without closing punctuation is a song or show title ("Round and Round").
        var lowercase = words.Count(w => char.IsLower(w[0]) && w.Length > 3);
        return words.Length >= 4 && lowercase >= 2;
    }

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
        return null;
    }

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
        var m = Regex.Match(text, pattern + @"['’""”]?\s*\((?:[^()]*?,\s*)?(?<year>(?:19|20)\d{2})\)", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));
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

    private static IEnumerable<string> SplitNameList(string list) =>
        Regex.Split(list, @"\s*(?:,|&|\band\b|·)\s*").Select(s => s.Trim()).Where(s => s.Length > 0);

    private static string CleanTitle(string title)
    {
        title = StripQuotes(title.Trim()).Trim();
        return Regex.Replace(title, @"\s+", " ").TrimEnd(':', ',', ';', '-', '–', '—').Trim();
    }

    private static string StripQuotes(string text) => text.Trim().Trim('\'', '‘', '’', '"', '“', '”').Trim();

    private static int SegmentWords(string text) => ArticleSegmenter.WordCount(text);

    /// <summary>One role as the item describes it, collected from several sentences.</summary>
    private sealed class Credit(string? character, string? actor)
    {
        private readonly List<string> names = character is null ? [] : [character];

        public string? Character => names.Count == 0 ? null : names.OrderByDescending(n => PersonNames.Words(n).Length).ThenByDescending(n => n.Length).First();
        public string? Actor { get; private set; } = actor;
        public IReadOnlyList<string> AllNames => names;

        public bool Answers(string name) => names.Any(n => Names.Normalize(n) == Names.Normalize(name) || PersonNames.IsNameSuffix(name, n) || PersonNames.IsNameSuffix(n, name));

        public bool Matches(string? otherCharacter, string? otherActor)
        {
            var sameActor = Actor is not null && otherActor is not null && Names.Normalize(Actor) == Names.Normalize(otherActor);
            var differentActor = Actor is not null && otherActor is not null && !sameActor;
            if (sameActor)
            {
                return true;
            }
            return !differentActor && otherCharacter is not null && Answers(otherCharacter);
        }

        public void Absorb(string? otherCharacter, string? otherActor)
        {
            if (otherCharacter is not null && !names.Any(n => string.Equals(n, otherCharacter, StringComparison.OrdinalIgnoreCase)))
            {
                names.Add(otherCharacter);
            }
            Actor ??= otherActor;
        }

        public CastCredit ToCastCredit()
        {
            var name = Character;
            var aliases = names.Where(n => n != name && Names.Normalize(n) != Names.Normalize(name ?? string.Empty)).ToList();
            return new CastCredit(name, Actor, aliases);
        }
    }

    [GeneratedRegex(@"^(?<a>" + Run + @")\s+for\s+(?<b>" + Run + @")\s+in\s+(?<drama>.+)$")]
    private static partial Regex ForInHeading();

    [GeneratedRegex(@"^(?<name>" + Run + @")\s+[-–—]\s+(?<drama>.+)$")]
    private static partial Regex DashHeading();

    [GeneratedRegex(@"\((?<inner>[^()]+)\)\s*$")]
    private static partial Regex TrailingParenthesis();

    [GeneratedRegex(@"^\s*(?:[^()]*?,\s*)?(?:19|20)\d{2}\s*$")]
    private static partial Regex YearOnly();

    [GeneratedRegex(@"[‘'“""](?<q>[^‘'“""’”]{3,80})[’'”""]")]
    private static partial Regex QuotedSpan();

    [GeneratedRegex(@"^['‘""“](?<title>.+?)['’""”]\s*\((?:[^()\d]+?,\s*)?(?<year>(?:19|20)\d{2})\)\.?$")]
    private static partial Regex QuotedTitleYear();

    [GeneratedRegex(@"^(?<title>[^()]{2,100}?)\s*\((?:[^()\d]+?,\s*)?(?<year>(?:19|20)\d{2})\)\.?$")]
    private static partial Regex TitleWithYear();

    [GeneratedRegex(@"(?<key>Drama|Title|Series|Show|Year|Aired|Released|Network|Channel|Platform|Starring|Cast|Couple|Leads|Episodes?|Genre)\s*:\s*(?<value>[^·|•]+)", RegexOptions.IgnoreCase)]
    private static partial Regex FactField();

    [GeneratedRegex(@"\s*\((?<ko>[\p{IsHangulSyllables}\p{IsHangulJamo}][\p{IsHangulSyllables}\p{IsHangulJamo}\s\d:!?·-]*)\)")]
    private static partial Regex HangulParenthesis();

    [GeneratedRegex(@"(?:19|20)\d{2}")]
    private static partial Regex YearAnywhere();

    [GeneratedRegex(@"\b[Ss]tarring\s+(?<list>" + Run + @"(?:\s*,\s*" + Run + @")*,?\s+(?:and|&)\s+" + Run + ")")]
    private static partial Regex StarringList();

    [GeneratedRegex(@"(?:^|\n)(?<list>" + Run + @"(?:\s*,\s*" + Run + @")*,?\s+(?:and|&)\s+" + Run + @")\s+(?:star\s+in|starred\s+in|in)\s+(?<rest>[^\n]+)")]
    private static partial Regex CaptionCast();

    [GeneratedRegex(@"(?<char>" + Run + @")\s*\((?:(?:played|portrayed)\s+by\s+)?(?<actor>" + Run + @")\)")]
    private static partial Regex ParenthesisCredit();

    [GeneratedRegex(@"(?<char>" + Run + @"),\s+(?:also\s+|otherwise\s+)?(?:known\s+as|aka|a|an|the)\b[^().;\n]{0,50}?\((?:played|portrayed)\s+by\s+(?<actor>" + Run + @")\)")]
    private static partial Regex AppositiveCredit();

    [GeneratedRegex(@"(?<char>" + Run + @"),\s+(?:who\s+is\s+)?(?:played|portrayed)\s+by\s+(?:[\p{L}\-]+\s+){0,5}?(?<actor>" + Run + @")(?=[,.;)]|\s+(?:who|and|in)\b)")]
    private static partial Regex PlayedByCredit();

    [GeneratedRegex(@"(?<actor>" + Run + @")\s+(?:plays|portrays|played|portrayed|stars\s+as|starred\s+as)\s+(?<char>" + Run + ")")]
    private static partial Regex PlaysCredit();

    [GeneratedRegex(@"(?<actor>" + Run + @")\s+(?:(?:was|is|shines|shone|stars|starred|appears|appeared|returns|returned)\b[^.;()\n]{0,60}?\s)?as\s+(?<char>" + Run + ")")]
    private static partial Regex AsCredit();

    [GeneratedRegex(@"\bnamed\s+(?<char>" + Run + ")")]
    private static partial Regex NamedCharacter();

    [GeneratedRegex(@"(?<actor>" + Run + @")['’]s\s+(?<char>" + Run + ")")]
    private static partial Regex PossessiveCredit();

    [GeneratedRegex(@"[""“](?<q>[^""“”\n]{2,400}?)[""”]")]
    private static partial Regex DoubleQuoted();

    [GeneratedRegex(@"(?<![\p{L}])[‘'](?<q>[^'‘’\n]{2,300}?)[’'](?![\p{L}])")]
    private static partial Regex SingleQuoted();

    [GeneratedRegex(@"^\s*(?:by\s+\p{Lu}|plays?\b|playing\b|is playing|performed)", RegexOptions.IgnoreCase)]
    private static partial Regex SongContext();

    [GeneratedRegex(@"(?:song|ost|track|theme|single|album|dance to|sings?|singing|titled|called)[,:]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex SongLeadIn();

    [GeneratedRegex(@"\b(?:episode|ep\.?)\s*(?<n>\d{1,3})\b", RegexOptions.IgnoreCase)]
    private static partial Regex EpisodeNumber();

    [GeneratedRegex(@"\bepisode\s+(?<w>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EpisodeWord();
}

public static class CastCreditExtensions
{
    public static IEnumerable<string> AllNames(this CastCredit credit) =>
        credit.Character is null ? credit.CharacterAliases : credit.CharacterAliases.Prepend(credit.Character);
}
