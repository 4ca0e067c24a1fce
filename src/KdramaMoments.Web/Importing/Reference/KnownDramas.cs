using System.Globalization;

namespace KdramaMoments.Web.Importing.Reference;

/// <summary>A drama on the reference shelf: its main English title, the other names it goes by, and when and where it first aired.</summary>
public sealed record KnownDrama(string Title, IReadOnlyList<string> AlsoKnownAs, IReadOnlyList<string> Abbreviations, IReadOnlyList<string> WordAbbreviations, int? Year, string? Network)
{
    /// <summary>The initials of its titles fans may write for it (<see cref="TitleInitials"/>), when no other drama shares them.</summary>
    public IReadOnlyList<string> Initials { get; init; } = [];

    /// <summary>Every abbreviation of the drama: listed, listed as English words, and its titles' initials.</summary>
    public IEnumerable<string> AllAbbreviations => Abbreviations.Concat(WordAbbreviations).Concat(Initials);

    /// <summary>Every name of the drama a title slot may hold: title, other titles, abbreviations.</summary>
    public IEnumerable<string> Names => AlsoKnownAs.Prepend(Title).Concat(AllAbbreviations);
}

/// <summary>
/// The importer's reference shelf: Korean dramas it knows before the catalogue does (<c>known-dramas.tsv</c>, bundled
/// with the app), so a fresh site reads a title it has never stored as a title. A name is looked up by its normalised
/// key, and prose is scanned with windows of a few words, so a look-up costs the same whatever the shelf holds.
/// </summary>
public static class KnownDramas
{
    private const string ResourceName = "KdramaMoments.Web.Importing.Reference.known-dramas.tsv";

    // Prose is scanned with windows of at most this many words (the longest name on the shelf, "I'll Go to You When
    // the Weather Is Nice", has nine), so a scan is linear in the text whatever the shelf holds.
    public const int MaxWords = 9;

    private static readonly Lazy<Shelf> Loaded = new(() => ReferenceTable.Load(ResourceName, Shelf.Read));

    /// <summary>Every drama on the shelf, in the file's order.</summary>
    public static IReadOnlyList<KnownDrama> All => Loaded.Value.Dramas;

    /// <summary>The drama a title slot names (a heading's part, a fact line): by any of its names, abbreviations included.</summary>
    public static KnownDrama? Find(string title) => Loaded.Value.Find(title);

    /// <summary>True when the shelf knows <paramref name="title"/> as one of a drama's names.</summary>
    public static bool Knows(string title) => Find(title) is not null;

    /// <summary>The other names the drama called <paramref name="title"/> goes by (none when the shelf does not know it).</summary>
    public static IEnumerable<string> OtherNames(string title) =>
        Find(title) is { } drama ? drama.Names.Where(n => Domain.Names.Normalize(n) != Domain.Names.Normalize(title)) : [];

    /// <summary>
    /// The dramas running prose names, in order, as the words it writes them with. A name counts only when written with
    /// capitals (its first and last word), of two words or more, or of one word that does not open a sentence; an
    /// abbreviation only as the shelf spells it, and never one that is an English word (<c>DOTS</c>).
    /// </summary>
    public static IEnumerable<(KnownDrama Drama, string Text, int Word)> NamedIn(string prose) =>
        Loaded.Value.NamedIn(prose.Split([' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>As <see cref="NamedIn(string)"/>, over words already split at spaces; <c>Word</c> indexes them.</summary>
    public static IEnumerable<(KnownDrama Drama, string Text, int Word)> NamedIn(string[] words) => Loaded.Value.NamedIn(words);

    /// <summary>A shelf read from TSV text; <see cref="Shelf.Problems"/> lists the rows that could not be read.</summary>
    public sealed class Shelf
    {
        private readonly Dictionary<string, KnownDrama> byName = [];
        // Names prose may hold, by key: titles and other titles, and abbreviations as spelled (case-sensitive).
        private readonly Dictionary<string, KnownDrama> byProseName = [];
        private readonly HashSet<string> abbreviationKeys = [];
        private readonly HashSet<string> abbreviationSpellings = new(StringComparer.Ordinal);
        // Initials derived from titles (TitleInitials), by key: they name a drama only spelled so, in capitals.
        private readonly Dictionary<string, string> initialsSpellings = [];
        // Words of the shelf's names that end in a period or a colon ("Mr.", "D.P.", "King:" of "The King: Eternal Monarch"):
        // inside a title they end no sentence or clause.
        private readonly HashSet<string> wordsWithPeriod = new(StringComparer.Ordinal);
        // Keys of the words before a parenthesis inside a shelf name ("Love" of "Love (ft. Marriage and Divorce)").
        private readonly HashSet<string> namesWithParenthesis = new(StringComparer.Ordinal);

        public List<KnownDrama> Dramas { get; } = [];
        public List<string> Problems { get; } = [];

        public static Shelf Read(TextReader reader)
        {
            var shelf = new Shelf();
            var rows = ReferenceTable.Rows(reader).Select(row => shelf.Parse(row.Line, row.Number)).Where(r => r is not null).Select(r => r!.Value).ToList();
            var initials = DerivedInitials(rows.Select(r => r.Drama).ToList());
            foreach (var (drama, number) in rows)
            {
                shelf.Add(drama with { Initials = initials[drama].ToList() }, number);
            }
            return shelf;
        }

        // Fans name a drama by its initials ("SWP", "HOTD") more often than any list records: each title's initials (see
        // TitleInitials) are an abbreviation spelled in capitals, unless two dramas share them (then they prove neither) or
        // they are a name on the shelf already.
        private static ILookup<KnownDrama, string> DerivedInitials(List<KnownDrama> dramas)
        {
            var names = dramas.SelectMany(d => d.Names).Select(Domain.Names.Normalize).ToHashSet();
            return dramas.SelectMany(d => d.AlsoKnownAs.Prepend(d.Title).SelectMany(TitleInitials.Of).Distinct(StringComparer.Ordinal).Select(a => (Initials: a, Drama: d)))
                .Where(x => !names.Contains(Domain.Names.Normalize(x.Initials)))
                .GroupBy(x => x.Initials, StringComparer.Ordinal)
                .Where(g => g.Count() == 1)
                .ToLookup(g => g.Single().Drama, g => g.Key);
        }

        private (KnownDrama Drama, int Line)? Parse(string line, int lineNumber)
        {
            var columns = line.Split('\t');
            if (columns.Length != 6 || columns[0].Trim().Length == 0)
            {
                Problems.Add($"line {lineNumber}: expected 6 TAB-separated columns with a title, found {columns.Length}");
                return null;
            }
            int? year = null;
            if (columns[4].Trim() is { Length: > 0 } yearText)
            {
                if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var y) || y is < 1990 or > 2030)
                {
                    Problems.Add($"line {lineNumber}: the year \"{yearText}\" is not a year of first broadcast");
                    return null;
                }
                year = y;
            }
            return (new KnownDrama(columns[0].Trim(), ReferenceTable.List(columns[1]), ReferenceTable.List(columns[2]), ReferenceTable.List(columns[3]), year, columns[5].Trim() is { Length: > 0 } n ? n : null), lineNumber);
        }

        private void Add(KnownDrama drama, int lineNumber)
        {
            foreach (var name in drama.Names)
            {
                var key = Domain.Names.Normalize(name);
                if (key.Length < 2)
                {
                    Problems.Add($"line {lineNumber}: \"{name}\" has no letters to look it up by");
                }
                else if (byName.TryGetValue(key, out var other) && !ReferenceEquals(other, drama))
                {
                    Problems.Add($"line {lineNumber}: \"{name}\" is already a name of \"{other.Title}\"");
                }
                byName[key] = drama;
            }
            foreach (var name in drama.AlsoKnownAs.Prepend(drama.Title))
            {
                byProseName[Domain.Names.Normalize(name)] = drama;
            }
            foreach (var abbreviation in drama.Abbreviations.Concat(drama.Initials))
            {
                byProseName.TryAdd(Domain.Names.Normalize(abbreviation), drama);
                abbreviationKeys.Add(Domain.Names.Normalize(abbreviation));
                abbreviationSpellings.Add(abbreviation);
            }
            foreach (var initials in drama.Initials)
            {
                initialsSpellings[Domain.Names.Normalize(initials)] = initials;
            }
            wordsWithPeriod.UnionWith(drama.Names.SelectMany(n => n.Split(' ')).Where(w => w.Length > 1 && w[^1] is '.' or ':' or ';'));
            namesWithParenthesis.UnionWith(drama.Names.Where(n => n.Contains(" (", StringComparison.Ordinal))
                .Select(n => string.Concat(n[..n.IndexOf(" (", StringComparison.Ordinal)].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Domain.Names.Normalize))));
            Dramas.Add(drama);
        }

        public KnownDrama? Find(string title)
        {
            var key = Domain.Names.Normalize(title);
            if (key.Length < 2 || !byName.TryGetValue(key, out var drama))
            {
                return null;
            }
            return initialsSpellings.TryGetValue(key, out var spelling) && Bare(title) != spelling ? null : drama;
        }

        public IEnumerable<(KnownDrama Drama, string Text, int Word)> NamedIn(string[] words)
        {
            for (var start = 0; start < words.Length; start++)
            {
                var first = Bare(words[start]);
                if (first.Length == 0 || !(char.IsUpper(first[0]) || char.IsDigit(first[0])))
                {
                    continue;
                }
                var opensSentence = start == 0 || words[start - 1][^1] is '.' or '!' or '?' or ':' or '"' or '”';
                // The longest window that names a drama wins: "Alchemy of Souls: Light and Shadow" over "Alchemy of Souls".
                (KnownDrama Drama, int End)? found = null;
                var key = string.Empty;
                var ownedBy = false;
                for (var end = start; end < words.Length && end - start < MaxWords; end++)
                {
                    // "Hometown Cha-Cha-Cha's Hong Du-sik": a title's possessive names the title and ends it.
                    if (Possessive(words[end]) is { } stem && byProseName.TryGetValue(key + Domain.Names.Normalize(stem), out var owner)
                        && (char.IsUpper(stem[0]) || char.IsDigit(stem[0])) && (end > start || Counts([stem], 0, 0, opensSentence)))
                    {
                        found = (owner, end);
                        ownedBy = true;
                        break;
                    }
                    // "Moon Lovers (Scarlet Heart Ryeo), 2016": a parenthesis after a title is its other name or its date, not
                    // more of it, unless the shelf's name goes on into one ("Love (ft. Marriage and Divorce)").
                    if (end > start && words[end].StartsWith('(') && !namesWithParenthesis.Contains(key))
                    {
                        break;
                    }
                    key += Domain.Names.Normalize(words[end]);
                    var last = Bare(words[end]);
                    if (last.Length > 0 && (char.IsUpper(last[0]) || char.IsDigit(last[0]) || last[^1] is '!' or '?' or ',')
                        && byProseName.TryGetValue(key, out var drama) && Counts(words, start, end, opensSentence))
                    {
                        found = (drama, end);
                    }
                    if (end > start && ClosesTitle(words[end]))
                    {
                        break; // a title runs on past a comma ("Hi Bye, Mama!") but not past a sentence's end
                    }
                }
                if (found is { } f)
                {
                    var named = words[start..(f.End + 1)];
                    if (ownedBy)
                    {
                        named[^1] = Possessive(named[^1])!;
                    }
                    var text = string.Join(' ', named).Trim('"', '“', '”', '‘', '’', '\'', '*', '_', ',', '.', ';', ':', '(', ')');
                    // "Reply 1988!!" is the title and the writer's excitement; "Hi Bye, Mama!" keeps the mark its title has.
                    if (!f.Drama.Names.Any(n => n.EndsWith('!') || n.EndsWith('?')))
                    {
                        text = text.TrimEnd('!', '?');
                    }
                    yield return (f.Drama, text, start);
                    start = f.End;
                }
            }
        }

        // One word alone is too often an English word ("Signal", "Mine", "Moving") to count where a sentence opens, and an
        // abbreviation counts only spelled as the shelf spells it ("CLOY", not "cloy").
        private bool Counts(string[] words, int start, int end, bool opensSentence)
        {
            if (end > start)
            {
                return true;
            }
            var word = Bare(words[start]);
            var key = Domain.Names.Normalize(word);
            if (initialsSpellings.ContainsKey(key))
            {
                return abbreviationSpellings.Contains(word) && !Shouted(words, start);
            }
            return abbreviationKeys.Contains(key) ? abbreviationSpellings.Contains(word) : !opensSentence;
        }

        // "I REFUSE to discuss it", "they SWAP BODIES": a word in capitals beside another is shouting, not initials.
        private static bool Shouted(string[] words, int index) =>
            index > 0 && InCapitals(Bare(words[index - 1])) || index + 1 < words.Length && InCapitals(Bare(words[index + 1]));

        private static bool InCapitals(string word) => word.Count(char.IsLetter) >= 2 && !word.Any(char.IsLower);

        private bool ClosesTitle(string word) =>
            word[^1] is '.' or ';' or ':' or ')' && !wordsWithPeriod.Contains(word.TrimStart('"', '“', '‘', '\'', '*', '_', '('));

        // "Cha-Cha-Cha's" → "Cha-Cha-Cha", "Goblin’s," → "Goblin"; null for a word that is no possessive.
        private static string? Possessive(string word)
        {
            var bare = word.TrimEnd(',', '.', ';', ':', '!', '?', ')');
            return bare.Length > 3 && (bare.EndsWith("'s", StringComparison.Ordinal) || bare.EndsWith("’s", StringComparison.Ordinal)) ? bare[..^2].TrimStart('"', '“', '‘', '(') : null;
        }

        private static string Bare(string word) => word.Trim('"', '“', '”', '‘', '’', '\'', '*', '_', '(', ')', ',', '.', ';', ':', '!', '?', '«', '»', '<', '>');
    }
}
