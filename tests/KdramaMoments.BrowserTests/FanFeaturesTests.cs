using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace KdramaMoments.BrowserTests;

/// <summary>Spoiler-safe browsing, a reader's shared list, facets and couples in Chromium, from the keyboard where a reader would use it.</summary>
[Collection(SharedBrowser.Name)]
public sealed class FanFeaturesTests(BrowserSite site)
{
    // Its moment of episode 2 is the one an episode-1 viewer must not see.
    private const string Drama = "goblin";

    [Fact]
    public async Task EpisodeGate_HidesLaterMomentsAcrossPages_SurvivesAReload_AndRevealsOnDemand()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync($"/dramas/{Drama}");
        var episodes = await page.Locator("#moments ~ ol [data-episode]").EvaluateAllAsync<int[]>("items => items.map(i => +i.dataset.episode)");
        var place = Math.Max(1, episodes.Min() - 1);
        var later = episodes.Count(e => e > place);
        Assert.True(later > 0, "the seeds give this drama a moment after its first episode");

        // From the keyboard: the episode field, type, Enter.
        await page.Locator("form.episode-gate input").FocusAsync();
        await page.Keyboard.TypeAsync(place.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal(later, await page.Locator("#moments ~ ol li.spoiler-hidden").CountAsync());
        Assert.Equal(later, await page.Locator("#moments ~ ol .spoiler-reveal").CountAsync());
        Assert.False(await page.Locator($"#moments ~ ol li.spoiler-hidden a").First.IsVisibleAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSite.ScreenshotPath("spoiler-gate-drama"), FullPage = true });

        // Another page listing the same moments hides the same ones; so does a reload.
        await page.GotoAsync($"/moments?drama={Drama}");
        Assert.Equal(later, await page.Locator(".moment-cards li.spoiler-hidden").CountAsync());
        await page.ReloadAsync();
        Assert.Equal(later, await page.Locator(".moment-cards li.spoiler-hidden").CountAsync());
        await page.GotoAsync("/search?q=goblin&kind=moment");
        Assert.True(await page.Locator(".results li.spoiler-hidden").CountAsync() > 0);
        await page.GotoAsync($"/moments?drama={Drama}");

        // The reveal button is reached and pressed from the keyboard; the moment shows and takes the focus.
        var reveal = page.Locator(".moment-cards .spoiler-reveal").First;
        await reveal.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal(later - 1, await page.Locator(".moment-cards li.spoiler-hidden").CountAsync());
        Assert.StartsWith("/moments/", await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('href')"), StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSite.ScreenshotPath("spoiler-gate-moments-one-revealed"), FullPage = true });

        // "Show everything" forgets the place.
        await page.GotoAsync($"/dramas/{Drama}");
        await page.Locator(".episode-gate-clear").ClickAsync();
        Assert.Equal(0, await page.Locator("li.spoiler-hidden").CountAsync());
        await page.ReloadAsync();
        Assert.Equal(0, await page.Locator("li.spoiler-hidden").CountAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task SharedList_IsBuiltSharedAndOpenedInAFreshBrowser_WithTheSameMoments()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/moments?sort=title");
        var toggles = page.Locator(".moment-cards .list-toggle");
        await toggles.Nth(2).ClickAsync();
        await toggles.Nth(0).ClickAsync();
        // The third one from the keyboard.
        await toggles.Nth(5).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("true", await toggles.Nth(5).GetAttributeAsync("aria-pressed"));
        Assert.Equal("My list (3)", (await page.Locator("#my-list-link").InnerTextAsync()).Trim());
        var titles = await page.Locator(".moment-cards > li > a:first-child").AllInnerTextsAsync();
        var chosen = new[] { titles[2], titles[0], titles[5] };

        await page.Locator("#my-list-link").ClickAsync();
        await page.WaitForURLAsync("**/lists/shared?ids=**");
        Assert.Equal(chosen, await page.Locator(".shared-list > li > a:first-child").AllInnerTextsAsync());
        var shared = await page.Locator("#share-url").InputValueAsync();
        Assert.Equal(page.Url, shared);
        Assert.Equal("A list of 3 K-drama moments", await page.Locator("meta[property='og:title']").GetAttributeAsync("content"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSite.ScreenshotPath("shared-list-own"), FullPage = true });

        // A stranger's browser: nothing stored, the same moments in the same order from the link alone.
        var stranger = await site.NewPageAsync(390, 844);
        await stranger.GotoAsync(shared);
        Assert.Equal(chosen, await stranger.Locator(".shared-list > li > a:first-child").AllInnerTextsAsync());
        Assert.Equal("My list (0)", (await stranger.Locator("#my-list-link").InnerTextAsync()).Trim());
        await stranger.Locator("#keep-list").ClickAsync();
        Assert.Equal("My list (3)", (await stranger.Locator("#my-list-link").InnerTextAsync()).Trim());
        await stranger.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSite.ScreenshotPath("shared-list-fresh-phone"), FullPage = true });
        await stranger.Context.CloseAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Facets_FromTheKeyboard_AddAnExclusion_AndRemoveItsChip()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/moments?tag=kiss");
        await page.Locator(".facets summary").First.FocusAsync();
        var not = page.Locator(".facets .facet-not").First;
        await not.FocusAsync();
        await Assertions.Expect(not).ToBeFocusedAsync();
        // A key press, unlike a click, returns without waiting for the navigation it starts, and WaitForURL after it
        // compares the address, then listens for the next navigation: one committed in between was missed and the wait ran
        // out. The address and the chips are asserted as they become true instead, which no navigation's timing can miss.
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/moments\\?tag=kiss&not=[^&]+$"));
        await Assertions.Expect(page.Locator(".active-filters .chip")).ToHaveCountAsync(2);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSite.ScreenshotPath("facets-include-exclude"), FullPage = true });
        var remove = page.Locator(".active-filters .chip a").Last;
        await remove.FocusAsync();
        await Assertions.Expect(remove).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/moments\\?tag=kiss$"));
        await Assertions.Expect(page.Locator(".active-filters .chip")).ToHaveCountAsync(1);
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task NewPages_HaveNoSeriousOrCriticalViolations(string scheme)
    {
        var page = await site.NewPageAsync(colorScheme: scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light, bypassCsp: true);
        var failures = new List<string>();
        // A place in the drama first, so hidden moments and reveal buttons are checked too.
        await page.GotoAsync($"/dramas/{Drama}");
        await page.Locator("form.episode-gate input").FillAsync("1");
        await page.Locator("form.episode-gate button[type=submit]").ClickAsync();
        foreach (var url in new[]
        {
            $"/dramas/{Drama}", "/couples", "/couples/hyun-bin-son-ye-jin", "/actors/hyun-bin", "/moments?tag=kiss&not=sacrifice&decade=2010",
            "/search?q=love&not=kiss", "/lists/shared?ids=1,2,3", "/lists/shared", "/developers",
        })
        {
            await page.GotoAsync(url);
            var blocking = (await Axe.RunAsync(page)).Where(v => v.Impact is "serious" or "critical").ToList();
            if (blocking.Count > 0)
            {
                failures.Add($"{url}:\n{Axe.Describe(blocking)}");
            }
            if (scheme == "light")
            {
                var name = string.Concat(url.Trim('/').Select(c => char.IsLetterOrDigit(c) ? c : '-'));
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSite.ScreenshotPath("axe-" + name[..Math.Min(name.Length, 50)]), FullPage = true });
            }
        }
        await BrowserSite.SignInAsync(page, $"/admin/couples?drama={Drama}");
        var admin = (await Axe.RunAsync(page)).Where(v => v.Impact is "serious" or "critical").ToList();
        if (admin.Count > 0)
        {
            failures.Add($"/admin/couples:\n{Axe.Describe(admin)}");
        }
        if (scheme == "light")
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSite.ScreenshotPath("admin-couples"), FullPage = true });
        }
        Assert.True(failures.Count == 0, $"({scheme})\n" + string.Join("\n", failures));
        await page.Context.CloseAsync();
    }
}
