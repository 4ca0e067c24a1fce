using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using KdramaMoments.Tests.Accounts;
using KdramaMoments.Web.Data;
using KdramaMoments.Web.Domain;
using KdramaMoments.Web.Pages.Admin.Moments;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Tests.Pages.Admin;

/// <summary>
/// The editors' moment search (<c>/admin/moments?q=</c>) as the titles' trigram index answers it: the same moments a
/// case-blind "contains" over each title and its drama's title names, through saves, renames and deletes.
/// </summary>
public sealed class MomentTitleSearchTests : FreshSiteTests
{
    /// <summary>The moments a page lists, by the id their edit links end with.</summary>
    private static List<int> Ids(IHtmlDocument page) =>
        page.QuerySelectorAll("table.list-table tbody th a").Select(a => int.Parse(a.GetAttribute("href")!.Split('/')[^1], CultureInfo.InvariantCulture)).ToList();

    private static string Lede(IHtmlDocument page) => page.QuerySelector(".lede")!.TextContent;

    /// <summary>Every moment the list shows for <paramref name="q"/>, page after page, and the count it says.</summary>
    private static async Task<(List<int> Ids, string Lede)> FoundAsync(HttpClient editor, string q)
    {
        var ids = new List<int>();
        var page = await editor.GetDocumentAsync($"/admin/moments?q={Uri.EscapeDataString(q)}");
        var lede = Lede(page);
        while (true)
        {
            ids.AddRange(Ids(page));
            if (page.QuerySelector(".pager a[rel=next]")?.GetAttribute("href") is not { } next)
            {
                return (ids, lede);
            }
            page = await editor.GetDocumentAsync(next);
        }
    }

    /// <summary>The ids of the moments whose title or drama's title contains <paramref name="q"/>, case aside, as the database holds them.</summary>
    private async Task<List<int>> ExpectedAsync(string q) =>
        (await Factory.WithDbAsync(db => db.Moments.AsNoTracking().Select(m => new { m.Id, m.Title, Drama = m.Drama.Title }).ToListAsync()))
        .Where(m => m.Title.Contains(q, StringComparison.OrdinalIgnoreCase) || m.Drama.Contains(q, StringComparison.OrdinalIgnoreCase))
        .Select(m => m.Id).Order().ToList();

    [Theory]
    [InlineData("kiss")] // in many titles
    [InlineData("ISS")] // inside a word, in capitals
    [InlineData("crash landing")] // a drama's title, two words
    [InlineData("ng on y")] // across words
    [InlineData("ki")] // shorter than a trigram
    [InlineData("o")]
    [InlineData("zzzz")] // nothing
    [InlineData("\"")]
    [InlineData("\"kiss\"")] // quotes are characters, not FTS5 syntax
    [InlineData("kiss OR rain")]
    public async Task Search_ListsExactlyTheMomentsWhoseTitleOrDramaHoldsIt(string q)
    {
        var editor = await EditorSession.NewEditorClientAsync(Factory);
        var expected = await ExpectedAsync(q);
        var (found, lede) = await FoundAsync(editor, q);
        Assert.Equal(expected, found.Order().ToList());
        Assert.Equal(found.Count, found.Distinct().Count());
        Assert.StartsWith($"{expected.Count} moment", lede, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_FollowsRenamesAndDeletes()
    {
        var editor = await EditorSession.NewEditorClientAsync(Factory);
        var first = await Factory.WithDbAsync(db => db.Moments.AsNoTracking().OrderBy(m => m.Id).Select(m => new { m.Id, m.DramaId, m.Title }).FirstAsync());
        var (id, dramaId, oldTitle) = (first.Id, first.DramaId, first.Title);

        await Data.ActorMomentsTests.SaveFormAsync(editor, $"/admin/moments/edit/{id}", ("Input.Title", "Umbrellas at the quayside"));
        Assert.Equal([id], (await FoundAsync(editor, "QUAYSIDE")).Ids);
        Assert.Equal(await ExpectedAsync(oldTitle), (await FoundAsync(editor, oldTitle)).Ids.Order().ToList());
        Assert.DoesNotContain(id, (await FoundAsync(editor, oldTitle)).Ids);

        await Data.ActorMomentsTests.SaveFormAsync(editor, $"/admin/dramas/edit/{dramaId}", ("Input.Title", "Weatherglass Harbour"));
        var ofDrama = await Factory.WithDbAsync(db => db.Moments.Where(m => m.DramaId == dramaId).Select(m => m.Id).ToListAsync());
        Assert.Equal(ofDrama.Order(), (await FoundAsync(editor, "weatherglass")).Ids.Order());

        var (_, token) = await EditorSession.GetFormAsync(editor, $"/admin/moments/delete/{id}");
        Assert.Equal(HttpStatusCode.Redirect, (await EditorSession.PostFormAsync(editor, $"/admin/moments/delete/{id}", token)).StatusCode);
        Assert.Empty((await FoundAsync(editor, "quayside")).Ids);
        Assert.Equal(ofDrama.Count - 1, (await FoundAsync(editor, "weatherglass")).Ids.Count);
    }

    [Fact]
    public async Task Search_MatchingMostMoments_PagesThemInTheListsOrder()
    {
        // Enough matches that the first pages walk the list's order and the last looks the matches up (MomentTitleSearch.SearchAsync).
        var now = DateTime.UtcNow;
        await Factory.WithDbAsync(async db =>
        {
            var drama = await db.Dramas.OrderBy(d => d.Id).FirstAsync();
            db.Moments.AddRange(Enumerable.Range(0, 130).Select(i => new Moment
            {
                Slug = $"harbour-lantern-{i:D3}",
                Title = $"Harbour lantern {i:D3}",
                Drama = drama,
                CreatedAt = now.AddMinutes(-i),
            }));
            await db.SaveChangesAsync();
            await StoredCounts.RefreshAllAsync(db, CancellationToken.None);
            return 0;
        });
        var editor = await EditorSession.NewEditorClientAsync(Factory);
        var (catalogue, matches) = (await Factory.WithDbAsync(db => db.Moments.CountAsync()), 130);
        Assert.True((long)matches * matches > (long)catalogue * 50 && (long)matches * matches <= (long)catalogue * 150, $"{catalogue} moments");

        var (found, lede) = await FoundAsync(editor, "harbour lantern");
        Assert.StartsWith("130 moments", lede, StringComparison.Ordinal);
        var expected = await Factory.WithDbAsync(db => db.Moments.Where(m => m.Title.StartsWith("Harbour lantern"))
            .OrderByDescending(m => m.FeedUpdatedAt).ThenByDescending(m => m.Slug).Select(m => m.Id).ToListAsync());
        Assert.Equal(expected, found);
    }

    [Fact]
    public async Task Migrations_LeaveTheTitleIndexKeptByItsTriggers()
    {
        if (TestProvider.IsPostgres)
        {
            var indexes = await Factory.WithDbAsync(db => db.Database.SqlQueryRaw<string>(
                "SELECT indexname AS \"Value\" FROM pg_indexes WHERE tablename = 'Moments' AND indexdef LIKE '%gin_trgm_ops%'").ToListAsync());
            Assert.Equal(["IX_Moments_SortDrama_Trigrams", "IX_Moments_SortTitle_Trigrams"], indexes.Order());
            return;
        }
        // A later migration that rebuilds Moments (as EF does to alter a SQLite column) drops these with the table.
        var triggers = await Factory.WithDbAsync(db => db.Database.SqlQueryRaw<string>(
            "SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'Moments'").ToListAsync());
        Assert.Superset(MomentTitleSearch.Schema.Triggers.ToHashSet(), triggers.ToHashSet());
    }
}
