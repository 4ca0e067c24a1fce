using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using AngleSharp.Html.Parser;
using KdramaMoments.Tests.Accounts;
using KdramaMoments.Web.Data;
using KdramaMoments.Web.Pages.Account;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Events;

namespace KdramaMoments.Tests.Hosting;

public sealed class TransportSecurityTests
{
    private const string Account = "editor@example.com";

    private static IEnumerable<string> SetCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [];

    private static string Token(string html) =>
        new HtmlParser().ParseDocument(html).QuerySelector("main form[method=post] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

    private static FormUrlEncodedContent SignInForm(string token, string password = EditorSession.Password) =>
        new([new("Input.Email", Account), new("Input.Password", password), new("__RequestVerificationToken", token)]);

    [Fact]
    public async Task OverHttps_SessionAndAntiforgeryCookies_AreHostPrefixedSecureAndForTheWholeSite()
    {
        await using var host = new SecurityTestHost();
        await EditorSession.CreateEditorAsync(host.Factory, Account);
        var client = host.NewClient();
        var form = await client.GetAsync("/account/sign-in");
        var antiforgery = Assert.Single(SetCookies(form)).ToLowerInvariant();
        var signIn = await client.PostAsync("/account/sign-in", SignInForm(Token(await form.Content.ReadAsStringAsync())));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var session = Assert.Single(SetCookies(signIn), c => c.StartsWith("__Host-kdrama.editor=", StringComparison.Ordinal)).ToLowerInvariant();

        Assert.StartsWith("__host-kdrama.antiforgery=", antiforgery, StringComparison.Ordinal);
        foreach (var cookie in new[] { antiforgery, session })
        {
            Assert.Contains("; secure", cookie, StringComparison.Ordinal);
            Assert.Contains("; path=/", cookie, StringComparison.Ordinal);
            Assert.DoesNotContain("domain=", cookie, StringComparison.Ordinal);
        }
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task OverPlainHttpOnLocalhost_SignInWorks_WithUnprefixedCookies()
    {
        await using var host = new SecurityTestHost();
        await EditorSession.CreateEditorAsync(host.Factory, Account);
        // Cookies carried by hand: .NET's cookie container, unlike a browser on localhost, never sends a Secure cookie over http.
        var client = host.NewClient("http://localhost", handleCookies: false);
        var form = await client.GetAsync("/account/sign-in");
        var antiforgery = Assert.Single(SetCookies(form)).Split(';')[0];
        Assert.StartsWith("kdrama.antiforgery=", antiforgery, StringComparison.Ordinal);
        Assert.DoesNotContain(SignInModel.NeedsHttps, await form.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var post = new HttpRequestMessage(HttpMethod.Post, "/account/sign-in") { Content = SignInForm(Token(await form.Content.ReadAsStringAsync())) };
        post.Headers.Add("Cookie", antiforgery);
        var signIn = await client.SendAsync(post);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var session = Assert.Single(SetCookies(signIn), c => c.StartsWith("kdrama.editor=", StringComparison.Ordinal)).Split(';')[0];

        using var admin = new HttpRequestMessage(HttpMethod.Get, "/admin");
        admin.Headers.Add("Cookie", session);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(admin)).StatusCode);

        // The same cookie under its plain name is not read over HTTPS, where only the prefixed name counts.
        using var overHttps = new HttpRequestMessage(HttpMethod.Get, "https://localhost/admin");
        overHttps.Headers.Add("Cookie", session);
        Assert.Equal(HttpStatusCode.Redirect, (await client.SendAsync(overHttps)).StatusCode);
    }

    [Fact]
    public async Task OverPlainHttpOnAnotherHost_TheSignInPageSaysHttpsIsNeeded_AndSignsNobodyIn()
    {
        await using var host = new SecurityTestHost();
        await EditorSession.CreateEditorAsync(host.Factory, Account);
        var client = host.NewClient("http://kdrama.example", handleCookies: false);
        var form = await client.GetAsync("/account/sign-in");
        var notice = new HtmlParser().ParseDocument(await form.Content.ReadAsStringAsync()).QuerySelector(".status-message[role=alert]");
        Assert.Equal(SignInModel.NeedsHttps, notice?.TextContent.Trim());

        using var post = new HttpRequestMessage(HttpMethod.Post, "/account/sign-in") { Content = SignInForm(Token(await form.Content.ReadAsStringAsync())) };
        post.Headers.Add("Cookie", Assert.Single(SetCookies(form)).Split(';')[0]);
        var signIn = await client.SendAsync(post);
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        Assert.Equal(SignInModel.NeedsHttps, new HtmlParser().ParseDocument(await signIn.Content.ReadAsStringAsync()).QuerySelector(".form-error")?.TextContent.Trim());
        Assert.DoesNotContain(SetCookies(signIn), c => c.Contains("kdrama.editor", StringComparison.Ordinal));
    }

    [Fact]
    public async Task InProduction_HstsForAYearOverHttps_AndTheCspForbidsPluginsAndBaseElements()
    {
        await using var host = new SecurityTestHost(environment: "Production");
        var https = await host.NewClient("https://kdrama.example").GetAsync("/account/sign-in");
        Assert.Equal(HttpStatusCode.OK, https.StatusCode);
        Assert.Equal("max-age=31536000", https.Headers.GetValues("Strict-Transport-Security").Single());
        var csp = https.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("base-uri 'none'", csp, StringComparison.Ordinal);

        var http = await host.NewClient("http://kdrama.example").GetAsync("/account/sign-in");
        Assert.False(http.Headers.Contains("Strict-Transport-Security"));
    }

    [Theory]
    [InlineData(null, 32)]
    [InlineData("8", 8)]
    public async Task CachedPages_TakeAtMostTheConfiguredMemory(string? megabytes, long expected)
    {
        var settings = megabytes is null ? null : new Dictionary<string, string> { ["OutputCache:SizeLimitMegabytes"] = megabytes };
        await using var host = new SecurityTestHost(settings);
        var options = host.Factory.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.OutputCaching.OutputCacheOptions>>().Value;
        Assert.Equal(expected * 1024 * 1024, options.SizeLimit);
    }

    [Fact]
    public async Task OutputCacheMinutesZero_ServesEveryRequestFresh_WithoutAnError()
    {
        await using var host = new SecurityTestHost(new Dictionary<string, string> { ["OutputCache:Minutes"] = "0" }, seed: true);
        var client = host.NewClient();
        var slug = await WithDbAsync(host, db => db.Dramas.OrderBy(d => d.Id).Select(d => d.Slug).FirstAsync());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/dramas/{slug}")).StatusCode);

        // A change the cache is never told about (a bulk update bypasses eviction) shows at once: nothing was cached.
        await WithDbAsync(host, db => db.Dramas.Where(d => d.Slug == slug).ExecuteUpdateAsync(s => s.SetProperty(d => d.Title, "Retitled Behind The Cache")));
        var again = await client.GetAsync($"/dramas/{slug}");
        Assert.Contains("Retitled Behind The Cache", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(host.Log.All, e => e.Level >= LogEventLevel.Error);
    }

    [Fact]
    public async Task DataProtectionKeys_LiveInTheDatabase_SoASecondInstanceAcceptsTheFirstOnesCookie()
    {
        await using var first = new SecurityTestHost();
        await EditorSession.CreateEditorAsync(first.Factory, Account);
        var cookie = (await SessionCookieAsync(first, Account)).Split(';')[0];
        var keys = await WithDbAsync(first, db => db.DataProtectionKeys.Select(k => k.Xml!).ToListAsync());
        Assert.NotEmpty(keys);
        Assert.Contains(keys, xml => xml.Contains("<masterKey", StringComparison.Ordinal)); // no certificate: stored as plain XML

        // Another instance over the same database (a second web server, or the site after a restore).
        await using var second = new KdramaAppFactory(first.DatabasePath, seed: false);
        var other = second.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/admin");
        request.Headers.Add("Cookie", cookie);
        Assert.Equal(HttpStatusCode.OK, (await other.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task DataProtectionKeys_WithACertificateConfigured_AreStoredEncrypted()
    {
        using var folder = new TempDatabase();
        var certificatePath = Path.Combine(folder.Folder, "keys.pfx");
        using (var rsa = RSA.Create(2048))
        {
            var request = new CertificateRequest("CN=KdramaMoments keys", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
            await File.WriteAllBytesAsync(certificatePath, certificate.Export(X509ContentType.Pfx, "pfx password"));
        }
        await using var host = new SecurityTestHost(new Dictionary<string, string>
        {
            ["DataProtection:CertificatePath"] = certificatePath,
            ["DataProtection:CertificatePassword"] = "pfx password",
        });
        await EditorSession.CreateEditorAsync(host.Factory, Account);
        Assert.Equal(HttpStatusCode.Redirect, (await EditorSession.SignInAsync(host.NewClient(), Account)).StatusCode);
        var keys = await WithDbAsync(host, db => db.DataProtectionKeys.Select(k => k.Xml!).ToListAsync());
        Assert.NotEmpty(keys);
        Assert.All(keys, xml =>
        {
            Assert.Contains("encryptedSecret", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
        });
    }

    private static async Task<string> SessionCookieAsync(SecurityTestHost host, string account)
    {
        var response = await EditorSession.SignInAsync(host.NewClient(), account);
        return Assert.Single(SetCookies(response), c => c.StartsWith("__Host-kdrama.editor=", StringComparison.Ordinal));
    }

    private static async Task<T> WithDbAsync<T>(SecurityTestHost host, Func<KdramaDbContext, Task<T>> query)
    {
        using var scope = host.Factory.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<KdramaDbContext>());
    }
}
