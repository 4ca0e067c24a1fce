using KdramaMoments.Web.Data;
using KdramaMoments.Web.Domain;
using KdramaMoments.Web.Pagination;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Moments;

/// <summary>A moment as lists show it; "in N lists" counts the distinct articles that name it.</summary>
public sealed record MomentCard
{
    public int Id { get; init; }
    public required string Slug { get; init; }
    public required string Title { get; init; }
    public required string DramaSlug { get; init; }
    public required string Drama { get; init; }
    public int? Year { get; init; }
    public int? Episode { get; init; }
    public int Lists { get; init; }
    public string? Quote { get; init; }
    public IReadOnlyList<TagChip> Tags { get; init; } = [];
}

public sealed record TagChip(string Slug, string Name);

/// <summary>
/// The ways a fan can narrow and order the moment list; every value comes from the query string.
/// <paramref name="DefaultSort"/> applies when none is chosen ("most listed" only orders anything once some moment is named twice).
/// </summary>
public sealed record MomentFilter(string? Tag, string? Drama, string? Actor, int? Year, string? Sort, string DefaultSort = "listed")
{
    public static readonly IReadOnlyList<(string Value, string Label)> Sorts =
        [("listed", "Most listed"), ("year", "Newest drama"), ("title", "Title A–Z")];

    public string SortOrDefault => Sorts.Any(s => s.Value == Sort) ? Sort! : DefaultSort;

    public bool IsEmpty => Tag is null && Drama is null && Actor is null && Year is null;
}

public static class MomentQueries
{
    /// <summary>
    /// The moments the filter leaves. An actor's moments are found from the actor's characters (the unique index on the
    /// actor's slug, then the index on the characters' actor and the join table's key), not by asking every moment whether
    /// one of its characters is the actor's: the filtered list, its count and its facet counts each read the actor's
    /// moments rather than the whole catalogue.
    /// </summary>
    public static IQueryable<Moment> Matching(this IQueryable<Moment> moments, KdramaDbContext db, MomentFilter filter)
    {
        if (filter.Tag is { } tag)
        {
            moments = moments.Where(m => m.Tags.Any(t => t.Slug == tag));
        }
        if (filter.Drama is { } drama)
        {
            moments = moments.Where(m => m.Drama.Slug == drama);
        }
        if (filter.Actor is { } actor)
        {
            moments = moments.Where(m => db.Characters.Where(c => c.Actor != null && c.Actor.Slug == actor).SelectMany(c => c.Moments).Select(x => x.Id).Contains(m.Id));
        }
        if (filter.Year is { } year)
        {
            moments = moments.Where(m => m.Drama.Year == year);
        }
        return moments;
    }

    /// <summary>
    /// The moments naming a role of this actor, found from the actor's characters (by the index on their actor) rather
    /// than by asking every moment whether one of its characters is the actor's.
    /// </summary>
    public static IQueryable<Moment> OfActor(this IQueryable<Moment> moments, KdramaDbContext db, int actorId) =>
        moments.Where(m => db.Characters.Where(c => c.ActorId == actorId).SelectMany(c => c.Moments).Select(x => x.Id).Contains(m.Id));

    /// <summary>The moments naming one of these characters, found from the join table's index on its character.</summary>
    public static IQueryable<Moment> OfCharacters(this IQueryable<Moment> moments, KdramaDbContext db, IReadOnlyCollection<int> characterIds) =>
        moments.Where(m => db.Characters.Where(c => characterIds.Contains(c.Id)).SelectMany(c => c.Moments).Select(x => x.Id).Contains(m.Id));

    /// <summary>An actor's moments as the actor's page and API list them: by drama title, then episode (unknown last), then id.</summary>
    public static IOrderedQueryable<Moment> InActorOrder(this IQueryable<Moment> moments) =>
        moments.OrderBy(m => m.Drama.Title).ThenBy(m => m.Episode == null).ThenBy(m => m.Episode).ThenBy(m => m.Id);

    /// <summary>
    /// The first <paramref name="count"/> of an actor's moments in <see cref="InActorOrder"/>, read from the roles in the actor's
    /// first dramas by title whose stored moment counts reach the count (with every role in a drama of the same title as
    /// the last, which the order interleaves), not from all of the actor's moments: a slice, however many the actor has.
    /// </summary>
    public static async Task<List<T>> FirstOfActorAsync<T>(KdramaDbContext db, int actorId, int count,
        Func<IOrderedQueryable<Moment>, IQueryable<T>> project, CancellationToken cancellationToken)
    {
        var roles = await db.Characters.AsNoTracking().Where(c => c.ActorId == actorId && c.MomentCount > 0)
            .OrderBy(c => c.Drama.Title).Select(c => new { c.Id, c.Drama.Title, c.MomentCount }).ToListAsync(cancellationToken);
        var taken = new List<int>();
        var named = 0;
        foreach (var role in roles)
        {
            // Titles compare as the database orders them (binary on SQLite, collation "C" on PostgreSQL).
            if (named >= count && !string.Equals(role.Title, roles[taken.Count - 1].Title, StringComparison.Ordinal))
            {
                break;
            }
            taken.Add(role.Id);
            named += role.MomentCount;
        }
        var first = await project(db.Moments.AsNoTracking().OfCharacters(db, taken).InActorOrder()).Take(count).ToListAsync(cancellationToken);
        // A moment naming two of the roles taken counts twice, so the slice may hold fewer than its counts promised: then
        // the actor's moments are read as a whole (an actor playing two characters of one moment is rare).
        return first.Count == count || taken.Count == roles.Count
            ? first
            : await project(db.Moments.AsNoTracking().OfActor(db, actorId).InActorOrder()).Take(count).ToListAsync(cancellationToken);
    }

    /// <summary>Moments named by two or more articles: the only ones a "most listed" order can tell apart.</summary>
    public static IQueryable<Moment> NamedByMoreThanOneList(this IQueryable<Moment> moments) =>
        moments.Where(m => m.ListCount > 1);

    public static IQueryable<MomentCard> ToCards(this IQueryable<Moment> moments) =>
        moments.Select(m => new MomentCard
        {
            Id = m.Id,
            Slug = m.Slug,
            Title = m.Title,
            DramaSlug = m.Drama.Slug,
            Drama = m.Drama.Title,
            Year = m.Drama.Year,
            Episode = m.Episode,
            Lists = m.ListCount,
            Quote = m.Quotes.OrderBy(q => q.Position).Select(q => q.Text).FirstOrDefault(),
            Tags = m.Tags.OrderBy(t => t.Slug).Select(t => new TagChip(t.Slug, t.Name)).ToList(),
        });

    /// <summary>
    /// The list orders: most listed (then newest drama, title), newest drama (then drama, episode, unknown last) and
    /// title without case. Each reads the keys stored on the moment (<see cref="StoredCounts"/>) in the order of an
    /// index, so a page, however deep, is one slice of that index rather than a sort of the whole catalogue.
    /// </summary>
    public static IQueryable<Moment> SortedBy(this IQueryable<Moment> moments, string sort) => sort switch
    {
        "year" => moments.OrderByDescending(m => m.SortYear).ThenBy(m => m.SortDrama).ThenBy(m => m.Episode == null).ThenBy(m => m.Episode).ThenBy(m => m.Slug),
        "title" => moments.OrderBy(m => m.SortTitle).ThenBy(m => m.Slug),
        _ => moments.OrderByDescending(m => m.ListCount).ThenByDescending(m => m.SortYear).ThenBy(m => m.Title).ThenBy(m => m.Slug),
    };

    /// <summary>
    /// One page of these moments' cards in this order, read in two steps: the page's ids as a slice of the order (a
    /// subquery that the order's index, holding the id, answers without reading a moment however deep the page), then
    /// the cards of only those moments. An <c>OFFSET</c> over the cards themselves read every skipped moment and its
    /// drama, and again for the page's tropes: a deep page cost as much as reading the catalogue up to it.
    /// <paramref name="knownTotal"/> is the number of matching moments when it is kept at write time; otherwise they are counted.
    /// </summary>
    public static async Task<PagedList<MomentCard>> CardPageAsync(this IQueryable<Moment> matching, KdramaDbContext db, string sort, int? page, int? knownTotal, CancellationToken cancellationToken, int size = Paging.DefaultSize)
    {
        var total = knownTotal ?? await matching.CountAsync(cancellationToken);
        var number = Paging.PageNumber(page, total, size);
        var ids = matching.SortedBy(sort).Skip((number - 1) * size).Take(size).Select(m => m.Id);
        var items = await db.Moments.AsNoTracking().Where(m => ids.Contains(m.Id)).SortedBy(sort).ToCards().AsSplitQuery().ToListAsync(cancellationToken);
        return new PagedList<MomentCard>(items, number, size, total);
    }

    /// <summary>One page of the moment list in the filter's order, kept per catalogue version (the list and the API read the same pages).</summary>
    public static Task<PagedList<MomentCard>> PageAsync(KdramaDbContext db, CatalogueMemo memo, MomentFilter filter, int? page, int size = Paging.DefaultSize) =>
        PageAsync(() => db, memo, filter, page, size);

    /// <summary>As above, with the DbContext asked for only when the page is not kept (a request answered from the memo leases none).</summary>
    public static Task<PagedList<MomentCard>> PageAsync(Func<KdramaDbContext> db, CatalogueMemo memo, MomentFilter filter, int? page, int size = Paging.DefaultSize) =>
        memo.GetAsync(("moments-page", filter, page, size),
            async () =>
            {
                var context = db();
                var matching = context.Moments.AsNoTracking().Matching(context, filter);
                // The whole catalogue's size is kept at write time: no count of every moment per page.
                int? total = filter.IsEmpty ? (await CatalogueTotals.ReadAsync(context, CancellationToken.None)).Moments : null;
                return await matching.CardPageAsync(context, filter.SortOrDefault, page, total, CancellationToken.None, size);
            },
            list => list.Items.Count);
}
