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
        var facts = new List<FactLine>();

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
                facts.AddRange(factCast);
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
        var headingPeople = headingActors.Select(a => new HeadingPerson(a, null, PersonRole.Actor)).ToList();
        if (headingCharacter is not null)
        {
            headingPeople.Add(new HeadingPerson(headingCharacter, null, PersonRole.Character));
        }
        var people = CastReader.Read(new CastEvidence(heading, body, dramaTitle, headingPeople, facts));
        var quotes = FindQuotes(string.Join('\n', body));
        var episode = FindEpisode(text);
        var tags = TagProposer.Propose(text, alternateTitles.Append(dramaTitle));

        return new ParsedItem(
            segment.Position,
            segment.Heading,
            string.Join("\n\n", body),
            new ParsedDrama(dramaTitle, year, alternateTitles, hangulTitle ?? HangulAfter(dramaTitle, text)),
            people.Cast,
            people.Featured,
            quotes,
            episode,
            tags)
        {
            Rank = segment.Number,
            Doubts = people.Doubts,
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

    private static bool TryFactLine(string block, out string? title, out int? year, out List<FactLine> cast)
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
        var castOnly = fields.Count == 1 && fields[0].Groups["key"].Value.ToLowerInvariant() is "starring" or "cast" or "couple" or "leads" or "actors";
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
                // The cast reader pairs these; a Couple line names roles, the others actors.
                case "couple":
                    cast.Add(new FactLine("Couple", value));
                    break;
                case "starring":
                    cast.Add(new FactLine("Starring", value));
                    break;
                case "actors":
                    cast.Add(new FactLine("Actors", value));
                    break;
                case "cast" or "leads":
                    cast.Add(new FactLine("Cast", value));
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

    private static string CleanTitle(string title)
    {
        title = StripQuotes(title.Trim()).Trim();
        return Regex.Replace(title, @"\s+", " ").TrimEnd(':', ',', ';', '-', '–', '—').Trim();
    }

    private static string StripQuotes(string text) => text.Trim().Trim('\'', '‘', '’', '"', '“', '”').Trim();

    private static int SegmentWords(string text) => ArticleSegmenter.WordCount(text);

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

    [GeneratedRegex(@"(?<key>Drama|Title|Series|Show|Year|Aired|Released|Network|Channel|Platform|Starring|Cast|Couple|Leads|Actors|Episodes?|Genre)\s*:\s*(?<value>[^·|•]+)", RegexOptions.IgnoreCase)]
    private static partial Regex FactField();

    [GeneratedRegex(@"\s*\((?<ko>[\p{IsHangulSyllables}\p{IsHangulJamo}][\p{IsHangulSyllables}\p{IsHangulJamo}\s\d:!?·-]*)\)")]
    private static partial Regex HangulParenthesis();

    [GeneratedRegex(@"(?:19|20)\d{2}")]
    private static partial Regex YearAnywhere();

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
