using System.Net;
using KdramaMoments.Web.Sharing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;

namespace KdramaMoments.Tests.Sharing;

/// <summary>Every moment, drama and actor page names a share card; each answers a 1200×630 PNG that follows catalogue edits.</summary>
public sealed class ShareCardTests : FreshSiteTests
{
    private static async Task<(string Url, byte[] Png)> CardOfAsync(HttpClient client, string page)
    {
        var document = await client.GetDocumentAsync(page);
        var url = document.QuerySelector("meta[property='og:image']")!.GetAttribute("content")!;
        Assert.Equal(url, document.QuerySelector("meta[name='twitter:image']")!.GetAttribute("content"));
        Assert.Equal("summary_large_image", document.QuerySelector("meta[name='twitter:card']")!.GetAttribute("content"));
        var response = await client.GetAsync(new Uri(url).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType!.MediaType);
        return (url, await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("/moments/im-sol-and-sun-jae-the-rescue")]
    [InlineData("/dramas/crash-landing-on-you")]
    [InlineData("/actors/hyun-bin")]
    public async Task Page_NamesAShareCardThatDecodesAsA1200By630Png(string page)
    {
        var (_, png) = await CardOfAsync(Factory.CreateClient(), page);
        using var bitmap = SKBitmap.Decode(png);
        Assert.NotNull(bitmap);
        Assert.Equal((ShareCard.Width, ShareCard.Height), (bitmap.Width, bitmap.Height));
    }

    [Fact]
    public async Task EveryMomentDramaAndActor_HasACard()
    {
        var client = Factory.CreateClient();
        var paths = await Factory.WithDbAsync(async db =>
            (await db.Moments.Select(m => "/share/moments/" + m.Slug + ".png").ToListAsync())
            .Concat(await db.Dramas.Select(d => "/share/dramas/" + d.Slug + ".png").ToListAsync())
            .Concat(await db.Actors.Select(a => "/share/actors/" + a.Slug + ".png").ToListAsync())
            .ToList());
        foreach (var path in paths)
        {
            using var bitmap = SKBitmap.Decode(await client.GetByteArrayAsync(path));
            Assert.True(bitmap is { Width: ShareCard.Width, Height: ShareCard.Height }, path);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/share/moments/no-such-moment.png")).StatusCode);
    }

    [Fact]
    public async Task Card_IsCachedAndRedrawnWhenTheCatalogueChanges()
    {
        var client = Factory.CreateClient();
        var (url, before) = await CardOfAsync(client, "/dramas/goblin");
        var path = new Uri(url).PathAndQuery;

        // Behind the application's back: the cached card stays.
        await Factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE \"Dramas\" SET \"Year\" = 1999 WHERE \"Slug\" = 'goblin'"));
        Assert.Equal(before, await client.GetByteArrayAsync(path));

        // Through the application (as editors and the importer write): evicted with the page, drawn again.
        await Factory.WithDbAsync(async db =>
        {
            var goblin = await db.Dramas.SingleAsync(d => d.Slug == "goblin");
            goblin.HangulTitle = "도깨비";
            return await db.SaveChangesAsync();
        });
        Assert.NotEqual(before, await client.GetByteArrayAsync(path));
    }

    [Fact]
    public void Fonts_CoverHangul()
    {
        // Debian's fonts-nanum (.ci/run and the Dockerfile install it); without it Korean titles would draw as nothing.
        var fonts = Factory.Services.GetRequiredService<ShareCardFonts>();
        Assert.True(fonts.CoversHangul);
        Assert.True(fonts.Regular.ContainsGlyph('깨'));
    }
}
