using System.Globalization;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using KdramaMoments.Web.Data;
using KdramaMoments.Web.Domain;
using KdramaMoments.Web.Pages.CoStarMap;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.CoStars;

/// <summary>The whole co-star map's markup as <see cref="KeptCoStarMap"/> keeps it: one row.</summary>
public sealed class StoredCoStarMap
{
    public int Id { get; set; }

    /// <summary>The <see cref="KeptCoStarMap.Layout"/> that drew it: a map of another layout's (or markup's) code is drawn again.</summary>
    public int Layout { get; set; }

    /// <summary>A hash of what the map shows (the chosen actors, their links and shared dramas), of the layout and of the culture it was written in: a save that leaves it equal writes nothing.</summary>
    public string InputHash { get; set; } = "";

    /// <summary>How many actors the map shows: the caption names it; with none the page says no two actors share a drama.</summary>
    public int Nodes { get; set; }

    /// <summary>Whether some actor's row of the short list names fewer co-stars than they have on the map (never on the seeds' map).</summary>
    public bool ListShortened { get; set; }

    /// <summary>The map's markup before its caption (<see cref="CoStarMapMarkup.WriteOpening"/>); the caption holds live counts, so it is not kept.</summary>
    public string MapOpening { get; set; } = "";

    /// <summary>The map's markup between the picture's label and the figure's caption (<see cref="CoStarMapMarkup.WriteMiddle"/>).</summary>
    public string MapMiddle { get; set; } = "";

    /// <summary>"The map as a list" on <c>/co-stars</c>: each row names the strongest co-stars (<see cref="IndexModel.StrongestListed"/>).</summary>
    public string ShortList { get; set; } = "";

    /// <summary>"The map as a list" on <see cref="IndexModel.WholeListAddress"/>: every row whole.</summary>
    public string WholeList { get; set; } = "";

    /// <summary>How many times the map was written: one more per layout done.</summary>
    public int Revision { get; set; }
}

/// <summary>
/// What <c>/co-stars</c> writes from the kept row: the map around its caption and the list it asked for, held as UTF-8
/// in one pooled buffer (<see cref="PooledUtf8Text"/>); dispose it once the page is written.
/// </summary>
public sealed class KeptCoStarMapMarkup(PooledUtf8Text text) : IDisposable
{
    /// <summary>The <see cref="KeptCoStarMap.Layout"/> that drew it.</summary>
    public required int Layout { get; init; }

    public required int Nodes { get; init; }

    public required bool ListShortened { get; init; }

    /// <summary>How many actors have a co-star (the caption's count, a catalogue total read beside the row).</summary>
    public required int ActorsLinked { get; init; }

    public required Utf8Markup MapOpening { get; init; }

    public required Utf8Markup MapMiddle { get; init; }

    public required Utf8Markup List { get; init; }

    public void Dispose() => text.Dispose();
}

/// <summary>
/// The whole co-star map (<c>/co-stars</c>) kept in the database as the markup the page writes: it depends only on the
/// co-stars kept at write time, and drawing it (reads ~50 %, layout ~31 % of the request at 100,000 moments), then
/// writing its 124–149 KB of markup from the drawing, grew with the catalogue. A save that changes a cast, an actor or a
/// drama reads the map's input again and draws and writes it only when the input's hash moved
/// (<see cref="KeptCoStarMapSync"/>), in the save's transaction; the page reads one row and the caption's count beside
/// it and writes the kept strings as they are. In the database, not in memory, so every instance serves the same picture.
/// </summary>
public static class KeptCoStarMap
{
    /// <summary>Beyond this many actors the picture stops being readable; the list still names them all shown.</summary>
    public const int MaxActors = 120;

    /// <summary>The layout's and markup's version: raise it when <see cref="CoStarLayout"/>'s whole map, <see cref="CoStarMapMarkup"/> or <see cref="CoStarListMarkup"/> changes, so kept maps are drawn again on their first read.</summary>
    public const int Layout = 3;

    private const int RowId = 1;

    /// <summary>The kept markup (the list <paramref name="wholeList"/> asks for) and how many actors have a co-star, in one command; a missing or outdated map is drawn and kept once.</summary>
    public static async Task<KeptCoStarMapMarkup> ReadAsync(KdramaDbContext db, bool wholeList, HtmlEncoder encoder, CancellationToken cancellationToken)
    {
        var kept = await ReadKeptAsync(db, wholeList, cancellationToken);
        if (kept is null || kept.Layout != Layout)
        {
            // A catalogue migrated to this table, or kept by another layout's code: drawn here once (a migration cannot run the layout).
            kept?.Dispose();
            await RefreshAsync(db, encoder, cancellationToken);
            kept = await ReadKeptAsync(db, wholeList, cancellationToken) ?? throw new InvalidOperationException("The co-star map was kept but cannot be read back.");
        }
        return kept;
    }

    // The row's key comes first: SQLite streams a text column from the stored row only when the command selects the row's
    // integer key (PooledUtf8Text.Append). The list's column is one of two fixed names, never a request's text.
    private static async Task<KeptCoStarMapMarkup?> ReadKeptAsync(KdramaDbContext db, bool wholeList, CancellationToken cancellationToken)
    {
        var list = wholeList ? "WholeList" : "ShortList";
        var sql = $$"""
            SELECT "Id", "Layout", "Nodes", "ListShortened", (SELECT "Count" FROM "CatalogueTotals" WHERE "Name" = {0}), "MapOpening", "MapMiddle", "{{list}}"
            FROM "StoredCoStarMaps" WHERE "Id" = {1}
            """;
        KeptCoStarMapMarkup? kept = null;
        var text = new PooledUtf8Text();
        try
        {
            await RawRows.ReadEachAsync(db, sql, [CatalogueTotals.RowName(CatalogueSizeName.CoStarActors), RowId], row => kept = new KeptCoStarMapMarkup(text)
            {
                Layout = row.GetInt32(1),
                Nodes = row.GetInt32(2),
                ListShortened = row.GetBoolean(3),
                ActorsLinked = row.IsDBNull(4) ? 0 : row.GetInt32(4),
                MapOpening = text.Append(row, 5),
                MapMiddle = text.Append(row, 6),
                List = text.Append(row, 7),
            }, cancellationToken);
        }
        catch
        {
            // Whatever was read goes back to the pool, however far the read got.
            text.Dispose();
            throw;
        }
        if (kept is null)
        {
            text.Dispose();
        }
        return kept;
    }

    /// <summary>Reads the map's input; when it differs from the kept one (or nothing is kept), draws it, writes its markup and keeps it. Returns whether it wrote.</summary>
    public static async Task<bool> RefreshAsync(KdramaDbContext db, HtmlEncoder encoder, CancellationToken cancellationToken)
    {
        var graph = await CoStarQueries.WholeMapGraphAsync(db, MaxActors, cancellationToken);
        var hash = InputHash(graph);
        var kept = await db.StoredCoStarMaps.AsNoTracking().Where(m => m.Id == RowId).Select(m => m.InputHash).FirstOrDefaultAsync(cancellationToken);
        if (kept == hash)
        {
            return false;
        }
        var map = Render(CoStarLayout.WholeMap(graph, caption: ""), encoder);
        // An upsert: two saves (or two first reads) at once never fail on the key.
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "StoredCoStarMaps" ("Id", "Layout", "InputHash", "Nodes", "ListShortened", "MapOpening", "MapMiddle", "ShortList", "WholeList", "Revision")
            VALUES ({RowId}, {Layout}, {hash}, {map.Nodes}, {map.ListShortened}, {map.MapOpening}, {map.MapMiddle}, {map.ShortList}, {map.WholeList}, 1)
            ON CONFLICT ("Id") DO UPDATE SET "Layout" = excluded."Layout", "InputHash" = excluded."InputHash", "Nodes" = excluded."Nodes",
                "ListShortened" = excluded."ListShortened", "MapOpening" = excluded."MapOpening", "MapMiddle" = excluded."MapMiddle",
                "ShortList" = excluded."ShortList", "WholeList" = excluded."WholeList", "Revision" = "StoredCoStarMaps"."Revision" + 1
            """, cancellationToken);
        return true;
    }

    /// <summary>
    /// The markup the page writes for <paramref name="drawing"/> (its caption aside), written as the page wrote it: with the
    /// site's encoder (<paramref name="encoder"/>, resolved from the services, which configure it for the site and the
    /// command line alike) and in the culture the page formats with. The site sets no request culture (no request
    /// localization), so a request formats in the process's current culture, which is the culture a save runs in too,
    /// in the site or on the command line; its name is in <see cref="InputHash"/>, so a save under another culture writes it again.
    /// </summary>
    public static StoredCoStarMap Render(CoStarDrawing drawing, HtmlEncoder encoder)
    {
        var graph = drawing.Graph;
        return new StoredCoStarMap
        {
            Layout = Layout,
            Nodes = graph.Nodes.Count,
            ListShortened = graph.Edges.SelectMany(e => new[] { e.From, e.To }).CountBy(id => id).Any(c => c.Value > IndexModel.StrongestListed),
            MapOpening = Written(writer => CoStarMapMarkup.WriteOpening(writer, drawing)),
            MapMiddle = Written(writer => CoStarMapMarkup.WriteMiddle(writer, encoder, drawing)),
            ShortList = Written(writer => new CoStarListMarkup(graph, IndexModel.StrongestListed, IndexModel.WholeListAddress).WriteTo(writer, encoder)),
            WholeList = Written(writer => new CoStarListMarkup(graph).WriteTo(writer, encoder)),
        };
    }

    /// <summary>What the map shows (names, slugs, links, dramas' titles and slugs, in order), the layout's version and the culture its markup is written in, hashed.</summary>
    public static string InputHash(CoStarGraph graph) =>
        Convert.ToHexString(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(new { Layout, Culture = CultureInfo.CurrentCulture.Name, graph.Nodes, graph.Edges })));

    private static string Written(Action<TextWriter> write)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        write(writer);
        return writer.ToString();
    }
}

/// <summary>Keeps <see cref="KeptCoStarMap"/> true to the catalogue: a save that may change what the map shows refreshes it after the co-stars are kept (<see cref="CoStarSync"/>), in its transaction, its markup written with the site's encoder.</summary>
public sealed class KeptCoStarMapSync(HtmlEncoder encoder) : ICatalogueSaveStep
{
    public Task<Func<CancellationToken, Task>?> PrepareAsync(CatalogueChange change, CancellationToken cancellationToken) =>
        Task.FromResult<Func<CancellationToken, Task>?>(
            change.Kinds.Contains(EntityKind.Character) || change.Kinds.Contains(EntityKind.Drama) || change.Kinds.Contains(EntityKind.Actor)
                ? async token => await KeptCoStarMap.RefreshAsync(change.Db, encoder, token)
                : null);
}
