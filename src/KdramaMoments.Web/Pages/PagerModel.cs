using System.Globalization;
using System.Text.Encodings.Web;
using KdramaMoments.Web.Pagination;
using Microsoft.AspNetCore.Html;

namespace KdramaMoments.Web.Pages;

/// <summary>What the shared pager partial needs: where we are, and the request to vary.</summary>
public sealed record PagerModel(int Number, int PageCount, HttpRequest Request)
{
    public static PagerModel For<T>(PagedList<T> list, HttpRequest request) => new(list.Number, list.PageCount, request);

    public string Href(int page) => Paging.PageHref(Request, page);

    /// <summary>
    /// The pager's HTML (nothing for a single page), as <c>_Pager.cshtml</c> writes it: written directly, a page spares
    /// the partial's lookup, activation and buffers on every request (README, "Page speed").
    /// </summary>
    public IHtmlContent Html() => PageCount > 1 ? new Writer(this) : HtmlString.Empty;

    private sealed class Writer(PagerModel pager) : IHtmlContent
    {
        public void WriteTo(TextWriter writer, HtmlEncoder encoder)
        {
            writer.Write("    <nav class=\"pager\" aria-label=\"Pages\">\n");
            if (pager.Number > 1)
            {
                writer.Write("            <a href=\"");
                encoder.Encode(writer, pager.Href(pager.Number - 1));
                writer.Write("\" rel=\"prev\">← Previous</a>\n");
            }
            writer.Write("        <span aria-current=\"page\">Page ");
            writer.Write(pager.Number.ToString(CultureInfo.InvariantCulture));
            writer.Write(" of ");
            writer.Write(pager.PageCount.ToString(CultureInfo.InvariantCulture));
            writer.Write("</span>\n");
            if (pager.Number < pager.PageCount)
            {
                writer.Write("            <a href=\"");
                encoder.Encode(writer, pager.Href(pager.Number + 1));
                writer.Write("\" rel=\"next\">Next →</a>\n");
            }
            writer.Write("    </nav>\n");
        }
    }
}
