using Microsoft.Playwright;

namespace KdramaMoments.BrowserTests;

/// <summary>
/// The site's CSP forbids inline style and script. Chromium reports every refused attribute or element as a console
/// error, so the sign-in page and the editors' pages, their forms with validation messages shown, must log none.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class CspConsoleTests(BrowserSite site)
{
    private const int PageLimit = 40;

    [Fact]
    public async Task SignInAndEditorPages_WithValidationMessages_LogNoConsoleErrors()
    {
        var page = await site.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add($"{page.Url}: {message.Text}");
            }
        };
        page.PageError += (_, error) => errors.Add($"{page.Url}: {error}");

        // The sign-in page, then its validation summary after a wrong password.
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Email").FillAsync(BrowserSite.EditorEmail);
        await page.GetByLabel("Password").FillAsync("not the password at all");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.Locator(".form-error")).ToBeVisibleAsync();

        await BrowserSite.SignInAsync(page, "/admin");
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>(await AdminLinksAsync(page));
        while (queue.TryDequeue(out var path) && visited.Count < PageLimit)
        {
            if (!visited.Add(path))
            {
                continue;
            }
            await page.GotoAsync(path);
            foreach (var link in await AdminLinksAsync(page))
            {
                queue.Enqueue(link);
            }
        }
        Assert.Contains("/admin/dramas/edit", visited);

        // Every create form saved empty shows its validation summary, with the messages.
        foreach (var form in new[] { "/admin/dramas/edit", "/admin/actors/edit", "/admin/characters/edit", "/admin/moments/edit" })
        {
            await page.GotoAsync(form);
            await page.Locator("form[method=post] button[type=submit]").Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex("^(Save|Create)") }).First.ClickAsync();
            await Assertions.Expect(page.Locator(".validation-summary-errors, .form-error").First).ToBeVisibleAsync();
        }
        await page.Context.CloseAsync();

        Assert.Empty(errors);
    }

    // Links to the editors' pages that only read (no undo, no sign-out), without the paging of long lists.
    private static async Task<IReadOnlyList<string>> AdminLinksAsync(IPage page) =>
        (await page.Locator("main a[href^='/admin']").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"))
            .Select(href => href.Split('#')[0])
            .Where(href => !href.Contains("page=", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .ToList();
}
