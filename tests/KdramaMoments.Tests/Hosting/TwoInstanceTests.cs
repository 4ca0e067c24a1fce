using System.Net;
using KdramaMoments.Tests.Accounts;
using KdramaMoments.Web.Cli;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Tests.Hosting;

/// <summary>Two instances of the site on one database, as behind a load balancer, and a command-line import beside them.</summary>
public sealed class TwoInstanceTests
{
    private const string Editor = "two-instances@example.com";

    [Fact]
    public async Task EditThroughOneInstance_ShowsOnTheOthersCachedPage_AndOneSessionWorksOnBoth()
    {
        using var database = new TempDatabase();
        await using var a = new KdramaAppFactory(database.Path);
        _ = a.Server;
        await using var b = new KdramaAppFactory(database.Path);
        _ = b.Server;
        var (readerOfA, readerOfB) = (a.CreateClient(), b.CreateClient());
        await CachedAsync(a, readerOfA, readerOfB);

        // One browser, its requests sent to either instance: one cookie jar.
        var cookies = new System.Net.CookieContainer();
        var editorOnA = a.CreateDefaultClient(new Uri("https://localhost"), new CookieContainerHandler(cookies));
        var editorOnB = b.CreateDefaultClient(new Uri("https://localhost"), new CookieContainerHandler(cookies));
        await EditorSession.CreateEditorAsync(a, Editor);
        Assert.Equal(HttpStatusCode.Redirect, (await EditorSession.SignInAsync(editorOnA, Editor)).StatusCode);
        var id = await a.WithDbAsync(db => db.Dramas.Where(d => d.Slug == "goblin").Select(d => d.Id).SingleAsync());

        Assert.Equal(HttpStatusCode.Redirect, (await SaveSynopsisAsync(editorOnA, editorOnA, id, "Edited through instance A.")).StatusCode);
        Assert.True(await ShowsAsync(readerOfB, "Edited through instance A."), "instance B kept serving its cached page");

        // Signed in on A, the form read from A, posted to B: B reads A's cookie and checks A's antiforgery token.
        Assert.Equal(HttpStatusCode.OK, (await editorOnB.GetAsync("/admin")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SaveSynopsisAsync(editorOnA, editorOnB, id, "Edited through instance B.")).StatusCode);
        Assert.True(await ShowsAsync(readerOfA, "Edited through instance B."), "instance A kept serving its cached page");
    }

    [Fact]
    public async Task CommandLineImport_WhileTheSiteRuns_ShowsOnItsCachedPages()
    {
        using var database = new TempDatabase();
        await using var site = new KdramaAppFactory(database.Path, seed: false);
        var reader = site.CreateClient();
        Assert.DoesNotContain("Goblin", await reader.GetStringAsync("/dramas"), StringComparison.Ordinal);

        var errors = new StringWriter();
        Assert.True(await CommandLine.RunAsync(["import", RepositoryPaths.Seeds, "--db", database.Path], new StringWriter(), errors) == 0, errors.ToString());
        Assert.True(await ShowsAsync(reader, "Goblin", "/dramas"), "the site kept serving its cached list");
    }

    /// <summary>The drama page, cached by each reader's instance: a change behind the application's back does not show on it.</summary>
    private static async Task CachedAsync(KdramaAppFactory site, params HttpClient[] readers)
    {
        foreach (var reader in readers)
        {
            Assert.DoesNotContain("Changed behind the back.", await reader.GetStringAsync("/dramas/goblin"), StringComparison.Ordinal);
        }
        await site.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE \"Dramas\" SET \"Synopsis\" = 'Changed behind the back.' WHERE \"Slug\" = 'goblin'"));
        foreach (var reader in readers)
        {
            Assert.DoesNotContain("Changed behind the back.", await reader.GetStringAsync("/dramas/goblin"), StringComparison.Ordinal);
        }
    }

    private static async Task<HttpResponseMessage> SaveSynopsisAsync(HttpClient formFrom, HttpClient postTo, int id, string synopsis)
    {
        var url = $"/admin/dramas/edit/{id}";
        var (page, token) = await EditorSession.GetFormAsync(formFrom, url);
        return await EditorSession.PostFormAsync(postTo, url, token, ("Input.Title", "Goblin"), ("Input.Year", "2016"), ("Input.Aliases", ""),
            ("Input.Synopsis", synopsis), ("Input.Version", page.QuerySelector("#Input_Version")!.GetAttribute("value")!));
    }

    // Other instances hear of a change within a second or so; the wait is bounded well beyond that.
    private static async Task<bool> ShowsAsync(HttpClient reader, string text, string url = "/dramas/goblin")
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            if ((await reader.GetStringAsync(url)).Contains(text, StringComparison.Ordinal))
            {
                return true;
            }
            await Task.Delay(200);
        }
        return false;
    }
}
