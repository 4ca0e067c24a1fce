using KdramaMoments.Web.Data;
using KdramaMoments.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Editing;

/// <summary>Names and addresses: renaming keeps old addresses working (a new slug, the old one kept as a redirect); aliases kept in step.</summary>
public static class Addresses
{
    /// <summary>A slug for <paramref name="name"/> that no other entity of the kind uses, now or as a former address.</summary>
    public static async Task<string> NewSlugAsync(KdramaDbContext db, EntityKind kind, int id, string name, IQueryable<string> otherSlugs, CancellationToken cancellationToken)
    {
        var entityType = kind.Name();
        var taken = (await otherSlugs.ToListAsync(cancellationToken))
            .Concat(await db.SlugRedirects.Where(r => r.EntityType == entityType && r.TargetId != id).Select(r => r.OldSlug).ToListAsync(cancellationToken))
            .ToHashSet();
        return Names.UniqueSlug(name, taken);
    }

    /// <summary>The address after a save: a new one for a new entity or a new name, else the one it has.</summary>
    public static async Task<string> SlugForAsync(KdramaDbContext db, EntityKind kind, int id, string currentSlug, string? oldName, string newName,
        IQueryable<string> otherSlugs, CancellationToken cancellationToken) =>
        oldName == newName ? currentSlug : await NewSlugAsync(db, kind, id, newName, otherSlugs, cancellationToken);

    /// <summary>Records the move from <paramref name="oldSlug"/> to <paramref name="newSlug"/> (nothing for a new entity or an unchanged address).</summary>
    public static async Task MoveAsync(KdramaDbContext db, EntityKind kind, int id, string oldSlug, string newSlug, CancellationToken cancellationToken)
    {
        if (id == 0 || oldSlug == newSlug)
        {
            return;
        }
        var entityType = kind.Name();
        if (!await db.SlugRedirects.AnyAsync(r => r.EntityType == entityType && r.OldSlug == oldSlug, cancellationToken))
        {
            db.SlugRedirects.Add(new SlugRedirect { EntityType = entityType, OldSlug = oldSlug, TargetId = id });
        }
        // Coming back to an address that had become a redirect: it is the entity's own again.
        await db.SlugRedirects.Where(r => r.EntityType == entityType && r.OldSlug == newSlug).ForEachAsync(r => db.SlugRedirects.Remove(r), cancellationToken);
    }

    /// <summary>Makes an entity's aliases exactly <paramref name="names"/>: missing ones added, others removed.</summary>
    public static void SyncAliases<TAlias>(List<TAlias> aliases, IReadOnlyList<string> names, Func<string, string, TAlias> create)
        where TAlias : NameAlias
    {
        aliases.RemoveAll(a => !names.Contains(a.Name));
        foreach (var name in names.Where(n => aliases.All(a => a.Name != n)))
        {
            aliases.Add(create(name, Names.Normalize(name)));
        }
    }
}
