using System.Text;
using KdramaMoments.Web.Hosting;

namespace KdramaMoments.Web.Feeds;

/// <summary>
/// <c>/robots.txt</c> (RFC 9309): where the sitemap is, and what crawlers need not walk. Every page a fan reaches is
/// in the sitemap, so the rules keep crawlers off what is not a page of its own: the editors' area and sign-in, the
/// random redirect, search results, the JSON API and export, and list addresses narrowed or re-sorted by a query
/// (each combination of tropes, decades, years and sorts is another address of the same moments, and a crawler
/// walking them all kept both cores busy). A list's own pages (<c>?page=</c>) stay open.
/// </summary>
public static class RobotsTxt
{
    /// <summary>The rules, each a path prefix (<c>*</c> matches any characters, as RFC 9309 says).</summary>
    public static readonly IReadOnlyList<string> Disallowed =
    [
        "/admin", "/account", "/random", "/search", "/api/", "/export.json",
        .. new[] { "tag", "not", "decade", "episodes", "year", "actor", "couple", "drama", "sort" }.Select(key => $"/*?*{key}="),
    ];

    public static IEndpointRouteBuilder MapRobotsTxt(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/robots.txt", (HttpRequest request) => Results.Text(Text(SiteUrls.Origin(request)), "text/plain", Encoding.UTF8))
            .ExcludeFromDescription();
        return endpoints;
    }

    private static string Text(string origin)
    {
        var text = new StringBuilder("User-agent: *\n");
        foreach (var rule in Disallowed)
        {
            text.Append("Disallow: ").Append(rule).Append('\n');
        }
        return text.Append("\nSitemap: ").Append(origin).Append("/sitemap.xml\n").ToString();
    }
}
