using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using KdramaMoments.Web.Data;
using KdramaMoments.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Feeds;

/// <summary>
/// One way to write an Atom feed of moments, for the site's feed and the feeds of a drama, actor, couple or trope.
/// An entry is a moment; it is updated when it is edited or a newly imported article names it, so a feed reader
/// sees new sources as well as new moments.
/// </summary>
public static class AtomFeed
{
    public const int Size = 30;

    public sealed record Entry(string Slug, string Title, string Drama, string? Quote, int Lists, DateTime Published, DateTime Updated);

    /// <summary>
    /// The newest entries among these moments, most recently created, edited or named first: one query, the order in SQL.
    /// (Reading every moment's times to order them in .NET was slower for a large trope: 24,805 rows materialised.)
    /// </summary>
    public static async Task<List<Entry>> NewestAsync(IQueryable<Moment> moments, CancellationToken cancellationToken) =>
        (await moments.AsNoTracking()
            .Select(m => new
            {
                m.Slug,
                m.Title,
                Drama = m.Drama.Title,
                Quote = m.Quotes.OrderBy(q => q.Position).Select(q => q.Text).FirstOrDefault(),
                Lists = m.ListCount,
                m.CreatedAt,
                Edited = m.EditedAt ?? m.CreatedAt,
                Named = m.Sources.Max(s => (DateTime?)s.Article.ImportedAt),
            })
            .Select(m => new { Moment = m, Updated = m.Named != null && m.Named > m.Edited ? m.Named.Value : m.Edited })
            .OrderByDescending(x => x.Updated).ThenByDescending(x => x.Moment.Slug)
            .Take(Size)
            .ToListAsync(cancellationToken))
        .Select(x => new Entry(x.Moment.Slug, x.Moment.Title, x.Moment.Drama, x.Moment.Quote, x.Moment.Lists, x.Moment.CreatedAt, x.Updated))
        .ToList();

    /// <summary>
    /// The site's feed: the newest entries among the newest moments and those the newest articles name (only these can
    /// lead it). A moment one of the newest articles names was named last by one of them (every other article is older),
    /// so its time comes from the rows those articles' sources already give; only the newest moments ask for theirs.
    /// Asking each of the ~330 candidates for its newest article cost a scattered lookup per candidate at 100,000 moments.
    /// </summary>
    public static async Task<List<Entry>> NewestOfCatalogueAsync(KdramaDbContext db, CancellationToken cancellationToken)
    {
        var newest = await db.Moments.AsNoTracking().OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id).Take(Size)
            .Select(m => new Times(m.Id, m.Slug, m.EditedAt ?? m.CreatedAt, m.Sources.Max(s => (DateTime?)s.Article.ImportedAt)))
            .ToListAsync(cancellationToken);
        var newestArticles = db.Articles.OrderByDescending(a => a.ImportedAt).ThenByDescending(a => a.Id).Take(Size).Select(a => a.Id);
        var named = await db.Sources.AsNoTracking().Where(s => newestArticles.Contains(s.ArticleId))
            .Select(s => new Times(s.MomentId, s.Moment.Slug, s.Moment.EditedAt ?? s.Moment.CreatedAt, s.Article.ImportedAt))
            .ToListAsync(cancellationToken);
        var whole = newest.Select(t => t.Id).ToHashSet();
        var candidates = newest.ToDictionary(t => t.Id);
        foreach (var row in named)
        {
            // The newest moments' times are whole already; any other keeps the newest of the articles naming it.
            if (!candidates.TryGetValue(row.Id, out var seen) || (!whole.Contains(row.Id) && seen.Named < row.Named))
            {
                candidates[row.Id] = row;
            }
        }
        return await EntriesAsync(db.Moments, candidates.Values, cancellationToken);
    }

    /// <summary>A moment's slug and times: <see cref="Updated"/> is the later of its edit (or creation) and its newest naming article.</summary>
    private sealed record Times(int Id, string Slug, DateTime Edited, DateTime? Named)
    {
        public DateTime Updated => Named is { } named && named > Edited ? named : Edited;
    }

    // The feed's order (newest first, then slug descending as the database orders it: binary on SQLite, collation "C" on
    // PostgreSQL), then the shown entries read by id.
    private static async Task<List<Entry>> EntriesAsync(IQueryable<Moment> moments, IEnumerable<Times> candidates, CancellationToken cancellationToken)
    {
        var shown = candidates.OrderByDescending(t => t.Updated).ThenByDescending(t => t.Slug, StringComparer.Ordinal).Take(Size).ToList();
        var ids = shown.Select(t => t.Id).ToList();
        var rows = await moments.AsNoTracking().Where(m => ids.Contains(m.Id))
            .Select(m => new
            {
                m.Id,
                m.Slug,
                m.Title,
                Drama = m.Drama.Title,
                Quote = m.Quotes.OrderBy(q => q.Position).Select(q => q.Text).FirstOrDefault(),
                Lists = m.ListCount,
                m.CreatedAt,
            })
            .ToDictionaryAsync(m => m.Id, cancellationToken);
        var entries = new List<Entry>(shown.Count);
        foreach (var t in shown)
        {
            // A moment deleted between the two reads is left out.
            if (rows.TryGetValue(t.Id, out var m))
            {
                entries.Add(new Entry(m.Slug, m.Title, m.Drama, m.Quote, m.Lists, m.CreatedAt, t.Updated));
            }
        }
        return entries;
    }

    public static IResult Result(string origin, string selfPath, string alternatePath, string title, string subtitle, IReadOnlyList<Entry> entries)
    {
        var feed = new SyndicationFeed(title, subtitle, new Uri(origin + alternatePath))
        {
            Id = origin + selfPath,
            LastUpdatedTime = AsUtc(entries.Count == 0 ? DateTime.UnixEpoch : entries.Max(e => e.Updated)),
            Items = entries.Select(e =>
            {
                var link = new Uri($"{origin}/moments/{e.Slug}");
                var named = $"named by {e.Lists} {(e.Lists == 1 ? "list" : "lists")}";
                var summary = e.Quote is null ? $"A moment of {e.Drama}, {named}." : $"A moment of {e.Drama}, {named}: “{e.Quote}”";
                return new SyndicationItem(e.Title, summary, link, link.ToString(), AsUtc(e.Updated)) { PublishDate = AsUtc(e.Published) };
            }).ToList(),
        };
        feed.Links.Add(new SyndicationLink(new Uri(origin + selfPath)) { RelationshipType = "self", MediaType = "application/atom+xml" });
        feed.Authors.Add(new SyndicationPerson { Name = "KdramaMoments" });
        return Results.Text(Write(writer => new Atom10FeedFormatter(feed).WriteTo(writer)), "application/atom+xml; charset=utf-8");
    }

    public static DateTimeOffset AsUtc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));

    public static string Write(Action<XmlWriter> write)
    {
        var builder = new StringBuilder();
        using (var writer = XmlWriter.Create(builder, new XmlWriterSettings { Indent = true, OmitXmlDeclaration = false }))
        {
            write(writer);
        }
        // StringBuilder output declares utf-16; the response is UTF-8.
        return builder.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal);
    }
}
