using KdramaMoments.Web.Domain;

namespace KdramaMoments.Web.Importing;

/// <summary>
/// The part of the catalogue the resolver compares against, held in memory. The importer fills it
/// with only the rows one article can need (<see cref="CatalogLoader"/>); tests build it by hand.
/// </summary>
/// <param name="takenSlugs">
/// Given a kind of entity (drama, actor, character, moment, tag, article) and a slug root, the
/// slugs already taken in that root's family (the root and <c>root-…</c>, former addresses included).
/// Without it the slug sets hold only what is added to them.
/// </param>
public sealed class Catalog(Func<EntityKind, string, IEnumerable<string>>? takenSlugs = null)
{
    public List<Drama> Dramas { get; } = [];
    public List<Actor> Actors { get; } = [];
    public List<Character> Characters { get; } = [];
    public List<Moment> Moments { get; } = [];
    public List<Tag> Tags { get; } = [];
    public HashSet<string> ArticleHashes { get; } = [];

    public SlugSet DramaSlugs { get; } = new(Lookup(takenSlugs, EntityKind.Drama));
    public SlugSet ActorSlugs { get; } = new(Lookup(takenSlugs, EntityKind.Actor));
    public SlugSet CharacterSlugs { get; } = new(Lookup(takenSlugs, EntityKind.Character));
    public SlugSet MomentSlugs { get; } = new(Lookup(takenSlugs, EntityKind.Moment));
    public SlugSet TagSlugs { get; } = new(Lookup(takenSlugs, EntityKind.Tag));
    public SlugSet ArticleSlugs { get; } = new(Lookup(takenSlugs, EntityKind.Article));

    public IEnumerable<Character> CharactersOf(Drama drama) =>
        Characters.Where(c => ReferenceEquals(c.Drama, drama) || (drama.Id != 0 && c.DramaId == drama.Id));

    public IEnumerable<Moment> MomentsOf(Drama drama) =>
        Moments.Where(m => ReferenceEquals(m.Drama, drama) || (drama.Id != 0 && m.DramaId == drama.Id));

    private static Func<string, IEnumerable<string>>? Lookup(Func<EntityKind, string, IEnumerable<string>>? takenSlugs, EntityKind kind) =>
        takenSlugs is null ? null : root => takenSlugs(kind, root);
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
