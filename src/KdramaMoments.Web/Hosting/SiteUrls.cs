using Microsoft.Extensions.Primitives;

namespace KdramaMoments.Web.Hosting;

/// <summary>Absolute addresses for canonical links, feeds and the sitemap.</summary>
public static class SiteUrls
{
    public static IServiceCollection AddSiteUrls(this IServiceCollection services) => services.AddSingleton<ConfiguredOrigin>();

    /// <summary><c>Site:BaseUrl</c> when configured (behind a proxy the request's host may be internal), else the request's own origin.</summary>
    public static string Origin(HttpRequest request) =>
        request.HttpContext.RequestServices.GetRequiredService<ConfiguredOrigin>().Value
        ?? $"{request.Scheme}://{request.Host}{request.PathBase}";

    public static string Absolute(HttpRequest request, string path) => Origin(request) + path;

    // Query values that select different content; others (sort order, tracking) do not make a new page.
    private static readonly string[] CanonicalKeys = ["q", "tag", "drama", "actor", "year", "page", "list"];

    /// <summary>This page's one address: the path and only the query values that change what it lists.</summary>
    public static string Canonical(HttpRequest request)
    {
        var query = CanonicalKeys
            .Where(key => !string.IsNullOrEmpty(request.Query[key]))
            .Select(key => new KeyValuePair<string, string?>(key, request.Query[key].ToString()));
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(Absolute(request, request.Path), query);
    }

    /// <summary>
    /// <c>Site:BaseUrl</c> read once and again when the configuration reloads, not on every page: the configuration's
    /// indexer takes a lock, which requests on both cores then queued for (README, "Page speed").
    /// </summary>
    public sealed class ConfiguredOrigin
    {
        private volatile string? value;

        public ConfiguredOrigin(IConfiguration configuration)
        {
            value = Read(configuration);
            ChangeToken.OnChange(configuration.GetReloadToken, () => value = Read(configuration));
        }

        /// <summary>The configured origin without a trailing slash, or null when none is configured.</summary>
        public string? Value => value;

        private static string? Read(IConfiguration configuration) =>
            configuration["Site:BaseUrl"] is { } configured && !string.IsNullOrWhiteSpace(configured) ? configured.TrimEnd('/') : null;
    }
}
