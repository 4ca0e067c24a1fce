using System.Text.Encodings.Web;
using System.Text.Unicode;
using KdramaMoments.Web.Pages;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace KdramaMoments.Tests.Pages;

/// <summary>
/// The list pages read their filters from the query string directly (QueryBinding), write their menus' options as kept
/// HTML (OptionList) and their pager without a partial (PagerModel.Html): each must read and write what model binding
/// and the Razor views did.
/// </summary>
public sealed class QueryBindingTests(SeededSite site) : IClassFixture<SeededSite>
{
    private static QueryCollection Query(string query) => new(QueryHelpers.ParseQuery(query));

    [Theory]
    [InlineData("?color=teal", "teal")]
    [InlineData("?color=teal&color=plum", "teal")] // the first value, as the binder takes it
    [InlineData("?color=%20teal%20", " teal ")] // kept as written; the pages trim
    [InlineData("?color=", null)]
    [InlineData("?color=%20%20", null)]
    [InlineData("?colour=teal", null)]
    [InlineData("?COLOR=teal", "teal")] // keys are matched whatever their case
    public void Text_IsTheFirstValueOrNullWhenBlank(string query, string? expected) =>
        Assert.Equal(expected, QueryBinding.Text(Query(query), "color"));

    [Theory]
    [InlineData("?n=42", 42)]
    [InlineData("?n=%2042%20", 42)]
    [InlineData("?n=-3", -3)]
    [InlineData("?n=0x2A", 42)] // the type converter model binding uses reads hexadecimal
    [InlineData("?n=%232A", 42)]
    [InlineData("?n=forty", null)]
    [InlineData("?n=4.5", null)]
    [InlineData("?n=99999999999", null)]
    [InlineData("?n=", null)]
    [InlineData("?m=42", null)]
    public void Number_ReadsWhatTheInvariantConverterReads(string query, int? expected) =>
        Assert.Equal(expected, QueryBinding.Number(Query(query), "n"));

    [Theory]
    [InlineData("?a=1&b=2", null, true)]
    [InlineData("?a[]=1", null, false)]
    [InlineData("?x[a]=1", null, false)]
    [InlineData("?a=1", "application/x-www-form-urlencoded", false)]
    public void IsPlain_LeavesFormBodiesAndBracketKeysToModelBinding(string query, string? contentType, bool plain)
    {
        var context = new DefaultHttpContext();
        context.Request.QueryString = new QueryString(query);
        context.Request.ContentType = contentType;
        Assert.Equal(plain, QueryBinding.IsPlain(context.Request));
    }

    [Fact]
    public void OptionList_EncodesEachOptionAndSelectsOnlyTheChosenOne()
    {
        var html = Write(OptionList.Html([("a&b", "Tom & Jerry"), ("kim", "김 <3"), ("lee", "Lee")], "kim", HtmlEncoder.Create(UnicodeRanges.All)));
        Assert.Equal(
            "                <option value=\"a&amp;b\">Tom &amp; Jerry</option>\n" +
            "                <option value=\"kim\" selected=\"selected\">김 &lt;3</option>\n" +
            "                <option value=\"lee\">Lee</option>\n", html);
        Assert.Equal("", Write(OptionList.Html([], null, HtmlEncoder.Default)));
    }

    [Fact]
    public void Pager_LinksTheNeighboursKeepingTheOtherQueryValues()
    {
        var context = new DefaultHttpContext();
        context.Request.Path = "/things";
        context.Request.QueryString = new QueryString("?sort=name&page=2&q=a%26b");
        Assert.Equal(
            "    <nav class=\"pager\" aria-label=\"Pages\">\n" +
            "            <a href=\"/things?sort=name&amp;q=a%26b\" rel=\"prev\">← Previous</a>\n" +
            "        <span aria-current=\"page\">Page 2 of 3</span>\n" +
            "            <a href=\"/things?sort=name&amp;q=a%26b&amp;page=3\" rel=\"next\">Next →</a>\n" +
            "    </nav>\n", Write(new PagerModel(2, 3, context.Request).Html()));
        Assert.Equal("", Write(new PagerModel(1, 1, context.Request).Html()));
    }

    [Fact]
    public async Task Moments_AYearWrittenAsTheBinderReadItListsThatYear()
    {
        var client = site.Factory.CreateClient();
        var plain = await client.GetDocumentAsync("/moments?year=2019&sort=title");
        var plainCards = plain.Texts(".moment-cards > li > a:first-child");
        Assert.NotEmpty(plainCards);
        Assert.Equal("selected", plain.QuerySelector("#filter-year option[value='2019']")!.GetAttribute("selected"));
        // Spaces around it, and 0x7E3 (2019 to the converter model binding uses), name the same year.
        foreach (var other in new[] { "/moments?year=0x7E3&sort=title", "/moments?year=%202019%20&sort=title" })
        {
            Assert.Equal(plainCards, (await client.GetDocumentAsync(other)).Texts(".moment-cards > li > a:first-child"));
        }
        // Not a year, or a bracketed key (left to model binding, which does not read it as year either): the whole list.
        foreach (var whole in new[] { "/moments?year=soon&sort=title", "/moments?year[]=2019&sort=title" })
        {
            var all = await client.GetDocumentAsync(whole);
            Assert.Contains("of 37 moments", all.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Search_ABracketedQueryIsLeftToModelBindingWhichReadsNoWords()
    {
        var client = site.Factory.CreateClient();
        Assert.NotEmpty((await client.GetDocumentAsync("/search?q=kiss")).Texts(".results > li > a"));
        var bracketed = await client.GetDocumentAsync("/search?q[]=kiss");
        Assert.Empty(bracketed.Texts(".results > li > a"));
        Assert.Equal("Search", bracketed.QuerySelector("h1")!.TextContent);
    }

    private static string Write(IHtmlContent content)
    {
        using var writer = new StringWriter();
        content.WriteTo(writer, HtmlEncoder.Create(UnicodeRanges.All));
        return writer.ToString();
    }
}
