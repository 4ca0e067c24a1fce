using Microsoft.Playwright;

namespace KdramaMoments.BrowserTests;

[Collection(SharedBrowser.Name)]
public sealed class ImportPreviewTests(BrowserSite site)
{
    // Item 1's drama is a title the catalogue does not know (the scene is from Something In The Rain), and
    // the parser reads a passer-by in it as a person.
    public const string Article = """
        Walking in the Rain: 3 K-Drama Moments

        Written by Test Writer

        Rain makes everything more romantic.

        1. The red umbrella walk
        Drama: Rain Love · Year: 2018
        Yoon Jin-ah (Son Ye-jin) shares her red umbrella while Director Kim (Seoul Station) watches from the bus stop. She says, "You can't leave in this rain."

        2. The goblin's rain walk
        Drama: Goblin · Year: 2016
        Kim Shin (Gong Yoo) makes it rain when Ji Eun-tak (Kim Go-eun) cries. She tells him, "It's raining because of you."

        3. The documentary rain walk
        Drama: Our Beloved Summer · Year: 2021
        Choi Ung (Choi Woo-shik) walks Kook Yeon-su (Kim Da-mi) home in the rain. He asks, "Why did you leave me back then?"
        """;

    /// <summary>Signs in, pastes the article (under another title: an article's text is imported once) and previews it.</summary>
    internal static async Task PreviewAsync(IPage page, string fileName, string title = "Walking in the Rain")
    {
        await BrowserSite.SignInAsync(page, "/admin/import");
        await page.GetByLabel("Article text").FillAsync(Article.Replace("Walking in the Rain", title, StringComparison.Ordinal));
        await page.GetByLabel("Name for it (optional)").FillAsync(fileName);
        await page.GetByRole(AriaRole.Button, new() { Name = "Preview", Exact = true }).ClickAsync();
        await page.WaitForSelectorAsync("#preview-heading");
    }

    private static async Task AssertNoSidewaysScrollAsync(IPage page)
    {
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"{page.Url} at {page.ViewportSize!.Width}px scrolls sideways by {overflow}px");
    }

    [Fact]
    public async Task Editor_CorrectsTheDramaAndAFalsePerson_PreviewsAgain_AndSavesExactlyThat()
    {
        var page = await site.NewPageAsync();
        await PreviewAsync(page, "rain-walk.txt");
        Assert.Equal("Preview: nothing is saved yet", await page.Locator("#preview-heading").InnerTextAsync());
        var first = page.Locator("fieldset.import-item").Filter(new() { Has = page.Locator("legend", new() { HasTextString = "Item 1: The red umbrella walk" }) });
        Assert.Contains("new drama: no drama in the catalogue has this title or alias", await first.Locator(".doubts").First.InnerTextAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSite.ScreenshotPath("import-1-preview-1280"), FullPage = true });

        // The person who is not Yoon Jin-ah is the parser's misreading of "Director Kim".
        var removeBoxes = first.Locator(".pairs li").Filter(new() { HasNotText = "Yoon Jin-ah" }).GetByRole(AriaRole.Checkbox);
        Assert.True(await removeBoxes.CountAsync() >= 1, "the parser no longer reads a false person in item 1");
        var falsePerson = (await first.Locator(".pairs li").Filter(new() { HasNotText = "Yoon Jin-ah" }).First.Locator(".pair").InnerTextAsync()).Split('—')[0].Trim();

        await first.GetByLabel("Drama", new() { Exact = true }).FillAsync("Something In The Rain");
        await removeBoxes.First.CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Preview again" }).ClickAsync();
        await page.WaitForSelectorAsync("#preview-heading");

        Assert.Equal("Something In The Rain", await first.Locator(".hint a").InnerTextAsync());
        Assert.DoesNotContain("new drama", await first.InnerTextAsync(), StringComparison.Ordinal);
        var people = await first.Locator(".item-facts").InnerTextAsync();
        Assert.Contains("Yoon Jin Ah (Son Ye Jin)", people, StringComparison.Ordinal);
        Assert.DoesNotContain(falsePerson + " ", people.Replace("Yoon Jin Ah", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.True(await removeBoxes.First.IsCheckedAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSite.ScreenshotPath("import-2-corrected-1280"), FullPage = true });
        await AssertNoSidewaysScrollAsync(page);
        await page.SetViewportSizeAsync(390, 844);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSite.ScreenshotPath("import-3-corrected-390"), FullPage = true });
        await first.ScreenshotAsync(new LocatorScreenshotOptions { Path = BrowserSite.ScreenshotPath("import-3-corrected-item-390") });
        await AssertNoSidewaysScrollAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Save this import" }).ClickAsync();
        await page.WaitForURLAsync("**/admin/import");
        Assert.StartsWith("Imported rain-walk.txt", await page.Locator("[role=status]").InnerTextAsync(), StringComparison.Ordinal);

        // The public drama page lists the moment; the moment page names Yoon Jin-ah and not the passer-by.
        await page.GotoAsync("/dramas/something-in-the-rain");
        await page.Locator(".moment-list a", new() { HasTextString = "The red umbrella walk" }).ClickAsync();
        await page.WaitForURLAsync("**/moments/the-red-umbrella-walk");
        var head = await page.Locator(".moment-head").InnerTextAsync();
        Assert.Contains("Yoon Jin Ah", head, StringComparison.Ordinal);
        Assert.Contains("Son Ye Jin", head, StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator(".also-in-it").CountAsync());
        Assert.Contains("Something In The Rain", await page.Locator(".moment-drama").InnerTextAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSite.ScreenshotPath("import-4-public-moment-390"), FullPage = true });
        Assert.Equal(404, (await page.GotoAsync("/dramas/rain-love"))!.Status);
        await page.Context.CloseAsync();
    }
}
