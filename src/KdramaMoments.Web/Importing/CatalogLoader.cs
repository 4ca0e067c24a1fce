using KdramaMoments.Web.Data;
using KdramaMoments.Web.Domain;
using KdramaMoments.Web.Importing.Reference;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Importing;

/// <summary>
/// Fills a <see cref="Catalog"/> with the rows one article can resolve against, found through indexed
/// lookups, so an import costs the same whatever the size of the catalogue. Entities come back tracked:
/// the resolver changes them and the importer saves them.
/// </summary>
public sealed class CatalogLoader(KdramaDbContext db)
{
    /// <summary>A catalogue whose slug sets look up taken slugs in the database as the resolver needs them.</summary>
    public Catalog NewCatalog() => new(TakenSlugs);

    /// <summary>Which of these titles the catalogue holds, as a drama's title or alternate title (normalised keys).</summary>
    public async Task<HashSet<string>> KnownTitlesAsync(IEnumerable<string> titles, CancellationToken cancellationToken)
    {
        var keys = Keys(titles);
        if (keys.Count == 0)
        {
            return [];
        }
        return (await db.Dramas.Where(d => keys.Contains(d.NormalizedTitle)).Select(d => d.NormalizedTitle)
            .Union(db.DramaAliases.Where(x => keys.Contains(x.NormalizedName)).Select(x => x.NormalizedName))
            .ToListAsync(cancellationToken)).ToHashSet();
    }

    /// <summary>
    /// Adds what resolving <paramref name="article"/> can touch: dramas by title or alternate title (and any in which
    /// two of its actors play roles, for the shared-cast rule), actors by name or alias, every role and moment of those
    /// dramas (the same-actor, given-name and same-scene rules look at all of them), and its tropes. Rows the catalogue
    /// already holds are not added twice. Returns false, loading nothing, when the article was imported before.
    /// </summary>
    public async Task<bool> LoadAsync(Catalog catalog, ParsedArticle article, string contentHash, CancellationToken cancellationToken)
    {
        if (catalog.ArticleHashes.Contains(contentHash) || await db.Articles.AnyAsync(a => a.ContentHash == contentHash, cancellationToken))
        {
            catalog.ArticleHashes.Add(contentHash);
            return false;
        }

        // A drama stored under another of its names on the reference shelf ("Goblin" for "Guardian: The Lonely and Great God") is loaded too.
        var titles = article.Items.SelectMany(i => i.Drama.AlternateTitles.Prepend(i.Drama.Title)).ToList();
        var titleKeys = Keys(titles.Concat(titles.SelectMany(KnownDramas.OtherNames)));
        var actorKeys = Keys(article.Items.SelectMany(i => i.Cast).Select(c => c.Actor).OfType<string>());
        var tagSlugs = article.Items.SelectMany(i => i.Tags).Distinct().ToList();

        var actorIds = await db.Actors.Where(a => actorKeys.Contains(a.NormalizedName)).Select(a => a.Id)
            .Union(db.ActorAliases.Where(x => actorKeys.Contains(x.NormalizedName)).Select(x => x.ActorId))
            .ToListAsync(cancellationToken);
        var actors = await db.Actors.Include(a => a.Aliases).Where(a => actorIds.Contains(a.Id)).OrderBy(a => a.Id).ToListAsync(cancellationToken);

        var dramaIds = await db.Dramas.Where(d => titleKeys.Contains(d.NormalizedTitle)).Select(d => d.Id)
            .Union(db.DramaAliases.Where(x => titleKeys.Contains(x.NormalizedName)).Select(x => x.DramaId))
            .Union(db.Characters.Where(c => c.ActorId != null && actorIds.Contains(c.ActorId.Value))
                .GroupBy(c => c.DramaId)
                .Where(g => g.Select(c => c.ActorId).Distinct().Count() >= 2)
                .Select(g => g.Key))
            .ToListAsync(cancellationToken);
        var dramas = await db.Dramas.Include(d => d.Aliases).Where(d => dramaIds.Contains(d.Id)).OrderBy(d => d.Id).ToListAsync(cancellationToken);
        // A role's actor is loaded with it: the resolver tells roles apart by who plays them.
        var characters = await db.Characters.Include(c => c.Aliases).Include(c => c.Actor).Where(c => dramaIds.Contains(c.DramaId))
            .OrderBy(c => c.Id).AsSplitQuery().ToListAsync(cancellationToken);
        var moments = await db.Moments.Include(m => m.Characters).Include(m => m.Quotes).Include(m => m.Tags).Where(m => dramaIds.Contains(m.DramaId))
            .OrderBy(m => m.Id).AsSplitQuery().ToListAsync(cancellationToken);
        var tags = await db.Tags.Where(t => tagSlugs.Contains(t.Slug)).OrderBy(t => t.Id).ToListAsync(cancellationToken);

        AddMissing(catalog.Actors, actors);
        AddMissing(catalog.Dramas, dramas);
        AddMissing(catalog.Characters, characters);
        AddMissing(catalog.Moments, moments);
        AddMissing(catalog.Tags, tags);
        return true;
    }

    private static List<string> Keys(IEnumerable<string> names) =>
        names.Select(Names.Normalize).Where(k => k.Length > 0).Distinct().ToList();

    // Tracking queries hand back the instance already tracked, so a second article of a preview finds the same objects.
    private static void AddMissing<T>(List<T> into, List<T> loaded) where T : class
    {
        var held = into.ToHashSet(ReferenceEqualityComparer.Instance);
        into.AddRange(loaded.Where(e => !held.Contains(e)));
    }

    /// <summary>
    /// The taken slugs of <paramref name="root"/>'s family: the root and every <c>root-…</c>, in the entity's table and its
    /// former addresses (which stay reserved so a new entity never takes a redirecting slug). One query of two ranges over
    /// unique indexes: '.' sorts right after '-', so [root, root.) holds exactly those. Synchronous because the resolver
    /// is; SQLite's provider runs synchronously underneath anyway.
    /// </summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Globalization", "CA1309", Justification = "Translated to SQLite's binary (ordinal) comparison; never run in .NET.")]
    private List<string> TakenSlugs(EntityKind kind, string root)
    {
        var end = root + ".";
        var slugs = kind switch
        {
            EntityKind.Drama => Between(db.Dramas, root, end),
            EntityKind.Actor => Between(db.Actors, root, end),
            EntityKind.Character => Between(db.Characters, root, end),
            EntityKind.Moment => Between(db.Moments, root, end),
            EntityKind.Tag => Between(db.Tags, root, end),
            EntityKind.Article => Between(db.Articles, root, end),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "no addresses of this kind are chosen on import"),
        };
        var entityType = kind.Name();
        return slugs
            .Concat(db.SlugRedirects
                .Where(r => r.EntityType == entityType && string.Compare(r.OldSlug, root) >= 0 && string.Compare(r.OldSlug, end) < 0)
                .Select(r => r.OldSlug))
            .ToList();
    }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Globalization", "CA1309", Justification = "Translated to SQLite's binary (ordinal) comparison; never run in .NET.")]
    private static IQueryable<string> Between<T>(IQueryable<T> set, string from, string to) where T : class, ISlugged =>
        set.Where(e => string.Compare(e.Slug, from) >= 0 && string.Compare(e.Slug, to) < 0).Select(e => e.Slug);
}
