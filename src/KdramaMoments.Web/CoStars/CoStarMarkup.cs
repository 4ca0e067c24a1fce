using System.Globalization;
using System.Text.Encodings.Web;
using KdramaMoments.Web.Data;
using Microsoft.AspNetCore.Html;

namespace KdramaMoments.Web.CoStars;

/// <summary>
/// The co-star map's picture (an SVG), written straight into the response: at 120 actors it is some 1,200 elements and
/// 3,000 numbers, which a Razor partial wrote as as many small encoded writes and formatted strings. Each name is
/// encoded once by the view's encoder; coordinates are formatted in place ("0.#", invariant).
/// </summary>
public sealed class CoStarMapMarkup(CoStarDrawing drawing) : IHtmlContent
{
    /// <summary>After the markup's second caption (the figure's).</summary>
    public const string Closing = "</figcaption>\n</figure>\n";

    public void WriteTo(TextWriter writer, HtmlEncoder encoder)
    {
        WriteOpening(writer, drawing);
        encoder.Encode(writer, drawing.Caption);
        WriteMiddle(writer, encoder, drawing);
        encoder.Encode(writer, drawing.Caption);
        writer.Write(Closing);
    }

    /// <summary>The markup before the caption the picture is labelled with (the caption is written twice and not drawn: the whole map's holds live counts).</summary>
    public static void WriteOpening(TextWriter writer, CoStarDrawing drawing)
    {
        Numbers(writer, [("<figure class=\"costar-map\">\n<svg viewBox=\"0 0 ", drawing.Width), (" ", drawing.Height), ("\" width=\"", drawing.Width), ("\" height=\"", drawing.Height)]);
        writer.Write("\" role=\"group\" aria-label=\"");
    }

    /// <summary>The markup between the picture's label and the figure's caption: the picture itself.</summary>
    public static void WriteMiddle(TextWriter writer, HtmlEncoder encoder, CoStarDrawing drawing)
    {
        var graph = drawing.Graph;
        var names = graph.Nodes.ToDictionary(n => n.Id, n => n.Name);
        // What most elements share is said once on their group (SVG's presentation attributes are inherited): a line's
        // width for one drama, the drama labels' anchor, the names' usual anchor. No indentation: at 120 actors it was a
        // fifth of the page.
        writer.Write("\">\n<g class=\"edges\" stroke-width=\"" + ThinLine + "\">\n");
        foreach (var e in graph.Edges)
        {
            var (a, b) = (drawing.Positions[e.From], drawing.Positions[e.To]);
            Numbers(writer, [("<line x1=\"", a.X), ("\" y1=\"", a.Y), ("\" x2=\"", b.X), ("\" y2=\"", b.Y)]);
            if (e.Dramas.Count > 1)
            {
                writer.Write("\" stroke-width=\"");
                // As the view wrote it: the double's own text in the request's culture (the whole map's is written at save
                // time in the same culture, KeptCoStarMap.Render).
                encoder.Encode(writer, Math.Min(6, 1.5 * e.Dramas.Count).ToString(CultureInfo.CurrentCulture));
            }
            writer.Write("\"><title>");
            encoder.Encode(writer, names[e.From]);
            writer.Write(" and ");
            encoder.Encode(writer, names[e.To]);
            writer.Write(": ");
            for (var i = 0; i < e.Dramas.Count; i++)
            {
                if (i > 0)
                {
                    writer.Write(", ");
                }
                encoder.Encode(writer, e.Dramas[i].Title);
            }
            writer.Write("</title></line>\n");
        }
        writer.Write("</g>\n<g class=\"dramas\" aria-hidden=\"true\" text-anchor=\"middle\">\n");
        foreach (var label in drawing.DramaLabels)
        {
            Numbers(writer, [("<text x=\"", label.X), ("\" y=\"", label.Y)]);
            writer.Write("\">");
            if (label.Title is not null)
            {
                writer.Write("<title>");
                encoder.Encode(writer, label.Title);
                writer.Write("</title>");
            }
            encoder.Encode(writer, label.Text);
            writer.Write("</text>\n");
        }
        writer.Write("</g>\n<g class=\"nodes\" text-anchor=\"middle\">\n");
        foreach (var n in graph.Nodes)
        {
            var (p, label, center) = (drawing.Positions[n.Id], drawing.Labels[n.Id], n.Id == drawing.CenterId);
            writer.Write("<a href=\"/actors/");
            encoder.Encode(writer, n.Slug);
            Numbers(writer, [(center ? "\" class=\"center\"><circle cx=\"" : "\"><circle cx=\"", p.X), ("\" cy=\"", p.Y)]);
            Numbers(writer, [(center ? "\" r=\"14\"/><text x=\"" : "\" r=\"9\"/><text x=\"", label.X), ("\" y=\"", label.Y)]);
            if (label.Anchor != "middle")
            {
                writer.Write("\" text-anchor=\"");
                encoder.Encode(writer, label.Anchor);
            }
            writer.Write("\">");
            encoder.Encode(writer, n.Name);
            writer.Write("</text></a>\n");
        }
        writer.Write("</g>\n</svg>\n<figcaption>");
    }

    // The width of a line standing for one drama; a line is 1.5 px wider per drama, up to 6.
    private const string ThinLine = "1.5";

    /// <summary>Each text, then its number.</summary>
    private static void Numbers(TextWriter writer, ReadOnlySpan<(string Before, double Value)> parts)
    {
        foreach (var (before, value) in parts)
        {
            writer.Write(before);
            Number(writer, value);
        }
    }

    // "0.#" in the invariant culture. The layout rounds its coordinates to tenths, which are written from their integer
    // count of tenths; the custom format's general path cost more than writing the rest of the picture.
    private static void Number(TextWriter writer, double value)
    {
        Span<char> text = stackalloc char[32];
        var tenths = Math.Round(value * 10);
        if (!double.IsNegative(value) && tenths < 1e15 && Math.Abs(value * 10 - tenths) < 1e-6)
        {
            var (units, tenth) = Math.DivRem((long)tenths, 10);
            units.TryFormat(text, out var length, provider: CultureInfo.InvariantCulture);
            writer.Write(text[..length]);
            if (tenth != 0)
            {
                writer.Write('.');
                writer.Write((char)('0' + tenth));
            }
            return;
        }
        writer.Write(value.ToString("0.#", CultureInfo.InvariantCulture));
    }
}

/// <summary>The whole map's markup as kept at write time (<see cref="KeptCoStarMap"/>) around its caption, which holds live counts.</summary>
public sealed class KeptMapMarkup(Utf8Markup opening, Utf8Markup middle, string caption, HtmlEncoder encoder) : IHtmlAsyncContent
{
    private readonly string encodedCaption = encoder.Encode(caption);

    public void WriteTo(TextWriter writer, HtmlEncoder encoder)
    {
        opening.WriteTo(writer, encoder);
        writer.Write(encodedCaption);
        middle.WriteTo(writer, encoder);
        writer.Write(encodedCaption);
        writer.Write(CoStarMapMarkup.Closing);
    }

    public async ValueTask WriteToAsync(TextWriter writer)
    {
        await opening.WriteToAsync(writer);
        await writer.WriteAsync(encodedCaption);
        await middle.WriteToAsync(writer);
        await writer.WriteAsync(encodedCaption);
        await writer.WriteAsync(CoStarMapMarkup.Closing);
    }
}

/// <summary>
/// "The map as a list": each actor of the map with their co-stars and the dramas they share, written straight into the
/// response as <see cref="CoStarMapMarkup"/> is. With <paramref name="strongest"/>, each actor's row names only that many
/// co-stars (those sharing most dramas, then by name) and links to the whole row on <paramref name="wholeList"/>: at 120
/// actors the rows held some 570 links, a handful of busy actors' most of them. Without it every row is whole, and each
/// row carries an id for that link.
/// </summary>
public sealed class CoStarListMarkup(CoStarGraph graph, int? strongest = null, string wholeList = "") : IHtmlContent
{
    /// <summary>The id of an actor's row in the whole list.</summary>
    public static string RowId(string slug) => "costars-of-" + slug;

    public void WriteTo(TextWriter writer, HtmlEncoder encoder)
    {
        foreach (var (actor, allLinks) in graph.Adjacency())
        {
            var links = strongest is { } shown && allLinks.Count > shown
                ? [.. allLinks.Select((link, index) => (link, index)).OrderByDescending(l => l.link.Dramas.Count).ThenBy(l => l.index).Take(shown).OrderBy(l => l.index).Select(l => l.link)]
                : allLinks;
            var more = allLinks.Count - links.Count;
            if (strongest is null)
            {
                writer.Write("<li id=\"");
                encoder.Encode(writer, RowId(actor.Slug));
                writer.Write("\"><a href=\"/actors/");
            }
            else
            {
                writer.Write("<li><a href=\"/actors/");
            }
            encoder.Encode(writer, actor.Slug);
            writer.Write("\">");
            encoder.Encode(writer, actor.Name);
            if (allLinks.Count == 0)
            {
                // One of the best-connected whose co-stars are all off the map: not a sentence with no one in it.
                writer.Write("</a> shares no drama with another actor on the map (see <a href=\"/actors/");
                encoder.Encode(writer, actor.Slug);
                writer.Write("#costars\">their co-stars</a>).\n</li>\n");
                continue;
            }
            writer.Write("</a> shares a drama with\n");
            for (var i = 0; i < links.Count; i++)
            {
                var (coStar, dramas) = links[i];
                writer.Write("<a href=\"/actors/");
                encoder.Encode(writer, coStar.Slug);
                writer.Write("\">");
                encoder.Encode(writer, coStar.Name);
                writer.Write("</a><span> (");
                SharedDrama.WriteLinks(writer, encoder, dramas);
                writer.Write(i < links.Count - 1 || more > 0 ? "); </span>\n" : ").</span>\n");
            }
            if (more > 0)
            {
                writer.Write("<a href=\"");
                encoder.Encode(writer, wholeList + "#" + RowId(actor.Slug));
                writer.Write("\">and ");
                writer.Write(more.ToString(CultureInfo.InvariantCulture));
                writer.Write(more == 1 ? " more co-star</a>.\n" : " more co-stars</a>.\n");
            }
            writer.Write("</li>\n");
        }
    }
}
