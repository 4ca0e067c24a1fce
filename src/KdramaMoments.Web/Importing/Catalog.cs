using KdramaMoments.Web.Domain;

namespace KdramaMoments.Web.Importing;

/// <summary>
/// The part of the catalogue the resolver compares against, held in memory. The importer fills it
/// from the database (tracked entities); tests build it by hand.
/// </summary>
public sealed class Catalog
{
    public List<Drama> Dramas { get; } = [];
    public List<Actor> Actors { get; } = [];
    public List<Character> Characters { get; } = [];
    public List<Moment> Moments { get; } = [];
    public List<Tag> Tags { get; } = [];
    public HashSet<string> ArticleHashes { get; } = [];

    public HashSet<string> DramaSlugs { get; } = [];
    public HashSet<string> ActorSlugs { get; } = [];
    public HashSet<string> CharacterSlugs { get; } = [];
    public HashSet<string> MomentSlugs { get; } = [];
    public HashSet<string> TagSlugs { get; } = [];
    public HashSet<string> ArticleSlugs { get; } = [];

    public IEnumerable<Character> CharactersOf(Drama drama) =>
        Characters.Where(c => ReferenceEquals(c.Drama, drama) || (drama.Id != 0 && c.DramaId == drama.Id));

    public IEnumerable<Moment> MomentsOf(Drama drama) =>
        Moments.Where(m => ReferenceEquals(m.Drama, drama) || (drama.Id != 0 && m.DramaId == drama.Id));
}
