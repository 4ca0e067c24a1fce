using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace KdramaMoments.Tests.Api;

/// <summary>The JSON API: shapes, paging, conditional GET, and an OpenAPI document that lists every route.</summary>
public sealed class CatalogApiTests(SeededSite site) : IClassFixture<SeededSite>
{
    private async Task<JsonElement> GetJsonAsync(string url)
    {
        var response = await site.Factory.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    [Fact]
    public async Task Dramas_ArePagedWithLinksToTheNextPage()
    {
        var first = await GetJsonAsync("/api/dramas?pageSize=10");
        Assert.Equal(28, first.GetProperty("total").GetInt32());
        Assert.Equal(3, first.GetProperty("totalPages").GetInt32());
        Assert.Equal(10, first.GetProperty("items").GetArrayLength());
        var top = first.GetProperty("items")[0];
        Assert.Equal("crash-landing-on-you", top.GetProperty("slug").GetString());
        Assert.Equal(4, top.GetProperty("lists").GetInt32());
        Assert.Equal(2019, top.GetProperty("year").GetInt32());
        Assert.Equal(JsonValueKind.Null, first.GetProperty("previous").ValueKind);

        var last = await GetJsonAsync(first.GetProperty("next").GetString()!.Replace("page=2", "page=3", StringComparison.Ordinal));
        Assert.Equal(8, last.GetProperty("items").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, last.GetProperty("next").ValueKind);
        Assert.Equal("/api/dramas?pageSize=10&page=2", last.GetProperty("previous").GetString());
        // Links keep what narrows the list and drop empty values; the API names every page, the first too.
        var second = await GetJsonAsync("/api/dramas?sort=&pageSize=10&page=2");
        Assert.Equal(("/api/dramas?pageSize=10&page=3", "/api/dramas?pageSize=10&page=1"), (second.GetProperty("next").GetString(), second.GetProperty("previous").GetString()));
        Assert.Equal(100, (await GetJsonAsync("/api/dramas?pageSize=5000")).GetProperty("pageSize").GetInt32());
    }

    [Fact]
    public async Task Drama_HasCastMomentsAndArticles()
    {
        var goblin = await GetJsonAsync("/api/dramas/goblin");
        Assert.Equal("Goblin", goblin.GetProperty("title").GetString());
        Assert.Equal(["Guardian: The Lonely And Great God"], goblin.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        var kimShin = goblin.GetProperty("cast").EnumerateArray().Single(c => c.GetProperty("character").GetProperty("slug").GetString() == "kim-shin");
        Assert.Equal("gong-yoo", kimShin.GetProperty("actor").GetProperty("slug").GetString());
        Assert.Equal(3, goblin.GetProperty("moments").GetArrayLength());
        Assert.Equal(3, goblin.GetProperty("articles").GetArrayLength());
        Assert.Equal(3, goblin.GetProperty("lists").GetInt32());
    }

    [Fact]
    public async Task Actor_HasRolesMomentsAndCoStars()
    {
        var actor = await GetJsonAsync("/api/actors/song-hye-kyo");
        Assert.Equal(3, actor.GetProperty("roles").GetArrayLength());
        Assert.Equal(4, actor.GetProperty("moments").GetArrayLength());
        var coStars = actor.GetProperty("coStars").EnumerateArray().Select(c => c.GetProperty("actor").GetProperty("slug").GetString()).ToList();
        Assert.Equal(["lee-do-hyun", "park-bo-gum", "song-joong-ki"], coStars);
    }

    [Fact]
    public async Task Moments_FilterLikeThePageAndOneMomentHasItsSources()
    {
        var kisses = await GetJsonAsync("/api/moments?tag=kiss");
        Assert.Equal(5, kisses.GetProperty("total").GetInt32());
        Assert.All(kisses.GetProperty("items").EnumerateArray(), m => Assert.Contains("kiss", m.GetProperty("tags").EnumerateArray().Select(t => t.GetString())));

        var slug = (await GetJsonAsync("/api/moments?drama=lovely-runner")).GetProperty("items")[0].GetProperty("slug").GetString();
        var moment = await GetJsonAsync("/api/moments/" + slug);
        Assert.Equal("lovely-runner", moment.GetProperty("drama").GetProperty("slug").GetString());
        Assert.Equal(2, moment.GetProperty("quotes").GetArrayLength());
        var source = moment.GetProperty("sources")[0];
        Assert.Equal("000_d1c5d653134b6707.txt", source.GetProperty("file").GetString());
        Assert.Equal(2, source.GetProperty("position").GetInt32());
        Assert.Contains("Episode 10", source.GetProperty("excerpt").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_GroupsResultsByKind()
    {
        var answer = await GetJsonAsync("/api/search?q=goblin");
        Assert.Equal("goblin", answer.GetProperty("query").GetString());
        var kinds = answer.GetProperty("groups").EnumerateArray().Select(g => g.GetProperty("kind").GetString()).ToList();
        Assert.Contains("drama", kinds);
        Assert.Contains("moment", kinds);
        var drama = answer.GetProperty("groups").EnumerateArray().Single(g => g.GetProperty("kind").GetString() == "drama");
        Assert.Equal("/dramas/goblin", drama.GetProperty("items")[0].GetProperty("url").GetString());
    }

    [Fact]
    public async Task MatchingETag_Answers304WithoutABody()
    {
        var client = site.Factory.CreateClient();
        var first = await client.GetAsync("/api/dramas/goblin");
        var etag = first.Headers.ETag!;
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/dramas/goblin");
        request.Headers.IfNoneMatch.Add(etag);
        var second = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());

        using var stale = new HttpRequestMessage(HttpMethod.Get, "/api/dramas/goblin");
        stale.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"not-the-current-one\""));
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(stale)).StatusCode);
        // Different content, different tag.
        Assert.NotEqual(etag, (await client.GetAsync("/api/dramas/lovely-runner")).Headers.ETag);
    }

    [Fact]
    public async Task UnknownSlug_Is404ProblemAndFormerSlugRedirects()
    {
        var client = site.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var missing = await client.GetAsync("/api/moments/no-such-moment");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
        await site.Factory.WithDbAsync(async db =>
        {
            var id = db.Actors.Single(a => a.Slug == "gong-yoo").Id;
            db.SlugRedirects.Add(new KdramaMoments.Web.Domain.SlugRedirect { EntityType = "actor", OldSlug = "gong-yu", TargetId = id });
            return await db.SaveChangesAsync();
        });
        var moved = await client.GetAsync("/api/actors/gong-yu");
        Assert.Equal(HttpStatusCode.MovedPermanently, moved.StatusCode);
        Assert.Equal("/api/actors/gong-yoo", moved.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task OpenApiDocument_ListsEveryApiRouteAndThePagePresentsIt()
    {
        var document = await GetJsonAsync("/openapi/v1.json");
        var documented = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToHashSet();
        var routes = site.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Where(r => r.StartsWith("/api/", StringComparison.Ordinal))
            .ToHashSet();
        Assert.True(routes.Count >= 6, string.Join(", ", routes));
        Assert.Subset(documented, routes);
        Assert.Superset(new HashSet<string> { "/api/dramas", "/api/dramas/{slug}", "/api/actors/{slug}", "/api/moments", "/api/moments/{slug}", "/api/search" }, routes);

        var page = await site.Factory.CreateClient().GetDocumentAsync("/developers");
        var listed = page.QuerySelectorAll(".api-op h2 code").Select(c => c.TextContent).ToHashSet();
        Assert.Equal(documented, listed);

        // Numbers are documented as integers (they are read leniently, but callers should send integers).
        var listMoments = document.GetProperty("paths").GetProperty("/api/moments").GetProperty("get").GetProperty("parameters").EnumerateArray().ToList();
        foreach (var name in new[] { "year", "page", "pageSize" })
        {
            Assert.Equal("integer", listMoments.Single(p => p.GetProperty("name").GetString() == name).GetProperty("schema").GetProperty("type").GetString());
        }
        var typed = page.QuerySelectorAll(".api-op tbody tr").Where(tr => tr.QuerySelector("th code")!.TextContent is "year" or "page" or "pageSize");
        Assert.All(typed, tr => Assert.Equal("integer", tr.QuerySelector("td[data-label=Type]")!.TextContent));
    }
}
