using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using KdramaMoments.Web.Api;

namespace KdramaMoments.Tests.Api;

/// <summary>
/// The examples on /developers and in the OpenAPI document are answers of the running app: every API route has one,
/// and each still has the shape its route answers now on the seeded site. To write them again (after the API
/// changed), run this class with KDRAMA_WRITE_API_EXAMPLES=1, rebuild, and run it again.
/// </summary>
public sealed class ApiExamplesTests(SeededSite site) : IClassFixture<SeededSite>
{
    // The request of each route's example.
    private static readonly Dictionary<string, string> Requests = new()
    {
        ["GET /api/dramas"] = "/api/dramas?sort=year&pageSize=2",
        ["GET /api/dramas/{slug}"] = "/api/dramas/crash-landing-on-you",
        ["GET /api/actors/{slug}"] = "/api/actors/hyun-bin",
        ["GET /api/actors/{slug}/roles"] = "/api/actors/hyun-bin/roles",
        ["GET /api/moments"] = "/api/moments?tag=kiss&pageSize=2",
        ["GET /api/moments/{slug}"] = "/api/moments/you-taught-me-everything-you-just-didnt-teach-me-how-to-break-up",
        ["GET /api/search"] = "/api/search?q=tunnel",
        ["GET /api/search/suggest"] = "/api/search/suggest?q=gob",
        ["GET /export.json"] = "/export.json",
    };

    [Fact]
    public async Task EveryDocumentedRoute_HasAnExample_ShapedAsTheRouteAnswersNow()
    {
        var client = site.Factory.CreateClient();
        var routes = await ApiRoutesAsync(client);
        if (Environment.GetEnvironmentVariable("KDRAMA_WRITE_API_EXAMPLES") == "1")
        {
            await WriteExamplesAsync(client, routes);
        }

        Assert.Equal(routes.Order(StringComparer.Ordinal), ApiExamples.All.Keys.Order(StringComparer.Ordinal));
        foreach (var (key, example) in ApiExamples.All)
        {
            var template = key.Split(' ', 2)[1];
            Assert.Matches("^" + Regex.Replace(Regex.Escape(template), @"\\\{[a-z]+}", "[^/?]+") + @"(\?|$)", example.Request);
            var response = await client.GetAsync(example.Request);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{key}: {example.Request} answered {(int)response.StatusCode}; write the examples again (see the class comment)");
            var answer = ApiExamples.Shorten(JsonNode.Parse(await response.Content.ReadAsStringAsync()));
            var (expected, actual) = (Shape(example.Response), Shape(answer));
            Assert.True(expected.SetEquals(actual),
                $"{key}: the example's shape differs from {example.Request}'s answer (write the examples again, see the class comment). " +
                $"Only in the example: {string.Join(", ", expected.Except(actual))}. Only in the answer: {string.Join(", ", actual.Except(expected))}.");
        }
    }

    [Fact]
    public async Task DevelopersPage_ShowsTypedParametersAndEachRoutesExampleRequestAndAnswer()
    {
        var page = await site.Factory.CreateClient().GetDocumentAsync("/developers");
        var operations = page.QuerySelectorAll("section.api-op");
        Assert.Equal(ApiExamples.All.Count, operations.Length);
        foreach (var operation in operations)
        {
            var key = operation.QuerySelector("h2")!.TextContent.Trim();
            var example = ApiExamples.All[key];
            Assert.Equal(example.Request, operation.QuerySelector(".api-example a")!.GetAttribute("href"));
            Assert.True(JsonNode.DeepEquals(example.Response, JsonNode.Parse(operation.QuerySelector(".api-example pre")!.TextContent)), key);
            foreach (var row in operation.QuerySelectorAll("tbody tr").Where(r => r.QuerySelector("th")!.TextContent is "year" or "page" or "pageSize"))
            {
                Assert.Equal("integer", row.QuerySelector("td[data-label=Type]")!.TextContent);
            }
        }
        Assert.Contains(operations, o => o.QuerySelectorAll("tbody th").Any(th => th.TextContent == "pageSize"));
    }

    [Fact]
    public async Task OpenApiDocument_CarriesEachExampleAsItsAnswersExample()
    {
        using var document = JsonDocument.Parse(await site.Factory.CreateClient().GetStringAsync("/openapi/v1.json"));
        foreach (var (key, example) in ApiExamples.All)
        {
            var (method, path) = (key.Split(' ')[0].ToLowerInvariant(), key.Split(' ')[1]);
            var documented = document.RootElement.GetProperty("paths").GetProperty(path).GetProperty(method)
                .GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("example");
            Assert.True(JsonNode.DeepEquals(example.Response, JsonNode.Parse(documented.GetRawText())), key);
        }
    }

    private static async Task<List<string>> ApiRoutesAsync(HttpClient client)
    {
        using var openApi = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));
        return openApi.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(op => ApiExamples.Key(op.Name, p.Name)))
            .ToList();
    }

    private static async Task WriteExamplesAsync(HttpClient client, List<string> routes)
    {
        var examples = new JsonObject();
        foreach (var route in routes.Order(StringComparer.Ordinal))
        {
            Assert.True(Requests.TryGetValue(route, out var request), $"{route} has no example request: add one to {nameof(Requests)}");
            var answer = JsonNode.Parse(await client.GetStringAsync(request));
            examples[route] = new JsonObject { ["request"] = request, ["response"] = ApiExamples.Shorten(answer) };
        }
        await File.WriteAllTextAsync(Path.Combine(RepositoryRoot(), "src", "KdramaMoments.Web", "Api", "ApiExamples.json"), examples.ToJsonString(ApiExamples.Json) + "\n");
    }

    // Every property's path, and the kind of each value that is not null: "$.items[].year: Number".
    private static HashSet<string> Shape(JsonNode? node)
    {
        var shape = new HashSet<string>(StringComparer.Ordinal);
        void Walk(JsonNode? n, string path)
        {
            switch (n)
            {
                case JsonObject o:
                    foreach (var (name, value) in o)
                    {
                        shape.Add($"{path}.{name}");
                        Walk(value, $"{path}.{name}");
                    }
                    break;
                case JsonArray a:
                    foreach (var item in a)
                    {
                        Walk(item, path + "[]");
                    }
                    break;
                case JsonValue v:
                    var kind = v.GetValueKind();
                    shape.Add($"{path}: {(kind is JsonValueKind.True or JsonValueKind.False ? "Boolean" : kind.ToString())}");
                    break;
            }
        }
        Walk(node, "$");
        return shape;
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "KdramaMoments.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("KdramaMoments.sln not found");
    }
}
