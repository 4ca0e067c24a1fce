namespace KdramaMoments.Web.Hosting;

/// <summary>Absolute addresses for canonical links, feeds and the sitemap.</summary>
public static class SiteUrls
{
    /// <summary><c>Site:BaseUrl</c> when configured (behind a proxy the request's host may be internal), else the request's own origin.</summary>
    public static string Origin(HttpRequest request)
    {
        var configured = request.HttpContext.RequestServices.GetRequiredService<IConfiguration>()["Site:BaseUrl"];
        return string.IsNullOrWhiteSpace(configured)
            ? $"{request.Scheme}://{request.Host}{request.PathBase}"
            : configured.TrimEnd('/');
    }

    public static string Absolute(HttpRequest request, string path) => Origin(request) + path;

    // Query values that select different content; others (sort order, tracking) do not make a new page.
    private static readonly string[] CanonicalKeys = ["q", "tag", "drama", "actor", "year", "page"];

    /// <summary>This page's one address: the path and only the query values that change what it lists.</summary>
    public static string Canonical(HttpRequest request)
    {
        var query = CanonicalKeys
            .Where(key => !string.IsNullOrEmpty(request.Query[key]))
            .Select(key => new KeyValuePair<string, string?>(key, request.Query[key].ToString()));
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(Absolute(request, request.Path), query);
    }
}
