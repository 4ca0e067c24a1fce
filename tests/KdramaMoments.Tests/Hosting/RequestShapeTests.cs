using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AngleSharp.Html.Parser;
using KdramaMoments.Tests.Accounts;
using Xunit.Abstractions;

namespace KdramaMoments.Tests.Hosting;

/// <summary>
/// No request shape may answer 5xx: every route of the endpoint data source gets odd methods, broken forms and
/// multipart bodies, bad encodings, NUL bytes, oversized bodies and huge headers, anonymous and signed in.
/// </summary>
public sealed class RequestShapeTests(ITestOutputHelper output) : FreshSiteTests
{
    private const string Boundary = "----kdrama-shape";

    /// <summary>A request shape: what is sent to an address.</summary>
    private sealed record Shape(string Name, Func<string, HttpRequestMessage> Request);

    private static readonly Shape[] Shapes =
    [
        .. new[] { "GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PROPFIND" }
            .Select(method => new Shape(method, url => new HttpRequestMessage(new HttpMethod(method), url))),
        new("form with broken escapes", url => Post(url, "a=%zz%FF&Input.Title=%&b", "application/x-www-form-urlencoded")),
        new("form in an unknown charset", url => Post(url, "Input.Title=x", "application/x-www-form-urlencoded; charset=klingon")),
        new("form with NUL", url => Post(url, "Input.Title=a%00b&Input.Text=%00%00&q=%00", "application/x-www-form-urlencoded")),
        new("form of invalid UTF-8", url => Post(url, Encoding.Latin1.GetBytes("Input.Title=\u00ff\u00fe\u00c0"), "application/x-www-form-urlencoded")),
        new("multipart without boundary", url => Post(url, "--x\r\n", "multipart/form-data")),
        new("multipart never closed", url => Post(url, $"--{Boundary}\r\nContent-Disposition: form-data; name=\"Input.Title\"\r\n\r\nhalf", $"multipart/form-data; boundary={Boundary}")),
        new("multipart with a garbled header", url => Post(url, $"--{Boundary}\r\nContent-Disposition form-data name=\r\n\r\nx\r\n--{Boundary}--\r\n", $"multipart/form-data; boundary={Boundary}")),
        new("multipart boundary too long", url => Post(url, "--x\r\n", $"multipart/form-data; boundary={new string('b', 200)}")),
        new("json body", url => Post(url, "{\"Input\":", "application/json")),
        new("form value over the limit", url => Post(url, "Input.Text=" + new string('a', 4 * 1024 * 1024 + 10), "application/x-www-form-urlencoded")),
        new("query of NUL and invalid UTF-8", url => new HttpRequestMessage(HttpMethod.Get, url + "?q=%00%FF%FE&page=%00&sort=%C0%AF&tag=%00'--&kind=\u0000")),
        new("huge headers and a forged cookie", url =>
        {
            var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.TryAddWithoutValidation("X-Filler", new string('h', 60_000));
            request.Headers.TryAddWithoutValidation("Cookie", ".AspNetCore.Identity.Application=" + new string('A', 8_000) + "; .AspNetCore.Antiforgery.x=%00");
            request.Headers.TryAddWithoutValidation("Accept-Language", "zz-ZZ;q=oops, \u00ff");
            return request;
        }),
    ];

    [Fact]
    public async Task EveryRoute_EveryMalformedShape_AnonymousAndSignedIn_NeverAnswers5xx()
    {
        var addresses = await SiteRoutes.AddressesAsync(Factory);
        var clients = new[] { ("anonymous", EditorSession.NewClient(Factory)), ("editor", await EditorSession.NewEditorClientAsync(Factory)) };
        var failures = new List<string>();
        var sent = 0;
        foreach (var (who, client) in clients)
        {
            foreach (var address in addresses)
            {
                foreach (var shape in Shapes)
                {
                    using var response = await client.SendAsync(shape.Request(address));
                    sent++;
                    if ((int)response.StatusCode >= 500)
                    {
                        failures.Add($"{who} {shape.Name} {address}: {(int)response.StatusCode}");
                    }
                }
            }
        }
        output.WriteLine($"{addresses.Count} routes × {Shapes.Length} shapes × {clients.Length} clients = {sent} requests, {failures.Count} answered 5xx");
        Assert.True(addresses.Count > 40, $"only {addresses.Count} routes found");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Theory]
    [InlineData("TRACE", "/moments")]
    [InlineData("TRACE", "/dramas")]
    [InlineData("TRACE", "/search?q=kiss")]
    [InlineData("OPTIONS", "/")]
    [InlineData("PUT", "/account/sign-in")]
    [InlineData("DELETE", "/dramas/goblin")]
    public async Task UnsupportedMethodOnAPage_Answers405WithAllow(string method, string url)
    {
        using var response = await Factory.CreateClient().SendAsync(new HttpRequestMessage(new HttpMethod(method), url));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("GET", response.Content.Headers.Allow);
        Assert.DoesNotContain(method, response.Content.Headers.Allow);
    }

    [Fact]
    public async Task EveryAddress_AnswersHeadAsItAnswersGet_WithoutTheBody()
    {
        var client = EditorSession.NewClient(Factory);
        var differences = new List<string>();
        var addresses = await SiteRoutes.AddressesAsync(Factory);
        foreach (var address in addresses)
        {
            using var get = await client.GetAsync(address);
            using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, address));
            var body = await head.Content.ReadAsByteArrayAsync();
            if (head.StatusCode != get.StatusCode || head.Content.Headers.ContentType?.MediaType != get.Content.Headers.ContentType?.MediaType || body.Length > 0)
            {
                differences.Add($"{address}: GET {(int)get.StatusCode} {get.Content.Headers.ContentType}, HEAD {(int)head.StatusCode} {head.Content.Headers.ContentType} with {body.Length} bytes");
            }
        }
        Assert.True(addresses.Count > 40, $"only {addresses.Count} routes found");
        Assert.True(differences.Count == 0, string.Join("\n", differences));
    }

    [Theory]
    [InlineData("POST", "/api/moments")]
    [InlineData("DELETE", "/sitemap.xml")]
    [InlineData("PUT", "/feed.atom")]
    public async Task UnsupportedMethodOnAnEndpoint_Answers405NamingGetAndHead(string method, string url)
    {
        using var response = await Factory.CreateClient().SendAsync(new HttpRequestMessage(new HttpMethod(method), url));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow);
    }

    [Fact]
    public async Task PageWithAForm_AllowsPostToo()
    {
        using var response = await Factory.CreateClient().SendAsync(new HttpRequestMessage(HttpMethod.Options, "/account/sign-in"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "HEAD", "POST"], response.Content.Headers.Allow);
    }

    [Fact]
    public async Task MalformedMultipartSignIn_Answers400OnTheSignInPageWithAMessage()
    {
        using var response = await EditorSession.NewClient(Factory).SendAsync(Post("/account/sign-in", "--x\r\nbroken", "multipart/form-data; boundary=x"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Contains("the form could not be read", page.QuerySelector("main [role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("input[name='Input.Email']"));
    }

    [Fact]
    public async Task UploadOverTheRequestLimit_Answers413OnTheImportPageWithTheLimit()
    {
        var client = await EditorSession.NewEditorClientAsync(Factory);
        var revisions = await Factory.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Revisions));
        var (_, token) = await EditorSession.GetFormAsync(client, "/admin/import");
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        var file = new ByteArrayContent(new byte[1200 * 1024]);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        form.Add(file, "Upload", "huge.txt");

        using var response = await client.PostAsync("/admin/import?handler=Preview", form);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Contains("the limit is 512 KB", page.QuerySelector("input[name=Upload] ~ .field-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(revisions, await Factory.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Revisions)));
    }

    [Fact]
    public async Task PastedTextWithNul_IsPreviewedWithTheNulRemoved()
    {
        var client = await EditorSession.NewEditorClientAsync(Factory);
        var (_, token) = await EditorSession.GetFormAsync(client, "/admin/import");
        var text = (await File.ReadAllTextAsync(RepositoryPaths.Fixture("summer-no-style.txt"))).Insert(40, "\0\0");
        // As a browser sends the import form: multipart, the NULs as they were pasted.
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { new StringContent(text), "Input.Text" } };

        using var response = await client.PostAsync("/admin/import?handler=Preview", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.NotEmpty(page.QuerySelectorAll("fieldset.import-item"));
        Assert.DoesNotContain('\0', page.QuerySelector("textarea[name='Input.Text']")!.TextContent);
    }

    [Fact]
    public async Task UrlEncodedNul_Answers400OnTheEditPageWithAMessage_AndSavesNothing()
    {
        var client = await EditorSession.NewEditorClientAsync(Factory);
        var (_, token) = await EditorSession.GetFormAsync(client, "/admin/dramas/edit");
        var dramas = await Factory.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Dramas));

        using var response = await EditorSession.PostFormAsync(client, "/admin/dramas/edit", token, ("Input.Title", "Null\0Drama"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Contains("NUL character", page.QuerySelector("main [role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("input[name='Input.Title']"));
        Assert.Equal(dramas, await Factory.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Dramas)));
    }

    private static HttpRequestMessage Post(string url, string body, string contentType) => Post(url, Encoding.UTF8.GetBytes(body), contentType);

    private static HttpRequestMessage Post(string url, byte[] body, string contentType)
    {
        var content = new ByteArrayContent(body);
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return new HttpRequestMessage(HttpMethod.Post, url) { Content = content };
    }
}
