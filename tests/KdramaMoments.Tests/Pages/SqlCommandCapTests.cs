using System.Data.Common;
using System.Net;
using KdramaMoments.Web.Data;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace KdramaMoments.Tests.Pages;

/// <summary>
/// How many SQL commands an uncached page runs: each statement costs preparing, executing and reading,
/// and a page that grows a query per row or per section is slow long before it is wrong. A cap per page
/// fails the build when a change adds statements; raise one only with a reason.
/// </summary>
public sealed class SqlCommandCapTests(SqlCommandCapTests.CountingSite site) : IClassFixture<SqlCommandCapTests.CountingSite>
{
    [Theory]
    [InlineData("/", 1)]
    [InlineData("/dramas", 0)] // its pages are kept per catalogue version (CatalogueMemo)
    [InlineData("/dramas?sort=title&page=2", 0)]
    [InlineData("/dramas/crash-landing-on-you", 0)] // the page's data is kept per catalogue version; see FirstRequest_… for computing it
    [InlineData("/moments", 0)] // its pages are kept per catalogue version
    [InlineData("/moments?tag=kiss&sort=title", 3)] // one trope alone: its page (cards, their tropes), its facet counts and total in one read of the pairs kept at write time (FacetPairCounts)
    [InlineData("/moments?tag=kiss&tag=first-kiss", 6)] // two tropes, the general path: the page, its count and the facet counts over it
    [InlineData("/moments?decade=2010", 4)] // one decade alone: its page, the pairs led by its years, the catalogue's totals (its total, the decades)
    [InlineData("/moments?episodes=1-4", 4)]
    [InlineData("/moments?year=2016", 2)] // its page is kept per catalogue version; the pairs led by the year and the catalogue's totals
    [InlineData("/api/moments?tag=kiss", 3)]
    [InlineData("/actors/hyun-bin", 0)]
    [InlineData("/tags", 1)]
    [InlineData("/tags/kiss", 0)] // its pages are kept per catalogue version
    [InlineData("/tags/kiss?page=2", 0)]
    [InlineData("/actors/hyun-bin/roles", 0)] // its pages are kept per catalogue version
    [InlineData("/characters/ri-jung-hyuk", 0)] // the page's data is kept per catalogue version
    [InlineData("/couples/hyun-bin-son-ye-jin", 0)] // the page's data is kept per catalogue version
    [InlineData("/search?q=kiss", 0)] // its answer is kept per catalogue version under the words and filters asked (see FirstRequest_… for computing it)
    [InlineData("/api/moments", 0)]
    [InlineData("/api/dramas/goblin", 0)] // the API's drama, actor and moment answers are kept per catalogue version
    [InlineData("/api/actors/hyun-bin", 0)]
    [InlineData("/api/moments/red-light-green-light", 0)]
    [InlineData("/actors", 0)] // its pages, in each order, are kept per catalogue version
    [InlineData("/actors?sort=name&page=2", 0)]
    [InlineData("/couples", 0)] // its pages are kept per catalogue version
    [InlineData("/couples?page=2", 0)]
    [InlineData("/articles", 0)] // its pages are kept per catalogue version
    [InlineData("/articles?page=2", 0)]
    [InlineData("/co-stars", 1)] // the map drawn at write time (KeptCoStarMap) with the count of actors with a co-star beside it, one row each
    public async Task UncachedPage_RunsNoMoreSqlCommandsThanItsCap(string address, int cap)
    {
        var client = site.Factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(address)).StatusCode); // warms caches kept across requests
        var commands = await site.CountCommandsAsync(() => client.GetAsync(WithUniqueQuery(address)));
        Assert.True(commands <= cap, $"{address} ran {commands} SQL commands; its cap is {cap}");
    }

    [Fact]
    public async Task MomentPage_RunsNoMoreSqlCommandsThanItsCap()
    {
        var client = site.Factory.CreateClient();
        var list = await client.GetDocumentAsync("/moments");
        var moment = list.QuerySelector("a[href^='/moments/']")!.GetAttribute("href")!;
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(WithUniqueQuery(moment))).StatusCode); // computes what the page keeps
        var commands = await site.CountCommandsAsync(() => client.GetAsync(WithUniqueQuery(moment)));
        // The moment's page data is kept per catalogue version: the next reader runs no SQL.
        Assert.True(commands <= 0, $"{moment} ran {commands} SQL commands; its cap is 0");
    }

    [Fact]
    public async Task ArticlePage_RunsNoMoreSqlCommandsThanItsCap()
    {
        var client = site.Factory.CreateClient();
        var list = await client.GetDocumentAsync("/articles");
        var article = list.QuerySelector("a[href^='/articles/']")!.GetAttribute("href")!;
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(article)).StatusCode);
        var commands = await site.CountCommandsAsync(() => client.GetAsync(WithUniqueQuery(article)));
        // The article's page data is kept per catalogue version: the next reader runs no SQL.
        Assert.True(commands <= 0, $"{article} ran {commands} SQL commands; its cap is 0");
    }

    /// <summary>
    /// The first reader after a catalogue change computes what the page keeps per catalogue version: a few statements,
    /// each an indexed read, however many readers follow.
    /// </summary>
    [Theory]
    [InlineData("/dramas", 3)] // its default order, its count and its page, on the stored counts' index
    [InlineData("/dramas/crash-landing-on-you", 8)] // its couples by the pairing rule: the drama's moments as evidence, editors' corrections
    [InlineData("/moments/red-light-green-light", 8)] // the moment, its cards, and its couple by the pairing rule
    [InlineData("/actors/hyun-bin", 8)] // roles, moments, co-stars (the chosen, their names and count in one command; the links among them), and the couples section in one read (kept at write time, ActorCouples)
    [InlineData("/api/dramas/goblin", 7)] // the drama, its aliases and cast, its moments' cards and their tropes, the articles naming it
    [InlineData("/api/actors/hyun-bin", 7)] // the actor, aliases and roles, the first moments' cards and their tropes, the co-stars
    [InlineData("/api/moments/red-light-green-light", 5)] // the moment, then its quotes, characters, tropes and sources
    [InlineData("/actors", 2)] // the number of actors (kept at write time), then a page of the order's index
    [InlineData("/couples", 2)] // the number of couples (kept at write time), then a page of them with their pairings in one read (ActorCouples)
    [InlineData("/articles", 2)] // the number of articles (kept at write time), then a page of the folded title's index
    [InlineData("/tags/kiss", 3)] // the trope with its stored count, its page's cards, their tropes
    [InlineData("/actors/hyun-bin/roles", 3)] // the actor, the number of roles, a page of them
    [InlineData("/characters/ri-jung-hyuk", 3)] // the character, its aliases, its moments
    [InlineData("/couples/hyun-bin-son-ye-jin", 6)] // the two actors, their pairings by the rule and editors' corrections, the first moments' cards and their tropes
    [InlineData("/articles/000-d1c5d653134b6707", 2)] // the article, then its items on the sources' article index
    [InlineData("/moments", 9)] // its default order, count, page and the page's tropes; the filter form's tropes, years and facet counts
    [InlineData("/api/moments", 6)] // its count, its page, the page's tropes, and the facet counts
    [InlineData("/search?q=kiss", 14)] // the form's tropes and years; matches (counted unranked, then only the shown rows ranked; the phrases' entry counts in one command, kept per catalogue version so later readers rank without bm25's pass over the posting lists; and a last word of 4+ letters looked up in the index vocabulary to read the few words it begins), each kind described with its context (drama, couple by the pairing rule, quote), spoiler gates, facet counts (tropes; decades and episodes in one grouping; each reads the window of moments found as a subquery)
    public async Task FirstRequestAfterCatalogueChange_RunsNoMoreSqlCommandsThanItsCap(string address, int cap)
    {
        var client = site.Factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(address)).StatusCode);
        var commands = await site.CountCommandsAsync(async () =>
        {
            // What a save does: every kept value (cached pages, the catalogue memo) forgotten.
            foreach (var cache in site.Factory.Services.GetServices<ICatalogueCache>())
            {
                await cache.EvictAsync(CancellationToken.None);
            }
            return await client.GetAsync(WithUniqueQuery(address));
        });
        Assert.True(commands <= cap, $"{address} ran {commands} SQL commands the first time; its cap is {cap}");
    }

    [Fact]
    public async Task Counter_SeesEveryCommandAnUncachedPageRuns()
    {
        var client = site.Factory.CreateClient();
        // A faceted list counts per request (its pages are not kept per catalogue version).
        Assert.True(await site.CountCommandsAsync(() => client.GetAsync(WithUniqueQuery("/moments?tag=kiss"))) > 0);
        // A second request to the same address is answered from the output cache: no SQL at all.
        var address = "/moments?tag=kiss&sort=title";
        await client.GetAsync(address);
        Assert.Equal(0, await site.CountCommandsAsync(() => client.GetAsync(address)));
    }

    [Fact]
    public async Task AddressWithAKeyNoPageReads_IsAnsweredEveryTimeButNeverStored()
    {
        var client = site.Factory.CreateClient();
        var address = WithUniqueQuery("/moments?tag=kiss");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(address)).StatusCode);
        // The same address again still runs the page: a cache-buster or tracking key does not fill the cache.
        Assert.True(await site.CountCommandsAsync(() => client.GetAsync(address)) > 0);
    }

    // The output cache stores no address with a query key that no page reads, so such a key makes a miss that runs the page.
    private static string WithUniqueQuery(string address) =>
        address + (address.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "nocache=" + Guid.NewGuid().ToString("N");

    /// <summary>The seeded site with an interceptor counting every command its contexts execute.</summary>
    public sealed class CountingSite : IAsyncLifetime
    {
        private readonly TempDatabase database = new();
        private readonly CommandCounter counter = new();
        private readonly SemaphoreSlim oneAtATime = new(1, 1);
        private KdramaAppFactory root = null!;

        public WebApplicationFactory<Program> Factory { get; private set; } = null!;

        public async Task<int> CountCommandsAsync(Func<Task<HttpResponseMessage>> request)
        {
            await oneAtATime.WaitAsync();
            try
            {
                var before = counter.Count;
                var response = await request();
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                return counter.Count - before;
            }
            finally
            {
                oneAtATime.Release();
            }
        }

        public Task InitializeAsync()
        {
            root = new KdramaAppFactory(database.Path);
            Factory = root.WithWebHostBuilder(builder => builder.ConfigureServices(services =>
                // Every context the site makes takes the registered interceptors, whichever provider it is.
                services.AddSingleton<IInterceptor>(counter)));
            _ = Factory.Server;
            return Task.CompletedTask;
        }

        public async Task DisposeAsync()
        {
            await Factory.DisposeAsync();
            await root.DisposeAsync();
            database.Dispose();
            oneAtATime.Dispose();
        }
    }

    private sealed class CommandCounter : DbCommandInterceptor
    {
        private int count;

        public int Count => Volatile.Read(ref count);

        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) => Counted(result);

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Counted(result));

        public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result) => Counted(result);

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Counted(result));

        public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result) => Counted(result);

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Counted(result));

        private T Counted<T>(T result)
        {
            Interlocked.Increment(ref count);
            return result;
        }
    }
}
