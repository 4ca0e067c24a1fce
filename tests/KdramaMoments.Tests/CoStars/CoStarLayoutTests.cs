using KdramaMoments.Web.CoStars;

namespace KdramaMoments.Tests.CoStars;

/// <summary>
/// The co-star maps' layout on graphs of any size: every node, name and drama label inside the picture, no name over
/// another name or node, no drama label over a name or another label, and a group of 120 actors (the most the whole map
/// draws) no wider than the page's column.
/// </summary>
public sealed class CoStarLayoutTests
{
    [Theory]
    [InlineData(120)]
    [InlineData(60)]
    [InlineData(25)]
    public void WholeMap_OneLargeGroup_FitsTheColumnWithNothingCutOrOverlapping(int actors)
    {
        var drawing = CoStarLayout.WholeMap(LinkedGroup(actors), "caption");

        Assert.True(drawing.Width <= GroupGrid.MaxWidth, $"{actors} actors drawn {drawing.Width} px wide");
        Assert.True(drawing.Height <= 2 * GroupGrid.MaxWidth, $"{actors} actors drawn {drawing.Height} px tall");
        Assert.Empty(Flaws(drawing));
    }

    [Fact]
    public void WholeMap_GroupsOfEverySize_NothingCutOrOverlapping()
    {
        // Groups of 1 to 30 actors side by side, as a catalogue's best-connected actors fall apart into casts.
        var (nodes, edges, next) = (new List<CoStarNode>(), new List<CoStarEdge>(), 0);
        foreach (var size in new[] { 30, 12, 7, 5, 3, 2, 2, 1, 1 })
        {
            var group = LinkedGroup(size, next);
            (nodes, edges, next) = ([.. nodes, .. group.Nodes], [.. edges, .. group.Edges], next + size);
        }
        var drawing = CoStarLayout.WholeMap(new CoStarGraph(nodes, edges), "caption");

        Assert.Equal(nodes.Count, drawing.Positions.Count);
        Assert.Empty(Flaws(drawing));
    }

    [Theory]
    [InlineData(4)]
    [InlineData(24)]
    public void Neighbourhood_LongNames_StayInsideThePicture(int coStars)
    {
        var graph = LinkedGroup(coStars + 1, longNames: true);
        var drawing = CoStarLayout.Neighbourhood(graph, graph.Nodes[0].Id, "caption");

        Assert.DoesNotContain(Flaws(drawing), f => f.Contains("outside", StringComparison.Ordinal));
    }

    private static readonly string[] Names = ["Hong Geon Hyeok", "Kim Yoo-jung", "Yoon Yeon-hee", "Park Shin-tae", "Lee Joon-gi", "Ahn Seo Rin"];

    /// <summary>Actors 0..count-1 (ids from <paramref name="first"/>): each linked to the next and to the first, some by two dramas.</summary>
    private static CoStarGraph LinkedGroup(int count, int first = 0, bool longNames = false)
    {
        var nodes = Enumerable.Range(first, count)
            .Select(i => new CoStarNode(i + 1, $"actor-{i}", longNames ? $"Yoon Yeon-hee Kim-Park {i}" : Names[i % Names.Length]))
            .ToList();
        var edges = new List<CoStarEdge>();
        for (var i = 1; i < count; i++)
        {
            edges.Add(new CoStarEdge(nodes[i - 1].Id, nodes[i].Id, [new SharedDrama($"drama-{first + i}", $"When the Rooftop Falls {first + i}")]));
            if (i > 1 && i % 3 == 0)
            {
                edges.Add(new CoStarEdge(nodes[0].Id, nodes[i].Id, [new SharedDrama($"drama-{first + i}", $"When the Rooftop Falls {first + i}"), new SharedDrama("drama-x", "Hotel in Paris")]));
            }
        }
        return new CoStarGraph(nodes, edges);
    }

    private static List<string> Flaws(CoStarDrawing drawing)
    {
        var flaws = new List<string>();
        var names = new List<(string Text, Box Box)>();
        var circles = new List<(string Text, Box Box)>();
        foreach (var node in drawing.Graph.Nodes)
        {
            var (p, radius) = (drawing.Positions[node.Id], node.Id == drawing.CenterId ? 14 : 9);
            var (circle, name) = (new Box(p.X - radius, p.Y - radius, p.X + radius, p.Y + radius), MapText.NameBox(drawing.Labels[node.Id], node.Name));
            foreach (var (what, box) in new[] { ("node", circle), ("name", name) })
            {
                if (!box.Within(drawing.Width, drawing.Height))
                {
                    flaws.Add($"{node.Name}'s {what} lies outside the {drawing.Width}×{drawing.Height} picture");
                }
            }
            flaws.AddRange(names.Concat(circles).Where(other => name.Overlaps(other.Box)).Select(other => $"{node.Name} covers {other.Text}"));
            flaws.AddRange(names.Where(other => circle.Overlaps(other.Box)).Select(other => $"{node.Name}'s node covers {other.Text}"));
            names.Add((node.Name, name));
            circles.Add((node.Name + "'s node", circle));
        }
        var dramas = new List<(string Text, Box Box)>();
        foreach (var label in drawing.DramaLabels)
        {
            var box = MapText.DramaBox(label);
            flaws.AddRange(names.Concat(dramas).Where(other => box.Overlaps(other.Box)).Select(other => $"\"{label.Text}\" covers {other.Text}"));
            if (!box.Within(drawing.Width, drawing.Height))
            {
                flaws.Add($"\"{label.Text}\" lies outside the picture");
            }
            dramas.Add((label.Text, box));
        }
        return flaws;
    }
}
