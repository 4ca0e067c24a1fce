using AngleSharp.Html.Dom;
using KdramaMoments.Tests.Accounts;
using KdramaMoments.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Tests.Pages.Admin;

/// <summary>The editors' lists of dramas, actors, characters, moments, tropes and articles: search and paging.</summary>
public sealed class AdminListTests : FreshSiteTests
{
    private static string[] Rows(IHtmlDocument page) => page.QuerySelectorAll("table.list-table tbody tr").Select(r => r.TextContent).ToArray();

    [Theory]
    [InlineData("/admin/dramas", "lonely and great", "Goblin")] // an alternate title
    [InlineData("/admin/actors", "HYUN-BIN", "Hyun Bin")] // other case and spelling
    [InlineData("/admin/characters", "crash landing", "Ri Jung Hyuk")] // by the drama
    [InlineData("/admin/moments", "Lovely Runner", "Lovely Runner")]
    [InlineData("/admin/tags", "first love", "first love")]
    [InlineData("/admin/articles", "romantic scenes", "002_426601ab3f58bd57.txt")]
    [InlineData("/admin/articles", "003_", "003_d81fd0852e730765.txt")] // _ is a character here, not a wildcard
    public async Task Search_NarrowsTheListToWhatMatches(string list, string q, string expected)
    {
        var client = await EditorSession.NewEditorClientAsync(Factory);
        var all = Rows(await client.GetDocumentAsync(list));
        var found = await client.GetDocumentAsync($"{list}?q={Uri.EscapeDataString(q)}");
        var rows = Rows(found);
        Assert.Contains(rows, r => r.Contains(expected, StringComparison.Ordinal));
        Assert.True(rows.Length < all.Length, $"{rows.Length} of {all.Length} rows for “{q}”");
        Assert.Equal(q, found.QuerySelector("#admin-q")!.GetAttribute("value"));
    }

    [Theory]
    [InlineData("/admin/moments")]
    [InlineData("/admin/articles")]
    [InlineData("/admin/tags")]
    [InlineData("/admin/dramas")]
    public async Task Search_WildcardsAndQuotesAreOnlyCharacters(string list)
    {
        var client = await EditorSession.NewEditorClientAsync(Factory);
        foreach (var q in new[] { "%", "_z_", "' OR 1=1 --", "\\" })
        {
            var page = await client.GetDocumentAsync($"{list}?q={Uri.EscapeDataString(q)}");
            Assert.Empty(Rows(page));
        }
    }

    [Fact]
    public async Task Moments_AreListedLastChangedFirst_AnEditedMomentLeads()
    {
        var client = await EditorSession.NewEditorClientAsync(Factory);
        var list = await client.GetDocumentAsync("/admin/moments");
        var total = await Factory.WithDbAsync(db => db.Moments.CountAsync());
        Assert.StartsWith($"{total} moments, last changed first", list.QuerySelector(".lede")!.TextContent, StringComparison.Ordinal);
        var links = list.QuerySelectorAll("table.list-table tbody th a").Select(a => a.GetAttribute("href")!).ToList();
        var last = links[^1];
        Assert.NotEqual(links[0], last);

        await Data.ActorMomentsTests.SaveFormAsync(client, last, ("Input.Title", "Top of the stairs, once more"));
        var first = (await client.GetDocumentAsync("/admin/moments")).QuerySelector("table.list-table tbody th a")!;
        Assert.Equal((last, "Top of the stairs, once more"), (first.GetAttribute("href"), first.TextContent));
    }

    [Fact]
    public async Task Lists_ArePagedFiftyAtATime_AndThePagerKeepsTheSearch()
    {
        await Factory.WithDbAsync(db =>
        {
            db.Tags.AddRange(Enumerable.Range(1, 60).Select(i => new Tag { Slug = $"filler-trope-{i:00}", Name = $"filler trope {i:00}" }));
            return db.SaveChangesAsync();
        });
        var client = await EditorSession.NewEditorClientAsync(Factory);

        var characters = await client.GetDocumentAsync("/admin/characters");
        var total = await Factory.WithDbAsync(db => db.Characters.CountAsync());
        Assert.Equal($"{total} characters.", characters.QuerySelector(".lede")!.TextContent);
        Assert.Equal(50, Rows(characters).Length);
        Assert.Equal(total - 50, Rows(await client.GetDocumentAsync(characters.QuerySelector(".pager a[rel=next]")!.GetAttribute("href")!)).Length);

        var tags = await client.GetDocumentAsync("/admin/tags?q=filler");
        Assert.Equal("60 tropes.", tags.QuerySelector(".lede")!.TextContent);
        var next = tags.QuerySelector(".pager a[rel=next]")!.GetAttribute("href")!;
        Assert.Contains("q=filler", next, StringComparison.Ordinal);
        var second = Rows(await client.GetDocumentAsync(next));
        Assert.Equal(10, second.Length);
        Assert.All(second, r => Assert.Contains("filler trope", r, StringComparison.Ordinal));
    }
}
