using Microsoft.Playwright;

namespace KdramaMoments.BrowserTests;

/// <summary>What a fan sees without scrolling: the moment page's facts, a compact phone header, a readable co-star map.</summary>
[Collection(SharedBrowser.Name)]
public sealed class AtAGlanceTests(BrowserSite site)
{
    [Theory]
    [InlineData(1280, 800)]
    [InlineData(390, 844)]
    public async Task MomentPage_DramaYearCoupleQuoteAndListsAreInTheFirstViewport(int width, int height)
    {
        var page = await site.NewPageAsync(width, height);
        await page.GotoAsync("/moments/mi-so-and-young-joon-the-rescue");
        Assert.StartsWith("What’s Wrong With Secretary Kim (2018)", await page.Locator(".moment-drama").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("Kim Mi So (Park Min Young) & Lee Young Joon (Park Seo Joon)", (await page.Locator(".couple").InnerTextAsync()).Trim());
        Assert.False(string.IsNullOrWhiteSpace(await page.Locator(".pull-quote").InnerTextAsync()));
        foreach (var selector in new[] { ".moment-drama .year", "h1", ".couple", ".pull-quote", ".moment-head .tag-list", ".named-by" })
        {
            var box = await page.Locator(selector).BoundingBoxAsync();
            Assert.True(box is not null && box.Y >= 0 && box.Y + box.Height <= height, $"{selector} at {box?.Y}+{box?.Height} is not within the first {height} px");
        }
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task MomentPage_OnAPhone_PutsTheCoupleAboveTheVillain()
    {
        var page = await site.NewPageAsync(390, 844);
        await page.GotoAsync("/moments/im-sol-and-sun-jae-the-rescue");
        var couple = (await page.Locator(".couple").BoundingBoxAsync())!;
        var villain = (await page.Locator(".also-in-it").BoundingBoxAsync())!;
        Assert.DoesNotContain("Kim Young Soo", await page.Locator(".couple").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Kim Young Soo", await page.Locator(".also-in-it").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(couple.Y + couple.Height <= 844, "the couple is in the first screen");
        Assert.True(villain.Y > couple.Y);
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData(1280, false)]
    [InlineData(390, false)]
    [InlineData(1280, true)]
    [InlineData(390, true)]
    public async Task Header_KeepsSearchOnOneTapAndOneRow(int width, bool signedIn)
    {
        var page = await site.NewPageAsync(width, 844);
        if (signedIn)
        {
            // An editor sees the same header as a fan, with the editors' strip above it.
            await BrowserSite.SignInAsync(page, "/admin");
            Assert.Equal("Sign out", (await page.Locator(".editor-strip button").InnerTextAsync()).Trim());
        }
        await page.GotoAsync("/");
        Assert.Equal(signedIn, await page.Locator(".editor-strip").IsVisibleAsync());
        var header = (await page.Locator(".site-header").BoundingBoxAsync())!;
        var search = (await page.Locator("#site-search").BoundingBoxAsync())!;
        var brand = (await page.Locator(".brand").BoundingBoxAsync())!;
        Assert.True(search.Y + search.Height <= header.Y + header.Height, "the search box is in the header");
        if (width >= 1280)
        {
            Assert.True(Math.Abs((search.Y + search.Height / 2) - (brand.Y + brand.Height / 2)) < 12, "the search box sits on the brand's row");
        }
        else
        {
            Assert.True(header.Height <= 150, $"the phone header takes {header.Height} px");
        }
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSite.ScreenshotPath($"header-{width}{(signedIn ? "-editor" : "")}") });
        // The placeholder is not cut.
        Assert.True(await page.Locator("#site-search").EvaluateAsync<bool>("""
            e => { const c = document.createElement("canvas").getContext("2d"); c.font = getComputedStyle(e).font;
                   const s = getComputedStyle(e);
                   return c.measureText(e.placeholder).width <= e.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight); }
            """));
        // The theme toggle says what pressing it does.
        Assert.Equal("Dark mode", await page.Locator("#theme-toggle .theme-label").TextContentAsync());
        await page.Locator("#theme-toggle").ClickAsync();
        Assert.Equal("Light mode", await page.Locator("#theme-toggle .theme-label").TextContentAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task CoStarMap_OnAPhone_HasNamesOfAtLeast12PxDramaNamesAndKeyboardLinks()
    {
        var page = await site.NewPageAsync(390, 844, bypassCsp: true);
        await page.GotoAsync("/co-stars");
        var smallest = await page.EvaluateAsync<double>("""
            () => {
                const svg = document.querySelector(".costar-map svg");
                const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
                return Math.min(...[...svg.querySelectorAll("text")].map(t => parseFloat(getComputedStyle(t).fontSize) * scale));
            }
            """);
        Assert.True(smallest >= 12, $"the smallest name on the map is {smallest:0.0} px");
        Assert.Contains("Crash Landing on You", await page.Locator(".costar-map .dramas").TextContentAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator(".costar-map a").EvaluateAllAsync<bool>("links => links.length > 0 && links.every(a => a.tabIndex === 0)"));
        await page.Locator(".costar-map a").First.FocusAsync();
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await page.EvaluateAsync<bool>("() => document.activeElement.closest('.costar-map') !== null"), "Tab moves from name to name");
        // The page itself does not scroll sideways; only the map's own box does.
        Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth") <= 0);
        var blocking = (await Axe.RunAsync(page)).Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(blocking.Count == 0, Axe.Describe(blocking));
        await page.Context.CloseAsync();
    }

    /// <summary>The dramas written on the links, as Chromium draws them: no two overlap, and none covers an actor's name.</summary>
    [Theory]
    [InlineData("/co-stars")]
    [InlineData("/actors/suzy-bae")]
    [InlineData("/actors/kim-hye-yoon")]
    [InlineData("/actors/gong-yoo")]
    public async Task CoStarMap_DramaLabelsOverlapNoLabelAndNoName(string url)
    {
        var page = await site.NewPageAsync(1280, 900);
        await page.GotoAsync(url);
        var clashes = await page.EvaluateAsync<string[]>("""
            () => {
                const svg = document.querySelector(".costar-map svg");
                const box = t => t.getBoundingClientRect();
                const overlap = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
                const names = [...svg.querySelectorAll(".nodes text")];
                const dramas = [...svg.querySelectorAll(".dramas text")];
                const clashes = [];
                dramas.forEach((d, i) => {
                    for (const other of [...names, ...dramas.slice(0, i)]) {
                        if (overlap(box(d), box(other))) clashes.push(`"${d.textContent}" covers "${other.textContent}"`);
                    }
                });
                return dramas.length > 0 ? clashes : ["no drama labels"];
            }
            """);
        Assert.True(clashes.Length == 0, string.Join('\n', clashes));
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task Phone_MomentPageIsAxeClean(string scheme)
    {
        var page = await site.NewPageAsync(390, 844, scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light, bypassCsp: true);
        await page.GotoAsync("/moments/im-sol-and-sun-jae-the-rescue");
        var blocking = (await Axe.RunAsync(page)).Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(blocking.Count == 0, Axe.Describe(blocking));
        await page.Context.CloseAsync();
    }

    /// <summary>Screenshots for people to look at: five pages at two widths in both themes.</summary>
    [Fact]
    public async Task Screens_HomeMomentDramaSearchAndCoStarMap()
    {
        var pages = new[]
        {
            ("home", "/"), ("moment", "/moments/im-sol-and-sun-jae-the-rescue"), ("drama", "/dramas/crash-landing-on-you"),
            ("search", "/search?q=kiss"), ("costars", "/co-stars"),
        };
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            foreach (var (width, height) in new[] { (1280, 800), (390, 844) })
            {
                var page = await site.NewPageAsync(width, height, scheme);
                foreach (var (name, url) in pages)
                {
                    await page.GotoAsync(url);
                    var file = $"glance-{name}-{width}-{scheme.ToString().ToLowerInvariant()}";
                    await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSite.ScreenshotPath(file), FullPage = true });
                }
                await page.Context.CloseAsync();
            }
        }
    }
}
