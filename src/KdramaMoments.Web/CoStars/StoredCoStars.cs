using KdramaMoments.Web.Data;
using KdramaMoments.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace KdramaMoments.Web.CoStars;

/// <summary>
/// Two actors with a role in the same drama, kept at write time (<see cref="CoStarSync"/>): a row per drama and pair of
/// its cast's actors, the first with the smaller id. The links among an actor's chosen co-stars are key lookups here
/// instead of a join of every role of their dramas.
/// </summary>
public sealed class CoStarDrama
{
    public int DramaId { get; set; }
    public int FirstActorId { get; set; }
    public int SecondActorId { get; set; }
}

/// <summary>
/// How many dramas two actors share, once from each side (<see cref="ActorId"/> is the actor whose co-star
/// <see cref="CoStarId"/> is), so one actor's co-stars are a slice of an index in the page's order.
/// </summary>
public sealed class CoStarPair
{
    public int ActorId { get; set; }
    public int CoStarId { get; set; }
    public int DramaCount { get; set; }
}

/// <summary>
/// Keeps <see cref="CoStarDrama"/> and <see cref="CoStarPair"/> true to the roles: a save that changes a drama's cast (a
/// character added, deleted, given another actor or moved to another drama; a drama or actor deleted) computes that
/// drama's pairs again, then the pair counts of every actor of its cast before and after, in the save's transaction.
/// </summary>
public sealed class CoStarSync : ICatalogueSaveStep
{
    private const int Chunk = 500;

    public async Task<Func<CancellationToken, Task>?> PrepareAsync(CatalogueChange change, CancellationToken cancellationToken)
    {
        if (!change.Kinds.Contains(EntityKind.Character) && !change.Kinds.Contains(EntityKind.Drama) && !change.Kinds.Contains(EntityKind.Actor))
        {
            return null;
        }
        var db = change.Db;
        var dramas = new HashSet<int>();
        var actors = new HashSet<int>();
        var deletedActors = new List<int>();
        // A character's drama is known only after the save when the character or its drama is new.
        var added = new List<EntityEntry>();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            switch (entry.Entity)
            {
                case Character when entry.State == EntityState.Added:
                    added.Add(entry);
                    break;
                case Character when entry.State == EntityState.Deleted:
                    AddKnown(dramas, entry.Property(nameof(Character.DramaId)).OriginalValue);
                    break;
                case Character when entry.State == EntityState.Modified
                    && (entry.Property(nameof(Character.ActorId)).IsModified || entry.Property(nameof(Character.DramaId)).IsModified):
                    AddKnown(dramas, entry.Property(nameof(Character.DramaId)).OriginalValue);
                    added.Add(entry);
                    break;
                case Drama drama when entry.State == EntityState.Deleted:
                    dramas.Add(drama.Id);
                    break;
                // The database sets its roles' actor to null, past the tracker.
                case Actor actor when entry.State == EntityState.Deleted:
                    deletedActors.Add(actor.Id);
                    break;
                default:
                    break;
            }
        }
        if (dramas.Count == 0 && added.Count == 0 && deletedActors.Count == 0)
        {
            return null;
        }
        actors.UnionWith(deletedActors);
        foreach (var chunk in deletedActors.Chunk(Chunk))
        {
            dramas.UnionWith(await db.Characters.Where(c => c.ActorId != null && chunk.Contains(c.ActorId.Value)).Select(c => c.DramaId).Distinct().ToListAsync(cancellationToken));
        }
        // The casts before the save: an actor who leaves a drama loses the pairs it made.
        actors.UnionWith(await CastsAsync(db, dramas, cancellationToken));
        return async token =>
        {
            foreach (var entry in added)
            {
                AddKnown(dramas, entry.Property(nameof(Character.DramaId)).CurrentValue);
            }
            await RefreshAsync(db, dramas, actors, token);
        };
    }

    /// <summary>The SQL that fills both tables from every role (the same on SQLite and PostgreSQL): after a bulk load, and by the migration that adds them.</summary>
    public static IEnumerable<string> FillSql => ["DELETE FROM \"CoStarPairs\"", "DELETE FROM \"CoStarDramas\"", DramasSql("true"), PairsSql("true")];

    /// <summary>Every actor's links (<see cref="Domain.Actor.CoStarLinks"/>) from the pair counts: after <see cref="FillSql"/>, and by the migration that adds them.</summary>
    public static IEnumerable<string> LinksFillSql => [LinksSql("true")];

    /// <summary>The actors with a co-star, counted on the index of the links kept on each actor.</summary>
    public const string LinkedActorsCountSql = "SELECT COUNT(*) FROM \"Actors\" WHERE \"CoStarLinks\" > 0";

    private static async Task RefreshAsync(KdramaDbContext db, HashSet<int> dramas, HashSet<int> actors, CancellationToken cancellationToken)
    {
        foreach (var chunk in dramas.Chunk(Chunk))
        {
            var ids = SqlIds.List(chunk);
            var emptied = $"DELETE FROM \"CoStarDramas\" WHERE \"DramaId\" IN ({ids})";
            await db.Database.ExecuteSqlRawAsync(emptied, cancellationToken);
            await db.Database.ExecuteSqlRawAsync(DramasSql($"a.\"DramaId\" IN ({ids})"), cancellationToken);
        }
        // The casts after the save: an actor who joins a drama gains its pairs.
        actors.UnionWith(await CastsAsync(db, dramas, cancellationToken));
        foreach (var chunk in actors.Chunk(Chunk))
        {
            var ids = SqlIds.List(chunk);
            var emptied = $"DELETE FROM \"CoStarPairs\" WHERE \"ActorId\" IN ({ids}) OR \"CoStarId\" IN ({ids})";
            await db.Database.ExecuteSqlRawAsync(emptied, cancellationToken);
            await db.Database.ExecuteSqlRawAsync(PairsSql($"\"FirstActorId\" IN ({ids}) OR \"SecondActorId\" IN ({ids})"), cancellationToken);
            // Only these actors' pair counts changed: a co-star outside them shares no drama whose cast changed.
            await db.Database.ExecuteSqlRawAsync(LinksSql($"\"Id\" IN ({ids})"), cancellationToken);
        }
        // The co-star map's caption counts them: an actor's first co-star or last one lost moves it.
        await CatalogueTotals.RefreshSizesAsync(db, [CatalogueSizeName.CoStarActors], cancellationToken);
    }

    private static async Task<List<int>> CastsAsync(KdramaDbContext db, IReadOnlyCollection<int> dramas, CancellationToken cancellationToken)
    {
        var found = new List<int>();
        foreach (var chunk in dramas.Chunk(Chunk))
        {
            found.AddRange(await db.Characters.Where(c => c.ActorId != null && chunk.Contains(c.DramaId)).Select(c => c.ActorId!.Value).Distinct().ToListAsync(cancellationToken));
        }
        return found;
    }

    private static void AddKnown(HashSet<int> into, object? id)
    {
        // A new drama's key is temporary (negative) until the save.
        if (id is int known and > 0)
        {
            into.Add(known);
        }
    }

    // Ids formatted here, nothing from a request.

    // Upserts, as PairEvidence's: two saves at once never fail on the key. SQLite reads "ON CONFLICT" after a SELECT
    // only when the SELECT has a WHERE clause.
    private static string DramasSql(string where) => $"""
        INSERT INTO "CoStarDramas" ("DramaId", "FirstActorId", "SecondActorId")
        SELECT DISTINCT a."DramaId", a."ActorId", b."ActorId"
        FROM "Characters" a
        INNER JOIN "Characters" b ON b."DramaId" = a."DramaId" AND a."ActorId" < b."ActorId"
        WHERE {where}
        ON CONFLICT ("DramaId", "FirstActorId", "SecondActorId") DO NOTHING
        """;

    // A link per co-star and drama shared: the sum of the actor's pair counts.
    private static string LinksSql(string where) => $"""
        UPDATE "Actors" SET "CoStarLinks" = COALESCE((SELECT SUM(p."DramaCount") FROM "CoStarPairs" p WHERE p."ActorId" = "Actors"."Id"), 0)
        WHERE {where}
        """;

    private static string PairsSql(string where) => $"""
        INSERT INTO "CoStarPairs" ("ActorId", "CoStarId", "DramaCount")
        SELECT p."ActorId", p."CoStarId", p."DramaCount" FROM (
            SELECT "FirstActorId" AS "ActorId", "SecondActorId" AS "CoStarId", COUNT(*) AS "DramaCount" FROM "CoStarDramas" WHERE {where} GROUP BY "FirstActorId", "SecondActorId"
            UNION ALL
            SELECT "SecondActorId", "FirstActorId", COUNT(*) FROM "CoStarDramas" WHERE {where} GROUP BY "FirstActorId", "SecondActorId"
        ) p
        WHERE true
        ON CONFLICT ("ActorId", "CoStarId") DO UPDATE SET "DramaCount" = excluded."DramaCount"
        """;
}
