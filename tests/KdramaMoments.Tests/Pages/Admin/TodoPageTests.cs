using System.Net;
using AngleSharp.Html.Dom;
using KdramaMoments.Tests.Accounts;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Tests.Pages.Admin;

/// <summary>The editors' to-do page: gaps in the seeded catalogue, counted, each linked to the form that fills it.</summary>
public sealed class TodoPageTests : FreshSiteTests
{
    private static int Count(IHtmlDocument page, string list) =>
        int.Parse(page.QuerySelector($"#{list} .count")!.TextContent.Trim('(', ')'), System.Globalization.CultureInfo.InvariantCulture);

    private static List<(string Text, string Href)> Entries(IHtmlDocument page, string list) =>
        page.QuerySelectorAll($"section[aria-labelledby={list}] .gap-rows > li > a").Select(a => (a.TextContent, a.GetAttribute("href")!)).ToList();

    [Fact]
    public async Task Anonymous_IsSentToSignIn()
    {
        var client = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        foreach (var url in new[] { "/admin/todo", "/admin/todo/moment-titles" })
        {
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/account/sign-in", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Lists_CountTheGapsAndLinkToTheFormsThatFillThem()
    {
        var client = await EditorSession.NewEditorClientAsync(Factory);
        Assert.Contains("/admin/todo", (await client.GetDocumentAsync("/admin")).QuerySelectorAll("main a").Select(a => a.GetAttribute("href")));

        var page = await client.GetDocumentAsync("/admin/todo");
        var dramas = await Factory.WithDbAsync(db => db.Dramas.CountAsync());
        Assert.Equal(dramas, Count(page, "dramas-without-hangul-title"));
        Assert.Equal(IndexPreview, Entries(page, "dramas-without-hangul-title").Count);
        var goblin = await Factory.WithDbAsync(db => db.Dramas.Where(d => d.Slug == "goblin").Select(d => d.Id).SingleAsync());
        Assert.Equal(await Factory.WithDbAsync(db => db.Characters.CountAsync(c => c.ActorId == null)), Count(page, "characters-without-actor"));
        Assert.All(Entries(page, "characters-without-actor"), e => Assert.StartsWith("/admin/characters/edit/", e.Href, StringComparison.Ordinal));

        // Articles the importer named by a sentence of their text.
        var articles = Entries(page, "article-titles");
        Assert.Contains(articles, a => a.Text == "K-dramas undeniably set high expectations for romance.");
        Assert.DoesNotContain(articles, a => a.Text == "6 Most Romantic Scenes In Recent K-Dramas");
        var (_, articleHref) = articles.First(a => a.Text.StartsWith("K-dramas", StringComparison.Ordinal));
        Assert.Single((await client.GetDocumentAsync(articleHref)).QuerySelectorAll("table.list-table tbody tr"));

        // The whole list, paged.
        var all = await client.GetDocumentAsync(page.QuerySelector("section[aria-labelledby=dramas-without-hangul-title] a[href='/admin/todo/dramas-without-hangul-title']")!.GetAttribute("href")!);
        Assert.Equal(dramas, all.QuerySelectorAll(".gap-rows > li").Length);
        Assert.Contains($"/admin/dramas/edit/{goblin}", all.QuerySelectorAll(".gap-rows a").Select(a => a.GetAttribute("href")));

        // Filling a gap takes it off the list.
        var (form, token) = await EditorSession.GetFormAsync(client, $"/admin/dramas/edit/{goblin}");
        await EditorSession.PostFormAsync(client, $"/admin/dramas/edit/{goblin}", token, ("Input.Title", "Goblin"), ("Input.Year", "2016"),
            ("Input.HangulTitle", "도깨비"), ("Input.Aliases", form.QuerySelector("#Input_Aliases")!.TextContent.Trim()),
            ("Input.Version", form.QuerySelector("#Input_Version")!.GetAttribute("value")!));
        var after = await client.GetDocumentAsync("/admin/todo/dramas-without-hangul-title");
        Assert.Equal(dramas - 1, after.QuerySelectorAll(".gap-rows > li").Length);
        Assert.DoesNotContain($"/admin/dramas/edit/{goblin}", after.QuerySelectorAll(".gap-rows a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task MomentWithARawHeadingAndNoCharacters_IsOnBothMomentLists()
    {
        var client = await EditorSession.NewEditorClientAsync(Factory);
        var (_, token) = await EditorSession.GetFormAsync(client, "/admin/moments/edit");
        var created = await EditorSession.PostFormAsync(client, "/admin/moments/edit", token,
            ("Input.Title", "Gong Yoo for Kim Go-eun in Goblin"), ("Input.DramaSlug", "goblin"), ("Input.Version", "0"));
        var edit = created.Headers.Location!.OriginalString;

        var page = await client.GetDocumentAsync("/admin/todo");
        Assert.Contains(("Gong Yoo for Kim Go-eun in Goblin", edit), Entries(page, "moments-without-characters"));
        var titles = await client.GetDocumentAsync("/admin/todo/moment-titles");
        var entry = titles.QuerySelectorAll(".gap-rows > li").Single(li => li.QuerySelector("a")!.GetAttribute("href") == edit);
        Assert.Contains("names the drama, Goblin", entry.TextContent, StringComparison.Ordinal);
        // A drama's name used as a word of the scene, and "for … in" that is not a heading, are no gaps.
        var listed = titles.QuerySelectorAll(".gap-rows > li > a").Select(a => a.TextContent).ToList();
        Assert.DoesNotContain("Grim Reaper and Goblin Save Eun-tak", listed);
        Assert.DoesNotContain("When Kim Jin Hyuk declared his feelings for Cha Soo Hyun in public", listed);
    }

    [Fact]
    public async Task TitlesJudgedAtWriteTime_FollowTheEditsThatChangeTheJudgement()
    {
        var client = await EditorSession.NewEditorClientAsync(Factory);
        var goblin = await Factory.WithDbAsync(db => db.Dramas.Where(d => d.Slug == "goblin").Select(d => d.Id).SingleAsync());
        var (_, token) = await EditorSession.GetFormAsync(client, "/admin/moments/edit");
        var created = await EditorSession.PostFormAsync(client, "/admin/moments/edit", token,
            ("Input.Title", "First snow in Winter Sonata"), ("Input.DramaSlug", "goblin"), ("Input.Version", "0"));
        var edit = created.Headers.Location!.OriginalString;
        async Task<string?> TitleEntryAsync() => (await client.GetDocumentAsync("/admin/todo/moment-titles")).QuerySelectorAll(".gap-rows > li")
            .SingleOrDefault(li => li.QuerySelector("a")!.GetAttribute("href") == edit)?.TextContent;
        Assert.Null(await TitleEntryAsync());

        // Its drama renamed to what the title ends with: the title now names its drama, as a heading would.
        await Data.ActorMomentsTests.SaveFormAsync(client, $"/admin/dramas/edit/{goblin}", ("Input.Title", "Winter Sonata"));
        Assert.Contains("names the drama, Winter Sonata", await TitleEntryAsync(), StringComparison.Ordinal);

        // The moment retitled as a scene: off the list again.
        await Data.ActorMomentsTests.SaveFormAsync(client, edit, ("Input.Title", "First snow on the pier"));
        Assert.Null(await TitleEntryAsync());

        // An article renamed to a sentence of its text joins its list; given a headline again, it leaves.
        var article = await Factory.WithDbAsync(db => db.Articles.Where(a => !a.NamedBySentence).OrderBy(a => a.Id).Select(a => new { a.Id, a.FileName }).FirstAsync());
        async Task<bool> ArticleListedAsync() => (await client.GetDocumentAsync("/admin/todo/article-titles")).QuerySelectorAll(".gap-rows a")
            .Any(a => a.GetAttribute("href") == "/admin/articles?q=" + Uri.EscapeDataString(article.FileName));
        Assert.False(await ArticleListedAsync());
        await RenameArticleAsync(client, article.Id, "We could not stop crying at these.");
        Assert.True(await ArticleListedAsync());
        await RenameArticleAsync(client, article.Id, "Scenes That Made Us Cry");
        Assert.False(await ArticleListedAsync());
    }

    private async Task RenameArticleAsync(HttpClient client, int id, string title)
    {
        var (_, token) = await EditorSession.GetFormAsync(client, "/admin/articles");
        var version = await Factory.WithDbAsync(db => db.Articles.Where(a => a.Id == id).Select(a => a.Version).SingleAsync());
        var renamed = await EditorSession.PostFormAsync(client, "/admin/articles?handler=Rename", token, ("Input.Id", id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("Input.Version", version.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("Input.Title", title));
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
    }

    [Fact]
    public async Task UnknownList_IsNotFound()
    {
        var client = await EditorSession.NewEditorClientAsync(Factory);
        await client.GetDocumentAsync("/admin/todo/no-such-list", HttpStatusCode.NotFound);
    }

    private const int IndexPreview = KdramaMoments.Web.Pages.Admin.Todo.IndexModel.Preview;
}
