using KdramaMoments.Web.Couples;
using KdramaMoments.Web.CuratedLists;
using KdramaMoments.Web.Data;
using KdramaMoments.Web.Hosting;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Feeds;

/// <summary>An Atom feed per drama, actor, couple, trope and editors' list, at the entity's address plus <c>/feed.atom</c>.</summary>
public static class EntityFeeds
{
    public static IEndpointRouteBuilder MapEntityFeeds(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/dramas/{slug}/feed.atom", DramaAsync).ExcludeFromDescription();
        endpoints.MapGet("/actors/{slug}/feed.atom", ActorAsync).ExcludeFromDescription();
        endpoints.MapGet("/couples/{slug}/feed.atom", CoupleAsync).ExcludeFromDescription();
        endpoints.MapGet("/tags/{slug}/feed.atom", TagAsync).ExcludeFromDescription();
        endpoints.MapGet("/lists/{slug}/feed.atom", CuratedListAsync).ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<IResult> DramaAsync(string slug, HttpRequest request, KdramaDbContext db, CancellationToken cancellationToken)
    {
        var drama = await db.Dramas.AsNoTracking().Where(d => d.Slug == slug).Select(d => new { d.Id, d.Title }).FirstOrDefaultAsync(cancellationToken);
        return drama is null
            ? Results.NotFound()
            : await FeedAsync(db, request, $"/dramas/{slug}", $"KdramaMoments: {drama.Title}", $"New moments of {drama.Title}, and new lists naming them.",
                db.Moments.Where(m => m.DramaId == drama.Id), cancellationToken);
    }

    private static async Task<IResult> ActorAsync(string slug, HttpRequest request, KdramaDbContext db, CancellationToken cancellationToken)
    {
        var actor = await db.Actors.AsNoTracking().Where(a => a.Slug == slug).Select(a => new { a.Id, a.Name }).FirstOrDefaultAsync(cancellationToken);
        // The newest 30 of the actor's moments kept with their feed times (ActorMoment), read from the index in the feed's
        // order led by the actor: listing the moments of every role and sorting them grew with the actor (2,150 moments
        // for the busiest at 100,000), as asking each moment of the feed index whether the actor is in it grew with the catalogue.
        return actor is null
            ? Results.NotFound()
            : Feed(request, $"/actors/{slug}", $"KdramaMoments: {actor.Name}", $"New moments of {actor.Name}, and new lists naming them.",
                await AtomFeed.EntriesAsync(db, db.ActorMoments.Where(a => a.ActorId == actor.Id).NewestFirst().Take(AtomFeed.Size).Select(a => a.MomentId), cancellationToken));
    }

    private static async Task<IResult> CoupleAsync(string slug, HttpRequest request, KdramaDbContext db, CancellationToken cancellationToken)
    {
        var couple = await CoupleQueries.BySlugAsync(db, slug, cancellationToken);
        if (couple is null)
        {
            return Results.NotFound();
        }
        // The couple's moments from its pairings' roles: no list of every moment id bound into the query.
        return await FeedAsync(db, request, $"/couples/{slug}", $"KdramaMoments: {couple.Title}", $"New moments of {couple.Title}, and new lists naming them.",
            db.Moments.OfPairs(db, CoupleMoments.PairsOf(couple.Pairings)), cancellationToken);
    }

    private static async Task<IResult> TagAsync(string slug, HttpRequest request, KdramaDbContext db, CancellationToken cancellationToken)
    {
        var tag = await db.Tags.AsNoTracking().Where(t => t.Slug == slug).Select(t => new { t.Id, t.Name, t.MomentCount }).FirstOrDefaultAsync(cancellationToken);
        if (tag is null)
        {
            return Results.NotFound();
        }
        // Listed from the join table's index on its trope.
        var listed = db.MomentTagRows.Where(row => EF.Property<int>(row, "TagsId") == tag.Id).Select(row => EF.Property<int>(row, "MomentsId"));
        return Feed(request, $"/tags/{slug}", $"KdramaMoments: {tag.Name} moments", $"New moments with the trope “{tag.Name}”, and new lists naming them.",
            await AtomFeed.NewestOfScopeAsync(db, tag.MomentCount, db.Moments.Where(m => m.Tags.Any(t => t.Id == tag.Id)),
                db.Moments.Where(m => listed.Contains(m.Id)), cancellationToken));
    }

    private static async Task<IResult> CuratedListAsync(string slug, HttpRequest request, KdramaDbContext db, CancellationToken cancellationToken) =>
        await CuratedListQueries.FeedSourceAsync(db, slug, cancellationToken) is not { } list
            ? Results.NotFound()
            : await FeedAsync(db, request, $"/lists/{slug}", $"KdramaMoments: {list.Title}", $"Moments in the editors' list “{list.Title}”.", list.Moments, cancellationToken);

    private static async Task<IResult> FeedAsync(KdramaDbContext db, HttpRequest request, string page, string title, string subtitle, IQueryable<Domain.Moment> moments,
        CancellationToken cancellationToken) =>
        Feed(request, page, title, subtitle, await AtomFeed.NewestAsync(db, moments, cancellationToken));

    private static IResult Feed(HttpRequest request, string page, string title, string subtitle, IReadOnlyList<AtomFeed.Entry> entries) =>
        AtomFeed.Result(SiteUrls.Origin(request), page + "/feed.atom", page, title, subtitle, entries);
}
