using KdramaMoments.Web.Text;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Tests.Text;

public sealed class LanguageMarkupTests
{
    private static string Html(string text)
    {
        using var writer = new StringWriter();
        LanguageMarkup.Mark(text).WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        return writer.ToString();
    }

    [Fact]
    public void Mark_HangulWordsBetweenLatinText_AreOneKoreanRun() =>
        Assert.Equal("Goblin (<span lang=\"ko\">쓸쓸하고 찬란하 도깨비</span>)", Html("Goblin (쓸쓸하고 찬란하 도깨비)"));

    [Fact]
    public void Mark_TextWithoutHangul_IsOnlyEncoded() =>
        Assert.Equal("Se Ri’s &lt;tears&gt; &amp; “love”", Html("Se Ri’s <tears> & “love”"));

    [Fact]
    public void Mark_MarkupInsideHangulText_IsEncoded() =>
        Assert.Equal("<span lang=\"ko\">사랑</span>&lt;script&gt;", Html("사랑<script>"));

    [Fact]
    public async Task DramaPage_HangulTitle_IsMarkedKorean()
    {
        using var database = new TempDatabase();
        await using var factory = new KdramaAppFactory(database.Path);
        await factory.WithDbAsync(async db =>
        {
            var goblin = await db.Dramas.SingleAsync(d => d.Slug == "goblin");
            goblin.HangulTitle = "도깨비";
            return await db.SaveChangesAsync();
        });
        var page = await factory.CreateClient().GetDocumentAsync("/dramas/goblin");
        Assert.Equal("도깨비", page.QuerySelector("h1 [lang=ko]")!.TextContent);
        // And a Hangul query finds it.
        var search = await factory.CreateClient().GetDocumentAsync("/search?q=" + Uri.EscapeDataString("도깨비"));
        Assert.Equal("/dramas/goblin", search.QuerySelector("#group-drama + ol a")!.GetAttribute("href"));
    }
}
