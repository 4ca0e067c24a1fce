using Microsoft.Playwright;

namespace KdramaMoments.BrowserTests;

[Collection(SharedBrowser.Name)]
public sealed class EditorTests(BrowserSite site)
{
    [Fact]
    public async Task Editor_SignsInEditsAMomentAndSeesItOnThePublicPage()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/admin/moments");
        await page.WaitForURLAsync("**/account/sign-in?returnUrl=%2Fadmin%2Fmoments");
        await page.GetByLabel("Email").FillAsync(BrowserSite.EditorEmail);
        await page.GetByLabel("Password").FillAsync(BrowserSite.EditorPassword);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSite.ScreenshotPath("editor-1-sign-in") });
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync("**/admin/moments");

        await page.GetByLabel("Title or drama").FillAsync("Lovely Runner");
        await page.GetByRole(AriaRole.Button, new() { Name = "Find" }).ClickAsync();
        await page.Locator("tbody th a").First.ClickAsync();
        await page.WaitForURLAsync("**/admin/moments/edit/**");

        await page.GetByLabel("Title", new() { Exact = true }).FillAsync("Sunjae waits in the rain");
        await page.GetByLabel("Description (Markdown)").FillAsync("He waits **all night** under the bus stop roof.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Preview description" }).ClickAsync();
        Assert.Equal("all night", await page.Locator(".preview strong").InnerTextAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSite.ScreenshotPath("editor-2-preview"), FullPage = true });

        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        Assert.StartsWith("Saved", await page.Locator("[role=status]").InnerTextAsync(), StringComparison.Ordinal);

        await page.GetByRole(AriaRole.Link, new() { Name = "View the page" }).ClickAsync();
        Assert.Equal("Sunjae waits in the rain", await page.Locator("h1").InnerTextAsync());
        Assert.Equal("all night", await page.Locator(".prose strong").InnerTextAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSite.ScreenshotPath("editor-3-public-page"), FullPage = true });

        // Signing out is a button (a POST); afterwards the editors' pages ask for sign-in again.
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.WaitForURLAsync("**/account/sign-in**");
        await page.GotoAsync("/admin");
        await page.WaitForURLAsync("**/account/sign-in?returnUrl=%2Fadmin");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Editor_MergesTwoMomentsThenUndoesTheWholeMergeFromItsHistory()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/dramas/strong-woman-do-bong-soon");
        var moments = await page.Locator(".moment-list a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        var (from, into) = (moments[0].Split('/')[^1], moments[1].Split('/')[^1]);
        var fromTitle = await page.Locator($".moment-list a[href='/moments/{from}']").InnerTextAsync();

        await BrowserSite.SignInAsync(page, "/admin/merge");
        await page.GetByLabel("Kind").SelectOptionAsync("moment");
        await page.GetByLabel("Duplicate to merge away").FillAsync(from);
        await page.GetByLabel("Survivor").FillAsync(into);
        await page.GetByRole(AriaRole.Button, new() { Name = "Preview the merge" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Merge", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/admin/history/moment/**");
        Assert.StartsWith("Merged", await page.Locator("[role=status]").InnerTextAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSite.ScreenshotPath("editor-4-merged-history"), FullPage = true });

        Assert.Equal(1, await page.GetByRole(AriaRole.Button, new() { Name = "Undo the whole merge" }).CountAsync());

        // Recent changes show the merge as one entry; its button undoes it all, after asking.
        await page.GotoAsync("/admin/changes");
        await page.GetByRole(AriaRole.Button, new() { Name = "Undo the whole merge" }).ClickAsync();
        // Many changes at once: the page lists them and asks first.
        Assert.Contains("1 moment brought back", await page.Locator("#confirm-undo + ul").InnerTextAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSite.ScreenshotPath("editor-5-confirm-undo"), FullPage = true });
        await page.GetByRole(AriaRole.Button, new() { Name = "Yes, undo all" }).ClickAsync();
        Assert.StartsWith($"Undid the merge of {from} into {into}", await page.Locator("[role=status]").InnerTextAsync(), StringComparison.Ordinal);
        Assert.EndsWith("/admin/changes", page.Url, StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSite.ScreenshotPath("editor-6-merge-undone"), FullPage = true });

        // The duplicate is a page of its own again, not a redirect to the survivor.
        var response = await page.GotoAsync($"/moments/{from}");
        Assert.Equal(200, response!.Status);
        Assert.EndsWith($"/moments/{from}", page.Url, StringComparison.Ordinal);
        Assert.Equal(fromTitle, await page.Locator("h1").InnerTextAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Responses_CarryTheSecurityHeadersAndNoServerHeader()
    {
        var page = await site.NewPageAsync();
        var response = (await page.GotoAsync("/"))!;
        var headers = await response.AllHeadersAsync();
        Assert.False(headers.ContainsKey("server"));
        Assert.Contains("frame-ancestors 'none'", headers["content-security-policy"], StringComparison.Ordinal);
        // The site itself runs under that policy: the theme script works, no inline script is needed.
        Assert.True(await page.Locator("#theme-toggle").IsVisibleAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Editor_PicksBothSidesOfAMergeByTypingPartOfTheirNames()
    {
        foreach (var width in new[] { 1280, 390 })
        {
            var page = await site.NewPageAsync(width: width, height: 844);
            await BrowserSite.SignInAsync(page, "/admin/merge");
            await page.GetByLabel("Kind").SelectOptionAsync("drama");
            var from = page.GetByRole(AriaRole.Combobox, new() { Name = "Duplicate to merge away" });

            // Keyboard: type part of the name, arrow to the suggestion, Enter takes its address.
            await from.PressSequentiallyAsync("lovely ru");
            var options = page.Locator("#merge-from-suggestions [role=option]");
            await Assertions.Expect(options.First).ToContainTextAsync("Lovely Runner");
            Assert.Equal("true", await from.GetAttributeAsync("aria-expanded"));
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSite.ScreenshotPath($"merge-picker-{width}") });
            await from.PressAsync("ArrowDown");
            Assert.Equal("merge-from-option-0", await from.GetAttributeAsync("aria-activedescendant"));
            await from.PressAsync("Enter");
            Assert.Equal("lovely-runner", await from.InputValueAsync());
            Assert.Equal("false", await from.GetAttributeAsync("aria-expanded"));

            // Pointer: only dramas are offered while the kind is drama.
            var into = page.GetByRole(AriaRole.Combobox, new() { Name = "Survivor" });
            await into.PressSequentiallyAsync("gobl");
            var intoOptions = page.Locator("#merge-into-suggestions [role=option]");
            await Assertions.Expect(intoOptions.First).ToContainTextAsync("Goblin");
            await intoOptions.Filter(new() { HasText = "Goblin" }).First.ClickAsync();
            Assert.Equal("goblin", await into.InputValueAsync());

            await page.GetByRole(AriaRole.Button, new() { Name = "Preview the merge" }).ClickAsync();
            Assert.Equal("Merge “Lovely Runner” into “Goblin”", await page.Locator("#merge-plan").InnerTextAsync());
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSite.ScreenshotPath($"merge-preview-{width}"), FullPage = true });
            await page.Context.CloseAsync();
        }
    }
}
