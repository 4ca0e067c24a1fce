using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
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

    /// <summary>The newest entries among these moments, most recently created, edited or named first.</summary>
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
