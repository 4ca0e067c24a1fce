using System.Net;
using System.Net.Http.Headers;
using KdramaMoments.Web.Cli;

namespace KdramaMoments.Tests.Pages;

public sealed class ExportJsonTests : IAsyncLifetime
{
    private readonly TempDatabase database = new();
    private KdramaAppFactory factory = null!;

    public Task InitializeAsync()
    {
        factory = new KdramaAppFactory(database.Path);
        _ = factory.Server;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await factory.DisposeAsync();
        database.Dispose();
    }

    [Fact]
    public async Task ExportJson_EqualsTheExportCommandsOutput_WithLicenceAndETag()
    {
        var client = factory.CreateClient();
        var response = await client.GetAsync("/export.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsByteArrayAsync();

        var file = Path.Combine(database.Folder, "export.json");
        Assert.Equal(0, await CommandLine.RunAsync(["export", "--out", file, "--db", database.Path], new StringWriter(), new StringWriter()));
        Assert.Equal(await File.ReadAllBytesAsync(file), body);

        using var json = System.Text.Json.JsonDocument.Parse(body);
        Assert.Equal(1, json.RootElement.GetProperty("schemaVersion").GetInt32());
        Assert.Contains("CC BY 4.0", json.RootElement.GetProperty("licence").GetString(), StringComparison.Ordinal);
        Assert.Contains("rel=\"license\"", response.Headers.GetValues("Link").Single(), StringComparison.Ordinal);

        // The same catalogue again costs a 304 and no body.
        var etag = response.Headers.ETag!;
        using var again = new HttpRequestMessage(HttpMethod.Get, "/export.json");
        again.Headers.IfNoneMatch.Add(new EntityTagHeaderValue(etag.Tag));
        var notModified = await client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Developers_LinksTheDumpAndDescribesTheNewAddresses()
    {
        var page = await factory.CreateClient().GetDocumentAsync("/developers");
        Assert.NotNull(page.QuerySelector("a[href='/export.json']"));
        var text = page.Body!.TextContent;
        foreach (var address in new[] { "/couples/{slug}", "/lists/shared", "feed.atom", "not=" })
        {
            Assert.Contains(address, text, StringComparison.Ordinal);
        }
    }
}
