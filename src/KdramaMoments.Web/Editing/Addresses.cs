using KdramaMoments.Web.Data;
using KdramaMoments.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Editing;

/// <summary>Renaming keeps old addresses working: a new slug for a new name, the old one kept as a redirect.</summary>
public static class Addresses
{
    /// <summary>A slug for <paramref name="name"/> that no other entity of the kind uses, now or as a former address.</summary>
    public static async Task<string> NewSlugAsync(KdramaDbContext db, string entityType, int id, string name, IQueryable<string> otherSlugs, CancellationToken cancellationToken)
    {
        var taken = (await otherSlugs.ToListAsync(cancellationToken))
            .Concat(await db.SlugRedirects.Where(r => r.EntityType == entityType && r.TargetId != id).Select(r => r.OldSlug).ToListAsync(cancellationToken))
            .ToHashSet();
        return Names.UniqueSlug(name, taken);
    }

    /// <summary>Records the move from <paramref name="oldSlug"/> to <paramref name="newSlug"/> (nothing for a new entity or an unchanged address).</summary>
    public static async Task MoveAsync(KdramaDbContext db, string entityType, int id, string oldSlug, string newSlug, CancellationToken cancellationToken)
    {
        if (id == 0 || oldSlug == newSlug)
        {
            return;
        }
        if (!await db.SlugRedirects.AnyAsync(r => r.EntityType == entityType && r.OldSlug == oldSlug, cancellationToken))
        {
            db.SlugRedirects.Add(new SlugRedirect { EntityType = entityType, OldSlug = oldSlug, TargetId = id });
        }
        // Coming back to an address that had become a redirect: it is the entity's own again.
        await db.SlugRedirects.Where(r => r.EntityType == entityType && r.OldSlug == newSlug).ForEachAsync(r => db.SlugRedirects.Remove(r), cancellationToken);
    }
}
