using System.Text.Encodings.Web;
using KdramaMoments.Web.Data;
using Microsoft.AspNetCore.Html;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.CoStars;

public sealed record CoStarNode(int Id, string Slug, string Name);

public sealed record SharedDrama(string Slug, string Title)
{
    /// <summary>Links to the dramas, comma-separated. Written here rather than by a partial view: an actor's page has a list per co-star.</summary>
    public static IHtmlContent Links(IReadOnlyList<SharedDrama> dramas) => new LinksMarkup(dramas);

    public static void WriteLinks(TextWriter writer, HtmlEncoder encoder, IReadOnlyList<SharedDrama> dramas)
    {
        for (var i = 0; i < dramas.Count; i++)
        {
            writer.Write("<a href=\"/dramas/");
            encoder.Encode(writer, dramas[i].Slug);
            writer.Write("\">");
            encoder.Encode(writer, dramas[i].Title);
            writer.Write(i < dramas.Count - 1 ? "</a>, " : "</a>");
        }
    }

    private sealed class LinksMarkup(IReadOnlyList<SharedDrama> dramas) : IHtmlContent
    {
        public void WriteTo(TextWriter writer, HtmlEncoder encoder) => WriteLinks(writer, encoder, dramas);
    }
}

/// <summary>Two actors who had roles in the same drama(s); <see cref="From"/> &lt; <see cref="To"/>.</summary>
public sealed record CoStarEdge(int From, int To, IReadOnlyList<SharedDrama> Dramas);

/// <summary>Actors linked through the dramas they share.</summary>
public sealed record CoStarGraph(IReadOnlyList<CoStarNode> Nodes, IReadOnlyList<CoStarEdge> Edges)
{
    public CoStarNode Node(int id) => Nodes.First(n => n.Id == id);

    /// <summary>One actor's co-stars in the graph with the dramas they share, by name: as the actor's page and the API list them.</summary>
    public IReadOnlyList<(CoStarNode CoStar, IReadOnlyList<SharedDrama> Dramas)> CoStarsOf(int actorId) =>
        Edges.Where(e => e.From == actorId || e.To == actorId)
            .Select(e => (Node(e.From == actorId ? e.To : e.From), e.Dramas))
            .OrderBy(c => c.Item1.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();

    /// <summary>Each node with the co-stars it is linked to, for the text alternative of the picture: <see cref="CoStarsOf"/> of every node, from one pass over the edges.</summary>
    public IEnumerable<(CoStarNode Actor, IReadOnlyList<(CoStarNode CoStar, IReadOnlyList<SharedDrama> Dramas)> Links)> Adjacency()
    {
        var nodes = Nodes.ToDictionary(n => n.Id);
        var links = Nodes.ToDictionary(n => n.Id, _ => new List<(CoStarNode CoStar, IReadOnlyList<SharedDrama> Dramas)>());
        foreach (var e in Edges)
        {
            links[e.From].Add((nodes[e.To], e.Dramas));
            links[e.To].Add((nodes[e.From], e.Dramas));
        }
        return Nodes.OrderBy(n => n.Name, StringComparer.OrdinalIgnoreCase)
            .Select(n => (n, (IReadOnlyList<(CoStarNode, IReadOnlyList<SharedDrama>)>)[.. links[n.Id].OrderBy(c => c.CoStar.Name, StringComparer.OrdinalIgnoreCase)]));
    }
}

public static class CoStarQueries
{
    /// <summary>
    /// The whole map, limited to the best-connected actors (most links, a link per co-star and drama shared, then the
    /// lowest id) so the picture stays readable at any catalogue size. They are the head of the index on the links kept on
    /// each actor (<see cref="Domain.Actor.CoStarLinks"/>), and the links among them key lookups in <see cref="CoStarDrama"/>.
    /// Read by the saves that keep the map (<see cref="KeptCoStarMap"/>), not by the page.
    /// </summary>
    public static async Task<CoStarGraph> WholeMapGraphAsync(KdramaDbContext db, int maxActors, CancellationToken cancellationToken)
    {
        var chosen = await db.Actors.AsNoTracking().Where(a => a.CoStarLinks > 0)
            .OrderByDescending(a => a.CoStarLinks).ThenBy(a => a.Id).Take(maxActors).Select(a => a.Id).ToListAsync(cancellationToken);
        var among = chosen.Count > 1 ? await PairsAsync(db, chosen, cancellationToken) : [];
        return await BuildAsync(db, chosen, among, cancellationToken);
    }

    /// <summary>
    /// One actor with at most <paramref name="maxCoStars"/> co-stars (those sharing most dramas, then the first added) and the
    /// links among them, and how many co-stars there are in all: an actor in hundreds of dramas would otherwise read and
    /// draw every cast they were part of. The co-stars, their names and the count are one read of the stored pair counts
    /// (<see cref="CoStarPair"/>, in the index's order); the links among them are key lookups in <see cref="CoStarDrama"/>.
    /// </summary>
    public static async Task<(CoStarGraph Graph, int CoStarCount)> NeighbourhoodAsync(KdramaDbContext db, int actorId, int maxCoStars, CancellationToken cancellationToken) =>
        await ReadNeighbourhoodAsync(db, actorId, maxCoStars, countAll: true, cancellationToken);

    /// <summary>As <see cref="NeighbourhoodAsync"/>, without counting all the co-stars (the API lists only those shown).</summary>
    public static async Task<CoStarGraph> NeighbourhoodGraphAsync(KdramaDbContext db, int actorId, int maxCoStars, CancellationToken cancellationToken) =>
        (await ReadNeighbourhoodAsync(db, actorId, maxCoStars, countAll: false, cancellationToken)).Graph;

    private static async Task<(CoStarGraph Graph, int CoStarCount)> ReadNeighbourhoodAsync(KdramaDbContext db, int actorId, int maxCoStars, bool countAll, CancellationToken cancellationToken)
    {
        var chosen = db.CoStarPairs.Where(p => p.ActorId == actorId)
            .OrderByDescending(p => p.DramaCount).ThenBy(p => p.CoStarId)
            .Take(maxCoStars)
            .Select(p => p.CoStarId);
        // Counted on the actor's own row only: on every row it was counted again per co-star (592 pairs, 25 times, for the busiest actor).
        var nodes = await db.Actors.AsNoTracking().Where(a => a.Id == actorId || chosen.Contains(a.Id))
            .OrderBy(a => a.Name)
            .Select(a => new { Node = new CoStarNode(a.Id, a.Slug, a.Name), CoStars = countAll && a.Id == actorId ? db.CoStarPairs.Count(p => p.ActorId == actorId) : 0 })
            .ToListAsync(cancellationToken);
        var ids = nodes.Select(n => n.Node.Id).ToList();
        var among = ids.Count > 1 ? await PairsAsync(db, ids, cancellationToken) : [];
        return (Build(nodes.Select(n => n.Node).ToList(), among), nodes.Sum(n => n.CoStars));
    }

    private sealed record Pair(int From, int To, string DramaSlug, string DramaTitle);

    private static async Task<List<Pair>> PairsAsync(KdramaDbContext db, IReadOnlyCollection<int>? within, CancellationToken cancellationToken)
    {
        var pairs = db.CoStarDramas.AsNoTracking();
        if (within is not null)
        {
            // Both sides of every link are among these actors. Asked of both sides in SQL, SQLite looked up every pair of
            // the 120 on the pair's index (14,400 lookups for some 300 rows); the rows of one side are a range per actor
            // (338 rows at 100,000 moments), the other side is checked here.
            // One JSON parameter: EF 10 binds a list as a parameter per id by default, each bound by name (120 names
            // searched one by one, and the statement parsed again per list length).
            pairs = pairs.Where(p => EF.Parameter(within).Contains(p.SecondActorId));
        }
        var rows = await (
            from p in pairs
            join d in db.Dramas on p.DramaId equals d.Id
            select new { From = p.FirstActorId, To = p.SecondActorId, d.Slug, d.Title })
            .ToListAsync(cancellationToken);
        var among = within?.ToHashSet();
        return rows.Where(r => among is null || among.Contains(r.From)).Select(r => new Pair(r.From, r.To, r.Slug, r.Title)).ToList();
    }

    private static async Task<CoStarGraph> BuildAsync(KdramaDbContext db, IReadOnlyCollection<int> ids, IEnumerable<Pair> pairs, CancellationToken cancellationToken)
    {
        var nodes = await db.Actors.AsNoTracking().Where(a => EF.Parameter(ids).Contains(a.Id))
            .OrderBy(a => a.Name)
            .Select(a => new CoStarNode(a.Id, a.Slug, a.Name))
            .ToListAsync(cancellationToken);
        return Build(nodes, pairs);
    }

    private static CoStarGraph Build(IReadOnlyList<CoStarNode> nodes, IEnumerable<Pair> pairs)
    {
        var edges = pairs
            .GroupBy(p => (p.From, p.To))
            .Select(g => new CoStarEdge(g.Key.From, g.Key.To, g.Select(p => new SharedDrama(p.DramaSlug, p.DramaTitle)).Distinct().OrderBy(d => d.Title, StringComparer.OrdinalIgnoreCase).ToList()))
            .OrderBy(e => e.From).ThenBy(e => e.To)
            .ToList();
        return new CoStarGraph(nodes, edges);
    }
}
