using System.Text.RegularExpressions;
using KdramaMoments.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace KdramaMoments.Web.Generating;

/// <summary>
/// The list-order indexes of the tables a bulk load fills on SQLite, dropped before the rows are written and created
/// again once the stored values are computed, in the same transaction: built by one sort each instead of a B-tree
/// insert (and, for the moments' stored sort keys, a delete and an insert again) per row, which took more of
/// a million-moment <c>generate</c> than writing the rows. Kept: unique indexes (they check the load) and those
/// led by a key the computing steps join on (a moment's drama, a row's moment).
/// </summary>
internal sealed partial class DeferredIndexes
{
    private static readonly string[] Tables = ["Moments", "ActorMoments", "TagMoments"];
    private static readonly string[] JoinKeys = ["DramaId", "MomentId"];

    private readonly KdramaDbContext db;
    private readonly List<(string Name, string Sql)> dropped;

    private DeferredIndexes(KdramaDbContext db, List<(string Name, string Sql)> dropped) => (this.db, this.dropped) = (db, dropped);

    public static async Task<DeferredIndexes> DropAsync(KdramaDbContext db, CancellationToken cancellationToken)
    {
        var indexes = new List<IndexRow>();
        await using (var command = db.Database.GetDbConnection().CreateCommand())
        {
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            command.CommandText = $"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ({string.Join(", ", Tables.Select(t => $"'{t}'"))})";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                indexes.Add(new IndexRow(reader.GetString(0), reader.GetString(1)));
            }
        }
        var deferred = indexes.Where(i => !i.Sql.StartsWith("CREATE UNIQUE", StringComparison.OrdinalIgnoreCase) && !JoinKeys.Contains(LeadingColumn(i.Sql)))
            .Select(i => (i.Name, i.Sql)).ToList();
        foreach (var (name, _) in deferred)
        {
            // The name is the schema's own, read above.
            var drop = string.Concat("DROP INDEX \"", name, "\";");
            await db.Database.ExecuteSqlRawAsync(drop, cancellationToken);
        }
        return new DeferredIndexes(db, deferred);
    }

    public async Task CreateAsync(CancellationToken cancellationToken)
    {
        foreach (var (_, sql) in dropped)
        {
            await db.Database.ExecuteSqlRawAsync(sql, cancellationToken);
        }
    }

    private static string LeadingColumn(string createIndex) => LeadingColumnPattern().Match(createIndex) is { Success: true } m ? m.Groups[1].Value : "";

    [GeneratedRegex("""\bON\s+"[^"]+"\s*\(\s*"([^"]+)"\s*[,)\s]""")]
    private static partial Regex LeadingColumnPattern();

    private sealed record IndexRow(string Name, string Sql);
}
