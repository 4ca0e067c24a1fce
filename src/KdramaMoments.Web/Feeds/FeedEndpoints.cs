using KdramaMoments.Web.Data;
using KdramaMoments.Web.Hosting;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Feeds;

/// <summary>The machine-read addresses of the public site: the Atom feed of new moments, the sitemap, <c>/robots.txt</c> and the random moment.</summary>
public static class FeedEndpoints
{
    public static IEndpointRouteBuilder MapFeeds(this IEndpointRouteBuilder endpoints)
    {
        // Not part of the JSON API, so not in its OpenAPI document.
        endpoints.MapGet("/feed.atom", AtomFeedAsync).ExcludeFromDescription();
        endpoints.MapGet("/random", RandomMomentAsync).ExcludeFromDescription();
        return endpoints.MapSitemap().MapRobotsTxt();
    }

    private static async Task<IResult> AtomFeedAsync(HttpRequest request, KdramaDbContext db, CancellationToken cancellationToken)
    {
        // The newest stored feed times, read from their index.
        return AtomFeed.Result(SiteUrls.Origin(request), "/feed.atom", "/", "KdramaMoments: new moments", "The newest romance moments in the catalogue.",
            await AtomFeed.NewestAsync(db, db.Moments, cancellationToken));
    }

    private static async Task<IResult> RandomMomentAsync(HttpContext context, KdramaDbContext db, CancellationToken cancellationToken)
    {
        // Never cached: each visit should land somewhere new.
        context.Response.Headers.CacheControl = "no-store";
        var slug = await RandomMomentSlugAsync(db, cancellationToken);
        return Results.Redirect(slug is null ? "/moments" : $"/moments/{slug}");
    }

    private const int RandomIdTries = 16;

    /// <summary>
    /// Every moment equally likely, by rejection: ids drawn uniformly up to the highest, the first that is a moment's
    /// (one read by key). Where deletes left gaps, a draw that misses is drawn again rather than moved to the next id,
    /// which would favour the moments after a gap. If every draw misses (a catalogue mostly deleted), a uniform skip
    /// along the slug index, as before; both ways are uniform, so their mix is too.
    /// </summary>
    private static async Task<string?> RandomMomentSlugAsync(KdramaDbContext db, CancellationToken cancellationToken)
    {
        var highest = await db.Moments.AsNoTracking().OrderByDescending(m => m.Id).Select(m => (int?)m.Id).FirstOrDefaultAsync(cancellationToken);
        if (highest is not { } top)
        {
            return null;
        }
        var draws = Enumerable.Range(0, RandomIdTries).Select(_ => Random.Shared.Next(1, top + 1)).ToList();
        var found = await db.Moments.AsNoTracking().Where(m => draws.Contains(m.Id)).Select(m => new { m.Id, m.Slug }).ToDictionaryAsync(m => m.Id, m => m.Slug, cancellationToken);
        foreach (var id in draws)
        {
            if (found.TryGetValue(id, out var slug))
            {
                return slug;
            }
        }
        var count = (await CatalogueTotals.ReadAsync(db, cancellationToken)).Moments;
        return count == 0 ? null : await db.Moments.AsNoTracking().OrderBy(m => m.Slug)
            .Skip(Random.Shared.Next(count)).Select(m => m.Slug).FirstOrDefaultAsync(cancellationToken);
    }
}
