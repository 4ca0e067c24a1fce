using System.Security.Cryptography;
using System.Text.Json;
using KdramaMoments.Web.Data;
using KdramaMoments.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.CoStars;

/// <summary>The whole co-star map's drawing as <see cref="KeptCoStarMap"/> keeps it: one row.</summary>
public sealed class StoredCoStarMap
{
    public int Id { get; set; }

    /// <summary>The <see cref="KeptCoStarMap.Layout"/> that drew it: a drawing of another layout's code is drawn again.</summary>
    public int Layout { get; set; }

    /// <summary>A hash of what the drawing shows (the chosen actors, their links and shared dramas) and of the layout: a save that leaves it equal draws nothing.</summary>
    public string InputHash { get; set; } = "";

    /// <summary>The drawing (<see cref="CoStarDrawing"/> without its caption) as JSON: positions and sizes as exact doubles.</summary>
    public string Drawing { get; set; } = "";

    /// <summary>How many times the drawing was written: one more per layout done.</summary>
    public int Revision { get; set; }
}

/// <summary>
/// The whole co-star map (<c>/co-stars</c>) kept in the database: it depends only on the co-stars kept at write time, and
/// drawing it (reads ~50 %, layout ~31 % of the request at 100,000 moments) grew with the catalogue. A save that changes a
/// cast, an actor or a drama reads the map's input again and draws it only when the input's hash moved
/// (<see cref="KeptCoStarMapSync"/>), in the save's transaction; the page reads one row and the caption's count beside it.
/// In the database, not in memory, so every instance reads the same picture.
/// </summary>
public static class KeptCoStarMap
{
    /// <summary>Beyond this many actors the picture stops being readable; the list still names them all shown.</summary>
    public const int MaxActors = 120;

    /// <summary>The layout's version: raise it when <see cref="CoStarLayout"/>'s whole map or the drawing's shape changes, so kept drawings are drawn again.</summary>
    public const int Layout = 1;

    private const int RowId = 1;

    /// <summary>The drawing (with an empty caption) and how many actors have a co-star, in one command; a missing or outdated drawing is drawn and kept once.</summary>
    public static async Task<(CoStarDrawing Drawing, int ActorsLinked)> ReadAsync(KdramaDbContext db, CancellationToken cancellationToken)
    {
        var linked = CatalogueTotals.Count(db, CatalogueSizeName.CoStarActors);
        var kept = await db.StoredCoStarMaps.AsNoTracking().Where(m => m.Id == RowId)
            .Select(m => new { m.Layout, m.Drawing, Linked = linked.FirstOrDefault() })
            .FirstOrDefaultAsync(cancellationToken);
        if (kept is not null && kept.Layout == Layout)
        {
            return (Deserialize(kept.Drawing), kept.Linked);
        }
        // A catalogue migrated to this table, or kept by another layout's code: drawn here once (a migration cannot run the layout).
        var drawn = await RefreshAsync(db, cancellationToken) ?? Deserialize(await db.StoredCoStarMaps.AsNoTracking().Where(m => m.Id == RowId).Select(m => m.Drawing).SingleAsync(cancellationToken));
        return (drawn, await linked.FirstOrDefaultAsync(cancellationToken));
    }

    /// <summary>Reads the map's input; when it differs from the kept one (or nothing is kept), draws it and keeps it. Returns the new drawing, or null when the kept one stands.</summary>
    public static async Task<CoStarDrawing?> RefreshAsync(KdramaDbContext db, CancellationToken cancellationToken)
    {
        var graph = await CoStarQueries.WholeMapGraphAsync(db, MaxActors, cancellationToken);
        var hash = InputHash(graph);
        var kept = await db.StoredCoStarMaps.AsNoTracking().Where(m => m.Id == RowId).Select(m => m.InputHash).FirstOrDefaultAsync(cancellationToken);
        if (kept == hash)
        {
            return null;
        }
        var drawing = CoStarLayout.WholeMap(graph, caption: "");
        var json = Serialize(drawing);
        // An upsert: two saves (or two first reads) at once never fail on the key.
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "StoredCoStarMaps" ("Id", "Layout", "InputHash", "Drawing", "Revision") VALUES ({RowId}, {Layout}, {hash}, {json}, 1)
            ON CONFLICT ("Id") DO UPDATE SET "Layout" = excluded."Layout", "InputHash" = excluded."InputHash", "Drawing" = excluded."Drawing", "Revision" = "StoredCoStarMaps"."Revision" + 1
            """, cancellationToken);
        return drawing;
    }

    /// <summary>What the drawing shows (names, slugs, links, dramas' titles and slugs, in order) and the layout's version, hashed.</summary>
    public static string InputHash(CoStarGraph graph) =>
        Convert.ToHexString(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(new { Layout, graph.Nodes, graph.Edges })));

    public static string Serialize(CoStarDrawing drawing) => JsonSerializer.Serialize(drawing);

    private static CoStarDrawing Deserialize(string json) =>
        JsonSerializer.Deserialize<CoStarDrawing>(json) ?? throw new InvalidOperationException("The kept co-star map is empty.");
}

/// <summary>Keeps <see cref="KeptCoStarMap"/> true to the catalogue: a save that may change what the map shows refreshes it after the co-stars are kept (<see cref="CoStarSync"/>), in its transaction.</summary>
public sealed class KeptCoStarMapSync : ICatalogueSaveStep
{
    public Task<Func<CancellationToken, Task>?> PrepareAsync(CatalogueChange change, CancellationToken cancellationToken) =>
        Task.FromResult<Func<CancellationToken, Task>?>(
            change.Kinds.Contains(EntityKind.Character) || change.Kinds.Contains(EntityKind.Drama) || change.Kinds.Contains(EntityKind.Actor)
                ? async token => await KeptCoStarMap.RefreshAsync(change.Db, token)
                : null);
}
