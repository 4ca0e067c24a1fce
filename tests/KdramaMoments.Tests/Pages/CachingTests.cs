using System.Net;
using KdramaMoments.Tests.Accounts;
using KdramaMoments.Web.Importing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KdramaMoments.Tests.Pages;

/// <summary>Speed basics: cached public pages that follow catalogue changes, compressed answers, fingerprinted assets.</summary>
public sealed class CachingTests : FreshSiteTests
{
    [Fact]
    public async Task CachedPage_ServesStoredCopyUntilTheCatalogueChangesThroughTheApp()
    {
        var client = Factory.CreateClient();
        Assert.Equal("Goblin", (await client.GetDocumentAsync("/dramas/goblin")).QuerySelector("h1")!.TextContent.Trim());

        // Written behind the application's back: the cached page does not know, which shows the cache is used.
        await Factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE \"Dramas\" SET \"Title\" = 'Goblin (unseen)' WHERE \"Slug\" = 'goblin'"));
        Assert.Equal("Goblin", (await client.GetDocumentAsync("/dramas/goblin")).QuerySelector("h1")!.TextContent.Trim());

        // A change through the application's DbContext (as the importer and editors make) evicts every cached page.
        await Factory.WithDbAsync(async db =>
        {
            var goblin = await db.Dramas.SingleAsync(d => d.Slug == "goblin");
            goblin.Title = "Goblin: The Lonely and Great God";
            return await db.SaveChangesAsync();
        });
        Assert.Equal("Goblin: The Lonely and Great God", (await client.GetDocumentAsync("/dramas/goblin")).QuerySelector("h1")!.TextContent.Trim());
        var home = await client.GetDocumentAsync("/dramas");
        Assert.Contains("Goblin: The Lonely and Great God", home.Texts("tbody th a"));
    }

    [Fact]
    public async Task SignedInEditor_GetsTheirOwnPage_NeverTheCachedOne_AndLeavesNothingForVisitors()
    {
        // The same scheme and host as the editor's: the cache would otherwise keep their answers apart anyway.
        var visitor = Factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost") });
        Assert.DoesNotContain("editor-strip", await visitor.GetStringAsync("/dramas"), StringComparison.Ordinal);
        await EditorSession.CreateEditorAsync(Factory, "cached@example.com");
        var editor = EditorSession.NewClient(Factory);
        Assert.Equal(HttpStatusCode.Redirect, (await EditorSession.SignInAsync(editor, "cached@example.com")).StatusCode);

        // A page a visitor has cached, and one the editor opens first: both show the editor their strip.
        Assert.Contains("editor-strip", await editor.GetStringAsync("/dramas"), StringComparison.Ordinal);
        Assert.Contains("editor-strip", await editor.GetStringAsync("/actors"), StringComparison.Ordinal);
        Assert.DoesNotContain("editor-strip", await visitor.GetStringAsync("/dramas"), StringComparison.Ordinal);
        Assert.DoesNotContain("editor-strip", await visitor.GetStringAsync("/actors"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_EvictsCachedLists()
    {
        var client = Factory.CreateClient();
        Assert.Equal(28, (await client.GetDocumentAsync("/dramas")).QuerySelectorAll("tbody tr").Length);
        using (var scope = Factory.Services.CreateScope())
        {
            var importer = scope.ServiceProvider.GetRequiredService<ArticleImporter>();
            await importer.ImportAsync(ImportInput.FromPaths([RepositoryPaths.Fixture("summer-no-style.txt")]), save: true);
        }
        Assert.True((await client.GetDocumentAsync("/dramas")).QuerySelectorAll("tbody tr").Length > 28);
    }

    [Fact]
    public async Task Html_IsCompressedWhenTheBrowserAcceptsIt()
    {
        var client = Factory.CreateClient();
        var response = await client.GetAcceptingAsync("/moments", "br");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("br", response.Content.Headers.ContentEncoding);
    }

    // The year-long "immutable" header comes from the publish manifest (dotnet publish); a build serves
    // the same fingerprinted address with revalidation, which is what the test host runs.
    [Fact]
    public async Task Stylesheet_IsServedFromAFingerprintedAddress()
    {
        var client = Factory.CreateClient();
        var page = await client.GetDocumentAsync("/");
        var href = page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        Assert.Matches(@"^/css/site\.[a-z0-9]+\.css$", href);
        var response = await client.GetAsync(href);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(response.Headers.ETag);
        Assert.Matches(@"^/js/theme\.[a-z0-9]+\.js$", page.QuerySelector("script[src*=theme]")!.GetAttribute("src")!);
    }
}
