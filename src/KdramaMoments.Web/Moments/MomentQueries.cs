using System.Linq.Expressions;
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

    /// <summary>Whether the actor is the only filter: the list is then read from the actor's moments (<see cref="ActorMoment"/>).</summary>
    public bool IsActorOnly => Actor is not null && Tag is null && Drama is null && Year is null;

    /// <summary>Whether the drama year is the only filter: the list's total is then the year's moments, kept at write time.</summary>
    public bool IsYearOnly => Year is not null && Tag is null && Drama is null && Actor is null;
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
            // A known year is the drama's year as kept on its moments (an index per list order leads with it); 0 there
            // means "unknown", which no year asked for is.
            moments = year > 0 ? moments.Where(m => m.SortYear == year) : moments.Where(m => m.Drama.Year == year);
        }
        return moments;
    }

    /// <summary>The moments naming one of these characters, found from the join table's index on its character.</summary>
    public static IQueryable<Moment> OfCharacters(this IQueryable<Moment> moments, KdramaDbContext db, IReadOnlyCollection<int> characterIds) =>
        moments.Where(m => db.Characters.Where(c => characterIds.Contains(c.Id)).SelectMany(c => c.Moments).Select(x => x.Id).Contains(m.Id));

    /// <summary>An actor's moments as the actor's page and API list them: by drama title, then episode (unknown last), then id.</summary>
    public static IOrderedQueryable<Moment> InActorOrder(this IQueryable<Moment> moments) =>
        moments.OrderBy(m => m.Drama.Title).ThenBy(m => m.Episode == null).ThenBy(m => m.Episode).ThenBy(m => m.Id);

    /// <summary>
    /// The first <paramref name="count"/> of an actor's moments in <see cref="InActorOrder"/>: their ids a slice of the
    /// actor's moments kept in that order (<see cref="ActorMoment"/>: drama title, episode with unknown last, id), then
    /// those moments, however many the actor has.
    /// </summary>
    public static Task<List<T>> FirstOfActorAsync<T>(KdramaDbContext db, int actorId, int count,
        Func<IOrderedQueryable<Moment>, IQueryable<T>> project, CancellationToken cancellationToken)
    {
        var first = db.ActorMoments.Where(a => a.ActorId == actorId)
            .OrderBy(a => a.SortDrama).ThenBy(a => a.Episode == null).ThenBy(a => a.Episode).ThenBy(a => a.MomentId)
            .Take(count).Select(a => a.MomentId);
        return project(db.Moments.AsNoTracking().Where(m => first.Contains(m.Id)).InActorOrder()).Take(count).ToListAsync(cancellationToken);
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
    public static IOrderedQueryable<T> SortedBy<T>(this IQueryable<T> moments, string sort)
        where T : IMomentOrderKeys => ListOrder<T>.Apply(moments, sort, backwards: false);

    /// <summary>
    /// Each list order once, as its keys in turn and each key's direction (<see cref="SortedBy"/>), applied forwards or
    /// with every direction reversed (<see cref="Slice"/>: the database walks the same index backwards), to the moments
    /// and to the copies of their keys kept per actor and per trope alike: a key added to an order is added to both
    /// directions and to every list. The unknown episodes' key comes before the episode, so where each database puts
    /// NULL does not matter in either direction.
    /// </summary>
    private static class ListOrder<T>
        where T : IMomentOrderKeys
    {
        private static readonly Key[] Listed = [By(m => m.ListCount, descending: true), By(m => m.SortYear, descending: true), By(m => m.Title), By(m => m.Slug)];
        private static readonly Key[] Year = [By(m => m.SortYear, descending: true), By(m => m.SortDrama), By(m => m.Episode == null), By(m => m.Episode), By(m => m.Slug)];
        private static readonly Key[] Title = [By(m => m.SortTitle), By(m => m.Slug)];

        public static IOrderedQueryable<T> Apply(IQueryable<T> moments, string sort, bool backwards)
        {
            var keys = sort switch
            {
                "year" => Year,
                "title" => Title,
                _ => Listed,
            };
            var ordered = keys[0].First(moments, backwards);
            foreach (var key in keys.AsSpan(1))
            {
                ordered = key.Then(ordered, backwards);
            }
            return ordered;
        }

        private static Key By<TKey>(Expression<Func<T, TKey>> key, bool descending = false) => new(
            (moments, backwards) => descending != backwards ? moments.OrderByDescending(key) : moments.OrderBy(key),
            (moments, backwards) => descending != backwards ? moments.ThenByDescending(key) : moments.ThenBy(key));

        /// <summary>One key of an order: as the first key, and after the keys before it; each told whether the order is read backwards.</summary>
        private sealed record Key(Func<IQueryable<T>, bool, IOrderedQueryable<T>> First, Func<IOrderedQueryable<T>, bool, IOrderedQueryable<T>> Then);
    }

    /// <summary>
    /// The ids of the page that skips <paramref name="skipped"/> of <paramref name="total"/> in this order. A page in the
    /// second half is read from the order's other end: an <c>OFFSET</c> steps over every entry before the page, so the
    /// last pages of a long list cost as much as the first instead of the whole list. The page's cards are put back in
    /// the order afterwards.
    /// </summary>
    private static IQueryable<int> Slice<T>(IQueryable<T> moments, string sort, int skipped, int total, int size, Expression<Func<T, int>> id)
        where T : IMomentOrderKeys =>
        skipped > total / 2
            ? ListOrder<T>.Apply(moments, sort, backwards: true).Skip(Math.Max(0, total - skipped - size)).Take(Math.Min(size, total - skipped)).Select(id)
            : ListOrder<T>.Apply(moments, sort, backwards: false).Skip(skipped).Take(size).Select(id);

    /// <summary>
    /// One page of these moments' cards in this order, read in two steps: the page's ids as a slice of the order (a
    /// subquery that the order's index, holding the id, answers without reading a moment however deep the page), then
    /// the cards of only those moments. An <c>OFFSET</c> over the cards themselves read every skipped moment and its
    /// drama, and again for the page's tropes: a deep page cost as much as reading the catalogue up to it.
    /// <paramref name="knownTotal"/> is the number of matching moments when it is kept at write time; otherwise they are counted.
    /// </summary>
    public static async Task<PagedList<MomentCard>> CardPageAsync(this IQueryable<Moment> matching, KdramaDbContext db, string sort, int? page, int? knownTotal, CancellationToken cancellationToken, int size = Paging.DefaultSize) =>
        await CardPageAsync(db, sort, page, knownTotal ?? await matching.CountAsync(cancellationToken), size,
            (skipped, of) => Slice(matching, sort, skipped, of, size, m => m.Id), cancellationToken);

    /// <summary>
    /// One page of an actor's moments in this order, as <see cref="CardPageAsync(IQueryable{Moment}, KdramaDbContext, string, int?, int?, CancellationToken, int)"/>
    /// reads a page: the ids a slice of the actor's moments kept in the order's keys (<see cref="ActorMoment"/>, one index
    /// per order led by the actor), counted by the actor's stored moment count.
    /// </summary>
    public static async Task<PagedList<MomentCard>> ActorCardPageAsync(KdramaDbContext db, string actorSlug, string sort, int? page, int size, CancellationToken cancellationToken)
    {
        var actor = await db.Actors.AsNoTracking().Where(a => a.Slug == actorSlug).Select(a => new { a.Id, a.MomentCount }).FirstOrDefaultAsync(cancellationToken);
        var (id, total) = actor is null ? (0, 0) : (actor.Id, actor.MomentCount);
        return await CardPageAsync(db, sort, page, total, size,
            (skipped, of) => Slice(db.ActorMoments.Where(a => a.ActorId == id), sort, skipped, of, size, a => a.MomentId), cancellationToken);
    }

    /// <summary>
    /// One page of a trope's moments in this order, as <see cref="ActorCardPageAsync"/> reads an actor's: the ids a slice
    /// of the trope's moments kept in the order's keys (<see cref="TagMoment"/>, one index per order led by the trope; the
    /// trope found by its slug inside the same command), of <paramref name="total"/>, the trope's moments kept at write time.
    /// </summary>
    public static Task<PagedList<MomentCard>> TagCardPageAsync(KdramaDbContext db, string tagSlug, string sort, int? page, int total, int size, CancellationToken cancellationToken)
    {
        var rows = db.TagMoments.Where(t => t.TagId == db.Tags.Where(x => x.Slug == tagSlug).Select(x => x.Id).FirstOrDefault());
        return CardPageAsync(db, sort, page, total, size, (skipped, of) => Slice(rows, sort, skipped, of, size, t => t.MomentId), cancellationToken);
    }

    /// <summary>The page's cards, the page's ids read by <paramref name="slice"/> (given how many moments it skips, of how many).</summary>
    private static async Task<PagedList<MomentCard>> CardPageAsync(KdramaDbContext db, string sort, int? page, int total, int size, Func<int, int, IQueryable<int>> slice, CancellationToken cancellationToken)
    {
        var number = Paging.PageNumber(page, total, size);
        var ids = slice((number - 1) * size, total);
        var items = await db.Moments.AsNoTracking().Where(m => ids.Contains(m.Id)).SortedBy(sort).ToCards().AsSplitQuery().ToListAsync(cancellationToken);
        return new PagedList<MomentCard>(items, number, size, total);
    }

    private static async Task<int> KeptTotalAsync(KdramaDbContext db, MomentFilter filter)
    {
        var totals = await CatalogueTotals.ReadAsync(db, CancellationToken.None);
        return filter.Year is { } year ? totals.Years.Where(y => y.Year == year).Sum(y => y.Count) : totals.Moments;
    }

    /// <summary>
    /// One page of the moment list in the filter's order, kept per catalogue version (the list and the API read the same
    /// pages), with the DbContext asked for only when the page is not kept (a request answered from the memo leases none).
    /// <paramref name="knownTotal"/>: the list's total when the caller has read it already (a year's, with its counts).
    /// </summary>
    public static Task<PagedList<MomentCard>> PageAsync(Func<KdramaDbContext> db, CatalogueMemo memo, MomentFilter filter, int? page, int size = Paging.DefaultSize, int? knownTotal = null) =>
        memo.GetAsync(("moments-page", filter, page, size),
            async () =>
            {
                var context = db();
                if (filter.IsActorOnly)
                {
                    return await ActorCardPageAsync(context, filter.Actor!, filter.SortOrDefault, page, size, CancellationToken.None);
                }
                var matching = context.Moments.AsNoTracking().Matching(context, filter);
                // The whole catalogue's size is kept at write time: no count of every moment per page.
                // As a year's: the moments of its dramas, summed at write time.
                int? total = knownTotal ?? (filter.IsEmpty || filter.IsYearOnly ? await KeptTotalAsync(context, filter) : null);
                return await matching.CardPageAsync(context, filter.SortOrDefault, page, total, CancellationToken.None, size);
            },
            list => list.Items.Count);
}
