using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace KdramaMoments.Tests;

public static class HtmlClient
{
    /// <summary>GETs a page, checks its status and parses it as a browser would.</summary>
    public static async Task<IHtmlDocument> GetDocumentAsync(this HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.GetAsync(url);
        Assert.True(expected == response.StatusCode, $"GET {url}: expected {(int)expected}, got {(int)response.StatusCode}");
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }

    public static IReadOnlyList<string> Texts(this IHtmlDocument document, string selector) =>
        document.QuerySelectorAll(selector).Select(e => e.TextContent.Trim()).ToList();
}
