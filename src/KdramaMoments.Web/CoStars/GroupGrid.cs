namespace KdramaMoments.Web.CoStars;

/// <summary>
/// A group of actors too large for a readable ring, packed in a grid at most <see cref="MaxWidth"/> wide: columns as wide
/// as the group's longest name, each name under its node, every other column half a row lower so a line along a row
/// does not run through the nodes between its ends. The best-connected actor sits in the middle and the rest, in link
/// order, spiral out from them, so linked actors sit near each other and most lines stay short.
/// </summary>
public sealed class GroupGrid
{
    /// <summary>The widest a group is drawn, whatever the catalogue's size: within the page's 1,100 px column on a wide screen (site.css, <c>.wrap</c>, less the picture's border), so it shows whole.</summary>
    public const double MaxWidth = 1090;

    private const double RowHeight = 84; // a node, its name under it and room for a drama label before the next row
    private const double Side = 12;
    private const double Top = 24;
    private const double NameGap = 16; // between the names of neighbouring columns
    private const double MinColumnWidth = 96;

    private readonly double columnWidth;
    private readonly int columns;

    private GroupGrid(double columnWidth, int columns, int rows)
    {
        (this.columnWidth, this.columns) = (columnWidth, columns);
        Width = columns * columnWidth + 2 * Side;
        Height = Top + (rows - 1) * RowHeight + RowHeight / 2 + 44;
    }

    public double Width { get; }

    public double Height { get; }

    public static GroupGrid For(IReadOnlyList<CoStarNode> group)
    {
        var widest = group.Max(n => MapText.Width(n.Name, MapText.NameSize));
        var columnWidth = Math.Ceiling(Math.Max(MinColumnWidth, widest + NameGap));
        var fit = Math.Max(1, (int)((MaxWidth - 2 * Side) / columnWidth));
        // About as tall as wide, if the column allows.
        var columns = Math.Clamp((int)Math.Ceiling(Math.Sqrt(group.Count * RowHeight / columnWidth)), 1, fit);
        return new GroupGrid(columnWidth, columns, (group.Count + columns - 1) / columns);
    }

    /// <summary>Puts the group's nodes and names in the grid whose top left corner is (<paramref name="left"/>, <paramref name="top"/>).</summary>
    public void Place(IReadOnlyList<CoStarNode> group, double left, double top, Dictionary<int, Point> positions, Dictionary<int, Label> labels)
    {
        var rows = (group.Count + columns - 1) / columns;
        var cells = Enumerable.Range(0, rows * columns).Select(i => Cell(left, top, i % columns, i / columns)).ToList();
        var middle = new Point(cells.Average(c => c.X), cells.Average(c => c.Y));
        // Nearest the middle first; ties (cells mirrored about it) in reading order, so the layout is deterministic.
        var order = cells.Select((c, i) => (Cell: c, Index: i, Distance: Math.Round(Math.Pow(c.X - middle.X, 2) + Math.Pow(c.Y - middle.Y, 2), 3)))
            .OrderBy(c => c.Distance).ThenBy(c => c.Index).ToList();
        for (var i = 0; i < group.Count; i++)
        {
            var p = order[i].Cell;
            positions[group[i].Id] = p;
            labels[group[i].Id] = new Label(p.X, Math.Round(p.Y + 26, 1), "middle");
        }
    }

    private Point Cell(double left, double top, int column, int row) =>
        new(Math.Round(left + Side + (column + 0.5) * columnWidth, 1), Math.Round(top + Top + row * RowHeight + column % 2 * RowHeight / 2, 1));
}
