using Microsoft.Playwright;

namespace KdramaMoments.BrowserTests;

[Collection(SharedBrowser.Name)]
public sealed class ThemeAndKeyboardTests(BrowserSite site)
{
    private static Task<bool> IsDarkAsync(IPage page) =>
        // Relative luminance of the page background, from its computed rgb().
        page.EvaluateAsync<bool>("""
            () => {
                const [r, g, b] = getComputedStyle(document.body).backgroundColor.match(/\d+/g).map(Number);
                return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255 < 0.3;
            }
            """);

    [Fact]
    public async Task DarkSystemSetting_ShowsTheDarkTheme()
    {
        var page = await site.NewPageAsync(colorScheme: ColorScheme.Dark);
        await page.GotoAsync("/dramas/goblin");
        Assert.True(await IsDarkAsync(page));
        Assert.Equal("Light mode", await page.Locator("#theme-toggle .theme-label").TextContentAsync()); // what a press does
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSite.ScreenshotPath("theme-dark-system"), FullPage = true });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Toggle_SwitchesThemeAndTheChoiceSurvivesReloadAndNavigation()
    {
        var page = await site.NewPageAsync(colorScheme: ColorScheme.Light);
        await page.GotoAsync("/");
        Assert.False(await IsDarkAsync(page));
        var toggle = page.Locator("#theme-toggle");
        Assert.True(await toggle.IsVisibleAsync());
        Assert.Equal("Dark mode", await toggle.Locator(".theme-label").TextContentAsync());

        await toggle.ClickAsync();
        Assert.True(await IsDarkAsync(page));
        Assert.Equal("Light mode", await toggle.Locator(".theme-label").TextContentAsync());

        await page.ReloadAsync();
        Assert.True(await IsDarkAsync(page));
        await page.GotoAsync("/co-stars");
        Assert.True(await IsDarkAsync(page));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSite.ScreenshotPath("theme-dark-toggled-costars"), FullPage = true });

        await page.Locator("#theme-toggle").ClickAsync();
        Assert.False(await IsDarkAsync(page));
        await page.ReloadAsync();
        Assert.False(await IsDarkAsync(page));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Keyboard_SkipLinkFirstThenVisibleFocusThroughTheHeader()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/moments");

        await page.Keyboard.PressAsync("Tab");
        var skip = page.Locator("a.skip-link");
        Assert.True(await skip.EvaluateAsync<bool>("e => e === document.activeElement"));
        Assert.True((await skip.BoundingBoxAsync())!.Y >= 0, "the skip link shows when focused");
        await page.Keyboard.PressAsync("Enter");
        Assert.EndsWith("#main", page.Url, StringComparison.Ordinal);
        Assert.Equal("main", await page.EvaluateAsync<string>("() => document.activeElement.id"));

        // Tabbing on from the top reaches the brand and then the navigation, each with a visible focus ring.
        await page.GotoAsync("/moments");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("/dramas", await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('href')"));
        Assert.NotEqual("none", await page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineStyle"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSite.ScreenshotPath("keyboard-focus-nav") });

        // The filter form works from the keyboard: choose a trope, tab to the button, press Enter.
        await page.Locator("#filter-tag").FocusAsync();
        await page.Locator("#filter-tag").SelectOptionAsync("kiss");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Show", await page.EvaluateAsync<string>("() => document.activeElement.textContent"));
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/moments?tag=kiss**");
        Assert.Equal(5, await page.Locator(".moment-cards > li").CountAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Suggestions_AppearAsYouTypeAndArrowKeysChooseOne()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/");
        var input = page.Locator("#site-search");
        await input.FocusAsync();
        // Typing fires a request per pause; choose from the answer to the whole word.
        var answered = page.WaitForResponseAsync(r => r.Url.EndsWith("/api/search/suggest?q=gobl", StringComparison.Ordinal));
        await input.PressSequentiallyAsync("gobl");
        await answered;
        var list = page.Locator("#site-search-suggestions");
        await list.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
        Assert.Equal("true", await input.GetAttributeAsync("aria-expanded"));
        Assert.Contains("Goblin", await list.InnerTextAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSite.ScreenshotPath("search-suggestions") });

        await input.PressAsync("ArrowDown");
        Assert.Equal("suggestion-0", await input.GetAttributeAsync("aria-activedescendant"));
        var href = await page.Locator("#suggestion-0 a").GetAttributeAsync("href");
        await input.PressAsync("Enter");
        // The address is what is checked; waiting for every resource's load event made the test hang under CI load.
        await page.WaitForURLAsync("**" + href, new PageWaitForURLOptions { WaitUntil = WaitUntilState.DOMContentLoaded });

        // Escape closes the list and leaves the typed words for a plain search.
        await page.GotoAsync("/");
        var answeredAgain = page.WaitForResponseAsync(r => r.Url.EndsWith("/api/search/suggest?q=gobl", StringComparison.Ordinal));
        await page.Locator("#site-search").PressSequentiallyAsync("gobl");
        await answeredAgain;
        await list.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
        await page.Locator("#site-search").PressAsync("Escape");
        Assert.False(await page.Locator("#site-search-suggestions").IsVisibleAsync());
        Assert.Equal("gobl", await page.Locator("#site-search").InputValueAsync());
        await page.Locator("#site-search").PressAsync("Enter");
        await page.WaitForURLAsync("**/search?q=gobl", new PageWaitForURLOptions { WaitUntil = WaitUntilState.DOMContentLoaded });
        await page.Context.CloseAsync();
    }
}
