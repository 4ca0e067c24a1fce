namespace KdramaMoments.Web.CoStars;

/// <summary>A drama label the map would like to write: its text and the places it may go on its link(s), best first.</summary>
public sealed record WantedDramaLabel(string Text, IEnumerable<Point> Places);

/// <summary>
/// Puts each drama label where its box covers no name, no node and no label placed before it, inside the picture: the
/// first free place along its link(s); failing that, its text cut at a word with "…" (the whole text goes in the label's
/// <c>&lt;title&gt;</c>); failing that, no label: "The map as a list" names every pair's dramas. Deterministic: labels are
/// placed in the order given, each at its first free place.
/// </summary>
public sealed class DramaLabelPlacement(double width, double height)
{
    private const double CellSize = 64; // a grid of the taken boxes, so a place is checked against its neighbours only
    private const double Gap = 1; // between a label and anything else, for the halo drawn round the text

    private static readonly double[] Steps = [0, -0.1, 0.1, -0.2, 0.2, -0.3, 0.3];
    // Baselines: +4 centres the 12 px text on the line; -6 puts it wholly above, +14 wholly below; -18 and +28 clear the
    // nodes (even the centre's) at the ends of a level line.
    private static readonly double[] Lifts = [4, -6, 14, -18, 28];

    private readonly Dictionary<(int Column, int Row), List<Box>> taken = [];
    private readonly List<DramaLabel> placed = [];

    public IReadOnlyList<DramaLabel> Placed => placed;

    /// <summary>Names and the nodes' circles go in first: labels make room for them.</summary>
    public void TakeNames(CoStarGraph graph, IReadOnlyDictionary<int, Point> positions, IReadOnlyDictionary<int, Label> labels, int? centerId)
    {
        foreach (var node in graph.Nodes)
        {
            var (p, radius) = (positions[node.Id], node.Id == centerId ? 14 : 9);
            Take(new Box(p.X - radius, p.Y - radius, p.X + radius, p.Y + radius));
            Take(MapText.NameBox(labels[node.Id], node.Name));
        }
    }

    public void Place(WantedDramaLabel wanted)
    {
        foreach (var text in Shortenings(wanted.Text))
        {
            // The places are tried lazily (most labels take the first) and the text is measured once.
            var box = MapText.DramaBox(new DramaLabel(0, 0, text));
            foreach (var place in wanted.Places)
            {
                var room = new Box(place.X + box.Left - Gap, place.Y + box.Top - Gap, place.X + box.Right + Gap, place.Y + box.Bottom + Gap);
                if (room.Within(width, height) && IsFree(room))
                {
                    Take(room);
                    placed.Add(new DramaLabel(place.X, place.Y, text) { Title = ReferenceEquals(text, wanted.Text) ? null : wanted.Text });
                    return;
                }
            }
        }
    }

    /// <summary>The places along a line from <paramref name="a"/> to <paramref name="b"/>: near <paramref name="share"/> of the way first, on the line, then just above and below it.</summary>
    public static IEnumerable<Point> Along(Point a, Point b, double share)
    {
        foreach (var step in Steps)
        {
            var t = share + step;
            if (t is < 0.15 or > 0.85)
            {
                continue;
            }
            foreach (var lift in Lifts)
            {
                yield return new Point(Math.Round(a.X + (b.X - a.X) * t, 1), Math.Round(a.Y + (b.Y - a.Y) * t + lift, 1));
            }
        }
    }

    /// <summary>The whole text, then cut after fewer and fewer words ("Extraordinary Attorney…", "Extraordinary…").</summary>
    private static IEnumerable<string> Shortenings(string text)
    {
        yield return text;
        for (var end = text.LastIndexOf(' '); end > 0; end = text.LastIndexOf(' ', end - 1))
        {
            yield return text[..end].TrimEnd(',', ':', ';', '-', ' ') + "…";
        }
    }

    private bool IsFree(Box box)
    {
        var (left, top, right, bottom) = Cells(box);
        for (var column = left; column <= right; column++)
        {
            for (var row = top; row <= bottom; row++)
            {
                if (taken.TryGetValue((column, row), out var boxes))
                {
                    foreach (var other in boxes)
                    {
                        if (box.Overlaps(other))
                        {
                            return false;
                        }
                    }
                }
            }
        }
        return true;
    }

    private void Take(Box box)
    {
        var (left, top, right, bottom) = Cells(box);
        for (var column = left; column <= right; column++)
        {
            for (var row = top; row <= bottom; row++)
            {
                if (!taken.TryGetValue((column, row), out var boxes))
                {
                    taken[(column, row)] = boxes = [];
                }
                boxes.Add(box);
            }
        }
    }

    /// <summary>The first and last columns and rows of the grid that a box touches.</summary>
    private static (int Left, int Top, int Right, int Bottom) Cells(Box box) =>
        ((int)Math.Floor(box.Left / CellSize), (int)Math.Floor(box.Top / CellSize), (int)Math.Floor(box.Right / CellSize), (int)Math.Floor(box.Bottom / CellSize));
}
