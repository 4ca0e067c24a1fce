using System.Net;
using AngleSharp.Html.Parser;
using KdramaMoments.Tests.Accounts;

namespace KdramaMoments.Tests.Hosting;

/// <summary>Behind a reverse proxy: whose forwarded headers are believed, and what canonical links may name.</summary>
public sealed class ForwardedRequestTests
{
    private const string Proxy = "192.0.2.10";

    private static readonly Dictionary<string, string> BehindAProxy = new()
    {
        ["ForwardedHeaders:KnownProxies"] = Proxy,
        ["AllowedHosts"] = "kdrama.example;localhost",
    };

    [Theory]
    [InlineData(Proxy, "kdrama.example", "https://kdrama.example/dramas")]
    [InlineData("198.51.100.7", "kdrama.example", "http://localhost/dramas")] // not the proxy: its headers are ignored
    [InlineData(Proxy, "evil.example", "https://localhost/dramas")] // the proxy is believed about the scheme, not about a host the site does not serve
    public async Task CanonicalLink_FollowsForwardedHostAndScheme_OnlyFromAKnownProxyAndAnAllowedHost(string from, string forwardedHost, string canonical)
    {
        await using var host = new SecurityTestHost(BehindAProxy);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/dramas");
        request.Headers.Add(SecurityTestHost.ClientAddressHeader, from);
        request.Headers.Add("X-Forwarded-For", "203.0.113.5");
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-Host", forwardedHost);
        var response = await host.NewClient("http://localhost").SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal(canonical, page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task ForgedHost_IsRefused_AndBaseUrlDecidesCanonicalLinks()
    {
        await using var allowed = new SecurityTestHost(BehindAProxy);
        Assert.Equal(HttpStatusCode.BadRequest, (await allowed.NewClient("http://evil.example").GetAsync("/dramas")).StatusCode);

        await using var configured = new SecurityTestHost(new Dictionary<string, string> { ["Site:BaseUrl"] = "https://kdrama.example" });
        var page = new HtmlParser().ParseDocument(await configured.NewClient("http://evil.example").GetStringAsync("/dramas"));
        Assert.Equal("https://kdrama.example/dramas", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }
}
