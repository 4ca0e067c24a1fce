using KdramaMoments.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Editing;

/// <summary>What a batch of revisions (a merge, an import) did, counted by kind of entity and kind of change.</summary>
public static class BatchCounts
{
    public enum Change { Created, Changed, Removed }

    public sealed record Count(string EntityType, Change Change, int Number);

    public static async Task<Dictionary<string, List<Count>>> ForAsync(KdramaDbContext db, IReadOnlyCollection<string> batches, CancellationToken cancellationToken)
    {
        var rows = await db.Revisions.AsNoTracking()
            .Where(r => r.Batch != null && batches.Contains(r.Batch))
            .GroupBy(r => new { Batch = r.Batch!, r.EntityType, Created = r.Before == null, Removed = r.After == null })
            .Select(g => new { g.Key.Batch, g.Key.EntityType, g.Key.Created, g.Key.Removed, Number = g.Count() })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.Batch).ToDictionary(
            g => g.Key,
            g => g.Select(r => new Count(r.EntityType, r.Created ? Change.Created : r.Removed ? Change.Removed : Change.Changed, r.Number))
                .OrderBy(c => c.Change).ThenBy(c => c.EntityType, StringComparer.Ordinal).ToList());
    }

    /// <summary>"12 moments created", "1 drama changed": one phrase per kind, the verb chosen by the caller.</summary>
    public static IEnumerable<string> Phrases(IEnumerable<Count> counts, Func<Change, string> verb) =>
        counts.Select(c => $"{c.Number} {c.EntityType}{(c.Number == 1 ? "" : "s")} {verb(c.Change)}");
}
