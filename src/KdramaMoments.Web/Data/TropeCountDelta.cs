using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Data;

/// <summary>
/// A trope's moment count (<see cref="Domain.Tag.MomentCount"/>) kept by difference: the join rows of the save's moments
/// are counted per trope before the save and after it, on the join table's key (a seek per moment), and each trope's
/// count moves by the difference. Counting a popular trope's tens of thousands of join rows again on every import that
/// touches it grew with the catalogue. Every join row a save adds or removes is a moment's in its set: put on or taken
/// off a moment (the tracker's join rows), or gone with a deleted moment. A deleted trope's row goes with its rows.
/// </summary>
internal sealed class TropeCountDelta
{
    private const int Chunk = 500;

    private readonly HashSet<int> moments;
    private readonly Dictionary<int, int> before;

    private TropeCountDelta(HashSet<int> moments, Dictionary<int, int> before) => (this.moments, this.before) = (moments, before);

    /// <summary>Read before the save, while the join rows a delete removes still stand.</summary>
    public static async Task<TropeCountDelta> BeforeSaveAsync(KdramaDbContext db, IEnumerable<int> momentIds, CancellationToken cancellationToken)
    {
        var moments = momentIds.ToHashSet();
        return new TropeCountDelta(moments, await RowsPerTropeAsync(db, moments, cancellationToken));
    }

    /// <summary>After the save: <paramref name="added"/> may hold moments the save added (none of their rows were counted before).</summary>
    public async Task AfterSaveAsync(KdramaDbContext db, IEnumerable<int> added, CancellationToken cancellationToken)
    {
        moments.UnionWith(added);
        var after = await RowsPerTropeAsync(db, moments, cancellationToken);
        var changes = after.Keys.Union(before.Keys)
            .Select(tag => (Tag: tag, Change: after.GetValueOrDefault(tag) - before.GetValueOrDefault(tag)))
            .Where(c => c.Change != 0);
        // One command per size of change (an import adds 1 to most of its tropes). Added in place: two saves at once both count.
        foreach (var group in changes.GroupBy(c => c.Change))
        {
            foreach (var chunk in group.Select(c => c.Tag).Chunk(Chunk))
            {
                var add = $"UPDATE \"Tags\" SET \"MomentCount\" = \"MomentCount\" + {group.Key.ToString(CultureInfo.InvariantCulture)} WHERE \"Id\" IN ({SqlIds.List(chunk)})";
                await db.Database.ExecuteSqlRawAsync(add, cancellationToken);
            }
        }
    }

    private static async Task<Dictionary<int, int>> RowsPerTropeAsync(KdramaDbContext db, IReadOnlyCollection<int> moments, CancellationToken cancellationToken)
    {
        var rows = new Dictionary<int, int>();
        foreach (var chunk in moments.Chunk(Chunk))
        {
            var counted = await db.MomentTagRows.Where(row => chunk.Contains(EF.Property<int>(row, "MomentsId")))
                .GroupBy(row => EF.Property<int>(row, "TagsId"))
                .Select(g => new { Tag = g.Key, Rows = g.Count() })
                .ToListAsync(cancellationToken);
            foreach (var row in counted)
            {
                rows[row.Tag] = rows.GetValueOrDefault(row.Tag) + row.Rows;
            }
        }
        return rows;
    }
}
