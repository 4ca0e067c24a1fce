using SkiaSharp;

namespace KdramaMoments.Web.Sharing;

/// <summary>What a share card says: a headline (a quote, or a name), a subject line and a detail line.</summary>
public sealed record ShareCardText(string Headline, bool HeadlineIsQuote, string Subject, string? Detail);

/// <summary>
/// Draws the 1200×630 PNG that Open Graph and Twitter show beside a link. The headline is set as large
/// as its length allows (at most four lines, then cut at a word with an ellipsis); all text uses one
/// font family that covers Hangul, so Korean titles and names never draw as empty boxes.
/// </summary>
public sealed class ShareCard(ShareCardFonts fonts)
{
    public const int Width = 1200;
    public const int Height = 630;
    private const float Pad = 72;
    private const int MaxHeadlineLines = 4;

    private static readonly SKColor Background = SKColor.Parse("#2a1020");
    private static readonly SKColor Accent = SKColor.Parse("#ff7aa5");
    private static readonly SKColor Text = SKColor.Parse("#fff4f8");
    private static readonly SKColor Muted = SKColor.Parse("#e0c4d2");

    public byte[] Render(ShareCardText card)
    {
        using var surface = SKSurface.Create(new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        var canvas = surface.Canvas;
        canvas.Clear(Background);
        using (var bar = new SKPaint { Color = Accent, IsAntialias = true })
        {
            canvas.DrawRect(0, 0, 16, Height, bar);
        }

        using var brand = new SKFont(fonts.Bold, 30);
        DrawLine(canvas, "KdramaMoments", Pad, Pad + 10, brand, Accent);

        var maxWidth = Width - 2 * Pad;
        var headline = card.HeadlineIsQuote ? $"“{card.Headline}”" : card.Headline;
        var (size, lines) = FitHeadline(headline, maxWidth);
        using var headlineFont = new SKFont(card.HeadlineIsQuote ? fonts.Regular : fonts.Bold, size);
        var y = Pad + 40 + size * 1.25f;
        foreach (var line in lines)
        {
            DrawLine(canvas, line, Pad, y, headlineFont, Text);
            y += size * 1.25f;
        }

        using var subjectFont = new SKFont(fonts.Bold, 36);
        using var detailFont = new SKFont(fonts.Regular, 30);
        var bottom = Height - Pad;
        if (card.Detail is { Length: > 0 } detail)
        {
            DrawLine(canvas, Ellipsize(detail, detailFont, maxWidth), Pad, bottom, detailFont, Muted);
            bottom -= 50;
        }
        DrawLine(canvas, Ellipsize(card.Subject, subjectFont, maxWidth), Pad, bottom, subjectFont, Text);

        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    /// <summary>The largest size at which the headline fits in four lines; the smallest size cuts it.</summary>
    private (float Size, IReadOnlyList<string> Lines) FitHeadline(string text, float maxWidth)
    {
        foreach (var size in new[] { 64f, 56f, 48f, 42f })
        {
            using var font = new SKFont(fonts.Regular, size);
            var lines = Wrap(text, font, maxWidth);
            if (lines.Count <= MaxHeadlineLines)
            {
                return (size, lines);
            }
        }
        using var smallest = new SKFont(fonts.Regular, 42f);
        var all = Wrap(text, smallest, maxWidth);
        var kept = all.Take(MaxHeadlineLines).ToList();
        kept[^1] = Ellipsize(kept[^1] + " …", smallest, maxWidth);
        return (42f, kept);
    }

    /// <summary>Greedy word wrap; a word longer than a line is broken by characters.</summary>
    internal static List<string> Wrap(string text, SKFont font, float maxWidth)
    {
        var lines = new List<string>();
        var current = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = current.Length == 0 ? word : current + " " + word;
            if (font.MeasureText(candidate) <= maxWidth)
            {
                current = candidate;
                continue;
            }
            if (current.Length > 0)
            {
                lines.Add(current);
            }
            current = word;
            while (font.MeasureText(current) > maxWidth && current.Length > 1)
            {
                var fit = current.Length - 1;
                while (fit > 1 && font.MeasureText(current[..fit]) > maxWidth)
                {
                    fit--;
                }
                lines.Add(current[..fit]);
                current = current[fit..];
            }
        }
        if (current.Length > 0)
        {
            lines.Add(current);
        }
        return lines;
    }

    private static string Ellipsize(string text, SKFont font, float maxWidth)
    {
        if (font.MeasureText(text) <= maxWidth)
        {
            return text;
        }
        var words = text.Split(' ');
        for (var n = words.Length - 1; n > 0; n--)
        {
            var shorter = string.Join(' ', words.Take(n)).TrimEnd(',', ';', ':', '·', ' ') + " …";
            if (font.MeasureText(shorter) <= maxWidth)
            {
                return shorter;
            }
        }
        return Wrap(text, font, maxWidth - font.MeasureText(" …"))[0] + " …";
    }

    private static void DrawLine(SKCanvas canvas, string text, float x, float y, SKFont font, SKColor color)
    {
        using var paint = new SKPaint { Color = color, IsAntialias = true };
        canvas.DrawText(text, x, y, SKTextAlign.Left, font, paint);
    }
}

/// <summary>
/// The typefaces share cards are drawn with, loaded once from files (no system font lookup: the
/// renderer carries no fontconfig). <c>ShareCards:FontDirectory</c> names the folder; Debian's
/// fonts-nanum is the default. Without it cards still draw, with Skia's built-in face (no Hangul).
/// Loaded for the life of the process, so never disposed.
/// </summary>
public sealed partial class ShareCardFonts
{
    private const string DefaultDirectory = "/usr/share/fonts/truetype/nanum";

    public SKTypeface Regular { get; }
    public SKTypeface Bold { get; }
    public bool CoversHangul { get; }

    public ShareCardFonts(IConfiguration configuration, ILogger<ShareCardFonts> logger)
    {
        var directory = configuration["ShareCards:FontDirectory"] ?? DefaultDirectory;
        var regular = Load(Path.Combine(directory, "NanumGothic.ttf"));
        var bold = Load(Path.Combine(directory, "NanumGothicBold.ttf"));
        CoversHangul = regular?.ContainsGlyph('한') == true;
        if (!CoversHangul)
        {
            LogNoHangulFont(logger, directory);
        }
        Regular = regular ?? SKTypeface.Default;
        Bold = bold ?? Regular;
    }

    private static SKTypeface? Load(string path) => File.Exists(path) ? SKTypeface.FromFile(path) : null;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Share cards: no Hangul font in {FontDirectory}; Korean text will not draw (install fonts-nanum)")]
    private static partial void LogNoHangulFont(ILogger logger, string fontDirectory);
}
