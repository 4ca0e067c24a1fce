namespace KdramaMoments.Web.CoStars;

/// <summary>A rectangle in the picture's coordinates (y grows downwards).</summary>
public readonly record struct Box(double Left, double Top, double Right, double Bottom)
{
    public bool Overlaps(Box other) => Left < other.Right && other.Left < Right && Top < other.Bottom && other.Top < Bottom;

    public bool Within(double width, double height) => Left >= 0 && Top >= 0 && Right <= width && Bottom <= height;
}

/// <summary>
/// How much room the map's words take, estimated on the server (the picture is drawn without JavaScript): each
/// character's advance in DejaVu Sans, the widest of the fonts the site's font stack falls back to, so the estimate
/// is at least what a browser draws. Sizes as in site.css: names 13 px, drama names 12 px.
/// </summary>
public static class MapText
{
    public const double NameSize = 13;
    public const double DramaSize = 12;

    // Advances of ' ' to '~' in thousandths of an em (DejaVu Sans; its oblique has the same advances). Anything
    // else (Hangul, accented letters, '…') is counted as a whole em, a little more than any of them takes.
    private static readonly short[] Advances =
    [
        318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337, 636, 636, 636, 636, 636, 636, 636, 636,
        636, 636, 337, 337, 838, 838, 838, 531, 1000, 684, 686, 698, 770, 632, 575, 775, 752, 295, 295, 656, 557, 863, 748, 787,
        603, 787, 695, 635, 611, 732, 684, 989, 685, 611, 685, 390, 337, 390, 838, 500, 500, 613, 635, 550, 635, 615, 352, 635,
        634, 278, 278, 579, 278, 974, 634, 612, 635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838,
    ];

    // Above and below the baseline, as a share of the font size (Chromium's text box for DejaVu Sans: 0.92 and 0.23).
    private const double Ascent = 0.93;
    private const double Descent = 0.24;

    public static double Width(string text, double size)
    {
        var thousandths = 0;
        foreach (var c in text)
        {
            thousandths += c is >= ' ' and <= '~' ? Advances[c - ' '] : 1000;
        }
        return thousandths * size / 1000;
    }

    /// <summary>The box of a text drawn at (x, y) on its baseline with the given SVG <c>text-anchor</c>.</summary>
    public static Box TextBox(double x, double y, string anchor, string text, double size)
    {
        var width = Width(text, size);
        var left = anchor switch { "start" => x, "end" => x - width, _ => x - width / 2 };
        return new Box(left, y - Ascent * size, left + width, y + Descent * size);
    }

    public static Box NameBox(Label label, string name) => TextBox(label.X, label.Y, label.Anchor, name, NameSize);

    public static Box DramaBox(DramaLabel label) => TextBox(label.X, label.Y, "middle", label.Text, DramaSize);
}
