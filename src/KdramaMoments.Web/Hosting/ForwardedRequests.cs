using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace KdramaMoments.Web.Hosting;

/// <summary>
/// Behind a reverse proxy the socket's address is the proxy's: the client's address, scheme and host arrive in
/// <c>X-Forwarded-For/-Proto/-Host</c>. Those headers are believed only from the proxies named in
/// <c>ForwardedHeaders:KnownProxies</c> (addresses) and <c>ForwardedHeaders:KnownNetworks</c> (CIDR), loopback when
/// neither is set, so the rate limits, HTTPS redirection and HSTS see the real client and scheme. A forwarded host
/// must be one of <c>AllowedHosts</c> (when that is not <c>*</c>), as a direct one must (host filtering); canonical
/// links then come from <c>Site:BaseUrl</c> or an allowed host, never from a host a client made up.
/// </summary>
public static class ForwardedRequests
{
    public static IServiceCollection AddForwardedRequests(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = Values(configuration, "ForwardedHeaders:KnownProxies").Select(IPAddress.Parse).ToList();
        var networks = Values(configuration, "ForwardedHeaders:KnownNetworks").Select(System.Net.IPNetwork.Parse).ToList();
        var hosts = Values(configuration, "AllowedHosts").Where(h => h != "*").ToList();
        return services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            if (proxies.Count > 0 || networks.Count > 0)
            {
                options.KnownProxies.Clear();
                options.KnownIPNetworks.Clear();
                proxies.ForEach(options.KnownProxies.Add);
                networks.ForEach(options.KnownIPNetworks.Add);
            }
            options.AllowedHosts = hosts;
        });
    }

    /// <summary>A list setting, given as an array (<c>Key:0</c>, <c>Key:1</c>) or one string separated by <c>;</c> or <c>,</c>.</summary>
    private static IEnumerable<string> Values(IConfiguration configuration, string key)
    {
        var section = configuration.GetSection(key);
        var values = section.Value is { } single ? [single] : section.GetChildren().Select(c => c.Value ?? "");
        return values.SelectMany(v => v.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }
}
