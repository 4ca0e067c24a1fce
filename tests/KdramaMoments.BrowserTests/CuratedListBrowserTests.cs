using Microsoft.Playwright;

namespace KdramaMoments.BrowserTests;

/// <summary>An editor builds a curated list with the search-as-you-type picker; a reader finds it under Lists.</summary>
[Collection(SharedBrowser.Name)]
public sealed class CuratedListBrowserTests(BrowserSite site)
{
    // Words a seeded moment answers to; the picker is tried with each until it suggests a moment (a bounded list).
    private static readonly string[] Queries = ["rain", "kiss", "confession", "umbrella", "hug"];

    [Fact]
    public async Task Editor_BuildsAListWithNotes_ReaderSeesItInOrder_AxeClean()
    {
        // CSP bypassed only so axe-core can be injected; the picker is the site's own script either way.
        var editor = await site.NewPageAsync(bypassCsp: true);
        await BrowserSite.SignInAsync(editor, "/admin/lists/edit");
        await editor.GetByLabel("Title", new() { Exact = true }).FillAsync("Rainy rewatch");
        await editor.GetByLabel("Introduction (Markdown)").FillAsync("The editors' *favourites* for a grey day.");
        await editor.GetByLabel("Published: readers see it at its address and under Lists").CheckAsync();
        var first = await PickAsync(editor, [], "**Watch** this one twice.");
        Assert.StartsWith("Saved", await editor.Locator("[role=status]").InnerTextAsync(), StringComparison.Ordinal);
        var second = await PickAsync(editor, [first], ":::spoiler\nShe remembers him.\n:::");
        Assert.Equal(2, await editor.Locator(".list-row").CountAsync());
        var adminBlocking = (await Axe.RunAsync(editor)).Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(adminBlocking.Count == 0, Axe.Describe(adminBlocking));
        await editor.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSite.ScreenshotPath("lists-editor-1280"), FullPage = true });

        foreach (var width in new[] { 1280, 390 })
        {
            var reader = await site.NewPageAsync(width: width, bypassCsp: true);
            await reader.GotoAsync("/");
            await reader.Locator("footer").GetByRole(AriaRole.Link, new() { Name = "Lists", Exact = true }).ClickAsync();
            await reader.GetByRole(AriaRole.Link, new() { Name = "Rainy rewatch" }).ClickAsync();
            await reader.WaitForURLAsync("**/lists/rainy-rewatch");
            Assert.Equal("Rainy rewatch", await reader.Locator("h1").InnerTextAsync());
            Assert.Equal([first, second], await reader.Locator(".curated-list > li.card").EvaluateAllAsync<string[]>("cards => cards.map(c => c.querySelector('a').getAttribute('href'))"));
            Assert.Equal("Watch", await reader.Locator(".curated-list .card-note strong").InnerTextAsync());
            // The spoiler stays folded until the reader opens it.
            Assert.False(await reader.Locator(".curated-list .card-note details.spoiler p").IsVisibleAsync());
            var blocking = (await Axe.RunAsync(reader)).Where(v => v.Impact is "serious" or "critical").ToList();
            Assert.True(blocking.Count == 0, $"{width} px:\n{Axe.Describe(blocking)}");
            await reader.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSite.ScreenshotPath($"lists-reader-{width}"), FullPage = true });
        }
    }

    /// <summary>Types into "Add a moment" until the picker suggests a moment not yet listed, picks it, notes it and saves; the moment's address.</summary>
    private static async Task<string> PickAsync(IPage page, IReadOnlyList<string> listed, string note)
    {
        var field = page.GetByLabel("Add a moment");
        foreach (var query in Queries)
        {
            await field.FillAsync("");
            await field.PressSequentiallyAsync(query, new() { Delay = 30 });
            try
            {
                await page.WaitForFunctionAsync("document.querySelectorAll('#moment-choices option').length > 0", null, new() { Timeout = 5_000 });
            }
            catch (TimeoutException)
            {
                continue;
            }
            var offered = await page.Locator("#moment-choices option").EvaluateAllAsync<string[]>("options => options.map(o => o.value)");
            var slug = offered.FirstOrDefault(s => !listed.Contains("/moments/" + s));
            if (slug is null)
            {
                continue;
            }
            await field.FillAsync(slug);
            await page.GetByLabel("Its note (Markdown)").FillAsync(note);
            await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
            await page.WaitForURLAsync("**/admin/lists/edit/**");
            return "/moments/" + slug;
        }
        throw new InvalidOperationException("The picker suggested no moment for any of: " + string.Join(", ", Queries));
    }
}
