using Microsoft.Net.Http.Headers;

namespace KdramaMoments.Web.Hosting;

/// <summary>
/// The site's cookies carry the <c>__Host-</c> prefix: browsers accept such a cookie only when it is Secure, for
/// path / and without a domain, so neither a subdomain nor a plain-http page can plant or overwrite one. Browsers
/// also refuse that name from a plain-http page, so when the site is served over plain http (development on
/// localhost) the same cookies travel without the prefix: renamed on the way in and on the way out, nothing else.
/// Over HTTPS an unprefixed cookie is never read.
/// </summary>
public static class HostPrefixedCookies
{
    private const string Prefix = "__Host-";
    private const string Own = "kdrama.";

    public const string Session = Prefix + SessionName;

    /// <summary>The session cookie's name without the prefix, as it travels over plain http.</summary>
    public const string SessionName = Own + "editor";
    public const string Antiforgery = Prefix + Own + "antiforgery";

    public static IServiceCollection AddHostPrefixedAntiforgery(this IServiceCollection services) =>
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = Antiforgery;
            options.Cookie.Path = "/";
            // Secure over HTTPS (as the prefix demands); over plain http it travels unprefixed and could not be Secure.
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });

    /// <summary>First in the pipeline, before anything reads a cookie.</summary>
    public static IApplicationBuilder UseHostPrefixedCookies(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            if (!context.Request.IsHttps)
            {
                var request = context.Request.Headers;
                if (request.Cookie.Count > 0)
                {
                    request.Cookie = request.Cookie.Select(header => RenameRequestCookies(header ?? "")).ToArray();
                }
                context.Response.OnStarting(UnprefixResponseCookies, context);
            }
            return next(context);
        });

    // Static, with the context as its state: nothing is allocated per request for the callback.
    private static readonly Func<object, Task> UnprefixResponseCookies = state =>
    {
        var response = ((HttpContext)state).Response.Headers;
        if (response.SetCookie.Count > 0)
        {
            response.SetCookie = response.SetCookie.Select(c => c is not null && c.StartsWith(Prefix + Own, StringComparison.Ordinal) ? c[Prefix.Length..] : c).ToArray();
        }
        return Task.CompletedTask;
    };

    // A header that does not parse is left as it came: the cookie readers after this judge it as they always do.
    private static string RenameRequestCookies(string header) =>
        header.Contains(Own, StringComparison.Ordinal) && CookieHeaderValue.TryParseList([header], out var cookies)
            ? string.Join("; ", cookies.Select(cookie => cookie.Name.StartsWith(Own, StringComparison.Ordinal) ? new CookieHeaderValue(Prefix + cookie.Name.Value, cookie.Value) : cookie))
            : header;
}
