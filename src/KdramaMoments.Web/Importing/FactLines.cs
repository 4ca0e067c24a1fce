using System.Globalization;
using System.Text.RegularExpressions;
using KdramaMoments.Web.Importing.Reference;

namespace KdramaMoments.Web.Importing;

/// <summary>
/// An item's fact card: short "Key: value" lines (<c>Network: tvN</c>, <c>Cast: Hyun Bin, Son Ye-jin</c>,
/// <c>Couple: Ri Jeong-hyeok &amp; Yoon Se-ri</c>), several on one line (<c>Drama: Healer · Year: 2014</c>),
/// or a title with its year (<c>'Healer' (2014)</c>, <c>Hometown Cha-Cha-Cha (tvN, 2021)</c>), or a label that says where a
/// scene comes from over a drama (<c>From: Healer (2014)</c>, <c>As seen in: Goblin</c>).
/// </summary>
public static partial class FactLines
{
    /// <summary>The fields of a fact line, or none when the line is not one.</summary>
    public static IReadOnlyList<FactLine> Read(string line)
    {
        if (TextShape.WordCount(line) > 24)
        {
            return [];
        }
        var text = WithCastKey(line.Trim('*', '_', ' ', '•', '-'));
        if (MetadataRow(text) is { } row)
        {
            return row;
        }
        var fields = Field().Matches(text);
        if (fields.Count > 0 && fields[0].Index == 0)
        {
            return fields.Select(f => new FactLine(Key(f.Groups["key"].Value), f.Groups["value"].Value.Trim().Trim('*', '_').Trim()))
                .Where(f => f.Value.Length > 0).SelectMany(SplitTitleValue).ToList();
        }
        return SourceLabelled(text) ?? TitleAndYear(text);
    }

    /// <summary>Whether the text is a field's name alone, as a card labels it (<c>Release Date</c>, <c>Cast</c>, <c>Network</c>).</summary>
    public static bool IsFieldName(string text) =>
        Field().Match(text.Trim() + ": x") is { Success: true, Index: 0 } field && field.Groups["key"].Index == 0 && field.Groups["key"].Length == text.Trim().Length;

    /// <summary>
    /// The drama a labelled line names (<c>Drama: Healer (2014)</c>, <c>Show: W (MBC, 2016)</c>, <c>From: Goblin</c>), or null:
    /// a card's line that says which drama the item is about, whatever the heading above it says. A bare
    /// <c>Healer (2014)</c> is not labelled (it may be the heading itself).
    /// </summary>
    public static string? LabelledDrama(string line)
    {
        if (!line.Contains(':', StringComparison.Ordinal) && !line.Contains('|', StringComparison.Ordinal) || TextShape.WordCount(line) > 24)
        {
            return null;
        }
        var text = line.Trim('*', '_', ' ', '•', '-');
        var labelled = Field().Match(text) is { Success: true, Index: 0 } field ? Key(field.Groups["key"].Value) == "Drama" : SourceLabel().IsMatch(text);
        return labelled ? Read(line).FirstOrDefault(f => f.Key == "Drama")?.Value : null;
    }

    /// <summary>
    /// The drama a card's line names: a labelled one (<see cref="LabelledDrama"/>), or a line that is only a title the reference
    /// shelf knows, with its episode, year or network after a separator (<c>Some Title · Episode 4</c>, <c>Some Title | tvN</c>).
    /// </summary>
    public static CardDrama? DramaLine(string line)
    {
        if (LabelledDrama(line) is { } labelled)
        {
            return new CardDrama(labelled, null);
        }
        if (TextShape.WordCount(line) > 16)
        {
            return null;
        }
        var parts = CardSeparator().Split(line.Trim('*', '_', ' '));
        var title = Unquoted(parts[0].Trim().Trim('*', '_'));
        if (KnownDramas.Find(title) is null || parts.Skip(1).Any(p => TextShape.WordCount(p) > 4))
        {
            return null;
        }
        var episode = parts.Skip(1).Select(p => EpisodePart().Match(p)).FirstOrDefault(m => m.Success);
        return new CardDrama(title, episode is null ? null : int.Parse(episode.Groups["n"].Value, CultureInfo.InvariantCulture));
    }

    // "From: Healer (2014)", "As seen in: Goblin", "Scene from: 'W' (MBC, 2016)": a short label ending in a preposition of
    // source names the drama when its value is a title with its year or one the reference shelf knows ("From: Jane Park" in
    // a newsletter's header is neither).
    private static List<FactLine>? SourceLabelled(string text)
    {
        var label = SourceLabel().Match(text);
        if (!label.Success)
        {
            return null;
        }
        var value = text[label.Length..].Trim().Trim('*', '_').Trim();
        return LabelledTitle(value)
            ?? (KnownDramas.Knows(Unquoted(value)) ? [new FactLine("Drama", Unquoted(value))] : null);
    }

    /// <summary>
    /// <c>Drama: "The Red Sleeve" (2021)</c>: a title field whose value is itself a title with its year gives both; the
    /// label vouches for a title, so one with only its other names or its network after it gives those too
    /// (<c>Drama: Mr. Queen (철인왕후), tvN</c>).
    /// </summary>
    private static IEnumerable<FactLine> SplitTitleValue(FactLine field) =>
        field.Key != "Drama" ? [field] : LabelledTitle(FirstOfSeveralDated(field.Value), yearRequired: false) ?? [field with { Value = Unquoted(WithoutNoteAfterKnownTitle(field.Value)) }];

    // "Featured dramas: Secret Garden (2010), My Love from the Star (2013)": a label over several dated titles names first
    // the one the item is about.
    private static string FirstOfSeveralDated(string value) =>
        SeveralDatedTitles().Match(value) is { Success: true } several ? several.Groups["first"].Value : value;

    // "Alchemy of Souls (part 1, NOT Light and Shadow)": a note in parentheses after a title the shelf knows is the writer's
    // aside, not part of the title.
    private static string WithoutNoteAfterKnownTitle(string value)
    {
        var trimmed = value.Trim();
        var open = trimmed.IndexOf('(', StringComparison.Ordinal);
        return open > 0 && trimmed.EndsWith(')') && YearPattern().Match(trimmed[open..]) is { Success: false } && KnownDramas.Knows(Unquoted(trimmed[..open].Trim()))
            ? trimmed[..open].Trim()
            : value;
    }

    [GeneratedRegex(@"^\s*(?<first>[^(),;]{1,100}\((?:[^()]{0,30},\s*)?(?:19|20)\d{2}\))\s*(?:,|;|&|\band\b)\s*[^(),;]{1,100}\((?:[^()]{0,30},\s*)?(?:19|20)\d{2}\)", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex SeveralDatedTitles();

    /// <summary>
    /// The one reader of a title a label vouches for (<c>Drama: 'The Red Sleeve' (2021)</c>, <c>Show: W (MBC, 2016)</c>,
    /// <c>From: she was pretty (2015, mbc)</c>, <c>Drama: Captivating the King, tvN, 2024</c>): the label says the value is
    /// a title, so it may be one letter long and need no capitals. Its year and network follow it in a parenthesis or
    /// after commas, in either order; a parenthesis of other names (<c>(aka Guardian)</c>, <c>(구르미 그린 달빛 / Moonlight
    /// Drawn by Clouds)</c>) names the drama too. Null when the value has no year (and, unless <paramref name="yearRequired"/>,
    /// nothing else after its title).
    /// </summary>
    private static List<FactLine>? LabelledTitle(string value, bool yearRequired = true)
    {
        var (named, details) = TitleAndDetails(value.Trim().TrimEnd('.'));
        if (details is null)
        {
            return null;
        }
        var year = details.Select(p => YearField().Match(p)).FirstOrDefault(m => m.Success);
        var networks = details.Where(p => !YearField().IsMatch(p)).ToList();
        var otherNames = AlsoKnownAs().Matches(named).SelectMany(m => OtherNames(m.Value)).ToList();
        named = AlsoKnownAs().Replace(named, string.Empty).Trim();
        if (OtherNamesAfter(named) is { } after)
        {
            otherNames.AddRange(after.Names);
            named = after.Title;
        }
        var title = Unquoted(named);
        if (title.Length == 0 || TextShape.WordCount(title) > 10 || (year is null && (yearRequired || (networks.Count == 0 && otherNames.Count == 0))))
        {
            return null;
        }
        var facts = new List<FactLine> { new("Drama", title) };
        if (year is not null)
        {
            facts.Add(new("Year", year.Groups["year"].Value));
        }
        facts.AddRange(networks.Select(n => new FactLine("Network", n)));
        facts.AddRange(otherNames.Select(n => new FactLine(OtherTitleKey, n)));
        return facts;
    }

    // "W (MBC, 2016)" or "Captivating the King, tvN, 2024": the title, and the years and networks after it (no more than
    // two, each a year or a network's name of three words at most); null when what follows the title is anything else.
    // Without such details the value is the title alone, with no details (an empty list).
    private static (string Title, List<string>? Details) TitleAndDetails(string value)
    {
        var open = value.LastIndexOf('(');
        if (open >= 1 && value.EndsWith(')'))
        {
            var inside = value[(open + 1)..^1].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (inside.Any(p => YearField().IsMatch(p)))
            {
                return (value[..open], inside.Length <= 2 && inside.All(IsDetail) ? [.. inside] : null);
            }
        }
        var parts = value.Split(',', StringSplitOptions.TrimEntries);
        var trailing = parts.Reverse().TakeWhile(p => p.Length > 0 && IsDetail(p)).Take(2).Reverse().ToList();
        // After commas only with a year among them: "Nevertheless, Love" is a title, "Goblin, tvN, 2016" a title and its details.
        return trailing.Count > 0 && trailing.Count < parts.Length && trailing.Any(p => YearField().IsMatch(p))
            ? (string.Join(", ", parts[..^trailing.Count]), trailing)
            : (value, []);
    }

    private static bool IsDetail(string part) => YearField().IsMatch(part) || (TextShape.WordCount(part) <= 3 && IsNetworkName(part));

    // "Love in the Moonlight (구르미 그린 달빛 / Moonlight Drawn by Clouds)", "Mr. Queen (철인왕후)": a title and, in the
    // parenthesis closing it, names each in Hangul or capitalised (not "(the tvN one)", nor a network's "(Netflix)"),
    // parted by slashes or commas.
    private static (string Title, List<string> Names)? OtherNamesAfter(string named)
    {
        var open = named.IndexOf('(', StringComparison.Ordinal);
        if (open < 1 || !named.EndsWith(')') || named.IndexOf(')', StringComparison.Ordinal) != named.Length - 1)
        {
            return null;
        }
        var names = named[(open + 1)..^1].Split(['/', ',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(Unquoted).ToList();
        return names.Count > 0 && names.All(n => n.Any(Text.LanguageMarkup.IsHangul) || (TextShape.WordCount(n) <= 10 && TextShape.CapitalisedShare(n) >= 0.5 && !HeadingReader.IsKnownNetwork(n)))
            ? (named[..open].Trim(), names)
            : null;
    }

    /// <summary>The key of a fact naming the drama otherwise (<c>(aka Goblin)</c> in a drama's field).</summary>
    public const string OtherTitleKey = "Also known as";

    // "(aka Lanterns, a.k.a. Jongno Lights)" → "Lanterns", "Jongno Lights".
    private static IEnumerable<string> OtherNames(string parenthesis) =>
        parenthesis.Trim().Trim('(', ')').Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(name => Unquoted(AkaLead().Replace(name, string.Empty)));

    // A network's name may carry a digit inside a word ("KBS2", "MBC every1"), never a number of its own ("16 episodes", "Season 2").
    private static bool IsNetworkName(string part) => part.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => !char.IsDigit(w[0]));

    private static string Unquoted(string value) =>
        value.Length > 2 && "'‘\"“«".Contains(value[0], StringComparison.Ordinal) && "'’\"”»".Contains(value[^1], StringComparison.Ordinal) ? value[1..^1].Trim() : value;

    // A bare "Healer (2014)" or "Hometown Cha-Cha-Cha (tvN, 2021)": a line of one letter and a year is no title, and without a
    // label the title must read as one (capitalised, not a sentence).
    private static List<FactLine> TitleAndYear(string text)
    {
        var titled = TitleWithYear().Match(text);
        // "— Kim Shin to Ji Eun-tak, Goblin (2016)": an attribution ends with the title; the title is its last part.
        var title = titled.Success ? LastPart().Split(titled.Groups["title"].Value).Last().Trim() : string.Empty;
        if (titled.Success && title.Length > 1 && TextShape.WordCount(title) <= 10 && !TextShape.ReadsAsSentence(title) && TextShape.CapitalisedShare(title) >= 0.5)
        {
            var facts = new List<FactLine> { new("Drama", title), new("Year", titled.Groups["year"].Value) };
            if (titled.Groups["network"].Success)
            {
                facts.Add(new FactLine("Network", titled.Groups["network"].Value.Trim()));
            }
            return facts;
        }
        return [];
    }

    public static bool IsFactLine(string line) => Read(line).Count > 0;

    /// <summary>True for a cast label with nothing after it (<c>Cast:</c>, <c>**Main cast:**</c>): its entries are the bullets below.</summary>
    public static bool IsBareCastLabel(string line) => BareCastLabel().IsMatch(line.Trim().Trim('*', '_').Trim());

    /// <summary>
    /// A cast label's bullets (<c>• Hong Seol — Kim Go-eun</c>, <c>- Yoon Se-ri: Son Ye-jin</c>, <c>• Lee Min-ho as Heo Joon-jae (a
    /// swindler)</c>) as one cast line in the form the cast reader takes (<c>Kim Go-eun (Hong Seol), Lee Min-ho as Heo Joon-jae</c>):
    /// a role and its actor joined by a dash or a colon are written role first; asides and descriptions are set aside. Null when
    /// a line is not such a bullet.
    /// </summary>
    public static FactLine? CastBullets(IEnumerable<string> lines)
    {
        var entries = new List<string>();
        foreach (var line in lines.Select(l => l.Trim()).Where(l => l.Length > 0))
        {
            var bullet = CastBullet().Match(line);
            if (!bullet.Success)
            {
                return null;
            }
            entries.Add(CastEntry(bullet.Groups["entry"].Value));
        }
        return entries.Count > 0 ? new FactLine("Cast", string.Join(", ", entries)) : null;
    }

    /// <summary>One credit of a cast list, "Role — Actor" or "Actor as Role", as the cast line's "Actor (Role)" or "Actor as Role".</summary>
    private static string CastEntry(string text)
    {
        var entry = Appositive().Replace(LowercaseAside().Replace(text, string.Empty), string.Empty).Trim();
        var joined = RoleAndActor().Match(entry);
        return joined.Success ? $"{joined.Groups["actor"].Value.Trim()} ({joined.Groups["role"].Value.Trim()})" : AsDescription().Replace(entry, " as ");
    }

    /// <summary>
    /// The blocks among <paramref name="blocks"/> that are a card's cast without a label: "Kim Tan — Lee Min-ho" over
    /// "Cha Eun-sang — Park Shin-hye", lines that pair two names by a dash, two or more in a row, a Korean full name in each.
    /// A single such line may be a couple's heading, so runs only.
    /// </summary>
    public static HashSet<int> NamePairRuns(IReadOnlyList<string> blocks)
    {
        var found = new HashSet<int>();
        var run = new List<int>();
        for (var i = 0; i <= blocks.Count; i++)
        {
            if (i < blocks.Count && blocks[i].Split('\n').All(IsNamePair))
            {
                run.Add(i);
                continue;
            }
            if (run.Count >= 2 || run.Count == 1 && blocks[run[0]].Contains('\n'))
            {
                found.UnionWith(run);
            }
            run.Clear();
        }
        return found;
    }

    /// <summary>The cast line of a block of <see cref="NamePairRuns"/>.</summary>
    public static FactLine NamePairs(string block) => new("Cast", string.Join(", ", block.Split('\n').Select(CastEntry)));

    private static bool IsNamePair(string line) =>
        NamePair().Match(line.Trim()) is { Success: true } m && (PersonNames.LooksLikeFullName(m.Groups["a"].Value) || PersonNames.LooksLikeFullName(m.Groups["b"].Value));

    [GeneratedRegex(@"^(?<a>\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){1,3})\s+[—–]\s+(?<b>\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3})$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex NamePair();

    /// <summary>
    /// The moment's episode a fact card states: <c>Ep: 1</c> → 1; <c>Ep: —</c> → 0 (stated: no one episode); null when the
    /// card says nothing of it. "Episodes: 16" is the drama's length, not the moment's episode.
    /// </summary>
    public static int? StatedEpisode(IEnumerable<FactLine> facts) =>
        facts.FirstOrDefault(f => f.Key == "Episode") is { } stated
            ? stated.Value.SkipWhile(c => !char.IsAsciiDigit(c)).TakeWhile(char.IsAsciiDigit).Take(3).Aggregate(0, (n, c) => n * 10 + (c - '0'))
            : null;

    /// <summary>
    /// A drama's title line under an item's heading, its parts between dashes, dots or bars, one of them the year
    /// (<c>The Legend of the Blue Sea — SBS, 2016 — Ep. 1</c>, <c>Pinocchio · SBS · 2014</c>): the title, year and network.
    /// The title is the first part, an "(aka …)" beside it set aside. Only a card's line is read so (see ItemExtractor).
    /// </summary>
    public static IReadOnlyList<FactLine> TitleRow(string line)
    {
        if (TextShape.WordCount(line) > 24 || TextShape.ReadsAsSentence(line))
        {
            return [];
        }
        var parts = RowSeparator().Split(line.Trim('*', '_', ' ')).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        if (parts.Count < 2)
        {
            return [];
        }
        var title = AlsoKnownAs().Replace(parts[0], string.Empty).Trim().Trim('*', '_').Trim();
        if (IsProgrammeKind(title))
        {
            return []; // "Korean Drama · 2016 · 20 episodes" is a listing's info line: its year is read as a metadata row
        }
        var dated = parts.Skip(1).Select(p => (Part: p, Match: NetworkAndYear().Match(p))).FirstOrDefault(p => p.Match.Success);
        if (HeadingReader.IsKnownNetwork(title))
        {
            // "SBS · 2013 · 20 episodes": the card's network and year, under a heading that names the drama.
            return dated.Match is { Success: true, Groups: var groups } && !groups["network"].Success
                ? [new("Network", title), new("Year", groups["year"].Value)]
                : [];
        }
        if (dated.Match is null || title.Length < 2 || TextShape.WordCount(title) > 10 || YearField().IsMatch(title) || NamesPeople(title)
            || TextShape.CapitalisedShare(title) < 0.5 || dated.Match.Groups["network"] is { Success: true } network && !network.Value.Any(char.IsUpper))
        {
            return [];
        }
        var facts = new List<FactLine> { new("Drama", Unquoted(title)), new("Year", dated.Match.Groups["year"].Value) };
        if (dated.Match.Groups["network"].Success)
        {
            facts.Add(new FactLine("Network", dated.Match.Groups["network"].Value.Trim()));
        }
        if (parts.Skip(1).Select(p => ItemExtractor.FindEpisode(p)).FirstOrDefault(e => e is not null) is { } episode)
        {
            facts.Add(new FactLine("Episode", episode.ToString(CultureInfo.InvariantCulture)));
        }
        return facts;
    }

    // "Choi Woo-shik & Kim Da-mi · SBS · 2021": a card's line can lead with its stars instead of the title.
    private static bool NamesPeople(string part) =>
        PeopleJoin().Split(part).Select(p => p.Trim()).Where(p => p.Length > 0).All(PersonNames.LooksLikeFullName);

    // "Stars Hyun Bin, Son Ye-jin" (a listing's credit line without its colon) is the fact line "Stars: …".
    private static string WithCastKey(string text) => CastWithoutColon().IsMatch(text) ? CastWithoutColon().Replace(text, "$1: ", 1) : text;

    /// <summary>
    /// A listing's metadata row, short fields between bars or dots, the year first
    /// ("2019–2020 | TV-14 | 16 eps | 1h 25m", "2016 · tvN · 16 episodes"): its year.
    /// </summary>
    public static bool IsMetadataRow(string line) => MetadataRow(line.Trim('*', '_', ' ', '•', '-')) is not null;

    private static List<FactLine>? MetadataRow(string text)
    {
        var fields = text.Split(['|', '·', '•'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length < 3 || fields.Any(f => TextShape.WordCount(f) > 4) || fields.Any(f => f.Contains(':', StringComparison.Ordinal)))
        {
            return null;
        }
        // It opens with the year, or with the kind of programme and then the year ("Korean Drama · 2016 · 16 episodes", a
        // database site's info line); "Our Beloved Summer | SBS | 2021" is a heading.
        var year = YearField().Match(IsProgrammeKind(fields[0]) ? fields[1] : fields[0]);
        return year.Success ? [new FactLine("Year", year.Groups["year"].Value)] : null;
    }

    /// <summary>What kind of programme a listing says a title is ("Korean Drama", "TV Series", "Movie"): no title itself.</summary>
    public static bool IsProgrammeKind(string text) => ProgrammeKind().IsMatch(text.Trim());

    [GeneratedRegex(@"^(?:(?:korean|k-?|chinese|c-?|japanese|j-?|taiwanese|thai|web|tv|television|mini|limited)[ -]?)?(?:dramas?|series|shows?|movies?|films?|specials?|miniseries|variety show)$", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex ProgrammeKind();

    /// <summary>A "Key: value" line (not a bare "Title (2019)", which is also how a heading can read).</summary>
    public static bool IsKeyValue(string line) => Field().Match(WithCastKey(line.Trim('*', '_', ' ', '•', '-'))) is { Success: true, Index: 0 };

    /// <summary>The year in a fact value ("2019", "tvN, 2019", "Dec 2019 – Feb 2020" → 2019).</summary>
    public static int? Year(string value)
    {
        var m = YearPattern().Match(value);
        return m.Success ? int.Parse(m.Value, CultureInfo.InvariantCulture) : null;
    }

    // One spelling per meaning, so readers of the facts ask for "Cast", not "Starring" or "Main cast".
    private static string Key(string key) => key.Trim().ToLowerInvariant() switch
    {
        "drama" or "dramas" or "title" or "series" or "show" or "shows" or "k-drama" or "k-dramas" or "kdrama" or "kdramas" => "Drama",
        "year" or "aired" or "released" or "release year" or "release date" or "air date" or "premiered" => "Year",
        "starring" or "cast" or "main cast" or "lead cast" or "actors" or "leads" or "lead actors" or "stars" or "with" or "featuring"
            or "portrayed by" or "played by" => "Cast",
        "couple" or "ship" or "otp" or "pairing" or "characters" => "Couple",
        "network" or "channel" or "broadcaster" or "platform" or "where to watch" or "streaming on" or "watch on" => "Network",
        "episode" or "ep" or "ep." => "Episode",
        "episodes" => "Episodes",
        _ => key.Trim(),
    };

    [GeneratedRegex(@"(?:(?:The|Our|Their|Featured)\s+)?(?<key>(?:K-?dramas?|Dramas?|Title|Series|Shows?|Year|Aired|Released|Release (?:year|date)|Air date|Premiered|Network|Channel|Broadcaster|Platform|Where to watch|Streaming on|Watch on|Starring|Main cast|Lead cast|Cast|Actors|Lead actors|Leads|Stars|With|Featuring|Portrayed by|Played by|Couple|Ship|OTP|Pairing|Characters|Episodes?|Ep\.?|Genre|Director|Writer|Rating|Runtime|IMDb(?: rating)?))\s*[:|]\s*(?<value>[^·|•]+)", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex Field();

    [GeneratedRegex(@"^(?:['‘""“](?<title>[^()]{2,100}?)['’""”]|(?<title>[^()'‘’""“”][^()""“”]{0,99}?))\s*\((?:(?<network>[^()\d,][^(),]{1,29}),\s*)?(?<year>(?:19|20)[0-9]{2})(?:\s*[-–]\s*(?:19|20)?[0-9]{2})?\)\.?$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex TitleWithYear();

    [GeneratedRegex(@"\s*(?:[&,/×♥♡+]|\s(?:and|x)\s)\s*", RegexOptions.NonBacktracking)]
    private static partial Regex PeopleJoin();

    [GeneratedRegex(@"\s+[-–—·•|]\s+", RegexOptions.NonBacktracking)]
    private static partial Regex RowSeparator();

    [GeneratedRegex(@"\s*\((?:aka|a\.k\.a\.|also known as)\b[^()]*\)", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex AlsoKnownAs();

    [GeneratedRegex(@"^(?:aka|a\.k\.a\.|also known as)\s*", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex AkaLead();

    // "2016", "SBS, 2016", "tvN 2019": a part that is the year, a broadcaster's few words before it.
    [GeneratedRegex(@"^(?:(?<network>[\p{L}\d+]{2,12}(?: [\p{L}\d+]{1,12}){0,2}),?\s+)?(?<year>(?:19|20)[0-9]{2})$", RegexOptions.NonBacktracking)]
    private static partial Regex NetworkAndYear();

    [GeneratedRegex(@",\s+|\s+[-–—]\s+|^[-–—]\s*", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex LastPart();

    [GeneratedRegex(@"(?:19|20)[0-9]{2}", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"\s+[·|•–—-]\s+", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex CardSeparator();

    [GeneratedRegex(@"^(?:Episode|Ep\.?|E)\s*(?<n>[0-9]{1,3})$", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex EpisodePart();

    [GeneratedRegex(@"^(?:From|(?:\p{L}+ ){0,2}(?:in|from))\s*:\s*(?=\S)", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex SourceLabel();

    [GeneratedRegex(@"^(?<year>(?:19|20)[0-9]{2})(?:\s*[-–~]\s*(?:(?:19|20)?[0-9]{2})?)?$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex YearField();

    [GeneratedRegex(@"^(?:Cast|Main cast|Lead cast|Starring|Stars|Leads|Actors)\s*:$", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex BareCastLabel();

    [GeneratedRegex(@"^[•◦▪‣*·–-]\s*(?<entry>\p{Lu}[^\n]{2,140})$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex CastBullet();

    // "(the mermaid)", "(real name Ki Ha-myung)": an aside that describes.
    [GeneratedRegex(@"\s*\(\p{Ll}[^()]*\)", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex LowercaseAside();

    // ", a divorced hotel CEO": a description after the name.
    [GeneratedRegex(@",\s+(?:a|an|the|who|whose|his|her)\s.*$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex Appositive();

    // "Hong Seol — Kim Go-eun", "Yoon Se-ri: Son Ye-jin": the role, then its actor.
    [GeneratedRegex(@"^(?<role>\p{Lu}[^:—–\n]{1,60}?)\s*(?::|\s[—–-])\s+(?<actor>\p{Lu}[^:—–\n]{1,60})$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex RoleAndActor();

    // "as trainee prosecutor Eun Bong-hee": the words that describe the role go; its name stays.
    [GeneratedRegex(@"\s+as\s+(?:\p{Ll}[\p{L}\-]*\s+)+(?=\p{Lu})", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex AsDescription();

    [GeneratedRegex(@"^(Stars|Starring|Cast|Main cast|Lead cast|Featuring)\s+(?=\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}\s*,)", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex CastWithoutColon();
}

/// <summary>The drama a card's line names, and the scene's episode when the line gives it.</summary>
public sealed record CardDrama(string Title, int? Episode);
