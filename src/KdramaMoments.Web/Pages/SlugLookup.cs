using KdramaMoments.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Pages;

/// <summary>Old addresses keep working: a renamed or merged entity's former slug answers 301 to its page.</summary>
public static class SlugLookup
{
    public static async Task<IActionResult> RedirectOrNotFoundAsync(KdramaDbContext db, string entityType, string slug, Func<int, Task<string?>> currentSlug, string prefix, CancellationToken cancellationToken)
    {
        var targetId = await db.SlugRedirects.AsNoTracking()
            .Where(r => r.EntityType == entityType && r.OldSlug == slug)
            .Select(r => (int?)r.TargetId)
            .FirstOrDefaultAsync(cancellationToken);
        var target = targetId is null ? null : await currentSlug(targetId.Value);
        return target is null ? new NotFoundResult() : new RedirectResult($"{prefix}/{target}", permanent: true);
    }
}
