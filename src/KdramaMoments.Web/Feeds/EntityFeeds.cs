using KdramaMoments.Web.Couples;
using KdramaMoments.Web.CuratedLists;
using KdramaMoments.Web.Data;
using KdramaMoments.Web.Hosting;
using KdramaMoments.Web.Moments;
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
            : await FeedAsync(request, $"/dramas/{slug}", $"KdramaMoments: {drama.Title}", $"New moments of {drama.Title}, and new lists naming them.",
                db.Moments.Where(m => m.DramaId == drama.Id), cancellationToken);
    }

    private static async Task<IResult> ActorAsync(string slug, HttpRequest request, KdramaDbContext db, CancellationToken cancellationToken)
    {
        var actor = await db.Actors.AsNoTracking().Where(a => a.Slug == slug).Select(a => new { a.Id, a.Name }).FirstOrDefaultAsync(cancellationToken);
        return actor is null
            ? Results.NotFound()
            : await FeedAsync(request, $"/actors/{slug}", $"KdramaMoments: {actor.Name}", $"New moments of {actor.Name}, and new lists naming them.",
                db.Moments.OfActor(db, actor.Id), cancellationToken);
    }

    private static async Task<IResult> CoupleAsync(string slug, HttpRequest request, KdramaDbContext db, CancellationToken cancellationToken)
    {
        var couple = await CoupleQueries.BySlugAsync(db, slug, cancellationToken);
        if (couple is null)
        {
            return Results.NotFound();
        }
        var ids = couple.MomentIds;
        return await FeedAsync(request, $"/couples/{slug}", $"KdramaMoments: {couple.Title}", $"New moments of {couple.Title}, and new lists naming them.",
            db.Moments.Where(m => ids.Contains(m.Id)), cancellationToken);
    }

    private static async Task<IResult> TagAsync(string slug, HttpRequest request, KdramaDbContext db, CancellationToken cancellationToken)
    {
        var name = await db.Tags.AsNoTracking().Where(t => t.Slug == slug).Select(t => t.Name).FirstOrDefaultAsync(cancellationToken);
        return name is null
            ? Results.NotFound()
            : await FeedAsync(request, $"/tags/{slug}", $"KdramaMoments: {name} moments", $"New moments with the trope “{name}”, and new lists naming them.",
                db.Moments.Where(m => m.Tags.Any(t => t.Slug == slug)), cancellationToken);
    }

    private static async Task<IResult> CuratedListAsync(string slug, HttpRequest request, KdramaDbContext db, CancellationToken cancellationToken) =>
        await CuratedListQueries.FeedSourceAsync(db, slug, cancellationToken) is not { } list
            ? Results.NotFound()
            : await FeedAsync(request, $"/lists/{slug}", $"KdramaMoments: {list.Title}", $"Moments in the editors' list “{list.Title}”.", list.Moments, cancellationToken);

    private static async Task<IResult> FeedAsync(HttpRequest request, string page, string title, string subtitle, IQueryable<Domain.Moment> moments, CancellationToken cancellationToken) =>
        AtomFeed.Result(SiteUrls.Origin(request), page + "/feed.atom", page, title, subtitle, await AtomFeed.NewestAsync(moments, cancellationToken));
}
