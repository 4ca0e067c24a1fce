using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using KdramaMoments.Web.Facets;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace KdramaMoments.Web.Pages;

/// <summary>
/// The HTML of a partial view over a model that <see cref="Data.CatalogueMemo"/> keeps per catalogue version (the same
/// object for every reader until the next save), rendered by the first reader and written as it is by the next ones.
/// Kept beside the model itself: when the memo lets the model go, its HTML goes with it, so a save (which empties the
/// memo) also forgets the HTML. A page's cards were most of what an uncached list page allocated (README, "Page speed").
/// </summary>
public static class KeptFragments
{
    private static readonly ConditionalWeakTable<object, Rendered> ByModel = [];

    /// <summary>
    /// <paramref name="view"/> rendered over <paramref name="keptModel"/> with the page's view data; only for a model
    /// whose view depends on nothing else (the same model object always writes the same HTML).
    /// </summary>
    public static async Task<IHtmlContent> PartialAsync(IHtmlHelper html, string view, object keptModel)
    {
        var rendered = ByModel.GetValue(keptModel, _ => new Rendered());
        if (rendered.Get(view) is HtmlString kept)
        {
            return kept;
        }
        var content = await html.PartialAsync(view, keptModel);
        using var writer = new StringWriter();
        content.WriteTo(writer, html.ViewContext.HttpContext.RequestServices.GetRequiredService<HtmlEncoder>());
        return (HtmlString)rendered.Set(view, new HtmlString(writer.ToString()));
    }

    /// <summary>
    /// The facet panel (<c>_FacetPanel</c>) of a list with no facet chosen, whose counts the memo keeps: rendered once for
    /// the bare address; an address with other query values (a tracking tag, a filter the counts do not depend on)
    /// gets the same HTML with those values put into every link, as <see cref="FacetLinks.Href"/> writes them.
    /// </summary>
    public static async Task<IHtmlContent> FacetPanelAsync(IHtmlHelper html, FacetLinks links)
    {
        var encoder = html.ViewContext.HttpContext.RequestServices.GetRequiredService<HtmlEncoder>();
        var rendered = ByModel.GetValue(links.Counts, _ => new Rendered());
        var view = string.Concat("_FacetPanel ", links.Path);
        if (rendered.Get(view) is not Spliced panel)
        {
            var content = await html.PartialAsync("_FacetPanel", links.WithoutOthers());
            using var writer = new StringWriter();
            content.WriteTo(writer, encoder);
            // With no facet chosen, every link of the panel adds one, so every href is the bare path and "?".
            panel = (Spliced)rendered.Set(view, new Spliced(writer.ToString().Split(HrefStart(encoder, links.Path, '?'))));
        }
        var others = links.PathAndOthers;
        return others == links.Path
            ? panel.With(HrefStart(encoder, links.Path, '?'))
            : panel.With(HrefStart(encoder, others, others.Contains('?') ? '&' : '?'));
    }

    private static string HrefStart(HtmlEncoder encoder, string pathAndQuery, char separator) =>
        string.Concat("href=\"", encoder.Encode(pathAndQuery + separator));

    /// <summary>Rendered HTML cut where each link's address starts; written with the request's start of address put back.</summary>
    private sealed class Spliced(string[] segments)
    {
        public IHtmlContent With(string hrefStart) => new Writer(segments, hrefStart);

        private sealed class Writer(string[] segments, string hrefStart) : IHtmlContent
        {
            public void WriteTo(TextWriter writer, HtmlEncoder encoder)
            {
                writer.Write(segments[0]);
                for (var i = 1; i < segments.Length; i++)
                {
                    writer.Write(hrefStart);
                    writer.Write(segments[i]);
                }
            }
        }
    }

    /// <summary>A model's rendered views by name (one or two in practice).</summary>
    private sealed class Rendered
    {
        private readonly Lock gate = new();
        private KeyValuePair<string, object>[] views = [];

        public object? Get(string view)
        {
            foreach (var (name, html) in Volatile.Read(ref views))
            {
                if (name == view)
                {
                    return html;
                }
            }
            return null;
        }

        public object Set(string view, object html)
        {
            lock (gate)
            {
                if (Get(view) is { } raced)
                {
                    return raced;
                }
                Volatile.Write(ref views, [.. views, new(view, html)]);
                return html;
            }
        }
    }
}
