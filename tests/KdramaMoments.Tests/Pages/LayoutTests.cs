using System.Net;
using AngleSharp.Html.Parser;
using KdramaMoments.Tests.Accounts;

namespace KdramaMoments.Tests.Pages;

/// <summary>
/// What every page's layout links and offers: its stylesheet, scripts and icons are served (at an address that changes
/// with the file, so a new release is never read from a stale browser cache), and a signed-in editor's sign-out button works.
/// </summary>
public sealed class LayoutTests(SeededSite site) : IClassFixture<SeededSite>
{
    private static readonly string[] Versioned = ["/css/site.css", "/js/search-suggest.js", "/js/spoilers.js", "/js/my-list.js", "/js/theme.js"];

    [Theory]
    [InlineData("/")]
    [InlineData("/dramas/goblin")]
    [InlineData("/moments")]
    public async Task StylesheetScriptsAndIcons_AreServed_AtAddressesThatChangeWithTheFile(string url)
    {
        var client = site.Factory.CreateClient();
        var page = new HtmlParser().ParseDocument(await client.GetStringAsync(url));
        var versioned = page.QuerySelectorAll("link[rel=stylesheet], script[src]")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!).ToList();
        var icons = page.QuerySelectorAll("link[rel=icon][type], link[rel=apple-touch-icon]").Select(e => e.GetAttribute("href")!).ToList();
        Assert.Equal(5, versioned.Count);
        Assert.Equal(2, icons.Count);

        foreach (var (address, plain) in versioned.Zip(Versioned))
        {
            // The file's own name with a fingerprint in it (or a version query), never the bare name.
            Assert.NotEqual(plain, address);
            Assert.StartsWith(plain[..plain.LastIndexOf('.')], address, StringComparison.Ordinal);
        }
        foreach (var address in versioned.Concat(icons))
        {
            using var response = await client.GetAsync(address);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} links {address}: {(int)response.StatusCode}");
        }
        using var stylesheet = await client.GetAsync(versioned[0]);
        Assert.Equal("text/css", stylesheet.Content.Headers.ContentType?.MediaType);
    }
}

/// <summary>The sign-out button in the editors' strip carries its own antiforgery field, and pressing it signs out.</summary>
public sealed class EditorStripTests : FreshSiteTests
{
    [Fact]
    public async Task SignOutButton_OnAPublicPage_SignsTheEditorOut()
    {
        await EditorSession.CreateEditorAsync(Factory, "strip@example.com");
        var editor = EditorSession.NewClient(Factory);
        Assert.Equal(HttpStatusCode.Redirect, (await EditorSession.SignInAsync(editor, "strip@example.com")).StatusCode);

        var page = new HtmlParser().ParseDocument(await editor.GetStringAsync("/dramas"));
        var form = page.QuerySelector("nav.editor-strip form[action='/account/sign-out'][method=post]");
        Assert.NotNull(form);
        var token = form.QuerySelector("input[type=hidden][name=__RequestVerificationToken]")?.GetAttribute("value");
        Assert.False(string.IsNullOrEmpty(token));
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/admin")).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await EditorSession.PostFormAsync(editor, "/account/sign-out", token)).StatusCode);
        var after = await editor.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/account/sign-in", after.Headers.Location?.OriginalString, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("editor-strip", await editor.GetStringAsync("/dramas"), StringComparison.Ordinal);
    }
}
