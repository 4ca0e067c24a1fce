namespace KdramaMoments.Web.CoStars;

public readonly record struct Point(double X, double Y);

/// <summary>A name beside its node, on the side away from its group's centre so it does not sit on the lines.</summary>
public readonly record struct Label(double X, double Y, string Anchor);

/// <summary>The drama(s) that join actors, written on the picture so nobody has to hover to learn them.</summary>
public readonly record struct DramaLabel(double X, double Y, string Text);

/// <summary>Where each actor sits in the picture; computed on the server so the map needs no JavaScript.</summary>
public sealed record CoStarDrawing(CoStarGraph Graph, IReadOnlyDictionary<int, Point> Positions, IReadOnlyDictionary<int, Label> Labels,
    double Width, double Height, int? CenterId, string Caption)
{
    public IReadOnlyList<DramaLabel> DramaLabels { get; init; } = [];
}

/// <summary>
/// Deterministic layouts (the same catalogue always draws the same picture): one actor in the middle of
/// their co-stars; or, for the whole map, each group of linked actors on its own circle, groups packed in rows.
/// </summary>
public static class CoStarLayout
{
    private const double Margin = 70; // room for a name under a node
    private const double Spacing = 120; // arc length between neighbours on a circle

    public static CoStarDrawing Neighbourhood(CoStarGraph graph, int centerId, string caption)
    {
        var ring = graph.Nodes.Where(n => n.Id != centerId).ToList();
        var radius = Math.Max(110, ring.Count * Spacing / (2 * Math.PI));
        var center = new Point(radius + Margin * 1.5, radius + Margin);
        var positions = new Dictionary<int, Point> { [centerId] = center };
        var labels = new Dictionary<int, Label> { [centerId] = new(center.X, center.Y + 32, "middle") };
        for (var i = 0; i < ring.Count; i++)
        {
            positions[ring[i].Id] = OnCircle(center, radius, i, ring.Count);
            labels[ring[i].Id] = Outside(center, positions[ring[i].Id]);
        }
        // Each spoke says which drama joins the actor to that co-star, a little nearer the co-star than the middle.
        var dramaLabels = graph.Edges.Where(e => e.From == centerId || e.To == centerId)
            .Select(e => Between(positions[centerId], positions[e.From == centerId ? e.To : e.From], 0.55, DramaNames(e)))
            .ToList();
        return new CoStarDrawing(graph, positions, labels, 2 * (radius + Margin * 1.5), 2 * (radius + Margin), centerId, caption) { DramaLabels = dramaLabels };
    }

    public static CoStarDrawing WholeMap(CoStarGraph graph, string caption, double width = 1000)
    {
        var positions = new Dictionary<int, Point>();
        var labels = new Dictionary<int, Label>();
        var dramaLabels = new List<DramaLabel>();
        double x = 0, y = 0, rowHeight = 0;
        foreach (var group in Components(graph))
        {
            var radius = group.Count <= 2 ? 0 : Math.Max(60, group.Count * Spacing / (2 * Math.PI));
            var cellWidth = group.Count == 2 ? Spacing + 2 * Margin : 2 * (radius + Margin * 1.8);
            var cellHeight = 2 * radius + 1.5 * Margin;
            if (x > 0 && x + cellWidth > width)
            {
                (x, y, rowHeight) = (0, y + rowHeight, 0);
            }
            var center = new Point(x + cellWidth / 2, y + cellHeight / 2);
            if (group.Count == 2)
            {
                positions[group[0].Id] = center with { X = center.X - Spacing / 2 };
                positions[group[1].Id] = center with { X = center.X + Spacing / 2 };
                labels[group[0].Id] = new Label(center.X - Spacing / 2, center.Y + 26, "middle");
                labels[group[1].Id] = new Label(center.X + Spacing / 2, center.Y + 26, "middle");
            }
            else
            {
                for (var i = 0; i < group.Count; i++)
                {
                    positions[group[i].Id] = OnCircle(center, radius, i, group.Count);
                    labels[group[i].Id] = Outside(center, positions[group[i].Id]);
                }
            }
            dramaLabels.AddRange(GroupDramaLabels(graph, group, positions, center));
            x += cellWidth;
            rowHeight = Math.Max(rowHeight, cellHeight);
        }
        return new CoStarDrawing(graph, positions, labels, width, Math.Max(y + rowHeight, 100), null, caption) { DramaLabels = dramaLabels };
    }

    /// <summary>
    /// Each drama (or set of dramas) joining actors of a group is written once, at the middle of the lines it
    /// stands for: the centre of a cast drawn as a ring, just above a single line. Written on every line, the
    /// names of a ring's crossing diagonals would sit on top of each other.
    /// </summary>
    private static IEnumerable<DramaLabel> GroupDramaLabels(CoStarGraph graph, List<CoStarNode> group, Dictionary<int, Point> positions, Point center)
    {
        var ids = group.Select(n => n.Id).ToHashSet();
        var byDrama = graph.Edges.Where(e => ids.Contains(e.From)).GroupBy(DramaNames).ToList();
        if (byDrama.Count == 1)
        {
            return [new DramaLabel(center.X, group.Count == 2 ? center.Y - 10 : center.Y + 4, byDrama[0].Key)];
        }
        return byDrama.Select(edges =>
        {
            var middles = edges.Select(e => Between(positions[e.From], positions[e.To], 0.5, edges.Key)).ToList();
            var lift = middles.Count == 1 ? -10 : 0;
            return new DramaLabel(Math.Round(middles.Average(m => m.X), 1), Math.Round(middles.Average(m => m.Y) + lift, 1), edges.Key);
        });
    }

    private static string DramaNames(CoStarEdge edge) => string.Join(", ", edge.Dramas.Select(d => d.Title));

    private static DramaLabel Between(Point a, Point b, double share, string text) =>
        new(Math.Round(a.X + (b.X - a.X) * share, 1), Math.Round(a.Y + (b.Y - a.Y) * share + 4, 1), text);

    private static Label Outside(Point center, Point node)
    {
        var (dx, dy) = (node.X - center.X, node.Y - center.Y);
        var length = Math.Max(1, Math.Sqrt(dx * dx + dy * dy));
        var (ux, uy) = (dx / length, dy / length);
        var anchor = ux < -0.3 ? "end" : ux > 0.3 ? "start" : "middle";
        // Text sits on its baseline: names above a node need more room than names below it.
        var y = node.Y + uy * 18 + (uy < -0.3 ? -2 : uy > 0.3 ? 14 : 5);
        return new Label(Math.Round(node.X + ux * 16, 1), Math.Round(y, 1), anchor);
    }

    private static Point OnCircle(Point center, double radius, int index, int count)
    {
        var angle = -Math.PI / 2 + 2 * Math.PI * index / count;
        return new Point(Math.Round(center.X + radius * Math.Cos(angle), 1), Math.Round(center.Y + radius * Math.Sin(angle), 1));
    }

    /// <summary>Groups of actors linked directly or through others, largest first; members in link order so neighbours sit side by side.</summary>
    private static List<List<CoStarNode>> Components(CoStarGraph graph)
    {
        var links = graph.Nodes.ToDictionary(n => n.Id, _ => new List<int>());
        foreach (var edge in graph.Edges)
        {
            links[edge.From].Add(edge.To);
            links[edge.To].Add(edge.From);
        }
        var seen = new HashSet<int>();
        var groups = new List<List<CoStarNode>>();
        foreach (var start in graph.Nodes.OrderByDescending(n => links[n.Id].Count).ThenBy(n => n.Name, StringComparer.OrdinalIgnoreCase))
        {
            if (!seen.Add(start.Id))
            {
                continue;
            }
            var group = new List<CoStarNode>();
            var queue = new Queue<int>([start.Id]);
            while (queue.TryDequeue(out var id))
            {
                group.Add(graph.Node(id));
                foreach (var next in links[id].Order().Where(seen.Add))
                {
                    queue.Enqueue(next);
                }
            }
            groups.Add(group);
        }
        return groups.OrderByDescending(g => g.Count).ToList();
    }
}
