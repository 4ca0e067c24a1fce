using System.Xml;
using System.Xml.Linq;
using KdramaMoments.Web.Data;
using KdramaMoments.Web.Hosting;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Feeds;

/// <summary>The machine-read addresses of the public site: the Atom feed of new moments, the sitemap, and the random moment.</summary>
public static class FeedEndpoints
{
    // The sitemap protocol's limit for one file.
    private const int SitemapLimit = 50_000;

    public static IEndpointRouteBuilder MapFeeds(this IEndpointRouteBuilder endpoints)
    {
        // Not part of the JSON API, so not in its OpenAPI document.
        endpoints.MapGet("/feed.atom", AtomFeedAsync).ExcludeFromDescription();
        endpoints.MapGet("/sitemap.xml", SitemapAsync).ExcludeFromDescription();
        endpoints.MapGet("/random", RandomMomentAsync).ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<IResult> AtomFeedAsync(HttpRequest request, KdramaDbContext db, CancellationToken cancellationToken)
    {
        // The newest stored feed times, read from their index.
        return AtomFeed.Result(SiteUrls.Origin(request), "/feed.atom", "/", "KdramaMoments: new moments", "The newest romance moments in the catalogue.",
            await AtomFeed.NewestAsync(db, db.Moments, cancellationToken));
    }

    private static async Task<IResult> SitemapAsync(HttpRequest request, KdramaDbContext db, CancellationToken cancellationToken)
    {
        var paths = new List<string> { "/", "/dramas", "/moments", "/actors", "/tags", "/articles", "/co-stars", "/lists" };
        paths.AddRange(await db.CuratedLists.AsNoTracking().Where(l => l.Published).OrderBy(l => l.Id).Select(l => "/lists/" + l.Slug).ToListAsync(cancellationToken));
        paths.AddRange(await db.Dramas.AsNoTracking().OrderBy(d => d.Id).Select(d => "/dramas/" + d.Slug).ToListAsync(cancellationToken));
        paths.AddRange(await db.Articles.AsNoTracking().OrderBy(a => a.Id).Select(a => "/articles/" + a.Slug).ToListAsync(cancellationToken));
        paths.AddRange(await db.Tags.AsNoTracking().OrderBy(t => t.Id).Select(t => "/tags/" + t.Slug).ToListAsync(cancellationToken));
        paths.AddRange(await db.Actors.AsNoTracking().OrderBy(a => a.Id).Take(SitemapLimit).Select(a => "/actors/" + a.Slug).ToListAsync(cancellationToken));
        paths.AddRange(await db.Moments.AsNoTracking().OrderBy(m => m.Id).Take(SitemapLimit).Select(m => "/moments/" + m.Slug).ToListAsync(cancellationToken));
        paths.AddRange(await db.Characters.AsNoTracking().OrderBy(c => c.Id).Take(SitemapLimit).Select(c => "/characters/" + c.Slug).ToListAsync(cancellationToken));

        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var origin = SiteUrls.Origin(request);
        var document = new XDocument(new XElement(ns + "urlset",
            paths.Take(SitemapLimit).Select(path => new XElement(ns + "url", new XElement(ns + "loc", origin + path)))));
        return Results.Text(Write(document.WriteTo), "application/xml; charset=utf-8");
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

    private static string Write(Action<XmlWriter> write) => AtomFeed.Write(write);
}
