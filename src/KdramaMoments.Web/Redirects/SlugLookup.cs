using KdramaMoments.Web.Data;
using KdramaMoments.Web.Domain;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Redirects;

/// <summary>
/// Old addresses keep working: a renamed or merged entity's former slug answers 301 to its page, and so does an address
/// whose slug is in other letters' case ("/dramas/Crash-Landing-On-You", as a reader types or a site capitalises it):
/// slugs are lower case (<see cref="Names.Slugify"/>), so its lower-case form is the page's or a former one.
/// </summary>
public static class SlugLookup
{
    public static async Task<IActionResult> RedirectOrNotFoundAsync<T>(KdramaDbContext db, EntityKind kind, string slug, string prefix, CancellationToken cancellationToken)
        where T : class, ISlugged
    {
        var target = await CurrentSlugAsync<T>(db, kind, slug, cancellationToken);
        return target is null ? new NotFoundResult() : new RedirectResult($"{prefix}/{target}", permanent: true);
    }

    /// <summary>The current slug of the entity that once answered to <paramref name="slug"/>, if any.</summary>
    public static async Task<string?> CurrentSlugAsync<T>(KdramaDbContext db, EntityKind kind, string slug, CancellationToken cancellationToken)
        where T : class, ISlugged
    {
        var entityType = kind.Name();
        var targetId = await db.SlugRedirects.AsNoTracking()
            .Where(r => r.EntityType == entityType && r.OldSlug == slug)
            .Select(r => (int?)r.TargetId)
            .FirstOrDefaultAsync(cancellationToken);
        if (targetId is not null)
        {
            return await db.Set<T>().Where(e => e.Id == targetId).Select(e => e.Slug).FirstOrDefaultAsync(cancellationToken);
        }
        var lower = slug.ToLowerInvariant();
        if (lower == slug)
        {
            return null;
        }
        return await db.Set<T>().AnyAsync(e => e.Slug == lower, cancellationToken) ? lower : await CurrentSlugAsync<T>(db, kind, lower, cancellationToken);
    }
}
