using KdramaMoments.Web.Domain;

namespace KdramaMoments.Web.Importing;

/// <summary>
/// An editor's corrections to what the parser read from one article, applied between parse and resolve.
/// Positions and indexes always refer to the article as the parser read it (parsing is deterministic), so
/// the same corrections can travel through several previews and the save unchanged.
/// </summary>
public sealed record ImportCorrections(IReadOnlyList<ItemCorrection> Items)
{
    public const int MaxTitleLength = 200;
    public const int MaxNameLength = 100;
    public const int MaxAddedPerItem = 20;

    public static ImportCorrections None { get; } = new([]);

    public bool IsEmpty => Items.All(i => i.IsEmpty);

    /// <summary>What does not fit the article or is not a usable value, one sentence each; empty when all is well.</summary>
    public IReadOnlyList<string> Check(ParsedArticle article)
    {
        var problems = new List<string>();
        var positions = new HashSet<int>();
        foreach (var correction in Items)
        {
            var at = $"Item {correction.Position}";
            if (!positions.Add(correction.Position))
            {
                problems.Add($"{at} is corrected twice.");
                continue;
            }
            if (correction.Position < 1 || correction.Position > article.Items.Count)
            {
                problems.Add($"{at}: the article has no such item (it has {article.Items.Count}).");
                continue;
            }
            var item = article.Items[correction.Position - 1];
            if (correction.Drama is { } drama && (Names.Normalize(drama).Length == 0 || drama.Length > MaxTitleLength))
            {
                problems.Add($"{at}: the drama needs a title of at most {MaxTitleLength} characters, with letters or digits in it.");
            }
            problems.AddRange(correction.RemoveCast.Where(i => i < 0 || i >= item.Cast.Count).Distinct()
                .Select(i => $"{at}: there is no person {i + 1} to remove (it has {item.Cast.Count})."));
            problems.AddRange(correction.RemoveQuotes.Where(i => i < 0 || i >= item.Quotes.Count).Distinct()
                .Select(i => $"{at}: there is no quote {i + 1} to remove (it has {item.Quotes.Count})."));
            if (correction.AddCast.Count > MaxAddedPerItem)
            {
                problems.Add($"{at}: at most {MaxAddedPerItem} people can be added to one item.");
            }
            foreach (var added in correction.AddCast)
            {
                if (string.IsNullOrWhiteSpace(added.Character) && string.IsNullOrWhiteSpace(added.Actor))
                {
                    problems.Add($"{at}: a person to add needs a character or an actor name.");
                }
                else if (!Usable(added.Character) || !Usable(added.Actor))
                {
                    problems.Add($"{at}: a name to add must have letters in it and at most {MaxNameLength} characters.");
                }
            }
        }
        return problems;

        static bool Usable(string? name) => string.IsNullOrWhiteSpace(name) || (name.Any(char.IsLetter) && name.Length <= MaxNameLength);
    }

    /// <summary>
    /// The article as corrected, and for each of its items the position it had as parsed. Items marked
    /// "not an item" are dropped and the rest renumbered 1..n, as if the author had not listed them.
    /// Call <see cref="Check"/> first: corrections that do not fit the article throw.
    /// </summary>
    public (ParsedArticle Article, IReadOnlyList<int> SourcePositions) Apply(ParsedArticle article)
    {
        if (Check(article) is [var first, ..])
        {
            throw new ArgumentException(first, nameof(article));
        }
        var byPosition = Items.ToDictionary(i => i.Position);
        var items = new List<ParsedItem>();
        var sources = new List<int>();
        foreach (var item in article.Items)
        {
            var correction = byPosition.GetValueOrDefault(item.Position);
            if (correction?.NotAnItem == true)
            {
                continue;
            }
            var corrected = correction is null ? item : correction.ApplyTo(item);
            items.Add(corrected with { Position = items.Count + 1 });
            sources.Add(item.Position);
        }
        return (article with { Items = items }, sources);
    }
}

/// <summary>
/// The corrections to one parsed item. <see cref="RemoveCast"/> and <see cref="RemoveQuotes"/> are 0-based
/// indexes into the parsed item's cast and quotes; <see cref="Drama"/> is the title the editor chose or typed
/// (null or the parsed title itself: keep what was read).
/// </summary>
public sealed record ItemCorrection(int Position)
{
    public bool NotAnItem { get; init; }
    public string? Drama { get; init; }
    public IReadOnlyList<int> RemoveCast { get; init; } = [];
    public IReadOnlyList<int> RemoveQuotes { get; init; } = [];
    public IReadOnlyList<CastCredit> AddCast { get; init; } = [];

    public bool IsEmpty => !NotAnItem && Drama is null && RemoveCast.Count == 0 && RemoveQuotes.Count == 0 && AddCast.Count == 0;

    /// <summary>Whether <see cref="Drama"/> names another drama than the one the parser read.</summary>
    public bool ChangesDrama(ParsedItem item) =>
        Drama is not null && Names.Normalize(Drama) != Names.Normalize(item.Drama.Title);

    internal ParsedItem ApplyTo(ParsedItem item)
    {
        var drama = item.Drama;
        var doubts = item.Doubts;
        if (ChangesDrama(item))
        {
            // The year, other titles and Hangul title were read with the other drama, and the editor has settled the question.
            drama = new ParsedDrama(Drama!.Trim(), null, []) { ChosenByEditor = true };
            doubts = [.. doubts.Where(d => d.About != "drama")];
        }

        var removed = RemoveCast.ToHashSet();
        var kept = item.Cast.Where((_, i) => !removed.Contains(i)).ToList();
        var added = AddCast.Select(c => new CastCredit(Clean(c.Character), Clean(c.Actor))).ToList();
        var cast = kept.Concat(added).ToList();

        // A removed person's names leave the featured list too, unless a kept credit answers to the same name.
        var keptNames = cast.SelectMany(Names_).Select(Names.Normalize).ToHashSet();
        var gone = item.Cast.Where((_, i) => removed.Contains(i)).SelectMany(Names_).Where(n => !keptNames.Contains(Names.Normalize(n))).Distinct().ToList();
        var goneNames = gone.Select(Names.Normalize).ToHashSet();
        var featured = item.Featured.Where(n => !goneNames.Contains(Names.Normalize(n)))
            .Concat(added.Select(c => c.Character ?? c.Actor!))
            .Distinct()
            .ToList();

        var droppedQuotes = RemoveQuotes.ToHashSet();
        var quotes = item.Quotes.Where((_, i) => !droppedQuotes.Contains(i)).ToList();

        return item with { Drama = drama, Cast = cast, Featured = featured, Quotes = quotes, Doubts = doubts, NotPeople = [.. item.NotPeople, .. gone] };

        static IEnumerable<string> Names_(CastCredit c) => c.CharacterAliases.Append(c.Character).Append(c.Actor).OfType<string>();
        static string? Clean(string? name) => string.IsNullOrWhiteSpace(name) ? null : string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
