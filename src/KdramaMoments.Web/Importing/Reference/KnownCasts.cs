namespace KdramaMoments.Web.Importing.Reference;

/// <summary>One role of a drama on the cast list: every name its actor goes by and every name fans call the character.</summary>
public sealed record KnownRole(string Drama, IReadOnlyList<string> ActorNames, IReadOnlyList<string> CharacterNames);

/// <summary>A listed name the item writes: the role, whether the name is the actor's, the words the item spells it with, and where.</summary>
public sealed record KnownMention(KnownRole Role, bool IsActor, string Text, int Index);

/// <summary>
/// The importer's cast list (<c>known-casts.tsv</c>, bundled with the app): the leads of dramas on the reference shelf
/// and the roles they play, so an item about a listed drama tells an actor from a character even where its prose does
/// not say which is which. Names are looked up by their romanisation key over windows of a few words, so a scan is
/// linear in the text whatever the list holds.
/// </summary>
public static class KnownCasts
{
    private const string ResourceName = "KdramaMoments.Web.Importing.Reference.known-casts.tsv";

    /// <summary>The longest name on the list has this many words ("Park Cha Oh-reum", "Vincenzo Cassano" have fewer).</summary>
    public const int MaxWords = 4;

    private static readonly Lazy<CastList> Loaded = new(() => ReferenceTable.Load(ResourceName, CastList.Read));

    /// <summary>Every role on the list, in the file's order.</summary>
    public static IReadOnlyList<KnownRole> All => Loaded.Value.Roles;

    /// <summary>The listed roles of the drama called <paramref name="title"/> (by any of its shelf names); none when it is not listed.</summary>
    public static IReadOnlyList<KnownRole> For(string title) => Loaded.Value.For(title);

    /// <summary>The listed names of <paramref name="title"/>'s roles that <paramref name="text"/> writes, in order.</summary>
    public static IEnumerable<KnownMention> NamedIn(string title, string text) => Loaded.Value.NamedIn(title, text);

    /// <summary>
    /// The listed dramas two of whose roles <paramref name="text"/> names, by the actor's or the character's name
    /// ("Hyun Bin and Son Ye-jin", "Ri Jeong-hyeok finds Yoon Se-ri"): a couple named together says which drama the text is about.
    /// </summary>
    public static IEnumerable<string> DramasOfACouple(string text) => Loaded.Value.DramasOfACouple(text);

    /// <summary>
    /// Whether the list knows the name as an actor's (of any drama), as a character's, or both: evidence of which side of an
    /// <c>A (B)</c> credit is the actor when the item's drama is not listed.
    /// </summary>
    public static (bool Actor, bool Character) KnowsName(string name) =>
        (Loaded.Value.ActorKeys.Contains(PersonNames.RomanisationKey(name)), Loaded.Value.CharacterKeys.Contains(PersonNames.RomanisationKey(name)));

    /// <summary>Whether the list gives both names to one actor ("IU" and "Lee Ji-eun"): a stage name and a birth name.</summary>
    public static bool AreOneActor(string first, string second)
    {
        var (a, b) = (PersonNames.RomanisationKey(first), PersonNames.RomanisationKey(second));
        return a != b && Loaded.Value.ActorKeys.Contains(a) && Loaded.Value.ActorKeys.Contains(b)
            && All.Any(r => r.ActorNames.Count > 1 && r.ActorNames.Any(n => PersonNames.RomanisationKey(n) == a) && r.ActorNames.Any(n => PersonNames.RomanisationKey(n) == b));
    }

    /// <summary>A cast list read from TSV text; <see cref="CastList.Problems"/> lists the rows that could not be read.</summary>
    public sealed class CastList
    {
        private readonly Dictionary<string, List<KnownRole>> byDrama = new(StringComparer.Ordinal);
        // Per drama: a name's romanisation key → the role and whether it is the actor's. Built on first use.
        private readonly Dictionary<string, Dictionary<string, (KnownRole Role, bool IsActor)>> names = new(StringComparer.Ordinal);
        private readonly Lock gate = new();

        public List<KnownRole> Roles { get; } = [];

        /// <summary>Every listed actor's and character's full name, by romanisation key (given names alone are left out).</summary>
        public HashSet<string> ActorKeys => actorKeys.Value;

        public HashSet<string> CharacterKeys => characterKeys.Value;

        private readonly Lazy<HashSet<string>> actorKeys;
        private readonly Lazy<HashSet<string>> characterKeys;

        public CastList()
        {
            actorKeys = new(() => Roles.SelectMany(r => r.ActorNames).Select(PersonNames.RomanisationKey).ToHashSet(StringComparer.Ordinal));
            characterKeys = new(() => Roles.SelectMany(r => r.CharacterNames).Where(n => n.Contains(' ', StringComparison.Ordinal))
                .Select(PersonNames.RomanisationKey).ToHashSet(StringComparer.Ordinal));
        }
        public List<string> Problems { get; } = [];

        public static CastList Read(TextReader reader) => Read(reader, KnownDramas.Find);

        /// <summary>Reads the list, checking each drama against <paramref name="shelf"/> (the reference shelf's look-up).</summary>
        public static CastList Read(TextReader reader, Func<string, KnownDrama?> shelf)
        {
            var list = new CastList();
            foreach (var (number, line) in ReferenceTable.Rows(reader))
            {
                list.Add(line, number, shelf);
            }
            return list;
        }

        private void Add(string line, int lineNumber, Func<string, KnownDrama?> shelf)
        {
            var columns = line.Split('\t');
            if (columns.Length != 3)
            {
                Problems.Add($"line {lineNumber}: expected 3 TAB-separated columns (drama, actor, character), found {columns.Length}");
                return;
            }
            if (shelf(columns[0].Trim()) is not { } drama || drama.Title != columns[0].Trim())
            {
                Problems.Add($"line {lineNumber}: \"{columns[0].Trim()}\" is not a title on the reference shelf");
                return;
            }
            var actors = ReferenceTable.List(columns[1]);
            var characters = ReferenceTable.List(columns[2]);
            if (actors.Count == 0 || characters.Count == 0)
            {
                Problems.Add($"line {lineNumber}: an actor and a character are both needed");
                return;
            }
            var role = new KnownRole(drama.Title, actors, WithGivenNames(characters));
            var clash = actors.FirstOrDefault(a => role.CharacterNames.Any(c => PersonNames.RomanisationKey(c) == PersonNames.RomanisationKey(a)));
            if (clash is not null)
            {
                Problems.Add($"line {lineNumber}: \"{clash}\" is both the actor's name and the character's");
                return;
            }
            if (!byDrama.TryGetValue(drama.Title, out var roles))
            {
                byDrama[drama.Title] = roles = [];
            }
            roles.Add(role);
            Roles.Add(role);
        }

        // "Ri Jeong-hyeok" is "Jeong-hyeok" to fans: a full Korean name's given name, when it is long enough to be nobody
        // else's ("Uk" of "Jang Uk" and "Sol" of "Im Sol" are not).
        private static List<string> WithGivenNames(List<string> characters) =>
            characters.Concat(characters
                    .Where(PersonNames.LooksLikeFullName)
                    .Select(c => c[(c.IndexOf(' ', StringComparison.Ordinal) + 1)..])
                    .Where(g => Domain.Names.Normalize(g).Length >= 4))
                .DistinctBy(PersonNames.RomanisationKey)
                .ToList();

        public IReadOnlyList<KnownRole> For(string title)
        {
            // "extraordinary you (2019, mbc)": a year or network the heading left in parentheses is not the title.
            var bare = title.IndexOf(" (", StringComparison.Ordinal) is > 0 and var open && title.EndsWith(')') ? title[..open] : title;
            var drama = KnownDramas.Find(title)?.Title ?? KnownDramas.Find(bare)?.Title ?? title;
            return byDrama.TryGetValue(drama, out var roles) ? roles : [];
        }

        public IEnumerable<string> DramasOfACouple(string text)
        {
            var everyone = Everyone();
            var named = new Dictionary<string, HashSet<KnownRole>>(StringComparer.Ordinal);
            var (words, _) = Words(text);
            var wordKey = WordKeys(words);
            for (var start = 0; start < words.Length; start++)
            {
                foreach (var (end, key) in NameWindows(words, start, lowercase: false, wordKey))
                {
                    // Full names (two words or more) and hyphenated given names ("Hye-jin and Du-sik"): one plain word ("Rain",
                    // "Gu") is too often someone else's or a word.
                    if ((end > start || Bare(words[start]).Contains('-', StringComparison.Ordinal)) && everyone.TryGetValue(key, out var roles))
                    {
                        foreach (var role in roles)
                        {
                            (named.TryGetValue(role.Drama, out var set) ? set : named[role.Drama] = []).Add(role);
                        }
                    }
                }
            }
            return named.Where(n => n.Value.Count >= 2).Select(n => n.Key);
        }

        // Every listed name's romanisation key → the roles that bear it, across dramas. Built on first use.
        private Dictionary<string, List<KnownRole>>? everyone;

        private Dictionary<string, List<KnownRole>> Everyone()
        {
            lock (gate)
            {
                if (everyone is not null)
                {
                    return everyone;
                }
                var all = new Dictionary<string, List<KnownRole>>(StringComparer.Ordinal);
                foreach (var role in Roles)
                {
                    foreach (var key in role.ActorNames.Concat(role.CharacterNames).Select(PersonNames.RomanisationKey).Distinct())
                    {
                        (all.TryGetValue(key, out var roles) ? roles : all[key] = []).Add(role);
                    }
                }
                return everyone = all;
            }
        }

        public IEnumerable<KnownMention> NamedIn(string title, string text)
        {
            var roles = For(title);
            if (roles.Count == 0)
            {
                yield break;
            }
            var lookup = Lookup(roles);
            var (words, offsets) = Words(text);
            var wordKey = WordKeys(words);
            for (var start = 0; start < words.Length; start++)
            {
                var first = Bare(words[start]);
                if (first.Length == 0 || !char.IsLetter(first[0]))
                {
                    continue;
                }
                // "hyun bin's face", "kim go-eun, you too": a fan writing in lowercase still names people, but only a
                // name of two words or more is told from the words around it.
                var lowercase = !char.IsUpper(first[0]);
                if (lowercase && !PersonNames.IsSurname(first))
                {
                    continue; // a lowercase name is a full name, family name first
                }
                // The longest window that is a listed name wins: "Kim Shin" over "Kim", "Lee Jun-ho" over "Jun-ho".
                (KnownRole Role, bool IsActor, int End, string Key)? found = null;
                foreach (var (end, key) in NameWindows(words, start, lowercase, wordKey))
                {
                    if (lookup.TryGetValue(key, out var hit) && (lowercase ? end > start : Counts(words, start, end)))
                    {
                        found = (hit.Role, hit.IsActor, end, key);
                    }
                }
                // "Captain Ri Jeong-hyeok": a title-and-surname alias that runs on into a full name is read from the name.
                if (found is { } f && (lowercase ? PersonNames.LooksLikeFullName(Listed(f.Role, f.IsActor, f.Key)) : !RunsOn(words, f.End)))
                {
                    // A name written in lowercase is given as the list spells it, for the catalogue to show.
                    var spelled = lowercase ? Listed(f.Role, f.IsActor, f.Key) : string.Join(' ', words[start..(f.End + 1)].Select(Bare));
                    yield return new KnownMention(f.Role, f.IsActor, spelled, offsets[start]);
                    start = f.End;
                }
            }
        }

        private static string Listed(KnownRole role, bool isActor, string key) =>
            (isActor ? role.ActorNames : role.CharacterNames).First(n => PersonNames.RomanisationKey(n) == key);

        // "Captain Ri Jeong-hyeok" runs on past "Captain Ri"; "Ji Chang-wook AGAIN" does not: a shouted word is no name word.
        private static bool RunsOn(string[] words, int end) =>
            end + 1 < words.Length && !ClosesName(words[end]) && Bare(words[end + 1]) is { Length: > 0 } next && char.IsUpper(next[0])
            && !(next.Length > 3 && next.All(char.IsUpper));

        // The runs of words from start that could be a name, all capitalised or all lowercase, at most MaxWords long, each
        // with its last word's index and its romanisation key; a run stops after a word that closes a name ("Kim Shin,"
        // "Se-ri's").
        private static IEnumerable<(int End, string Key)> NameWindows(string[] words, int start, bool lowercase, Func<int, string> wordKey)
        {
            var key = string.Empty;
            for (var end = start; end < words.Length && end - start < MaxWords; end++)
            {
                var word = Bare(words[end]);
                if (word.Length == 0 || char.IsUpper(word[0]) == lowercase || !char.IsLetter(word[0]))
                {
                    yield break;
                }
                key += wordKey(end);
                yield return (end, key);
                if (ClosesName(words[end]))
                {
                    yield break;
                }
            }
        }

        // A window's key is its words' keys run together, so each word's key is computed once for every window it is in.
        private static Func<int, string> WordKeys(string[] words)
        {
            var keys = new string?[words.Length];
            return i => keys[i] ??= PersonNames.RomanisationKey(Bare(words[i]));
        }

        private static (string[] Words, int[] Offsets) Words(string text)
        {
            var words = new List<string>();
            var offsets = new List<int>();
            var start = -1;
            for (var i = 0; i <= text.Length; i++)
            {
                var space = i == text.Length || char.IsWhiteSpace(text[i]);
                if (!space && start < 0)
                {
                    start = i;
                }
                else if (space && start >= 0)
                {
                    words.Add(text[start..i]);
                    offsets.Add(start);
                    start = -1;
                }
            }
            return (words.ToArray(), offsets.ToArray());
        }

        // One word alone is too often an English word ("Rain", "Sunny", "Genie") to count where a sentence opens; a
        // hyphenated given name ("Se-ri") or a name in capitals ("IU") is a name anywhere.
        private static bool Counts(string[] words, int start, int end) =>
            end > start || words[start].Contains('-', StringComparison.Ordinal) || Bare(words[start]).All(char.IsUpper)
            || (start > 0 && words[start - 1][^1] is not ('.' or '!' or '?' or ':' or '"' or '”'));

        private static bool ClosesName(string word) => word[^1] is '.' or ',' or ';' or ':' or ')' or '!' or '?' or '"' or '”' || word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal);

        private static string Bare(string word)
        {
            var bare = word.Trim('"', '“', '”', '‘', '’', '\'', '*', '_', '(', ')', ',', '.', ';', ':', '!', '?', '«', '»', '<', '>', '[', ']');
            return bare.EndsWith("'s", StringComparison.Ordinal) || bare.EndsWith("’s", StringComparison.Ordinal) ? bare[..^2] : bare;
        }

        private Dictionary<string, (KnownRole Role, bool IsActor)> Lookup(IReadOnlyList<KnownRole> roles)
        {
            lock (gate)
            {
                if (names.TryGetValue(roles[0].Drama, out var lookup))
                {
                    return lookup;
                }
                lookup = new Dictionary<string, (KnownRole, bool)>(StringComparer.Ordinal);
                // Characters first, then actors: a name that is both (an actor's stage name a role also bears) reads as the actor.
                foreach (var role in roles)
                {
                    foreach (var name in role.CharacterNames)
                    {
                        lookup.TryAdd(PersonNames.RomanisationKey(name), (role, false));
                    }
                }
                foreach (var role in roles)
                {
                    foreach (var name in role.ActorNames)
                    {
                        lookup[PersonNames.RomanisationKey(name)] = (role, true);
                    }
                }
                names[roles[0].Drama] = lookup;
                return lookup;
            }
        }
    }
}
