using System.Globalization;
using System.Text;
using System.Xml;
using KdramaMoments.Web.Data;
using KdramaMoments.Web.Hosting;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Feeds;

/// <summary>
/// <c>/sitemap.xml</c>, every public address for crawlers. While the whole site fits one file
/// (<c>Sitemap:UrlsPerFile</c> addresses, 10,000 unless set; the protocol allows 50,000) it is that file. Past it, it is
/// a sitemap index naming files of at most that many addresses each: <c>/sitemap-pages.xml</c> (the site's own
/// pages), then each kind's rows by ranges of ids (<c>/sitemap-moments-3.xml</c>: the moments with ids 20,001–30,000 at
/// 10,000 a file), each read from its primary key. So no request reads or writes more than one file's rows however large
/// the catalogue grows, and no address is left out (one file cut at 50,000 left most moments of a large catalogue out).
/// The files sit beside <c>/sitemap.xml</c>, as the protocol asks of the addresses a file may name.
/// </summary>
public static class Sitemap
{
    private const int ProtocolLimit = 50_000;
    private const int DefaultUrlsPerFile = 10_000;
    private const string PagesPart = "pages";
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private static readonly string[] SitePaths = ["/", "/dramas", "/moments", "/actors", "/tags", "/articles", "/co-stars", "/lists"];

    private static readonly XmlWriterSettings WriterSettings = new() { Indent = true, Encoding = new UTF8Encoding(false) };

    /// <summary>A kind of page with an address per row, in the order the one-file sitemap lists them.</summary>
    private sealed record Kind(string Name, string PathPrefix, Func<KdramaDbContext, IQueryable<SitemapRow>> Rows);

    private sealed class SitemapRow
    {
        public int Id { get; init; }
        public string Slug { get; init; } = "";

        /// <summary>When the page's own content last changed, where the catalogue keeps it truly (none is said otherwise).</summary>
        public DateTime? Modified { get; init; }
    }

    private static readonly Kind[] Kinds =
    [
        // A list's edits (its moments and their order, its words) stamp it; a moment's feed time is its edit, its
        // creation or the import of a newer article naming it. A drama's, actor's or trope's page gathers many rows, and
        // no time kept says when the last of them changed: a date older than a change would keep crawlers away from it.
        new("lists", "/lists/", db => db.CuratedLists.Where(l => l.Published).Select(l => new SitemapRow { Id = l.Id, Slug = l.Slug, Modified = l.EditedAt ?? l.CreatedAt })),
        new("dramas", "/dramas/", db => db.Dramas.Select(d => new SitemapRow { Id = d.Id, Slug = d.Slug })),
        new("articles", "/articles/", db => db.Articles.Select(a => new SitemapRow { Id = a.Id, Slug = a.Slug })),
        new("tags", "/tags/", db => db.Tags.Select(t => new SitemapRow { Id = t.Id, Slug = t.Slug })),
        new("actors", "/actors/", db => db.Actors.Select(a => new SitemapRow { Id = a.Id, Slug = a.Slug })),
        new("moments", "/moments/", db => db.Moments.Select(m => new SitemapRow { Id = m.Id, Slug = m.Slug, Modified = m.FeedUpdatedAt })),
        new("characters", "/characters/", db => db.Characters.Select(c => new SitemapRow { Id = c.Id, Slug = c.Slug })),
    ];

    public static IEndpointRouteBuilder MapSitemap(this IEndpointRouteBuilder endpoints)
    {
        var configured = endpoints.ServiceProvider.GetRequiredService<IConfiguration>().GetValue("Sitemap:UrlsPerFile", DefaultUrlsPerFile);
        var urlsPerFile = Math.Clamp(configured, 1, ProtocolLimit);
        // Not part of the JSON API, so not in its OpenAPI document.
        endpoints.MapGet("/sitemap.xml", (HttpRequest request, KdramaDbContext db, CatalogueMemo memo, CancellationToken cancellationToken) =>
            SitemapAsync(request, db, memo, urlsPerFile, cancellationToken)).ExcludeFromDescription();
        endpoints.MapGet("/sitemap-{part}.xml", (string part, HttpRequest request, KdramaDbContext db, CancellationToken cancellationToken) =>
            PartAsync(part, request, db, urlsPerFile, cancellationToken)).ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<IResult> SitemapAsync(HttpRequest request, KdramaDbContext db, CatalogueMemo memo, int urlsPerFile, CancellationToken cancellationToken)
    {
        var origin = SiteUrls.Origin(request);
        var files = await memo.GetAsync("sitemap-files", () => FilesAsync(db, urlsPerFile), f => 1 + f.Count);
        return files.Count == 0
            ? Xml(writer => WriteUrlSetAsync(writer, db, origin, SitePaths, Kinds.Select(kind => (kind, (IdRange?)null)), cancellationToken))
            : Xml(writer => WriteIndexAsync(writer, files.Select(file => origin + file)));
    }

    /// <summary>The index's files, or none while the whole site fits one file: the same for every reader until the catalogue changes.</summary>
    private static async Task<IReadOnlyList<string>> FilesAsync(KdramaDbContext db, int urlsPerFile)
    {
        if (await AddressCountAsync(db, CancellationToken.None) <= urlsPerFile)
        {
            return [];
        }
        var files = new List<string> { $"/sitemap-{PagesPart}.xml" };
        foreach (var kind in Kinds)
        {
            var parts = await PartCountAsync(db, kind, urlsPerFile, CancellationToken.None);
            files.AddRange(Enumerable.Range(1, parts).Select(n => string.Create(CultureInfo.InvariantCulture, $"/sitemap-{kind.Name}-{n}.xml")));
        }
        return files;
    }

    private static async Task<IResult> PartAsync(string part, HttpRequest request, KdramaDbContext db, int urlsPerFile, CancellationToken cancellationToken)
    {
        var origin = SiteUrls.Origin(request);
        if (part == PagesPart)
        {
            return Xml(writer => WriteUrlSetAsync(writer, db, origin, SitePaths, [], cancellationToken));
        }
        if (ParsePart(part) is not ({ } kind, var number) || number > await PartCountAsync(db, kind, urlsPerFile, cancellationToken))
        {
            return Results.NotFound();
        }
        var ids = new IdRange((number - 1) * urlsPerFile, number * urlsPerFile);
        return Xml(writer => WriteUrlSetAsync(writer, db, origin, [], [(kind, ids)], cancellationToken));
    }

    /// <summary>"moments-3" as its kind and number; null for anything else (an unknown kind, "moments-03", "moments-0").</summary>
    private static (Kind Kind, int Number)? ParsePart(string part)
    {
        var dash = part.LastIndexOf('-');
        if (dash < 0 || Array.Find(Kinds, k => k.Name == part[..dash]) is not { } kind
            || !int.TryParse(part.AsSpan(dash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || number < 1 || part[(dash + 1)..] != number.ToString(CultureInfo.InvariantCulture))
        {
            return null;
        }
        return (kind, number);
    }

    /// <summary>How many addresses the one file would name: the kept catalogue sizes, and the few tropes and lists counted.</summary>
    private static async Task<long> AddressCountAsync(KdramaDbContext db, CancellationToken cancellationToken)
    {
        var sizes = await CatalogueTotals.ReadAsync(db, cancellationToken);
        var tagsAndLists = await db.Tags.Select(t => t.Id).Concat(db.CuratedLists.Where(l => l.Published).Select(l => l.Id)).CountAsync(cancellationToken);
        return SitePaths.Length + (long)sizes.Dramas + sizes.Articles + sizes.Actors + sizes.Moments + sizes.Characters + tagsAndLists;
    }

    /// <summary>A kind's files: one per range of ids up to its highest (a range deletes emptied is an empty file).</summary>
    private static async Task<int> PartCountAsync(KdramaDbContext db, Kind kind, int urlsPerFile, CancellationToken cancellationToken)
    {
        var highest = await kind.Rows(db).MaxAsync(r => (int?)r.Id, cancellationToken) ?? 0;
        return (int)((highest + (long)urlsPerFile - 1) / urlsPerFile);
    }

    /// <summary>Ids after <see cref="IdRange.After"/> up to <see cref="IdRange.Through"/>.</summary>
    private readonly record struct IdRange(int After, int Through);

    private static async Task WriteUrlSetAsync(SitemapWriter writer, KdramaDbContext db, string origin, IEnumerable<string> paths,
        IEnumerable<(Kind Kind, IdRange? Ids)> kinds, CancellationToken cancellationToken)
    {
        writer.Start("urlset");
        foreach (var path in paths)
        {
            await writer.LocationAsync("url", origin + path);
        }
        foreach (var (kind, ids) in kinds)
        {
            var rows = kind.Rows(db).AsNoTracking();
            if (ids is { } range)
            {
                rows = rows.Where(r => r.Id > range.After && r.Id <= range.Through);
            }
            await foreach (var row in rows.OrderBy(r => r.Id).Select(r => new { r.Slug, r.Modified }).AsAsyncEnumerable().WithCancellation(cancellationToken))
            {
                await writer.LocationAsync("url", origin + kind.PathPrefix + row.Slug, row.Modified);
            }
        }
    }

    private static async Task WriteIndexAsync(SitemapWriter writer, IEnumerable<string> files)
    {
        writer.Start("sitemapindex");
        foreach (var file in files)
        {
            await writer.LocationAsync("sitemap", file);
        }
    }

    private static IResult Xml(Func<SitemapWriter, Task> write) => Results.Stream(async body =>
    {
        using var writer = new SitemapWriter(body);
        await write(writer);
        await writer.EndAsync();
    }, "application/xml; charset=utf-8");

    /// <summary>
    /// Writes the XML synchronously into a buffer and sends it on every 32 KB: an asynchronous write per element cost a
    /// small sitemap a fifth of its speed, and a whole file kept in memory would be a megabyte per request.
    /// </summary>
    private sealed class SitemapWriter(Stream body) : IDisposable
    {
        private const int SendAt = 32 * 1024;
        private readonly MemoryStream buffer = new();
        private XmlWriter? xml;

        public void Start(string root)
        {
            xml = XmlWriter.Create(buffer, WriterSettings);
            xml.WriteStartDocument();
            xml.WriteStartElement(root, Namespace);
        }

        public ValueTask LocationAsync(string element, string location, DateTime? modified = null)
        {
            var writer = xml!;
            writer.WriteStartElement(element, Namespace);
            writer.WriteElementString("loc", Namespace, location);
            if (modified is { } utc)
            {
                // W3C Datetime, as the protocol asks; the catalogue keeps its times in UTC.
                writer.WriteElementString("lastmod", Namespace, utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            }
            writer.WriteEndElement();
            return buffer.Length >= SendAt ? SendAsync() : ValueTask.CompletedTask;
        }

        public async ValueTask EndAsync()
        {
            var writer = xml!;
            writer.WriteEndElement();
            writer.WriteEndDocument();
            await SendAsync();
        }

        public void Dispose()
        {
            xml?.Dispose();
            buffer.Dispose();
        }

        private async ValueTask SendAsync()
        {
            xml!.Flush();
            await body.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length));
            buffer.SetLength(0);
        }
    }
}
