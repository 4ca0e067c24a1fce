using Microsoft.Playwright;

namespace KdramaMoments.BrowserTests;

/// <summary>A fan's path through the site in Chromium, on a desktop and on a 360-pixel phone.</summary>
[Collection(SharedBrowser.Name)]
public sealed class FanPathTests(BrowserSite site)
{
    [Theory]
    [InlineData(1280, "desktop")]
    [InlineData(360, "phone")]
    public async Task FanPath_HomeDramaActorMomentArticleSearch_WorksWithoutSideways(int width, string device)
    {
        var page = await site.NewPageAsync(width, device == "phone" ? 740 : 900);

        await page.GotoAsync("/");
        await CheckPageAsync(page, $"path-1-home-{device}");

        await page.Locator("#most-listed ~ .card-list a", new() { HasText = "Crash Landing on You" }).ClickAsync();
        await page.WaitForURLAsync("**/dramas/crash-landing-on-you");
        Assert.Equal("Crash Landing on You", (await page.Locator("h1").InnerTextAsync()).Trim());
        await CheckPageAsync(page, $"path-2-drama-{device}");

        await page.Locator(".cast-list a[href='/actors/son-ye-jin']").ClickAsync();
        await page.WaitForURLAsync("**/actors/son-ye-jin");
        Assert.True(await page.Locator("figure.costar-map svg").IsVisibleAsync());
        await CheckPageAsync(page, $"path-3-actor-{device}");

        await page.Locator("#moments + ul a").First.ClickAsync();
        await page.WaitForURLAsync("**/moments/**");
        Assert.StartsWith("Sources (", await page.Locator("#sources").InnerTextAsync(), StringComparison.Ordinal);
        await CheckPageAsync(page, $"path-4-moment-{device}");

        var source = page.Locator(".source figcaption a").First;
        var anchor = (await source.GetAttributeAsync("href"))!.Split('#')[1];
        await source.ClickAsync();
        await page.WaitForURLAsync("**/articles/**");
        // The item the moment came from is the one the browser scrolled to and marked.
        var item = page.Locator($"li#{anchor}");
        Assert.True(await item.EvaluateAsync<bool>("e => e.matches(':target')"));
        var box = (await item.BoundingBoxAsync())!;
        Assert.InRange(box.Y, -1, page.ViewportSize!.Height);
        await CheckPageAsync(page, $"path-5-article-{device}");

        await page.Locator("#site-search").FillAsync("tunnel");
        await page.Locator("#site-search").PressAsync("Enter");
        await page.WaitForURLAsync("**/search?q=tunnel");
        Assert.True(await page.Locator("#group-moment + ol.results > li").CountAsync() >= 1);
        Assert.Equal("tunnel", (await page.Locator("ol.results mark").First.InnerTextAsync()).ToLowerInvariant());
        await CheckPageAsync(page, $"path-6-search-{device}");

        await page.Context.CloseAsync();
    }

    /// <summary>One h1, nothing wider than the screen, and a screenshot for people to look at.</summary>
    private static async Task CheckPageAsync(IPage page, string name)
    {
        Assert.Equal(1, await page.Locator("h1").CountAsync());
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"{page.Url} scrolls sideways by {overflow}px");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSite.ScreenshotPath(name), FullPage = true });
    }
}
