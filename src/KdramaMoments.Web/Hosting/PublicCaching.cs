using System.IO.Compression;
using KdramaMoments.Web.Data;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;

namespace KdramaMoments.Web.Hosting;

/// <summary>Speed for anonymous readers: cached pages (evicted when the catalogue changes) and compressed responses.</summary>
public static class PublicCaching
{
    /// <summary>The tag every cached public page carries: a catalogue change evicts them all.</summary>
    public const string CatalogueTag = "catalogue";

    // Paths whose answers must never be shared between visitors or replayed.
    private static readonly string[] Uncached = ["/admin", "/account", "/random", "/health", "/error"];

    // The query keys some public page or API endpoint reads. An address with any other key (a crawler's tracking
    // parameter, a cache-buster) is answered but not stored: otherwise each such address would store one more copy
    // of a page, push real pages out of the bounded store and cost every request a copy and an eviction.
    private static readonly HashSet<string> QueryKeysPagesRead = new(
        ["q", "kind", "tag", "not", "decade", "episodes", "drama", "actor", "couple", "year", "sort", "page", "pageSize", "list"],
        StringComparer.OrdinalIgnoreCase);

    public static IServiceCollection AddPublicCaching(this IServiceCollection services, IConfiguration configuration)
    {
        var minutes = configuration.GetValue("OutputCache:Minutes", 10);
        var megabytes = configuration.GetValue("OutputCache:SizeLimitMegabytes", 32);
        // The hits answered first in the pipeline copy cached pages: a quarter of the store's bound for them, and the
        // output cache's clock (the system's: its own setting is internal), so a copy never outlives its page.
        services.AddSingleton(new PreparedHits(TimeSpan.FromMinutes(Math.Max(0, minutes)), megabytes * 256L * 1024L, TimeProvider.System));
        services.AddOutputCache(options =>
        {
            // Bounded well below the library's 100 MB: query strings nobody asked before (crawlers, cache-busting)
            // each store a page, and the oldest go first instead of the process growing.
            options.SizeLimit = megabytes * 1024L * 1024L;
            // An address's path as written: "/dramas/Goblin" is not the page "/dramas/goblin" (it answers 301 to it,
            // SlugLookup), where the library's default would answer it with that page's copy, or not, as it was cached.
            options.UseCaseSensitivePaths = true;
            // 0 (or less) turns caching off: no policy, so nothing is stored; the store stays for eviction calls.
            if (minutes <= 0)
            {
                return;
            }
            // The default policy already skips non-GET requests, an Authorization header and responses that set cookies.
            // The cache runs before authentication (Program.cs), so an editor is told apart by the session cookie: a
            // request carrying it is neither answered from nor stored in the cache, whether or not the cookie is valid.
            // The expiry also bounds staleness after an import run from the command line (another process).
            options.AddBasePolicy(policy => policy
                .With(context => IsPublicAddress(context.HttpContext.Request))
                .Tag(CatalogueTag)
                .Expire(TimeSpan.FromMinutes(minutes)));
        });
        services.AddSingleton<ICatalogueCache, CachedPagesEviction>();
        services.AddResponseCompression(options =>
        {
            // Public pages hold no secrets; admin pages (antiforgery tokens) are excluded where the middleware is applied.
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["application/atom+xml", "image/svg+xml"]);
        });
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        return services;
    }

    // Asked on every request, cache hits included: loops instead of LINQ, so nothing is allocated for it.
    internal static bool IsPublicAddress(HttpRequest request)
    {
        if (request.Cookies.ContainsKey(HostPrefixedCookies.Session))
        {
            return false;
        }
        foreach (var prefix in Uncached)
        {
            if (request.Path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }
        if (request.QueryString.HasValue)
        {
            foreach (var key in request.Query.Keys)
            {
                if (!QueryKeysPagesRead.Contains(key))
                {
                    return false;
                }
            }
        }
        return true;
    }

    /// <summary>
    /// Whether a request may be answered from a copy of a cached page before the cookies are read (<see cref="PreparedHits"/>):
    /// stricter than <see cref="IsPublicAddress"/>, since the copy skips what the output cache would still weigh. No
    /// Authorization header, no conditional request (the output cache answers 304s), and no cookie that even mentions the
    /// editors' session: the raw header is searched, as <see cref="HostPrefixedCookies"/> has not yet renamed it.
    /// </summary>
    internal static bool MayAnswerBeforeCookies(IHeaderDictionary headers)
    {
        if (headers.Authorization.Count > 0 || headers.IfNoneMatch.Count > 0 || headers.IfModifiedSince.Count > 0)
        {
            return false;
        }
        foreach (var cookie in headers.Cookie)
        {
            // Prefixed over HTTPS, unprefixed over plain http: both contain the name.
            if (cookie is not null && cookie.Contains(HostPrefixedCookies.SessionName, StringComparison.Ordinal))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The cached public pages, as a cache of the catalogue: dropped whenever it changes.</summary>
    private sealed class CachedPagesEviction(IOutputCacheStore store, PreparedHits hits) : ICatalogueCache
    {
        // The copies after the store: a copy made in between would be of a page the store has just dropped.
        public async ValueTask EvictAsync(CancellationToken cancellationToken)
        {
            await store.EvictByTagAsync(CatalogueTag, cancellationToken);
            hits.Forget();
        }
    }

    public static IApplicationBuilder UsePublicCompression(this IApplicationBuilder app) =>
        app.UseWhen(context => !context.Request.Path.StartsWithSegments("/admin", StringComparison.OrdinalIgnoreCase)
                && !context.Request.Path.StartsWithSegments("/account", StringComparison.OrdinalIgnoreCase),
            branch => branch.UseResponseCompression());
}
