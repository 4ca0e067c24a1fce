using System.Text.RegularExpressions;
using KdramaMoments.Web.Domain;
using KdramaMoments.Web.Importing.Reference;

namespace KdramaMoments.Web.Importing;

/// <summary>Everything one item says about its people, as the earlier stages found it.</summary>
/// <param name="Heading">The item's heading, list marker stripped.</param>
/// <param name="Body">The item's paragraphs, page furniture already removed.</param>
/// <param name="DramaTitle">The drama the item is about.</param>
/// <param name="HeadingPeople">People the heading names, as the heading reader understood them.</param>
/// <param name="Facts">The item's fact lines: ("Cast", "Hyun Bin, Son Ye-jin"), ("Couple", "Ri Jeong-hyeok &amp; Yoon Se-ri"), ("Starring", …), ("Actors", …).</param>
public sealed record CastEvidence(
    string Heading,
    IReadOnlyList<string> Body,
    string DramaTitle,
    IReadOnlyList<HeadingPerson> HeadingPeople,
    IReadOnlyList<FactLine> Facts)
{
    /// <summary>
    /// The order the article writes orderless credits in (<c>A (B)</c>, <c>A — B</c>): true when its actors come first, false
    /// when its roles do, null when it does not say. An item's own evidence comes first.
    /// </summary>
    public bool? ActorFirst { get; init; }
}

public enum PersonRole
{
    Unknown,
    Character,
    Actor,
}

/// <summary>
/// A person the heading names: "Ri Jeong-hyeok (Hyun Bin)" → ("Ri Jeong-hyeok", "Hyun Bin", Character);
/// "Hyun Bin for Son Ye-jin in …" → two with <see cref="PersonRole.Actor"/>; "Drama: Jeong-hyeok and Se-ri" → two Unknown.
/// </summary>
public sealed record HeadingPerson(string Name, string? PlayedBy, PersonRole Role);

public sealed record FactLine(string Key, string Value);

public sealed record CastReading(IReadOnlyList<CastCredit> Cast, IReadOnlyList<string> Featured, IReadOnlyList<ItemDoubt> Doubts);

/// <summary>One credit as one pattern read it, before the item's credits are merged.</summary>
internal sealed record CreditMention(string Pattern, string? Character, string? Actor, int Index, string? ActorAlias = null, int Length = 0, string? CharacterAlias = null);

/// <summary>
/// Who is in one list item and who plays whom, from every place the item states it: the heading, the body's
/// sentences and the fact lines. A short pipeline of named steps (each testable alone) over a table of credit
/// patterns. Every pattern runs on the non-backtracking engine, so reading is linear in the item's length. Pure.
/// </summary>
public static partial class CastReader
{
    /// <summary>
    /// One capitalised name word (as <see cref="PersonNames.Token"/>, with word boundaries for lookarounds, which the
    /// linear engine lacks); "YoonA" is tried before "Yoon" so a name ending a pattern is read whole.
    /// </summary>
    internal const string Token = @"(?:\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+\b|\p{Lu}\p{Ll}+\p{Lu}\b|\p{Lu}\p{Ll}+(?:-\p{L}\p{Ll}*)*|\p{Lu}{2,3}\b)";

    /// <summary>One to four name words.</summary>
    internal const string Run = Token + @"(?:[ \u00A0]" + Token + "){0,3}";

    // A name with its form of address, which is how some roles are known: "Mr. Gu (Son Suk-ku)", "Ms. Oh".
    private const string Addressed = @"(?:(?:Mr|Mrs|Ms|Dr)\.[ ]+)?" + Run;

    // A title after "in": capitalised words, with the small words titles keep ("Crash Landing on You").
    private const string Title = @"\p{Lu}[\p{L}\p{N}'’:\-]*(?:[ ](?:\p{Lu}[\p{L}\p{N}'’:\-]*|of|the|on|and|a|an|in|to|for|with|from|is|\p{N}+)){0,8}";

    private const RegexOptions Linear = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;

    /// <summary>More people than this in one item is not a list item; the rest are ignored, with a doubt.</summary>
    internal const int MaxPeople = 60;

    /// <summary>How much of the body <see cref="BodyNames"/> reads for the characters a cast line pairs with.</summary>
    internal const int SetUpLength = 2000;

    /// <summary>The credit patterns, in the order they are trusted: an earlier credit's actor is never read as a later credit's role.</summary>
    // A form of address before a role: "Captain Yoo Si-jin", "Dr. Kang Mo-yeon", "Sergeant Seo Dae-young".
    private const string Role = @"(?:Captain|Capt\.|Dr\.|Doctor|Sergeant|Lieutenant|General|Prince|Princess|King|Queen|Emperor|Empress|Lady|Lord|Chairman|Director|Detective|Secretary|Attorney|Lawyer|Professor|Officer|Chief|Manager)\s+";

    // What a role is before its name: "the quiet baduk prodigy", "North Korean officer", "game-company CEO", "his would-be bride",
    // "the dramatic, grumpy, fabulous hotel owner" (adjectives in a list).
    // Captured as "desc", so a run of words that is a clause rather than a description can be refused (see DescriptionIsAClause).
    private const string Describing = @"(?<desc>(?:(?:the|a|an|his|her|their)\s+)?(?:\p{Lu}\p{Ll}+\s+){0,2}(?:\p{Ll}[\p{L}\-]*,\s+){0,3}(?:(?:\p{Ll}[\p{L}\-]*|CEO|PD)\s+){1,3})";

    // The verbs that give an actor a role: "plays", "stars as", "takes on the role of", "transformed into".
    // The longer forms first: "played the role of" is one verb, not "played" and a description.
    // "played by", "portrayed by", "essayed by", "brought to life by".
    private const string PlayedBy = @"(?:played|portrayed|essayed|brought\s+to\s+life)\s+by";

    private const string Plays = @"(?:(?:takes|took|taking)\s+(?:on\s+)?the\s+(?:role|part)\s+of|(?:plays|played|playing)\s+the\s+(?:role|part)\s+of|plays|portrays|played|portrayed|stars\s+as|starred\s+as|transform(?:s|ed)\s+into|(?:is|was)\s+cast\s+as)";

    // An aside between an actor and the verb: "(aka Junho of 2PM)", ", fresh off his Boys Over Flowers era,", or the group an
    // idol sings in ("Jisoo of BLACKPINK as …").
    private const string Aside = @"(?:\s*\([^()\n]{1,60}\)|,[^,.;()\n]{1,60},|\s+(?:of|from)\s+(?:\p{Lu}[\p{L}\p{N}'’]*|\p{N}\p{Lu}+)(?:\s+\p{Lu}[\p{L}'’]*){0,2})?";

    // "(Lee Jun-ho of 2PM)", "(Cha Eun-woo from ASTRO)": the group an idol-actor sings in, after the name inside a credit.
    private const string IdolGroup = @"\s+(?:of|from)\s+(?:\p{Lu}[\p{L}\p{N}'’]*|\p{N}\p{Lu}+)(?:\s+\p{Lu}[\p{L}'’]*){0,2}";

    internal static readonly IReadOnlyList<(string Name, Regex Pattern)> CreditPatterns =
    [
        // "Oh Yoon-seo (real name Oh Jin-shim, played by Yoo In-na)", "Myul-mang (literally Doom, played by Seo In-guk)": the
        // role's other name, then its actor.
        ("aliased role", Pattern(@"(?<char>" + Addressed + @")\s*\((?:real\s+name|birth\s+name|literally|(?:also\s+)?known\s+as|aka|a\.k\.a\.|nicknamed|or)\s+(?:the\s+)?(?<charAlias>" + Run + @")\s*[,;]\s*" + PlayedBy + @"\s+(?<actor>" + Run + @")\)")),
        // "Yoon Se-ri (Son Ye-jin)", "(played by Son Ye-jin)", "(Im Yoon-ah, better known as YoonA of Girls' Generation)"
        // "Park Seo-joon (as Ko Dong-man)": the actor outside, the role inside.
        ("parenthesis", Pattern(@"(?<char>" + Addressed + @")\s*\((?:(?:played|portrayed)\s+by\s+|(?<reversed>as\s+))?(?<actor>" + Run + @")(?:\s*[,;]\s*(?<extra>\p{Ll}[^()\n]{0,160})|" + IdolGroup + @")?\)")),
        // "General Kim Shin, known as the invincible goblin (played by Gong Yoo)"
        ("appositive", Pattern(@"(?<char>" + Run + @"),\s+(?:also\s+|otherwise\s+)?(?:known\s+as|aka|a|an|the)\b[^().;\n]{0,50}?\((?:played|portrayed)\s+by\s+(?<actor>" + Run + @")\)")),
        // "Hong-joo, played by real-life K-pop idol Suzy Bae,"
        ("played by", Pattern(@"(?<char>" + Run + @"),\s+(?:who\s+is\s+|(?:the|a|an)\s+(?:\p{Ll}[\p{L}\-]*\s+){1,4})?" + PlayedBy + @"\s+(?<actor>(?:[\p{L}\-'’]+\s+){0,5}?" + Run + @")(?:[,.;)]|\s*\(|\s+(?:who|and|in|\p{Ll}+)\b)")),
        // "Song-hwa is played by Jeon Mi-do"
        ("played by", Pattern(@"(?<char>" + Run + @")\s+(?:is|was)\s+" + PlayedBy + @"\s+(?<actor>(?:[\p{L}\-'’]+\s+){0,3}?" + Run + @")(?:[,.;)]|\s*\(|\s+(?:who|and|in|\p{Ll}+)\b)")),
        // "Lee Do Hyun portrays Joo Yeo Jeong"
        // "Lee Min-ho, fresh off Boys Over Flowers, plays Kim Tan", "Byeon Woo-seok (Byun in some subs) plays Sun-jae"
        ("plays", Pattern(@"(?<actor>" + Run + @")" + Aside + @",?\s+(?:who\s+)?" + Plays + @"\s+(?:" + Describing + @")?(?:" + Role + @")?(?<char>" + Run + ")")),
        // "Song Kang and Han So Hee did an amazing job playing the roles of Park Jae Eon & Yu Na Bi respectively"
        ("pair of plays", Pattern(@"(?<actor>" + Run + @")\s+(?:and|&)\s+(?<actor2>" + Run + @")" + Aside + @",?(?:\s+\p{Ll}[\p{L}\-]*){0,5}?\s+(?:(?:play|played|playing)\s+the\s+(?:roles|parts)\s+of|play|played|playing|portray|portrayed|star\s+as|starred\s+as)\s+(?:" + Describing + @")?(?:" + Role + @")?(?<char>" + Run + @")\s+(?:and|&)\s+(?:" + Describing + @")?(?:" + Role + @")?(?<char2>" + Run + ")")),
        // "the second lead couple, Cha Sung Hoon and Jin Young Seo, played by Kim Min Kyu and Seol In Ah"
        ("pair played by", Pattern(@"(?<char>" + Run + @")\s+(?:and|&)\s+(?<char2>" + Run + @"),?\s+(?:who\s+(?:are|were)\s+)?(?:played|portrayed)\s+by\s+(?<actor>" + Run + @")\s+(?:and|&)\s+(?<actor2>" + Run + ")")),
        // "As Kim Shin, Gong Yoo …", "In the role of Kang Tae-moo, Ahn Hyo-seop …", "As Emperor Lee Gon and detective Jeong Tae Eul, Lee Min Ho and Kim Go Eun …"
        ("fronted", Pattern(@"(?:^|[.!?]\s+|\n)(?:As|In\s+the\s+(?:role|part)\s+of|Playing)\s+(?:" + Describing + @")?(?:" + Role + @")?(?<char>" + Run + @")(?:\s+(?:and|&)\s+(?:" + Describing + @")?(?:" + Role + @")?(?<char2>" + Run + @"))?,\s+(?<actor>" + Run + @")(?:\s+(?:and|&)\s+(?<actor2>" + Run + @"))?")),
        // "The role of Nam Se-hee, a home owner …, went to Lee Min-ki"
        ("role went to", Pattern(@"\b[Tt]he\s+(?:role|part)\s+of\s+(?<char>" + Run + @")[^.;\n]{0,100}?\s+went\s+to\s+(?<actor>" + Run + ")")),
        // "Ha Ji-won is Gil Ra-im, a stuntwoman", "Bae Suzy is Seo Dal Mi, who dreams …": an actor is a role, then the role described.
        // "Park Hyung-sik is game-company CEO Ahn Min-hyuk, who …", "Jung Hae-in is Jun-hee.", "Song Kang (…) is Jung Koo-won, a demon".
        ("is", Pattern(@"(?<actor>" + Run + @")" + Aside + @"\s+is\s+(?:" + Describing + @")?(?:" + Role + @")?(?:(?<char>" + Run + @")(?:,\s+(?:a|an|the|who|whose|or)\s|,\s+(?:and\s+)?" + Run + @"\s+is\s)|(?<char>\p{Lu}\p{Ll}+-\p{Ll}+)\s*[.;,])")),
        // "…, Son Ye-jin the heiress Yoon Se-ri", "…, and Kim Go-eun his would-be bride Ji Eun-tak", "…, and Park Min-young into Sung Deok-mi": the verb left out.
        ("gapped", Pattern(@",\s+(?:and\s+)?(?<actor>" + Token + @"[ ]" + Token + @"(?:[ ]" + Token + @")?)\s+(?:into\s+(?:" + Describing + @")?|(?:the|his|her|their)\s+(?:\p{Ll}[\p{L}\-]*\s+){0,3})(?:" + Role + @")?(?<char>" + Run + ")")),
        // "Kim Soo-hyun's character, Moon Gang-tae,", "Kim Tae-ri's fencer Na Hee-do", "Song Joong-ki's Captain Yoo Si-jin"
        ("possessive role", Pattern(@"(?<actor>" + Run + @")['’]s\s+(?:(?:character|role)\s*,?\s+|" + Describing + @",?\s*|" + Role + @")(?<char>" + Run + ")")),
        // "Nam Joo Hyuk was amazing in Weightlifting Fairy Kim Bok-joo as Joon-hyung"
        ("as", Pattern(@"(?<actor>" + Run + @")" + Aside + @",?\s+(?:(?:was|is|shines|shone|stars|starred|appears|appeared|returns|returned|also|won|wins|steals|stole|shone)\b[^.;,()\n]{0,60}?\s)?as\s+(?:" + Describing + @")?(?:" + Role + @")?(?<char>" + Run + ")")),
        // "a human girl named Eun-tak": a role without its actor.
        ("named", Pattern(@"\bnamed\s+(?<char>" + Run + ")")),
        // "Chae-won's Ji-won": an actor the item already named, then the role.
        ("possessive", Pattern(@"(?<actor>" + Run + @")['’]s\s+(?<char>" + Run + ")")),
    ];

    public static CastReading Read(CastEvidence evidence)
    {
        using var keys = NameKeys.Open();
        var doubts = new List<ItemDoubt>();
        var text = WithoutOtherVersions(Text(evidence));
        var facts = FactLines(evidence);
        var couple = CoupleCharacters(facts);
        var passing = PassingMentions(text, evidence.DramaTitle);
        var mentions = FindCredits(text).Where(m => !InSpan(passing, m.Index, m.Index + Math.Max(1, m.Length))).ToList();
        var listed = ListedActors(evidence, facts, text, couple, out var factCredits);
        var credits = Collect(Oriented([.. mentions, .. factCredits, .. DashedCastEntries(facts)], evidence), listed, evidence, doubts);
        var known = KnownNames(evidence.DramaTitle, text, facts, passing);
        FromCastList(credits, known);
        RolesFromHeading(credits, evidence);
        PairPronouns(credits, text, passing);
        PairAdjacentSentences(credits, text, passing, couple);
        PairInOrder(credits, OrderedCharacters(credits, evidence, couple), listed, facts, couple.Count > 0 ? "the Couple line" : "the heading", doubts);
        PairHeadingRoleWithLoneActor(credits, text, evidence, passing);
        CompleteGivenNames(credits, evidence);
        FromCastList(credits, known);
        DropBilledOnly(credits, facts, evidence);
        DropNotCast(credits, NotCastNames(text));
        foreach (var credit in credits.Where(c => c.Character is not null && c.Actor is null))
        {
            doubts.Add(new ItemDoubt("cast", $"actor for {credit.Character} not stated"));
        }
        var cast = WithoutDramaAsActor(credits.Select(c => c.ToCastCredit()).ToList(), evidence.DramaTitle);
        return new CastReading(cast, Featured(evidence.Heading, evidence.Body, cast), doubts);
    }

    /// <summary>The heading and body as one text, the heading closed as a sentence.</summary>
    internal static string Text(CastEvidence evidence) => evidence.Heading + ".\n" + string.Join('\n', evidence.Body);

    /// <summary>The fact lines given, and any the body still holds ("Cast: A, B" as a paragraph of its own).</summary>
    internal static List<FactLine> FactLines(CastEvidence evidence)
    {
        var facts = evidence.Facts.ToList();
        foreach (var paragraph in evidence.Body)
        {
            var m = BodyFactLine().Match(paragraph);
            if (m.Success)
            {
                facts.Add(new FactLine(m.Groups["key"].Value, m.Groups["value"].Value));
            }
        }
        return facts;
    }

    /// <summary>A "Couple:" line names characters, never actors.</summary>
    internal static List<string> CoupleCharacters(IEnumerable<FactLine> facts) =>
        facts.Where(f => IsKey(f, "couple"))
            .SelectMany(f => SplitNameList(f.Value))
            .Select(n => PersonNames.Clean(ParenthesisEntry().Match(n) is { Success: true } p ? p.Groups["outer"].Value : n))
            .OfType<string>()
            .Where(IsName)
            .DistinctBy(PersonNames.RomanisationKey)
            .ToList();

    /// <summary>
    /// Spans that speak of another drama in passing ("…like Kim Shin in Goblin", "who also played Han Ji-pyeong in
    /// Start-Up"): the people named there are not this item's cast.
    /// </summary>
    internal static List<(int Start, int End)> PassingMentions(string text, string dramaTitle)
    {
        var spans = new List<(int, int)>();
        foreach (var regex in new[] { Comparison(), PlayedElsewhere() })
        {
            foreach (Match m in regex.Matches(text))
            {
                var title = m.Groups["title"].Value;
                // "in Episode 3", "in Seoul": a place in this story, not another drama.
                if (PersonNames.Clean(title.Split(' ')[0]) is not null && !SameTitle(title, dramaTitle))
                {
                    spans.Add((m.Groups["span"].Index, m.Groups["span"].Index + m.Groups["span"].Length));
                }
            }
        }
        // Sorted and overlaps joined, for InSpan's binary search.
        spans.Sort();
        var joined = new List<(int Start, int End)>(spans.Count);
        foreach (var span in spans)
        {
            if (joined.Count > 0 && span.Item1 <= joined[^1].End)
            {
                joined[^1] = (joined[^1].Start, Math.Max(joined[^1].End, span.Item2));
            }
            else
            {
                joined.Add(span);
            }
        }
        return joined;
    }

    /// <summary>True when [start, end) overlaps one of the sorted, disjoint <paramref name="spans"/> (binary search: long items have many).</summary>
    internal static bool InSpan(List<(int Start, int End)> spans, int start, int end)
    {
        int lo = 0, hi = spans.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (spans[mid].End <= start)
            {
                lo = mid + 1;
            }
            else if (spans[mid].Start >= end)
            {
                hi = mid - 1;
            }
            else
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Every credit the pattern table finds, pattern by pattern in the table's order.</summary>
    internal static List<CreditMention> FindCredits(string text)
    {
        var mentions = new List<CreditMention>();
        foreach (var (name, pattern) in CreditPatterns)
        {
            foreach (Match m in pattern.Matches(text))
            {
                // The linear engine has no look-behind: a name must not start inside a word ("TRO" of "ASTRO").
                if (StartsInsideWord(text, m.Groups["actor"]) || StartsInsideWord(text, m.Groups["char"]) || DescriptionIsAClause(m))
                {
                    continue;
                }
                if (name == "named" && ThingBeforeNamed().IsMatch(text.AsSpan(Math.Max(0, m.Index - 30), m.Index - Math.Max(0, m.Index - 30))))
                {
                    continue;
                }
                // "… a night courier known as Healer", "… such as Kim Shin": an "as" that names, not one that casts.
                if (name == "as" && NamingAs().IsMatch(text.AsSpan(m.Groups["actor"].Index + m.Groups["actor"].Length, m.Groups["char"].Index - m.Groups["actor"].Index - m.Groups["actor"].Length)))
                {
                    continue;
                }
                // 'Healer (KBS2)': a quoted title before a parenthesis is not a role.
                if (name == "parenthesis" && m.Index > 0 && "'‘’\"“”".Contains(text[m.Index - 1], StringComparison.Ordinal))
                {
                    continue;
                }
                // "… Final Episode (ENG)", "(Eng Sub)": a video's subtitle or quality tag in a video's title, not an actor.
                // "Queen of Tears (Netflix)": a streaming service in the parentheses is where the title is on, not who plays
                // the title's last words.
                if (name == "parenthesis" && (VideoTag().IsMatch(m.Groups["actor"].Value) || HeadingReader.IsKnownNetwork(m.Groups["actor"].Value)))
                {
                    continue;
                }
                var actor = m.Groups["actor"].Success ? m.Groups["actor"].Value : null;
                if (name == "played by" && actor is not null)
                {
                    actor = TrailingName(actor);
                }
                // "Song Joong-ki and Song Hye-kyo played Yoo Si-jin and Kang Mo-yeon": two credits, paired in order.
                if (m.Groups["actor2"].Success && m.Groups["char2"].Success)
                {
                    mentions.Add(new CreditMention(name, m.Groups["char2"].Value, m.Groups["actor2"].Value, m.Groups["actor2"].Index, null, m.Length));
                }
                var alias = m.Groups["extra"].Success ? KnownAs().Match(m.Groups["extra"].Value) : Match.Empty;
                var character = m.Groups["char"].Success ? m.Groups["char"].Value : null;
                if (m.Groups["reversed"].Success)
                {
                    (character, actor) = (actor, character);
                }
                // "Singer-actor Rain (Jung Ji-hoon)": a job word before the name says it is the actor, the parenthesis their other name.
                if (name == "parenthesis" && !m.Groups["reversed"].Success && character is not null && PersonNames.IsJobWord(character.Split(' ')[0]))
                {
                    mentions.Add(new CreditMention(name, null, character, m.Index, actor, m.Length));
                    continue;
                }
                mentions.Add(new CreditMention(
                    name,
                    character,
                    actor,
                    m.Index,
                    alias.Success ? alias.Groups["alias"].Value : null,
                    m.Length,
                    m.Groups["charAlias"].Success ? m.Groups["charAlias"].Value : null));
            }
        }
        return WithoutReadingsInsideWiderOnes(mentions);
    }

    // "Park Seo-joon and Park Min-young, who played Young-joon and Mi-so respectively": the pair's reading covers the
    // shorter one inside it ("Park Min-young, who played Young-joon"), which it replaces; so does an aliased role's
    // ("Oh Yoon-seo (real name Oh Jin-shim, played by Yoo In-na)" over "Oh Jin-shim, played by Yoo In-na").
    private static List<CreditMention> WithoutReadingsInsideWiderOnes(List<CreditMention> mentions)
    {
        static bool IsWide(CreditMention m) => m.Pattern.StartsWith("pair", StringComparison.Ordinal) || m.Pattern == "aliased role";
        var wide = mentions.Where(IsWide).Select(m => (Start: m.Index, End: m.Index + m.Length)).ToList();
        if (wide.Count == 0)
        {
            return mentions;
        }
        return mentions.Where(m => IsWide(m) || !wide.Any(p => p.Start <= m.Index && m.Index + m.Length <= p.End)).ToList();
    }

    // "a North Korean soldier who meets Yoon Se-ri", "love for Cheon Song Yi", "played by Son Ye-jin": words between a verb and
    // a name that join clauses or take an object are not a description of a role.
    private static bool DescriptionIsAClause(Match m) =>
        m.Groups["desc"].Captures.Any(c => ClauseWord().IsMatch(c.Value));

    private static bool StartsInsideWord(string text, Group group) =>
        group.Success && group.Index > 0 && char.IsLetter(text[group.Index - 1]);

    /// <summary>
    /// Actors the item lists without saying whom they play, in the order listed: the heading's actors, fact lines
    /// ("Cast:", "Starring:", "Actors:"), "Starring A and B" and captions ("A and B in Drama"). Entries of a cast
    /// line that do say ("Hyun Bin (Ri Jeong-hyeok)", "Hyun Bin as Ri Jeong-hyeok") come back as credits.
    /// </summary>
    internal static List<string> ListedActors(CastEvidence evidence, IEnumerable<FactLine> facts, string text, List<string> couple, out List<CreditMention> credits)
    {
        credits = [];
        var actors = evidence.HeadingPeople.Where(p => p.Role == PersonRole.Actor).Select(p => p.Name).ToList();
        // "Couple: Moon Dong-eun (Song Hye-kyo) & Joo Yeo-jeong (Lee Do-hyun)": the role outside, the actor inside.
        foreach (var fact in facts.Where(f => IsKey(f, "couple")))
        {
            foreach (var entry in SplitNameList(fact.Value).Select(e => ParenthesisEntry().Match(e)).Where(m => m.Success))
            {
                credits.Add(new CreditMention("couple line", entry.Groups["outer"].Value, entry.Groups["inner"].Value, 0));
            }
        }
        foreach (var fact in facts.Where(IsCastLine))
        {
            foreach (var entry in SplitNameList(fact.Value))
            {
                // "Hyun Bin (Ri Jeong-hyeok)", actor first, unless the cast list says the entry is written role first
                // ("Ri Jeong-hyeok (Hyun Bin)"), as the same entry in the prose is read.
                if (ParenthesisEntry().Match(entry) is { Success: true } credit)
                {
                    var (outer, inner) = (credit.Groups["outer"].Value, credit.Groups["inner"].Value);
                    credits.Add(RoleFirst(outer, inner)
                        ? new CreditMention("fact line", outer, inner, 0)
                        : new CreditMention("fact line", inner, outer, 0));
                }
                else if (AsEntry().Match(entry) is { Success: true } @as)
                {
                    credits.Add(new CreditMention("fact line", @as.Groups["inner"].Value, @as.Groups["outer"].Value, 0));
                }
                else
                {
                    actors.Add(entry);
                }
            }
        }
        // "Couple: Sung Deok-mi (Park Min-young) ↔ Ryan Gold (Kim Jae-wook)": a couple line names roles, and credits their actors
        // in parentheses the other way round from a cast line.
        foreach (var entry in facts.Where(f => IsKey(f, "couple")).SelectMany(f => SplitNameList(f.Value)))
        {
            if (ParenthesisEntry().Match(entry) is { Success: true } credit)
            {
                credits.Add(new CreditMention("fact line", credit.Groups["outer"].Value, credit.Groups["inner"].Value, 0));
            }
        }
        foreach (Match m in StarringList().Matches(text))
        {
            actors.AddRange(SplitNameList(m.Groups["list"].Value));
        }
        // "Hyun Bin and Son Ye-jin star as …", "Lee Byung-hun and Kim Tae-ri play the star-crossed pair", "pairs Gong Yoo with Kim Go-eun".
        foreach (Match m in ActorPair().Matches(text))
        {
            if (!StartsInsideWord(text, m.Groups["a"]))
            {
                actors.Add(m.Groups["a"].Value);
                actors.Add(m.Groups["b"].Value);
            }
        }
        // Only the body's captions: the heading reader has already said who the heading's people are.
        foreach (Match m in CaptionCast().Matches(string.Join('\n', evidence.Body)))
        {
            if (SameTitle(m.Groups["rest"].Value, evidence.DramaTitle))
            {
                actors.AddRange(SplitNameList(m.Groups["list"].Value));
            }
        }
        // With no list at all, the actors the item names without a role ("Hyun Bin plays the stoic captain and Son Ye-jin
        // the heiress", "Song Joong-ki's Italian-raised consigliere") are the list, in the order named.
        if (actors.Count == 0)
        {
            var roles = HeadingNames(evidence.Heading).Concat(evidence.HeadingPeople.Where(p => p.Role != PersonRole.Actor).Select(p => p.Name)).ToList();
            actors.AddRange(ActorWithoutRole().Matches(text).Select(m => m.Groups["actor"].Value)
                .Where(a => PersonNames.LooksLikeFullName(a) && !roles.Any(r => SamePerson(r, a) || PersonNames.IsNameSuffix(r, a))));
        }
        // A Couple line's names are roles: they never join this list, even when a cast line repeats them.
        return actors.Select(PersonNames.Clean)
            .OfType<string>()
            .Where(IsName)
            .Where(a => !couple.Any(c => SamePerson(a, c)))
            .DistinctBy(PersonNames.RomanisationKey)
            .ToList();
    }

    // The cast list knows the second name as an actor's and never as a role, and the first never as an actor's. A role's
    // name alone is no evidence: one drama's heroine is named like another's actress ("Han Yu-ri").
    private static bool RoleFirst(string first, string second)
    {
        var (a, b) = (KnownCasts.KnowsName(first), KnownCasts.KnowsName(second));
        return b.Actor && !b.Character && !a.Actor;
    }

    /// <summary>Accepts the mentions in order, expands short actor names to the full ones, and merges records of one person.</summary>
    internal static List<Credit> Collect(IEnumerable<CreditMention> mentions, List<string> listed, CastEvidence evidence, List<ItemDoubt> doubts)
    {
        var dramaKey = Names.Normalize(evidence.DramaTitle);
        // Distinct names only, looked up by key: a long item repeats the same few credits many times.
        var actors = new List<string>();
        var actorKeys = new HashSet<string>(StringComparer.Ordinal);
        void Known(string actor)
        {
            if (actorKeys.Add(PersonNames.RomanisationKey(actor)))
            {
                actors.Add(actor);
            }
        }
        listed.ForEach(Known);
        var raw = new List<(string? Character, string? Actor, string? Alias, string? CharacterAlias)>();
        var seen = new HashSet<(string?, string?, string?)>();

        void Accept(string? character, string? actor, string? alias, string? characterAlias = null)
        {
            character = character is null ? null : PersonNames.Clean(character);
            actor = actor is null ? null : PersonNames.Clean(actor);
            alias = alias is null ? null : PersonNames.Clean(alias);
            characterAlias = characterAlias is null || character is null ? null : PersonNames.Clean(characterAlias);
            if (character is not null && (Names.Normalize(character) == dramaKey || actorKeys.Contains(PersonNames.RomanisationKey(character))))
            {
                character = null; // a drama or an actor, not a role
            }
            if ((character is null && actor is null) || !seen.Add((character, actor, alias)))
            {
                return;
            }
            raw.Add((character, actor, actor is null ? null : alias, characterAlias));
            if (actor is not null)
            {
                Known(actor);
            }
        }

        // A long item repeats the same few credits: each is judged once, in the order first stated.
        var all = mentions.DistinctBy(m => (m.Pattern, m.Character, m.Actor, m.ActorAlias)).ToList();
        var playingActors = all.Where(m => m.Actor is not null && m.Character is not null && m.Pattern is not "possessive role" and not "gapped" and not "possessive")
            .Select(m => PersonNames.RomanisationKey(m.Actor!))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var m in all)
        {
            // "IU (Lee Ji-eun)" where another credit has IU play a role, or the cast list gives both names to her: the
            // parenthesis holds her other name.
            if (m.Pattern == "parenthesis" && m.Character is not null && m.Actor is not null
                && (playingActors.Contains(PersonNames.RomanisationKey(m.Character)) || KnownCasts.AreOneActor(m.Character, m.Actor)))
            {
                Accept(null, m.Character, m.Actor);
                continue;
            }
            if (m.Pattern == "named" && !PersonNames.LooksKorean(m.Character!))
            {
                continue;
            }
            if (m.Pattern == "possessive" && !actorKeys.Contains(PersonNames.RomanisationKey(m.Actor!)) && !actors.Any(a => PersonNames.IsNameSuffix(m.Actor!, a))
                && !IsActorsRole(m, all, evidence))
            {
                continue;
            }
            // "Living with Kim Shin is the disgruntled Grim Reaper": a role the item gives elsewhere is not the actor of another.
            if (m.Pattern is "is" or "gapped" or "possessive role" && (all.Any(o => o != m && o.Character is not null && SamePerson(o.Character, m.Actor!))
                || evidence.HeadingPeople.Any(p => p.Role != PersonRole.Actor && SamePerson(p.Name, m.Actor!))))
            {
                continue;
            }
            // "Yoon Se-ri's brother Se-hyung" is family, not a credit: a role word after a name credits an actor only
            // when the item names that person as an actor, or by a full name it never gives a role.
            if (m.Pattern == "possessive role" && !actorKeys.Contains(PersonNames.RomanisationKey(m.Actor!))
                && (PersonNames.Words(m.Actor!).Length < 2 || all.Any(o => o.Character is not null && SamePerson(o.Character, m.Actor!))))
            {
                continue;
            }
            // "Kim Tae-ri (Na Hee-do)" where the item lists Kim Tae-ri as an actor: the role is inside.
            if (m.Pattern == "parenthesis" && m.Character is not null && m.Actor is not null
                && actorKeys.Contains(PersonNames.RomanisationKey(m.Character)) && !actorKeys.Contains(PersonNames.RomanisationKey(m.Actor)))
            {
                Accept(m.Actor, m.Character, null);
                continue;
            }
            // "Kim Tan (Lee)": a family name alone refers to an actor the item names in full.
            if (m.Actor is not null && PersonNames.Words(m.Actor).Length == 1 && PersonNames.IsFamilyName(m.Actor))
            {
                var named = actors.Where(a => PersonNames.Words(a).Length > 1 && SamePerson(PersonNames.Words(a)[0], m.Actor)).ToList();
                Accept(m.Character, named.Count == 1 ? named[0] : null, null);
                continue;
            }
            Accept(m.Character, m.Actor, m.ActorAlias, m.CharacterAlias);
        }
        foreach (var person in evidence.HeadingPeople.Where(p => p.Role == PersonRole.Character))
        {
            Accept(person.Name, person.PlayedBy, null);
        }

        // Short forms ("Bo-young", "Suzy") stand for the full name the item gives elsewhere ("Park Bo-young", "Bae Suzy").
        var distinct = actors.DistinctBy(Names.Normalize).ToList();
        var full = distinct.Where(a => !distinct.Any(f => IsShortFor(a, f))).ToList();
        string Expand(string actor) => full.Where(f => IsShortFor(actor, f)).OrderByDescending(f => f.Length).FirstOrDefault() ?? actor;

        var merged = new List<Credit>();
        foreach (var (character, actor, alias, characterAlias) in raw)
        {
            if (merged.Count >= MaxPeople)
            {
                doubts.Add(new ItemDoubt("cast", $"more than {MaxPeople} people named; the rest were not read"));
                break;
            }
            var fullActor = actor is null ? null : Expand(actor);
            var existing = merged.FirstOrDefault(c => c.Matches(character, fullActor));
            if (existing is null)
            {
                existing = new Credit(character, fullActor);
                merged.Add(existing);
            }
            else
            {
                existing.Absorb(character, fullActor);
            }
            existing.AbsorbActorName(actor);
            existing.AbsorbActorAlias(alias);
            existing.AbsorbCharacterAlias(characterAlias);
        }
        // "Cast: Lee Jun-ho, Im Yoon-ah" over "Yoona (Im Yoon-ah) plays …": the name a cast line credits is the actor's name.
        foreach (var name in listed)
        {
            merged.FirstOrDefault(c => c.PlayedBy(name))?.Prefer(name);
        }
        // Actors the item names without a role still count: the resolver may know their role.
        foreach (var actor in full.Where(a => !merged.Any(c => c.PlayedBy(a))).Take(Math.Max(0, MaxPeople - merged.Count)))
        {
            merged.Add(new Credit(null, actor));
        }
        MergeDuplicates(merged);
        return merged;
    }

    /// <summary>Two records of one role (same name, a romanisation of it, or one name the end of the other) become one.</summary>
    internal static void MergeDuplicates(List<Credit> merged)
    {
        for (var i = 0; i < merged.Count; i++)
        {
            for (var j = merged.Count - 1; j > i; j--)
            {
                if (merged[i].Matches(merged[j].Character, merged[j].Actor))
                {
                    merged[i].AbsorbAll(merged[j]);
                    merged.RemoveAt(j);
                }
            }
        }
    }

    /// <summary>
    /// A full name in the heading ("Kim Jin Hyuk") is the proper name of a role the body shortens ("Jin Hyuk");
    /// heading names the heading reader calls people, or that the body keeps using, are roles even without an actor.
    /// </summary>
    private static int GivenNameMentions(string name, string body)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var given = words.Length >= 2 ? string.Join(' ', words.Skip(1)) : null;
        return given is not null && Names.Normalize(given).Length >= 4 ? PersonNames.CountMentions(given, body) : 0;
    }

    // "Son Ye-jin's Yoon Se-ri": two full names joined by 's are an actor and a role when the first is never a role in
    // the item and the second is a full name too (a role's partner or family is named by given name, or with a word between).
    private static bool IsActorsRole(CreditMention m, List<CreditMention> all, CastEvidence evidence) =>
        PersonNames.Words(m.Actor!).Length >= 2 && PersonNames.IsSurname(PersonNames.Words(m.Actor!)[0]) && PersonNames.LooksKorean(m.Actor!)
        && PersonNames.Words(m.Character!).Length >= 2 && PersonNames.LooksKorean(m.Character!)
        && !all.Any(o => o.Character is not null && SamePerson(o.Character, m.Actor!))
        && !evidence.HeadingPeople.Any(p => p.Role != PersonRole.Actor && SamePerson(p.Name, m.Actor!));

    /// <summary>
    /// Directors, writers, singers and tweet authors ("directed by X", "singer X", "X (@handle)", "'Song' by X"):
    /// names that are about the drama, not in it.
    /// </summary>
    internal static HashSet<string> NotCastNames(string text)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in NotCast().Matches(text))
        {
            if (PersonNames.Clean(m.Groups["name"].Value) is { } name)
            {
                names.Add(PersonNames.RomanisationKey(name));
            }
        }
        return names;
    }

    /// <summary>
    /// A cast line bills the drama's ensemble ("Cast: A, B, C, D"), its leads first; the moment's people are the leads and the
    /// billed actors the item gives a role or names again in its own words. Once someone is placed so, the supporting actors
    /// the item never mentions are billing, not the moment's cast. An item that places none, or names a role it gives no actor, keeps its line whole.
    /// </summary>
    internal static void DropBilledOnly(List<Credit> credits, List<FactLine> facts, CastEvidence evidence)
    {
        // A line bills its leads first: the first two of each line are the drama's leads, kept whatever the item says of them.
        var billed = facts.Where(IsCastLine).SelectMany(f => SplitNameList(f.Value).Skip(2)).Select(PersonNames.Clean).OfType<string>().Where(IsName).ToList();
        if (billed.Count == 0)
        {
            return;
        }
        var prose = evidence.Heading + "\n" + string.Join('\n', evidence.Body.Where(p => !BodyFactLine().IsMatch(p)));
        bool Mentioned(Credit c) => c.ActorNames().Any(n => PersonNames.CountMentions(n, prose) > 0);
        bool Billed(Credit c) => c.ActorNames().Any(n => billed.Any(b => SamePerson(b, n) || IsShortFor(n, b)));
        // A role left without its actor may be played by any of them: then the line stays whole too.
        if (credits.Any(c => c.Actor is null) || !credits.Any(c => c.Actor is not null && (c.Character is not null || Mentioned(c))))
        {
            return;
        }
        credits.RemoveAll(c => c.Actor is not null && c.Character is null && Billed(c) && !Mentioned(c));
    }

    private static bool IsCastLine(FactLine fact) =>
        IsKey(fact, "cast") || IsKey(fact, "starring") || IsKey(fact, "actors") || IsKey(fact, "leads") || IsKey(fact, "played by");

    /// <summary>A person credited only by a not-cast context is dropped; an explicit character–actor pair is kept.</summary>
    internal static void DropNotCast(List<Credit> credits, HashSet<string> notCast)
    {
        if (notCast.Count > 0)
        {
            credits.RemoveAll(c => (c.Actor is null || c.Character is null) && notCast.Contains(PersonNames.RomanisationKey(c.Character ?? c.Actor!)));
        }
    }

    /// <summary>The people the moment is about: named in the heading, else in the scene paragraphs after the set-up.</summary>
    internal static List<string> Featured(string heading, IReadOnlyList<string> body, List<CastCredit> cast)
    {
        static bool Mentioned(CastCredit c, string text) =>
            c.AllNames().Concat(c.ActorNames()).Any(n => PersonNames.CountMentions(n, text) > 0);

        var fromHeading = cast.Where(c => Mentioned(c, heading)).ToList();
        var scene = string.Join('\n', body.Skip(1));
        var fromScene = cast.Where(c => c.Character is not null && Mentioned(c, scene)).ToList();
        var featured = fromHeading.Count > 0 ? fromHeading.Union(fromScene).ToList() : fromScene;
        if (featured.Count < 2)
        {
            var all = string.Join('\n', body);
            featured = featured.Union(cast.Where(c => c.Character is not null && c.AllNames().Sum(n => PersonNames.CountMentions(n, all)) >= 2)).ToList();
        }
        if (featured.Count == 0)
        {
            featured = cast.Where(c => c.Character is not null).ToList();
        }
        return featured.Select(c => c.Character ?? c.Actor!).Distinct().ToList();
    }

    /// <summary>Runs of romanised Korean name words in the heading: "Wang-so Shields Hae-soo" → "Wang-so", "Hae-soo".</summary>
    internal static IEnumerable<string> HeadingNames(string heading)
    {
        foreach (Match m in RunPattern().Matches(heading))
        {
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

    /// <summary>The name at the end of "real-life K-pop idol Suzy Bae": its last run of up to four name words.</summary>
    internal static string TrailingName(string words)
    {
        var parts = words.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var start = parts.Length;
        while (start > 0 && parts.Length - start < 4 && WholeToken().IsMatch(parts[start - 1]))
        {
            start--;
        }
        return string.Join(' ', parts[start..]);
    }

    /// <summary>A fact line's or heading reader's entry that is one name of up to four words, not a sentence.</summary>
    internal static bool IsName(string entry) => entry.Length <= 80 && WholeRun().IsMatch(entry);

    internal static IEnumerable<string> SplitNameList(string list) =>
        NameListSeparator().Split(list).Select(s => s.Trim()).Where(s => s.Length > 0);

    /// <summary>One person however the item spells them: romanisation variants, spacing and hyphens aside.</summary>
    internal static bool SamePerson(string a, string b) => PersonNames.RomanisationKey(a) == PersonNames.RomanisationKey(b);

    /// <summary>
    /// True when <paramref name="shorter"/> is how the item shortens <paramref name="longer"/>: its given name
    /// ("Bo-young" for "Park Bo-young", "Jung-hyuk" for "Ri Jeong-hyeok"), or a one-word stage name that is one end of
    /// it ("Suzy" for "Bae Suzy" or "Suzy Bae"). A family name alone never stands for a person.
    /// </summary>
    internal static bool IsShortFor(string shorter, string longer)
    {
        if (PersonNames.IsNameSuffix(shorter, longer))
        {
            return true;
        }
        var s = PersonNames.Words(shorter).Select(PersonNames.RomanisationKey).ToArray();
        var l = PersonNames.Words(longer).Select(PersonNames.RomanisationKey).ToArray();
        if (s.Length == 0 || s.Length >= l.Length)
        {
            return false;
        }
        if (s.Length == 1 && !PersonNames.IsFamilyName(shorter) && (s[0] == l[0] || s[0] == l[^1]) && s[0].Length >= 3)
        {
            return true;
        }
        return string.Concat(s).Length >= 4 && l.Skip(1).Select((_, i) => string.Concat(l.Skip(i + 1))).Contains(string.Concat(s));
    }

    // A name inside the title is the title's ("Weightlifting Fairy Kim Bok Joo"); one that begins an actor's name is theirs.
    // "Seo Jung-hoo x Chae Young-shin (Healer)": a drama's title in the parentheses is not who plays the role.
    internal static List<CastCredit> WithoutDramaAsActor(List<CastCredit> cast, string dramaTitle)
    {
        var title = Names.Normalize(dramaTitle);
        bool IsTitle(string? actor) => actor is not null && Names.Normalize(actor).Length >= 3 && title.Contains(Names.Normalize(actor), StringComparison.Ordinal);
        var fixedCast = cast.Select(c => IsTitle(c.Actor) ? c with { Actor = null } : c).ToList();
        return fixedCast.Where(c => c.Actor is not null || c.Character is null
            || !fixedCast.Any(o => o != c && o.Actor is not null && o.Character is not null && Names.Normalize(o.Character) == Names.Normalize(c.Character))).ToList();
    }

    private static bool IsDramaOrActor(string name, List<Credit> credits, string dramaTitle) =>
        Names.Normalize(dramaTitle).Contains(Names.Normalize(name), StringComparison.Ordinal)
        || credits.Any(c => c.PlayedBy(name) || (c.Actor is not null && Names.Normalize(c.Actor).StartsWith(Names.Normalize(name), StringComparison.Ordinal)));

    private static bool IsKey(FactLine fact, string key) => string.Equals(fact.Key.Trim(), key, StringComparison.OrdinalIgnoreCase);

    // "Goblin" names the item's drama "Goblin (tvN, 2016)"; "Goblin" does not name "Crash Landing on You".
    private static bool SameTitle(string mentioned, string dramaTitle)
    {
        var a = Names.Normalize(mentioned);
        var b = Names.Normalize(dramaTitle);
        return a.Length > 0 && b.Length > 0 && (a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal));
    }

    private static Regex Pattern(string pattern) => new(pattern, Linear);

    [GeneratedRegex(Run, Linear)]
    private static partial Regex RunPattern();

    [GeneratedRegex(@"\b(?:known|such|same|referred\s+to|dubbed|billed|described|seen|regarded|remembered|well)(?:\s+\p{Ll}+){0,2}\s+as\b", Linear)]
    private static partial Regex NamingAs();

    [GeneratedRegex(@"\b(?:who|whom|whose|that|which|and|or|when|while|where|with|to|of|for|from|in|on|at|by|as|is|are|was|were|has|had|have|meets|met|loves|loved|falls|fell|saves|saved|tells|told|finds|found|stars|starred|starring|features|featured|follows|followed)\b", Linear)]
    private static partial Regex ClauseWord();

    // "a fictional country named Uruk", "a stray dog named Bori": what "named" names after a place or a thing is no role.
    [GeneratedRegex(@"\b(?:country|nation|kingdom|town|village|city|island|planet|bar|cafe|café|restaurant|shop|store|company|firm|hotel|school|brand|band|app|dog|cat|puppy|horse|boat|ship)\s*,?\s*$", Linear)]
    private static partial Regex ThingBeforeNamed();

    // "He plays Baek Hyun-woo", "Here she portrays the heiress Hong Hae-in"
    [GeneratedRegex(@"\b(?:[Hh]e|[Ss]he)\s+(?:also\s+|now\s+|then\s+)?" + Plays + @"\s+(?:" + Describing + @")?(?:" + Role + @")?(?<char>" + Run + ")", Linear)]
    private static partial Regex PronounPlays();

    // "she's played by Im Yoon-ah", "he is portrayed by Lee Min-ho"
    [GeneratedRegex(@"\b(?:[Hh]e|[Ss]he)(?:['’]s|\s+is|\s+was)\s+(?:played|portrayed)\s+by\s+(?<actor>" + Run + ")", Linear)]
    private static partial Regex PronounPlayedBy();

    // An actor named without a role: "played by Kim Hyun-joong", "Hwang In-youp's rebel with …", "Ji Soo played the earnest …".
    [GeneratedRegex(@"\b(?:[Pp]layed|[Pp]ortrayed)\s+by\s+(?:\p{Lu}[\p{L}\d]*['’]s\s+)?(?<actor>" + Run + @")|(?<actor>" + Run + @")['’]s\s+\p{Ll}|(?<actor>" + Run + @")\s+(?:plays|played|portrays|portrayed|turns|turned)\s+(?:a|an|the)\s", Linear)]
    private static partial Regex LoneActor();

    // An actor given a description instead of a role: "Hyun Bin plays the stoic North Korean captain", "and Son Ye-jin the
    // South Korean heiress" (the verb left out), "played by Ha Ji-won".
    [GeneratedRegex(@"\b(?:[Pp]layed|[Pp]ortrayed)\s+by\s+(?<actor>" + Run + @")|(?<actor>" + Run + @")\s+(?:plays|played|portrays|portrayed)\s+(?:a|an|the)\s|\band\s+(?<actor>" + Run + @")\s+(?:the|a|an)\s+\p{Lu}?\p{Ll}", Linear)]
    private static partial Regex ActorWithoutRole();

    [GeneratedRegex("^" + Run + "$", Linear)]
    private static partial Regex WholeRun();

    // "Ji Chang-wook — Seo Jung-hoo", "Seo Jung-hoo - Ji Chang-wook": two names joined by a dash set apart by spaces (a hyphen
    // inside a name joins syllables).
    [GeneratedRegex("^(?<first>" + Run + @")(?:\s*[—–]\s*|\s+-\s+)(?<second>" + Run + ")$", Linear)]
    private static partial Regex DashedPair();

    [GeneratedRegex("^" + Token + "$", Linear)]
    private static partial Regex WholeToken();

    // Between names: commas, "&", "and", and the marks fans and trackers pair people with ("A ↔ B", "A x B", "A / B").
    [GeneratedRegex(@"\s*(?:,|&|\band\b|·|;|[↔⟷×♡♥❤+]|\s[x/]\s)\s*", Linear)]
    private static partial Regex NameListSeparator();

    // "Cast: A, B" as a paragraph of its own, or a line that is only "Played by A and B" / "Starring A and B".
    [GeneratedRegex(@"^\s*(?<key>Cast|Starring|Actors|Leads|Couple)\s*:\s*(?<value>[^\n]{1,400})$|^\s*(?<key>Played by|Starring)\s+(?<value>" + Run + @"(?:\s*(?:,|&|\band\b)\s*" + Run + @"){0,5})\s*\.?$", Linear | RegexOptions.IgnoreCase)]
    private static partial Regex BodyFactLine();

    // A cast line's "Hyun Bin (Ri Jeong-hyeok)": the actor outside, the role inside (a Couple line: the other way round).
    [GeneratedRegex(@"^(?<outer>" + Run + @")\s*\((?:as\s+)?(?<inner>" + Run + @")\)$", Linear)]
    private static partial Regex ParenthesisEntry();

    [GeneratedRegex(@"^(?<outer>" + Run + @")\s+(?:as|→|->)\s+(?<inner>" + Run + @")$", Linear)]
    private static partial Regex AsEntry();

    [GeneratedRegex(@"\b(?:better\s+known\s+as|also\s+known\s+as|known\s+(?:to\s+[^()\n,]{1,40}\s+)?as|aka|a\.k\.a\.|or\s+simply)\s+(?<alias>" + Run + ")", Linear)]
    private static partial Regex KnownAs();

    [GeneratedRegex(@"\b[Ss]tarring\s+(?<list>" + Run + @"(?:\s*,\s*" + Run + @")*,?\s+(?:and|&)\s+" + Run + ")", Linear)]
    private static partial Regex StarringList();

    // Two actors named together as the pair who play the item's couple, before any role is given.
    [GeneratedRegex(@"(?<a>" + Run + @")\s+(?:and|&)\s+(?<b>" + Run + @")" + Aside + @"\s+(?:(?:star|starred|play|played|lead|led)\s+(?:as|in|the|a|an|opposite)\s|as\s+(?:(?:the|a|an)\s+)?\p{Ll}|are\s+\p{Ll}+\s+together\b)|\bpairs\s+(?<a>" + Run + @")\s+with\s+(?<b>" + Run + ")", Linear)]
    private static partial Regex ActorPair();

    [GeneratedRegex(@"(?:^|\n)(?<list>" + Run + @"(?:\s*,\s*" + Run + @")*,?\s+(?:and|&)\s+" + Run + @")\s+(?:star\s+in|starred\s+in|in)\s+(?<rest>[^\n]{1,200})", Linear)]
    private static partial Regex CaptionCast();

    [GeneratedRegex(@"\b(?:[Ll]ike|[Uu]nlike|[Aa]s\s+with|[Aa]s\s+\p{Ll}+\s+as|reminiscent\s+of|similar\s+to|echoing|recalling|compared\s+(?:to|with))\s+(?<span>[^.;!?,\n]{1,80}?)\s+in\s+['‘""“]?(?<title>" + Title + ")", Linear)]
    private static partial Regex Comparison();

    [GeneratedRegex(@"(?:\bwho\s+(?:\p{Ll}+\s+)?|\b(?:also|previously|once|formerly|famously|memorably)\s+)(?:played|portrayed|starred\s+as|remember(?:ed)?\s+as|knew\s+as)\s+(?<span>" + Run + @"(?:\s*\([^()\n]{0,80}\))?)\s+(?:in|from)\s+['‘""“]?(?<title>" + Title + ")", Linear)]
    private static partial Regex PlayedElsewhere();

    [GeneratedRegex(@"(?<actor>" + Run + @")\s+(?:plays|portrays|stars\s+as|is\s+cast\s+as)\s+(?:a|an|the|his|her)\s[^.!?\n]{0,160}[.!?]\s+(?<char>" + Run + @")(?<more>\s*(?:,|&|\band\b))?", Linear)]
    private static partial Regex AdjacentSentences();

    [GeneratedRegex(@"^(?:" + VideoTags.Pattern + @")$", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex VideoTag();

    [GeneratedRegex(@"(?:\b(?:directed|written|penned|scripted|composed|sung|performed|produced|tweeted|posted)\s+by\s+|\b(?:director|PD|screenwriter|scriptwriter|singer|composer|songwriter|user|netizen|fan)\s+|['’""”]\s+by\s+)(?<name>" + Run + @")|(?<name>" + Run + @")\s*\(@[\p{L}\p{N}_.]{1,40}\)|(?<name>" + Run + @"),\s+(?:the\s+)?(?:drama['’]s\s+|show['’]s\s+|series['’]\s+)?(?:director|PD|screenwriter|scriptwriter|singer|composer)\b", Linear)]
    private static partial Regex NotCast();
}

public static class CastCreditExtensions
{
    public static IEnumerable<string> AllNames(this CastCredit credit) =>
        credit.Character is null ? credit.CharacterAliases : credit.CharacterAliases.Prepend(credit.Character);

    public static IEnumerable<string> ActorNames(this CastCredit credit) =>
        credit.Actor is null ? credit.ActorAliases : credit.ActorAliases.Prepend(credit.Actor);
}
