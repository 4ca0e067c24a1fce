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
    /// The newest entries among these moments, most recently created, edited or named first: the top of the stored feed
    /// time's order (<see cref="Moment.FeedUpdatedAt"/>, kept at write time), one query for the entries and their fields.
    /// The whole catalogue and a drama read it from an index in that order; a scope listed by id sorts only its own rows.
    /// </summary>
    public static Task<List<Entry>> NewestAsync(KdramaDbContext db, IQueryable<Moment> moments, CancellationToken cancellationToken) =>
        EntriesAsync(db, moments.NewestFirst().Take(Size).Select(m => m.Id), cancellationToken);

    /// <summary>The feed's order: the newest feed time first, then the slug descending (the feed indexes read backwards).</summary>
    public static IOrderedQueryable<T> NewestFirst<T>(this IQueryable<T> moments)
        where T : IMomentFeedKeys =>
        moments.OrderByDescending(m => m.FeedUpdatedAt).ThenByDescending(m => m.Slug);

    /// <summary>
    /// The entries of the moments whose ids <paramref name="newest"/> reads (a scope's newest, at most <see cref="Size"/>),
    /// in the feed's order. The shown ids first, then their fields: SQLite computes a sorted query's columns for every
    /// row it sorts, so a scope's thousands of moments would each have read their quote and drama.
    /// </summary>
    public static Task<List<Entry>> EntriesAsync(KdramaDbContext db, IQueryable<int> newest, CancellationToken cancellationToken) =>
        db.Moments.AsNoTracking()
            .Where(m => newest.Contains(m.Id))
            .NewestFirst()
            .Select(m => new Entry(m.Slug, m.Title, m.Drama.Title, m.Quotes.OrderBy(q => q.Position).Select(q => q.Text).FirstOrDefault(),
                m.ListCount, m.CreatedAt, m.FeedUpdatedAt))
            .ToListAsync(cancellationToken);

    /// <summary>
    /// The newest entries of a scope of about <paramref name="scopeSize"/> moments (a trope's), given two ways:
    /// <paramref name="tested"/> asks each moment whether it belongs (the database then walks the feed index from the
    /// newest and stops at the 30th member: about 30 × catalogue ÷ scope rows), <paramref name="listed"/> lists the scope
    /// from its own index and sorts it (scope rows). The cheaper is read, so neither grows past √(30 × catalogue) rows
    /// however the scope's size compares with the catalogue's (1,732 at 100,000 moments) for a scope spread over time.
    /// </summary>
    public static async Task<List<Entry>> NewestOfScopeAsync(KdramaDbContext db, int scopeSize, IQueryable<Moment> tested, IQueryable<Moment> listed,
        CancellationToken cancellationToken)
    {
        var catalogue = await CatalogueTotals.ReadAsync(db, CatalogueSizeName.Moments, cancellationToken);
        return await NewestAsync(db, (long)scopeSize * scopeSize >= (long)Size * catalogue ? tested : listed, cancellationToken);
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
