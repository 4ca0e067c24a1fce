using System.Net;
using KdramaMoments.Tests.Accounts;
using KdramaMoments.Web.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KdramaMoments.Tests.Hosting;

/// <summary>
/// A page the output cache has answered is answered again first in the pipeline from a copy of that answer: the same
/// status, headers and bytes, forgotten when the catalogue changes, never for the editors' session.
/// </summary>
public sealed class PreparedHitsTests : FreshSiteTests
{
    private PreparedHits Hits => Factory.Services.GetRequiredService<PreparedHits>();

    [Theory]
    [InlineData("/moments", null)]
    [InlineData("/moments", "br")]
    [InlineData("/api/moments?page=1", null)]
    [InlineData("/dramas/goblin", "gzip")]
    public async Task ThePreparedAnswer_IsTheOutputCachesAnswer(string path, string? encoding)
    {
        var client = Factory.CreateClient();
        await SendAsync(client, path, encoding); // rendered and stored
        var fromCache = await SendAsync(client, path, encoding); // answered by the output cache, and copied
        Assert.Equal(1, Hits.Count);
        var prepared = await SendAsync(client, path, encoding);

        Assert.Equal(HttpStatusCode.OK, prepared.Status);
        Assert.Equal(fromCache.Body, prepared.Body);
        Assert.Equal(fromCache.Headers.Where(h => h.Key != "Age"), prepared.Headers.Where(h => h.Key != "Age"));
        Assert.Contains(prepared.Headers, h => h.Key == "Age");
        Assert.Contains(prepared.Headers, h => h.Key == "Content-Security-Policy");
        if (encoding is not null)
        {
            Assert.Contains(prepared.Headers, h => h.Key == "Content-Encoding" && h.Value == encoding);
        }
    }

    [Fact]
    public async Task ACatalogueChange_ForgetsThePreparedAnswers()
    {
        var client = Factory.CreateClient();
        await client.GetDocumentAsync("/dramas/goblin");
        await client.GetDocumentAsync("/dramas/goblin");
        Assert.Equal(1, Hits.Count);

        // Written behind the application's back: the prepared answer does not know.
        await Factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE \"Dramas\" SET \"Title\" = 'Goblin (unseen)' WHERE \"Slug\" = 'goblin'"));
        Assert.Equal("Goblin", (await client.GetDocumentAsync("/dramas/goblin")).QuerySelector("h1")!.TextContent.Trim());

        await Factory.WithDbAsync(async db =>
        {
            var goblin = await db.Dramas.SingleAsync(d => d.Slug == "goblin");
            goblin.Title = "Goblin: The Lonely and Great God";
            return await db.SaveChangesAsync();
        });
        Assert.Equal(0, Hits.Count);
        Assert.Equal("Goblin: The Lonely and Great God", (await client.GetDocumentAsync("/dramas/goblin")).QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task TheEditorsSession_IsNeverAnsweredFromAPreparedAnswer()
    {
        var visitor = Factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost") });
        for (var i = 0; i < 3; i++)
        {
            Assert.DoesNotContain("editor-strip", await visitor.GetStringAsync("/dramas"), StringComparison.Ordinal);
        }
        Assert.Equal(1, Hits.Count);
        await EditorSession.CreateEditorAsync(Factory, "prepared@example.com");
        var editor = EditorSession.NewClient(Factory);
        Assert.Equal(HttpStatusCode.Redirect, (await EditorSession.SignInAsync(editor, "prepared@example.com")).StatusCode);

        Assert.Contains("editor-strip", await editor.GetStringAsync("/dramas"), StringComparison.Ordinal);
        Assert.DoesNotContain("editor-strip", await visitor.GetStringAsync("/dramas"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAddressTheCacheDoesNotStore_IsNotKept()
    {
        var client = Factory.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/dramas?nocache=1")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
        }
        Assert.Equal(0, Hits.Count);
    }

    private static async Task<(HttpStatusCode Status, byte[] Body, List<KeyValuePair<string, string>> Headers)> SendAsync(HttpClient client, string path, string? encoding)
    {
        using var response = await client.GetAcceptingAsync(path, encoding);
        var headers = response.Headers.Concat(response.Content.Headers)
            .Select(h => KeyValuePair.Create(h.Key, string.Join(", ", h.Value)))
            .OrderBy(h => h.Key, StringComparer.Ordinal)
            .ToList();
        return (response.StatusCode, await response.Content.ReadAsByteArrayAsync(), headers);
    }
}
