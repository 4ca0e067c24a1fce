using Microsoft.Playwright;

namespace KdramaMoments.BrowserTests;

/// <summary>Search results and the editors' to-do page in Chromium, desktop and phone, light and dark.</summary>
[Collection(SharedBrowser.Name)]
public sealed class SearchAndTodoTests(BrowserSite site)
{
    public static TheoryData<int, ColorScheme> Screens => new()
    {
        { 1280, ColorScheme.Light },
        { 1280, ColorScheme.Dark },
        { 390, ColorScheme.Light },
        { 390, ColorScheme.Dark },
    };

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task SearchResult_ShowsDramaYearAndCoupleOnScreen(int width, ColorScheme scheme)
    {
        var page = await site.NewPageAsync(width, width < 600 ? 844 : 900, scheme);
        await page.GotoAsync("/search?q=" + Uri.EscapeDataString("snow kiss"));
        var first = page.Locator("#group-moment + ol.results > li").First;
        Assert.StartsWith("Healer (2014) · ", await first.Locator(".meta").InnerTextAsync(), StringComparison.Ordinal);
        // The result's context is on the first screen, not below it.
        var box = (await first.Locator(".snippet").BoundingBoxAsync())!;
        Assert.InRange(box.Y + box.Height, 0, page.ViewportSize!.Height);
        await CheckAsync(page, $"search-snow-kiss-{width}-{scheme.ToString().ToLowerInvariant()}");

        await page.GotoAsync("/search?q=CLOY");
        Assert.Equal("Crash Landing on You", await page.Locator("#group-drama + ol.results > li > a").First.InnerTextAsync());
        await page.GotoAsync("/search?q=" + Uri.EscapeDataString("hyun bin"));
        Assert.Contains("Crash Landing on You", await page.Locator("#group-actor + ol.results > li .meta").First.InnerTextAsync(), StringComparison.Ordinal);
        await CheckAsync(page, $"search-hyun-bin-{width}-{scheme.ToString().ToLowerInvariant()}");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task TodoPage_ListsGapsWithLinksToTheirForms()
    {
        // One sign-in for every screen: sign-in is rate-limited per address.
        var page = await site.NewPageAsync();
        await BrowserSite.SignInAsync(page, "/admin/todo");
        Assert.Equal("To do", (await page.Locator("h1").InnerTextAsync()).Trim());
        await page.Locator("section[aria-labelledby=dramas-without-hangul-title] .gap-rows a").First.ClickAsync();
        await page.WaitForURLAsync("**/admin/dramas/edit/**");
        Assert.True(await page.GetByLabel("Hangul title").IsVisibleAsync());
        foreach (var (width, scheme) in new[] { (1280, ColorScheme.Light), (1280, ColorScheme.Dark), (390, ColorScheme.Light), (390, ColorScheme.Dark) })
        {
            await page.SetViewportSizeAsync(width, width < 600 ? 844 : 900);
            await page.EmulateMediaAsync(new() { ColorScheme = scheme });
            await page.GotoAsync("/admin/todo");
            await CheckAsync(page, $"todo-{width}-{scheme.ToString().ToLowerInvariant()}");
        }
        await page.Context.CloseAsync();
    }

    /// <summary>Nothing wider than the screen, and a screenshot to look at.</summary>
    private static async Task CheckAsync(IPage page, string name)
    {
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"{page.Url} scrolls sideways by {overflow}px");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSite.ScreenshotPath(name), FullPage = true });
    }
}
