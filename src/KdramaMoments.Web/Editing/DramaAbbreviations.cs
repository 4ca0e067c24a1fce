using KdramaMoments.Web.Data;
using KdramaMoments.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Editing;

/// <summary>
/// A new drama answers to the initials fans use for it ("CLOY"), kept as an ordinary alias that editors can remove or
/// add to. Initials another drama already answers to are left out: one name must lead to one drama.
/// </summary>
public static class DramaAbbreviations
{
    /// <summary>The title's abbreviation when no other drama has it as a title or alias; null otherwise.</summary>
    public static async Task<string?> FreeAsync(KdramaDbContext db, string title, int? exceptId, CancellationToken cancellationToken)
    {
        if (Names.Abbreviation(title) is not { } abbreviation)
        {
            return null;
        }
        var key = Names.Normalize(abbreviation);
        // Two lookups, each on its own index: one query with "title or alias" read every drama (a tenth of a second at 50,000).
        var taken = await db.Dramas.AnyAsync(d => d.NormalizedTitle == key && d.Id != exceptId, cancellationToken)
            || await db.DramaAliases.AnyAsync(a => a.NormalizedName == key && a.DramaId != exceptId, cancellationToken);
        return taken ? null : abbreviation;
    }

    /// <summary>Gives each drama its abbreviation where it is free, also among the dramas given (two new ones may share initials); returns how many got one.</summary>
    public static async Task<int> AddAsync(KdramaDbContext db, IEnumerable<Drama> dramas, CancellationToken cancellationToken)
    {
        var given = new HashSet<string>(StringComparer.Ordinal);
        var added = 0;
        foreach (var drama in dramas)
        {
            if (await FreeAsync(db, drama.Title, drama.Id == 0 ? null : drama.Id, cancellationToken) is not { } abbreviation)
            {
                continue;
            }
            var key = Names.Normalize(abbreviation);
            if (given.Add(key) && drama.NormalizedTitle != key && drama.Aliases.All(a => a.NormalizedName != key))
            {
                drama.Aliases.Add(new DramaAlias { Name = abbreviation, NormalizedName = key });
                added++;
            }
        }
        return added;
    }
}
