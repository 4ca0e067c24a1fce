namespace KdramaMoments.Web.Hosting;

/// <summary>Headers every response carries; the editors' pages are also never stored by a browser or proxy.</summary>
public static class SecurityHeaders
{
    // No inline script or style anywhere on the site: scripts and styles are files from this origin.
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>HSTS for a year once a browser has seen the site over HTTPS (the middleware skips plain http and localhost).</summary>
    public static IServiceCollection AddStrictTransport(this IServiceCollection services) =>
        services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));

    // The callback is static and gets the context as its state: nothing is allocated per request for it.
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.Response.OnStarting(AddHeaders, context);
            return next(context);
        });

    private static readonly Func<object, Task> AddHeaders = state =>
    {
        var context = (HttpContext)state;
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY"; // for browsers older than frame-ancestors
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), interest-cohort=()";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        if (IsPrivate(context.Request.Path))
        {
            headers.CacheControl = "no-store";
            headers.Pragma = "no-cache";
        }
        return Task.CompletedTask;
    };

    /// <summary>Pages that show an editor's session or the catalogue's unpublished state.</summary>
    public static bool IsPrivate(PathString path) =>
        path.StartsWithSegments("/admin", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/account", StringComparison.OrdinalIgnoreCase);
}
