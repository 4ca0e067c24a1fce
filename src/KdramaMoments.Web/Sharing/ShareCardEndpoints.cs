using System.Globalization;
using KdramaMoments.Web.Couples;
using KdramaMoments.Web.Data;
using KdramaMoments.Web.Pages.Moments;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Sharing;

/// <summary>
/// <c>/share/{moments|dramas|actors}/{slug}.png</c>: the picture a moment, drama or actor page names as its
/// og:image. Answers go through the output cache like the pages, so an edit evicts both together.
/// </summary>
public static class ShareCardEndpoints
{
    public static IServiceCollection AddShareCards(this IServiceCollection services) =>
        services.AddSingleton<ShareCardFonts>().AddSingleton<ShareCard>();

    public static IEndpointRouteBuilder MapShareCards(this IEndpointRouteBuilder endpoints)
    {
        var share = endpoints.MapGroup("/share").ExcludeFromDescription();
        share.MapGet("/moments/{slug}.png", (string slug, KdramaDbContext db, ShareCard card, CancellationToken ct) => PngAsync(MomentAsync(db, slug, ct), card));
        share.MapGet("/dramas/{slug}.png", (string slug, KdramaDbContext db, ShareCard card, CancellationToken ct) => PngAsync(DramaAsync(db, slug, ct), card));
        share.MapGet("/actors/{slug}.png", (string slug, KdramaDbContext db, ShareCard card, CancellationToken ct) => PngAsync(ActorAsync(db, slug, ct), card));
        return endpoints;
    }

    private static async Task<IResult> PngAsync(Task<ShareCardText?> text, ShareCard card) =>
        await text is { } found ? Results.File(card.Render(found), "image/png") : Results.NotFound();

    private static async Task<ShareCardText?> MomentAsync(KdramaDbContext db, string slug, CancellationToken cancellationToken)
    {
        var moment = await db.Moments.AsNoTracking().Where(m => m.Slug == slug)
            .Select(m => new
            {
                m.Title,
                m.DramaId,
                Drama = m.Drama.Title,
                m.Drama.Year,
                m.Episode,
                Quotes = m.Quotes.OrderBy(q => q.Position).Select(q => q.Text).ToList(),
                Characters = m.Characters.OrderBy(c => c.Id).Select(c => new Person(c.Id, c.Name, c.Actor == null ? null : c.Actor.Name)).ToList(),
            })
            .AsSplitQuery()
            .SingleOrDefaultAsync(cancellationToken);
        if (moment is null)
        {
            return null;
        }
        var couple = await CoupleAsync(db, moment.DramaId, moment.Title, moment.Characters, cancellationToken);
        var quote = PullQuote.Choose(moment.Quotes);
        var drama = DramaWithYear(moment.Drama, moment.Year) + (moment.Episode is null ? "" : $" · episode {moment.Episode}");
        return quote is null
            ? new ShareCardText(moment.Title, false, drama, couple)
            : new ShareCardText(quote, true, drama, couple);
    }

    private static async Task<ShareCardText?> DramaAsync(KdramaDbContext db, string slug, CancellationToken cancellationToken)
    {
        var drama = await db.Dramas.AsNoTracking().Where(d => d.Slug == slug)
            .Select(d => new
            {
                d.Id,
                d.Title,
                d.HangulTitle,
                d.Year,
                Moments = d.Moments.Count,
                Lists = d.Moments.SelectMany(m => m.Sources).Select(s => s.ArticleId).Distinct().Count(),
                Characters = d.Characters.OrderBy(c => c.Id).Select(c => new Person(c.Id, c.Name, c.Actor == null ? null : c.Actor.Name)).ToList(),
            })
            .AsSplitQuery()
            .SingleOrDefaultAsync(cancellationToken);
        if (drama is null)
        {
            return null;
        }
        var couple = await CoupleAsync(db, drama.Id, "", drama.Characters, cancellationToken);
        var headline = drama.HangulTitle is null ? drama.Title : $"{drama.Title} {drama.HangulTitle}";
        var counts = $"{Plural(drama.Moments, "moment")} · named by {Plural(drama.Lists, "list")}";
        return new ShareCardText(headline, false, drama.Year is null ? counts : $"{drama.Year.Value.ToString(CultureInfo.InvariantCulture)} · {counts}", couple);
    }

    private static async Task<ShareCardText?> ActorAsync(KdramaDbContext db, string slug, CancellationToken cancellationToken)
    {
        var actor = await db.Actors.AsNoTracking().Where(a => a.Slug == slug)
            .Select(a => new
            {
                a.Name,
                a.HangulName,
                Roles = a.Characters.OrderByDescending(c => c.Moments.Count).ThenBy(c => c.Drama.Title)
                    .Select(c => new { c.Name, Drama = c.Drama.Title, c.Drama.Year }).Take(3).ToList(),
                Moments = a.Characters.SelectMany(c => c.Moments).Count(),
            })
            .AsSplitQuery()
            .SingleOrDefaultAsync(cancellationToken);
        if (actor is null)
        {
            return null;
        }
        var headline = actor.HangulName is null ? actor.Name : $"{actor.Name} {actor.HangulName}";
        var roles = actor.Roles.Count == 0 ? "No role in the catalogue yet" : string.Join("; ", actor.Roles.Select(r => $"{r.Name} in {DramaWithYear(r.Drama, r.Year)}"));
        return new ShareCardText(headline, false, roles, Plural(actor.Moments, "moment"));
    }

    private sealed record Person(int Id, string Name, string? Actor)
    {
        public override string ToString() => Actor is null ? Name : $"{Name} ({Actor})";
    }

    /// <summary>The couple as a line ("Ri Jeong-hyeok (Hyun Bin) &amp; Yoon Se-ri (Son Ye-jin)"), chosen as the moment page chooses it.</summary>
    private static async Task<string?> CoupleAsync(KdramaDbContext db, int dramaId, string title, IReadOnlyList<Person> characters, CancellationToken cancellationToken)
    {
        if (characters.Count == 0)
        {
            return null;
        }
        var pairs = await CoupleQueries.PairsInDramasAsync(db, [dramaId], cancellationToken);
        var couple = CoupleRule.CoupleOf(characters.Select(c => (c.Id, c.Name)).ToList(), title, pairs);
        if (couple.Count == 0)
        {
            return null;
        }
        return string.Join(" & ", couple.Select(id => characters.Single(c => c.Id == id)));
    }

    private static string DramaWithYear(string title, int? year) =>
        year is null ? title : $"{title} ({year.Value.ToString(CultureInfo.InvariantCulture)})";

    private static string Plural(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";
}
