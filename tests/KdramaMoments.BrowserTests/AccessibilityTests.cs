using Microsoft.Playwright;

namespace KdramaMoments.BrowserTests;

/// <summary>axe-core on every key page, light and dark: no serious or critical violation.</summary>
[Collection(SharedBrowser.Name)]
public sealed class AccessibilityTests(BrowserSite site)
{
    public static TheoryData<string, string> Pages()
    {
        var pages = new[]
        {
            "/", "/dramas", "/dramas/crash-landing-on-you", "/moments", "/moments?tag=kiss&sort=title",
            "/moments/im-sol-and-sun-jae-the-rescue", "/actors", "/actors/song-hye-kyo",
            "/characters/ri-jung-hyuk", "/tags", "/tags/rescue", "/articles", "/articles/004-60a6fb003aff7832",
            "/co-stars", "/search?q=goblin", "/search?q=because+you+like+it", "/search?q=gobln", "/developers", "/no-such-page",
        };
        var data = new TheoryData<string, string>();
        foreach (var page in pages)
        {
            data.Add(page, "light");
            data.Add(page, "dark");
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task KeyPage_HasNoSeriousOrCriticalViolations(string url, string scheme)
    {
        var page = await site.NewPageAsync(colorScheme: scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light, bypassCsp: true);
        await page.GotoAsync(url);
        var violations = await Axe.RunAsync(page);
        var blocking = violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(blocking.Count == 0, $"{url} ({scheme}):\n{Axe.Describe(blocking)}");
        if (scheme == "light")
        {
            var name = url == "/" ? "home" : string.Concat(url.Trim('/').Select(c => char.IsLetterOrDigit(c) ? c : '-'));
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSite.ScreenshotPath("page-" + name[..Math.Min(name.Length, 60)]), FullPage = true });
        }
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task EditorsPages_HaveNoSeriousOrCriticalViolations(string scheme)
    {
        var page = await site.NewPageAsync(colorScheme: scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light, bypassCsp: true);
        await BrowserSite.SignInAsync(page, "/admin");
        var failures = new List<string>();
        foreach (var url in new[]
        {
            "/admin", "/admin/dramas", "/admin/dramas?q=goblin", "/admin/dramas/edit", "/admin/actors", "/admin/characters",
            "/admin/moments", "/admin/moments/edit", "/admin/tags", "/admin/articles", "/admin/import",
            "/admin/merge?type=drama&from=lovely-runner&into=goblin", "/admin/changes", "/admin/history/drama/1",
        })
        {
            await page.GotoAsync(url);
            var blocking = (await Axe.RunAsync(page)).Where(v => v.Impact is "serious" or "critical").ToList();
            if (blocking.Count > 0)
            {
                failures.Add($"{url} ({scheme}):\n{Axe.Describe(blocking)}");
            }
            if (scheme == "light")
            {
                var name = string.Concat(url.Trim('/').Select(c => char.IsLetterOrDigit(c) ? c : '-'));
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSite.ScreenshotPath("page-" + name[..Math.Min(name.Length, 60)]), FullPage = true });
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task ImportPreview_HasNoSeriousOrCriticalViolations(string scheme)
    {
        var page = await site.NewPageAsync(colorScheme: scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light, bypassCsp: true);
        // A preview with flags, a corrected item and an added person: every part of the form on show.
        await ImportPreviewTests.PreviewAsync(page, $"axe-{scheme}.txt", $"Checked in {scheme}");
        await page.GetByLabel("Not an item: leave this block out").Last.CheckAsync();
        await page.GetByLabel("Character", new() { Exact = true }).First.FillAsync("Seo Joon-hee");
        await page.GetByRole(AriaRole.Button, new() { Name = "Preview again" }).ClickAsync();
        await page.WaitForSelectorAsync("#preview-heading");
        var blocking = (await Axe.RunAsync(page)).Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(blocking.Count == 0, $"/admin/import preview ({scheme}):\n{Axe.Describe(blocking)}");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSite.ScreenshotPath($"import-preview-{scheme}"), FullPage = true });
        await page.Context.CloseAsync();
    }
}
