namespace KdramaMoments.Web.CoStars;

public readonly record struct Point(double X, double Y);

/// <summary>A name beside its node, on the side away from its group's centre so it does not sit on the lines.</summary>
public readonly record struct Label(double X, double Y, string Anchor);

/// <summary>The drama(s) that join actors, written on the picture so nobody has to hover to learn them.</summary>
public readonly record struct DramaLabel(double X, double Y, string Text)
{
    /// <summary>The whole text when <see cref="Text"/> had to be cut to fit, for the label's tooltip.</summary>
    public string? Title { get; init; }
}

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
        var (width, height) = KeepNamesInside(graph, positions, labels, centerId, 2 * (radius + Margin * 1.5), 2 * (radius + Margin));
        var placement = new DramaLabelPlacement(width, height);
        placement.TakeNames(graph, positions, labels, centerId);
        // Each spoke says which drama joins the actor to that co-star, a little nearer the co-star than the middle.
        foreach (var e in graph.Edges.Where(e => e.From == centerId || e.To == centerId))
        {
            var (from, to) = (positions[centerId], positions[e.From == centerId ? e.To : e.From]);
            placement.Place(new WantedDramaLabel(DramaNames(e), DramaLabelPlacement.Along(from, to, 0.55).Prepend(Between(from, to, 0.55))));
        }
        return new CoStarDrawing(graph, positions, labels, width, height, centerId, caption) { DramaLabels = placement.Placed };
    }

    public static CoStarDrawing WholeMap(CoStarGraph graph, string caption, double width = 1000)
    {
        var positions = new Dictionary<int, Point>();
        var labels = new Dictionary<int, Label>();
        var groups = Components(graph);
        var centers = new List<Point>();
        double x = 0, y = 0, rowHeight = 0, right = width;
        foreach (var group in groups)
        {
            var radius = group.Count <= 2 ? 0 : Math.Max(60, group.Count * Spacing / (2 * Math.PI));
            var cellWidth = group.Count == 2 ? Spacing + 2 * Margin : 2 * (radius + Margin * 1.8);
            var cellHeight = 2 * radius + 1.5 * Margin;
            // A ring wider than the picture would be a ring of names too far apart to read (at 100,000 moments, ~100
            // actors 4,700 px wide): such a group is packed in a grid instead, at most GroupGrid.MaxWidth wide.
            var grid = cellWidth > width ? GroupGrid.For(group) : null;
            if (grid is not null)
            {
                (cellWidth, cellHeight) = (grid.Width, grid.Height);
            }
            if (x > 0 && x + cellWidth > width)
            {
                (x, y, rowHeight) = (0, y + rowHeight, 0);
            }
            var center = new Point(x + cellWidth / 2, y + cellHeight / 2);
            if (grid is not null)
            {
                grid.Place(group, x, y, positions, labels);
            }
            else if (group.Count == 1)
            {
                // An actor whose co-stars are all beyond the map: the name under the node, not on it.
                positions[group[0].Id] = center;
                labels[group[0].Id] = new Label(center.X, center.Y + 26, "middle");
            }
            else if (group.Count == 2)
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
            centers.Add(center);
            x += cellWidth;
            rowHeight = Math.Max(rowHeight, cellHeight);
            // A group wider than the picture has a row to itself, and the picture widens to show all of it.
            right = Math.Max(right, x);
        }
        (right, var height) = KeepNamesInside(graph, positions, labels, null, right, Math.Max(y + rowHeight, 100));
        var placement = new DramaLabelPlacement(right, height);
        placement.TakeNames(graph, positions, labels, null);
        var edgesOf = EdgesOfEachGroup(graph, groups);
        for (var i = 0; i < groups.Count; i++)
        {
            foreach (var wanted in GroupDramaLabels(groups[i], edgesOf[i], positions, centers[i]))
            {
                placement.Place(wanted);
            }
        }
        return new CoStarDrawing(graph, positions, labels, right, height, null, caption) { DramaLabels = placement.Placed };
    }

    /// <summary>
    /// The picture's size with every name and node inside it: where a name would stick out (a long name beside a node
    /// at the picture's left edge, "Yoon Yeon-hee" on Suzy Bae's page), the drawing moves right or down by as much and
    /// the picture grows. A picture whose names all fit keeps its size and coordinates.
    /// </summary>
    private static (double Width, double Height) KeepNamesInside(CoStarGraph graph, Dictionary<int, Point> positions, Dictionary<int, Label> labels,
        int? centerId, double width, double height)
    {
        const double Pad = 4;
        var (left, top, right, bottom) = (0.0, 0.0, width, height);
        foreach (var node in graph.Nodes)
        {
            var (p, radius, name) = (positions[node.Id], node.Id == centerId ? 14 : 9, MapText.NameBox(labels[node.Id], node.Name));
            (left, top) = (Math.Min(left, Math.Min(p.X - radius, name.Left)), Math.Min(top, Math.Min(p.Y - radius, name.Top)));
            (right, bottom) = (Math.Max(right, Math.Max(p.X + radius, name.Right)), Math.Max(bottom, Math.Max(p.Y + radius, name.Bottom)));
        }
        // Whole pixels, so the coordinates stay in tenths.
        var (dx, dy) = (left < 0 ? Math.Ceiling(Pad - left) : 0, top < 0 ? Math.Ceiling(Pad - top) : 0);
        (width, height) = (right > width ? Math.Ceiling(right + Pad) + dx : width + dx, bottom > height ? Math.Ceiling(bottom + Pad) + dy : height + dy);
        if (dx > 0 || dy > 0)
        {
            foreach (var node in graph.Nodes)
            {
                var (p, label) = (positions[node.Id], labels[node.Id]);
                positions[node.Id] = new Point(p.X + dx, p.Y + dy);
                labels[node.Id] = label with { X = label.X + dx, Y = label.Y + dy };
            }
        }
        return (width, height);
    }

    private static List<List<CoStarEdge>> EdgesOfEachGroup(CoStarGraph graph, List<List<CoStarNode>> groups)
    {
        var groupOf = new Dictionary<int, int>();
        for (var i = 0; i < groups.Count; i++)
        {
            foreach (var node in groups[i])
            {
                groupOf[node.Id] = i;
            }
        }
        var edgesOf = groups.Select(_ => new List<CoStarEdge>()).ToList();
        foreach (var edge in graph.Edges)
        {
            edgesOf[groupOf[edge.From]].Add(edge);
        }
        return edgesOf;
    }

    /// <summary>
    /// Each drama (or set of dramas) joining actors of a group is written once, at the middle of the lines it
    /// stands for: the centre of a cast drawn as a ring, just above a single line. Written on every line, the
    /// names of a ring's crossing diagonals would sit on top of each other. Where that place is taken, the label
    /// moves along one of its lines.
    /// </summary>
    private static IEnumerable<WantedDramaLabel> GroupDramaLabels(List<CoStarNode> group, List<CoStarEdge> edges, Dictionary<int, Point> positions, Point center)
    {
        var byDrama = edges.GroupBy(DramaNames).ToList();
        return byDrama.Select(lines =>
        {
            Point first;
            if (byDrama.Count == 1)
            {
                first = new Point(center.X, group.Count == 2 ? center.Y - 10 : center.Y + 4);
            }
            else
            {
                var middles = lines.Select(e => Between(positions[e.From], positions[e.To], 0.5)).ToList();
                var lift = middles.Count == 1 ? -10 : 0;
                first = new Point(Math.Round(middles.Average(m => m.X), 1), Math.Round(middles.Average(m => m.Y) + lift, 1));
            }
            return new WantedDramaLabel(lines.Key, lines.SelectMany(e => DramaLabelPlacement.Along(positions[e.From], positions[e.To], 0.5)).Prepend(first));
        });
    }

    private static string DramaNames(CoStarEdge edge) => string.Join(", ", edge.Dramas.Select(d => d.Title));

    /// <summary>The baseline that centres a drama label on the line, <paramref name="share"/> of the way from a to b.</summary>
    private static Point Between(Point a, Point b, double share) =>
        new(Math.Round(a.X + (b.X - a.X) * share, 1), Math.Round(a.Y + (b.Y - a.Y) * share + 4, 1));

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
        // Nodes by id: looked up one by one (CoStarGraph.Node) they cost a scan of the list each, 14,400 steps at 120 actors.
        var nodes = graph.Nodes.ToDictionary(n => n.Id);
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
                group.Add(nodes[id]);
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
