using System.ServiceModel.Syndication;
using System.Xml;
using KdramaMoments.Web.Data;
using KdramaMoments.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Tests.Pages;

/// <summary>
/// The feeds' entries and order, against the rule counted here from every row: an entry's time is the later of its
/// moment's edit (or creation) and the newest article naming it; newest first, then slug descending. The site's feed
/// weighs the 30 newest moments and those the 30 newest articles name. The seeded catalogue is given distinct times,
/// edits, ties and more articles than the feed weighs, so the newest articles name old moments and old articles name new ones.
/// </summary>
public sealed class FeedOrderTests : FreshSiteTests
{
    private static readonly DateTime Start = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private Task<int> RetimeAsync() => Factory.WithDbAsync(async db =>
    {
        var moments = await db.Moments.OrderBy(m => m.Id).ToListAsync();
        for (var i = 0; i < moments.Count; i++)
        {
            // Creation times out of id order, two pairs tied; every fifth moment edited after everything else.
            moments[i].CreatedAt = Start.AddMinutes(i * 7 % moments.Count / 2 * 2);
            moments[i].EditedAt = i % 5 == 0 ? Start.AddDays(3).AddMinutes(-i) : null;
        }
        var articles = await db.Articles.OrderBy(a => a.Id).ToListAsync();
        for (var i = 0; i < articles.Count; i++)
        {
            articles[i].ImportedAt = Start.AddDays(1).AddMinutes(i);
        }
        // Forty more articles, newer than the seeds' and each other, each naming two moments (the oldest-created ones among them).
        for (var i = 0; i < 40; i++)
        {
            var article = new Article
            {
                Slug = $"later-list-{i:D2}",
                FileName = $"later-list-{i:D2}.md",
                Title = $"Later list {i:D2}",
                Text = $"Later list {i:D2}",
                ContentHash = $"later-list-{i:D2}",
                ItemCount = 2,
                ImportedAt = Start.AddDays(2).AddMinutes(i % 10 == 0 ? 0 : i),
            };
            foreach (var (moment, position) in new[] { (moments[i % moments.Count], 1), (moments[(i * 3 + 1) % moments.Count], 2) })
            {
                article.Sources.Add(new Source { Moment = moment, Position = position, Heading = moment.Title, Excerpt = moment.Title });
            }
            db.Add(article);
        }
        await db.SaveChangesAsync();
        await StoredCounts.RefreshAllAsync(db, CancellationToken.None);
        return 0;
    });

    [Fact]
    public async Task SiteFeed_ListsTheNewestOfTheNewestMomentsAndThoseTheNewestArticlesName()
    {
        await RetimeAsync();
        var expected = await Factory.WithDbAsync(async db =>
        {
            var all = await RowsAsync(db, db.Moments);
            var newestMoments = all.OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id).Take(30).Select(m => m.Id);
            var newestArticles = (await db.Articles.Select(a => new { a.Id, a.ImportedAt }).ToListAsync())
                .OrderByDescending(a => a.ImportedAt).ThenByDescending(a => a.Id).Take(30).Select(a => a.Id).ToList();
            var named = await db.Sources.Where(s => newestArticles.Contains(s.ArticleId)).Select(s => s.MomentId).ToListAsync();
            return Newest(all.Where(m => newestMoments.Contains(m.Id) || named.Contains(m.Id)));
        });
        Assert.Equal(30, expected.Count);
        Assert.Equal(expected, await FeedAsync("/feed.atom"));
    }

    [Theory]
    [InlineData("/tags/kiss/feed.atom")]
    [InlineData("/actors/hyun-bin/feed.atom")]
    [InlineData("/dramas/crash-landing-on-you/feed.atom")]
    public async Task EntityFeed_ListsTheNewestOfItsMoments(string path)
    {
        await RetimeAsync();
        var slug = path.Split('/')[2];
        var expected = await Factory.WithDbAsync(async db => Newest(await RowsAsync(db, path.Split('/')[1] switch
        {
            "tags" => db.Moments.Where(m => m.Tags.Any(t => t.Slug == slug)),
            "actors" => db.Moments.Where(m => m.Characters.Any(c => c.Actor!.Slug == slug)),
            _ => db.Moments.Where(m => m.Drama.Slug == slug),
        })));
        Assert.NotEmpty(expected);
        Assert.Equal(expected, await FeedAsync(path));
    }

    private sealed record Row(int Id, string Slug, DateTime CreatedAt, DateTime? EditedAt, DateTime? Named)
    {
        public DateTime Updated => Named is { } named && named > (EditedAt ?? CreatedAt) ? named : EditedAt ?? CreatedAt;
    }

    private static async Task<List<Row>> RowsAsync(KdramaDbContext db, IQueryable<Moment> moments)
    {
        var rows = await moments.Select(m => new { m.Id, m.Slug, m.CreatedAt, m.EditedAt }).ToListAsync();
        var ids = rows.Select(r => r.Id).ToList();
        var named = (await db.Sources.Where(s => ids.Contains(s.MomentId)).Select(s => new { s.MomentId, s.Article.ImportedAt }).ToListAsync())
            .GroupBy(s => s.MomentId).ToDictionary(g => g.Key, g => g.Max(s => s.ImportedAt));
        return rows.Select(r => new Row(r.Id, r.Slug, r.CreatedAt, r.EditedAt, named.TryGetValue(r.Id, out var n) ? n : null)).ToList();
    }

    private static List<string> Newest(IEnumerable<Row> rows) =>
        rows.OrderByDescending(r => r.Updated).ThenByDescending(r => r.Slug, StringComparer.Ordinal).Take(30)
            .Select(r => $"/moments/{r.Slug} {DateTime.SpecifyKind(r.Updated, DateTimeKind.Utc):O}").ToList();

    private async Task<List<string>> FeedAsync(string path)
    {
        using var reader = XmlReader.Create(await Factory.CreateClient().GetStreamAsync(path));
        return SyndicationFeed.Load(reader).Items
            .Select(i => $"{i.Links.Single().Uri.AbsolutePath} {i.LastUpdatedTime.UtcDateTime:O}").ToList();
    }
}
