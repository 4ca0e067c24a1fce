using System.Net;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Tests.Pages;

/// <summary>
/// A catalogue larger than one sitemap file: <c>/sitemap.xml</c> becomes an index of files beside it, each naming at
/// most <c>Sitemap:UrlsPerFile</c> addresses, together every address the one file names for a small catalogue.
/// </summary>
public sealed class SitemapIndexTests(SeededSite oneFile) : IClassFixture<SeededSite>, IAsyncLifetime
{
    private const int UrlsPerFile = 20;
    private static readonly XNamespace Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private readonly TempDatabase database = new();
    private KdramaAppFactory indexed = null!;

    public Task InitializeAsync()
    {
        indexed = new KdramaAppFactory(database.Path, settings: new Dictionary<string, string> { ["Sitemap:UrlsPerFile"] = UrlsPerFile.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await indexed.DisposeAsync();
        database.Dispose();
    }

    [Fact]
    public async Task LargeCatalogue_SitemapIsAnIndexWhoseFilesNameEveryAddressOnce()
    {
        var expected = await PathsAsync(oneFile.Factory.CreateClient(), "/sitemap.xml");
        Assert.True(expected.Count > UrlsPerFile * 3, "the seeds should need several files at this size");

        var client = indexed.CreateClient();
        var index = XDocument.Parse(await client.GetStringAsync("/sitemap.xml"));
        Assert.Equal(Sitemaps + "sitemapindex", index.Root!.Name);
        var files = index.Root.Elements(Sitemaps + "sitemap").Select(s => new Uri(s.Element(Sitemaps + "loc")!.Value)).ToList();
        Assert.All(files, file => Assert.Matches("^/sitemap-[a-z]+(-[1-9][0-9]*)?\\.xml$", file.AbsolutePath));
        Assert.Contains("/sitemap-pages.xml", files.Select(f => f.AbsolutePath));
        Assert.Contains("/sitemap-moments-2.xml", files.Select(f => f.AbsolutePath));

        var found = new List<string>();
        foreach (var file in files)
        {
            var response = await client.GetAsync(file.AbsolutePath);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
            var paths = PathsOf(XDocument.Parse(await response.Content.ReadAsStringAsync()));
            Assert.InRange(paths.Count, 0, UrlsPerFile);
            found.AddRange(paths);
        }
        Assert.Equal(expected.Order(StringComparer.Ordinal), found.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task IndexFollowsImports_NamingEveryMomentTheyAdded()
    {
        var client = indexed.CreateClient();
        Assert.Equal(await MomentPathsAsync(), (await IndexedPathsAsync(client)).Where(IsMoment).Order(StringComparer.Ordinal));

        var editor = await Accounts.EditorSession.NewEditorClientAsync(indexed);
        await Data.StoredCountsTests.ImportFromPageAsync(editor, "summer-no-style.txt");
        await Data.StoredCountsTests.ImportFromPageAsync(editor, "rivals-markdown.txt");

        var moments = await MomentPathsAsync();
        Assert.True(moments.Count > 40, $"the imports should reach a third file of moments ({moments.Count} moments)");
        Assert.Equal(moments, (await IndexedPathsAsync(client)).Where(IsMoment).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Moments_SayWhenTheyLastChanged_AndAnEditMovesOnlyThatMoment()
    {
        var client = indexed.CreateClient();
        var before = await LastChangesAsync(client);
        var kept = await FeedTimesAsync();
        Assert.Equal(kept.Count, before.Count(p => IsMoment(p.Key)));
        Assert.All(kept, moment => Assert.Equal(W3cTime(moment.Value), before[moment.Key]));
        // A drama's or actor's page gathers many moments, and no kept time says when the last of them changed: no date rather than a wrong one.
        Assert.All(before.Where(p => p.Key.StartsWith("/dramas/", StringComparison.Ordinal) || p.Key.StartsWith("/actors/", StringComparison.Ordinal)), p => Assert.Null(p.Value));

        var first = await indexed.WithDbAsync(db => db.Moments.OrderBy(m => m.Id).Select(m => new { m.Id, m.Slug }).FirstAsync());
        var path = "/moments/" + first.Slug;
        var editor = await Accounts.EditorSession.NewEditorClientAsync(indexed);
        await Data.ActorMomentsTests.SaveFormAsync(editor, $"/admin/moments/edit/{first.Id}", ("Input.Description", "Rewritten after a second watch."));

        var edited = (await FeedTimesAsync())[path];
        Assert.True(edited > kept[path]);
        var after = await LastChangesAsync(client);
        Assert.Equal(W3cTime(edited), after[path]);
        Assert.Equal(before.Where(p => p.Key != path), after.Where(p => p.Key != path));
    }

    private Task<Dictionary<string, DateTime>> FeedTimesAsync() =>
        indexed.WithDbAsync(db => db.Moments.ToDictionaryAsync(m => "/moments/" + m.Slug, m => m.FeedUpdatedAt));

    private static string W3cTime(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

    // Every address the index's files name with its <lastmod> (null where there is none).
    private static async Task<Dictionary<string, string?>> LastChangesAsync(HttpClient client) =>
        (await IndexedUrlsAsync(client)).ToDictionary(PathOf, url => url.Element(Sitemaps + "lastmod")?.Value);

    private static bool IsMoment(string path) => path.StartsWith("/moments/", StringComparison.Ordinal);

    private Task<List<string>> MomentPathsAsync() =>
        indexed.WithDbAsync(async db => (await db.Moments.Select(m => "/moments/" + m.Slug).ToListAsync()).Order(StringComparer.Ordinal).ToList());

    // Every address the index's files name, read as a crawler would.
    private static async Task<List<string>> IndexedPathsAsync(HttpClient client) => (await IndexedUrlsAsync(client)).Select(PathOf).ToList();

    // Every <url> of the index's files, in order.
    private static async Task<List<XElement>> IndexedUrlsAsync(HttpClient client)
    {
        var index = XDocument.Parse(await client.GetStringAsync("/sitemap.xml"));
        var found = new List<XElement>();
        foreach (var file in index.Root!.Elements(Sitemaps + "sitemap").Select(s => new Uri(s.Element(Sitemaps + "loc")!.Value)))
        {
            found.AddRange(XDocument.Parse(await client.GetStringAsync(file.AbsolutePath)).Root!.Elements(Sitemaps + "url"));
        }
        return found;
    }

    [Theory]
    [InlineData("/sitemap-moments-9.xml")] // past the moments' last file (37 moments, 20 a file)
    [InlineData("/sitemap-moments-0.xml")]
    [InlineData("/sitemap-moments-01.xml")]
    [InlineData("/sitemap-moments.xml")]
    [InlineData("/sitemap-episodes-1.xml")]
    [InlineData("/sitemap-.xml")]
    public async Task UnknownSitemapFile_Returns404(string path)
    {
        var response = await indexed.CreateClient().GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static async Task<List<string>> PathsAsync(HttpClient client, string path)
    {
        var document = XDocument.Parse(await client.GetStringAsync(path));
        Assert.Equal(Sitemaps + "urlset", document.Root!.Name);
        return PathsOf(document);
    }

    private static List<string> PathsOf(XDocument document) => document.Root!.Elements(Sitemaps + "url").Select(PathOf).ToList();

    private static string PathOf(XElement url) => new Uri(url.Element(Sitemaps + "loc")!.Value).AbsolutePath;
}
