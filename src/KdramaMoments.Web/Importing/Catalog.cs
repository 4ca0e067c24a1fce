using KdramaMoments.Web.Domain;

namespace KdramaMoments.Web.Importing;

/// <summary>
/// The part of the catalogue the resolver compares against, held in memory. The importer fills it
/// with only the rows one article can need (<see cref="CatalogLoader"/>); tests build it by hand.
/// </summary>
/// <param name="takenSlugs">
/// Given an entity type ("drama", "actor", "character", "moment", "tag", "article") and a slug root, the
/// slugs already taken in that root's family (the root and <c>root-…</c>, former addresses included).
/// Without it the slug sets hold only what is added to them.
/// </param>
public sealed class Catalog(Func<string, string, IEnumerable<string>>? takenSlugs = null)
{
    public List<Drama> Dramas { get; } = [];
    public List<Actor> Actors { get; } = [];
    public List<Character> Characters { get; } = [];
    public List<Moment> Moments { get; } = [];
    public List<Tag> Tags { get; } = [];
    public HashSet<string> ArticleHashes { get; } = [];

    public SlugSet DramaSlugs { get; } = new(Lookup(takenSlugs, "drama"));
    public SlugSet ActorSlugs { get; } = new(Lookup(takenSlugs, "actor"));
    public SlugSet CharacterSlugs { get; } = new(Lookup(takenSlugs, "character"));
    public SlugSet MomentSlugs { get; } = new(Lookup(takenSlugs, "moment"));
    public SlugSet TagSlugs { get; } = new(Lookup(takenSlugs, "tag"));
    public SlugSet ArticleSlugs { get; } = new(Lookup(takenSlugs, "article"));

    public IEnumerable<Character> CharactersOf(Drama drama) =>
        Characters.Where(c => ReferenceEquals(c.Drama, drama) || (drama.Id != 0 && c.DramaId == drama.Id));

    public IEnumerable<Moment> MomentsOf(Drama drama) =>
        Moments.Where(m => ReferenceEquals(m.Drama, drama) || (drama.Id != 0 && m.DramaId == drama.Id));

    private static Func<string, IEnumerable<string>>? Lookup(Func<string, string, IEnumerable<string>>? takenSlugs, string entityType) =>
        takenSlugs is null ? null : root => takenSlugs(entityType, root);
}

/// <summary>
/// Slugs taken for one kind of entity. Instead of holding every slug in the catalogue it asks
/// <paramref name="family"/> for a root's family (<c>goblin</c>, <c>goblin-2</c>…) the first time that root comes up.
/// </summary>
public sealed class SlugSet(Func<string, IEnumerable<string>>? family = null)
{
    private readonly HashSet<string> taken = [];
    private readonly HashSet<string> asked = [];

    public bool Contains(string slug)
    {
        Ask(slug);
        return taken.Contains(slug);
    }

    public void Add(string slug) => taken.Add(slug);

    /// <summary>A slug for <paramref name="text"/> not taken yet, now taken: "goblin", else "goblin-2", "goblin-3"…</summary>
    public string Unique(string text)
    {
        Ask(Names.Slugify(text));
        return Names.UniqueSlug(text, taken);
    }

    private void Ask(string root)
    {
        if (family is not null && asked.Add(root))
        {
            taken.UnionWith(family(root));
        }
    }
}
