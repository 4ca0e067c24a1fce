using AngleSharp.Html.Parser;
using KdramaMoments.Web.Markdown;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Tests.Markdown;

public sealed class MarkdownRendererTests
{
    public static TheoryData<string> Payloads() =>
    [
        "<script>alert(1)</script>", "<SCRIPT SRC=//evil.example/x.js></SCRIPT>", "<img src=x onerror=alert(1)>", "<img src=\"javascript:alert(1)\">",
        "<svg onload=alert(1)>", "<svg><script>alert(1)</script></svg>", "<body onload=alert(1)>", "<iframe src=\"javascript:alert(1)\"></iframe>",
        "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>", "<object data=\"javascript:alert(1)\"></object>", "<embed src=\"javascript:alert(1)\">",
        "<a href=\"javascript:alert(1)\">x</a>", "<a href=\"JaVaScRiPt:alert(1)\">x</a>", "<a href=\"&#106;avascript:alert(1)\">x</a>",
        "<a href=\" javascript:alert(1)\">x</a>", "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
        "<a href=\"vbscript:msgbox(1)\">x</a>", "[x](javascript:alert(1))", "[x](JAVASCRIPT:alert(1))", "[x](javascript&#58;alert(1))",
        "[x](data:text/html,<script>alert(1)</script>)", "[x](vbscript:alert(1))", "![x](javascript:alert(1))", "![x](data:image/svg+xml,<svg onload=alert(1)>)",
        "![x](x \"onerror=alert(1)\")", "<https://example.com/\"onmouseover=\"alert(1)>", "<javascript:alert(1)>", "[x]( javascript:alert(1) )",
        "[x][1]\n\n[1]: javascript:alert(1)", "<div style=\"background:url(javascript:alert(1))\">x</div>", "<p style=\"color:red\">styled</p>",
        "<span style=\"position:fixed;top:0\">overlay</span>", "<form action=\"https://evil.example\"><input name=p></form>", "<input autofocus onfocus=alert(1)>",
        "<button formaction=\"javascript:alert(1)\">x</button>", "<textarea>x</textarea>", "<select><option>x</option></select>",
        "<details open ontoggle=alert(1)>", "<marquee onstart=alert(1)>", "<video><source onerror=alert(1)></video>", "<audio src=x onerror=alert(1)>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
        "<base href=\"javascript:/\">", "<link rel=stylesheet href=\"javascript:alert(1)\">", "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<style>@import 'javascript:alert(1)';</style>", "<table background=\"javascript:alert(1)\">", "<a href=\"#\" onclick=\"alert(1)\">x</a>",
        "`<script>alert(1)</script>`", "```html\n<script>alert(1)</script>\n```", "> <img src=x onerror=alert(1)>", "* <b onmouseover=alert(1)>x</b>",
        "**<img src=x onerror=alert(1)>**", "<<script>script>alert(1)<</script>/script>", "<scr<script>ipt>alert(1)</script>", "\"><script>alert(1)</script>",
        "<img src=\"x\" onerror=\"&#97;&#108;&#101;&#114;&#116;(1)\">", "<a href=\"java\tscript:alert(1)\">x</a>", "<a href=\"java\nscript:alert(1)\">x</a>",
        "<svg><a xlink:href=\"javascript:alert(1)\"><text x=20 y=20>x</text></a></svg>", "<isindex action=javascript:alert(1) type=image>",
        "<a href=\"https://example.com\" target=\"_blank\">ok</a>",
    ];

    [Fact]
    public void Payloads_AreMoreThanFifty() => Assert.True(Payloads().Count >= 50);

    [Theory]
    [MemberData(nameof(Payloads))]
    public void Render_HostileInput_IsInert(string markdown)
    {
        var html = MarkdownRenderer.ToSafeHtml(markdown);
        var document = new HtmlParser().ParseDocument($"<body>{html}</body>");
        var elements = document.Body!.QuerySelectorAll("*");
        string[] forbidden = ["script", "iframe", "object", "embed", "form", "input", "button", "textarea", "select", "option", "style", "link", "meta", "base", "svg", "math", "img", "video", "audio", "source", "details", "marquee", "table", "isindex", "noscript"];
        Assert.DoesNotContain(elements, e => forbidden.Contains(e.LocalName));
        foreach (var element in elements)
        {
            Assert.DoesNotContain(element.Attributes, a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
            Assert.Null(element.GetAttribute("style"));
            foreach (var attribute in element.Attributes.Where(a => a.Name is "href" or "src" or "xlink:href" or "action" or "formaction" or "background"))
            {
                var value = new string(attribute.Value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
                Assert.False(value.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase) || value.StartsWith("data:", StringComparison.OrdinalIgnoreCase)
                    || value.StartsWith("vbscript:", StringComparison.OrdinalIgnoreCase), $"{attribute.Name}={attribute.Value} from {markdown}");
            }
        }
    }

    [Fact]
    public void Render_OrdinaryMarkdown_KeepsItsMeaning()
    {
        var document = new HtmlParser().ParseDocument($"<body>{MarkdownRenderer.ToSafeHtml("Some *emphasis*, **strength**, a [link](https://example.com/x?a=1&b=2).\n\n- one\n- two")}</body>");
        Assert.Equal("emphasis", document.QuerySelector("em")!.TextContent);
        Assert.Equal("strength", document.QuerySelector("strong")!.TextContent);
        var link = document.QuerySelector("a")!;
        Assert.Equal("https://example.com/x?a=1&b=2", link.GetAttribute("href"));
        Assert.Equal("nofollow noopener noreferrer", link.GetAttribute("rel"));
        Assert.Equal(2, document.QuerySelectorAll("ul li").Length);
    }

    [Fact]
    public void Render_TypedHtml_IsShownAsText()
    {
        var html = MarkdownRenderer.ToSafeHtml("<b>bold?</b>");
        Assert.Contains("&lt;b&gt;bold?&lt;/b&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublicPages_ShowAHostileDescriptionInert()
    {
        using var database = new TempDatabase();
        await using var factory = new KdramaAppFactory(database.Path);
        await factory.WithDbAsync(async db =>
        {
            var moment = await db.Moments.OrderBy(m => m.Id).FirstAsync();
            moment.Description = "<img src=x onerror=alert(1)> [x](javascript:alert(1)) <script>alert(2)</script>";
            var drama = await db.Dramas.FirstAsync(d => d.Id == moment.DramaId);
            drama.Synopsis = "<svg onload=alert(3)> **ok**";
            return await db.SaveChangesAsync();
        });
        var (momentSlug, dramaSlug) = await factory.WithDbAsync(async db => await db.Moments.OrderBy(m => m.Id).Select(m => new ValueTuple<string, string>(m.Slug, m.Drama.Slug)).FirstAsync());
        foreach (var url in new[] { $"/moments/{momentSlug}", $"/dramas/{dramaSlug}" })
        {
            var page = await factory.CreateClient().GetDocumentAsync(url);
            var prose = page.QuerySelector(".prose")!;
            Assert.Empty(prose.QuerySelectorAll("script, img, svg"));
            Assert.DoesNotContain(prose.QuerySelectorAll("*"), e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal) || a.Value.Contains("javascript:", StringComparison.OrdinalIgnoreCase)));
        }
    }

    [Fact]
    public async Task SavedMarkdown_IsStoredRendered_AndRowsSavedWithoutIt_GetItFromTheStartupStep()
    {
        const string Description = "She **runs** the last mile. <script>alert(1)</script>";
        using var database = new TempDatabase();
        await using var factory = new KdramaAppFactory(database.Path);
        var (slug, saved) = await factory.WithDbAsync(async db =>
        {
            var moment = await db.Moments.OrderBy(m => m.Id).FirstAsync();
            moment.Description = Description;
            await db.SaveChangesAsync();
            return (moment.Slug, moment.DescriptionHtml);
        });
        Assert.Equal(MarkdownRenderer.ToSafeHtml(Description), saved);
        Assert.Contains("<strong>runs</strong>", saved, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", saved, StringComparison.Ordinal);

        // As rows from before the HTML was kept, or written by a bulk load: none has it.
        var withoutHtml = await factory.WithDbAsync(async db =>
            await db.Moments.ExecuteUpdateAsync(s => s.SetProperty(m => m.DescriptionHtml, (string?)null))
            + await db.Dramas.ExecuteUpdateAsync(s => s.SetProperty(d => d.SynopsisHtml, (string?)null)));
        Assert.Equal(withoutHtml, await factory.WithDbAsync(db => StoredHtml.FillMissingAsync(db, CancellationToken.None)));
        Assert.Equal(saved, await factory.WithDbAsync(db => db.Moments.Where(m => m.Slug == slug).Select(m => m.DescriptionHtml).SingleAsync()));
        Assert.Equal(0, await factory.WithDbAsync(db => db.Moments.CountAsync(m => m.DescriptionHtml == null)));

        var page = await factory.CreateClient().GetDocumentAsync($"/moments/{slug}");
        Assert.Equal("runs", page.QuerySelector(".prose strong")!.TextContent);
        Assert.Empty(page.QuerySelectorAll(".prose script"));
    }
}
