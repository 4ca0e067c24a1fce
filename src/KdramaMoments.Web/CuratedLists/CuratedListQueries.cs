using KdramaMoments.Web.Data;
using KdramaMoments.Web.Domain;
using KdramaMoments.Web.Markdown;
using KdramaMoments.Web.Moments;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.CuratedLists;

/// <summary>A published list as the index shows it.</summary>
public sealed record CuratedListSummary(string Slug, string Title, int Moments, DateTime? EditedAt);

/// <summary>One moment of a list as readers see it: the moment's card and the editor's note, sanitised.</summary>
public sealed record CuratedListMoment(MomentCard Card, string NoteHtml);

/// <summary>A list as its page shows it.</summary>
public sealed record CuratedListPage(int Id, string Slug, string Title, string IntroHtml, bool Published, IReadOnlyList<CuratedListMoment> Moments);

/// <summary>The reads that the lists' pages, feeds, sitemap and export share.</summary>
public static class CuratedListQueries
{
    /// <summary>Published lists, the last edited first.</summary>
    public static Task<List<CuratedListSummary>> PublishedAsync(KdramaDbContext db, CancellationToken cancellationToken) =>
        db.CuratedLists.AsNoTracking().Where(l => l.Published)
            .OrderByDescending(l => l.EditedAt ?? l.CreatedAt).ThenBy(l => l.Id)
            .Select(l => new CuratedListSummary(l.Slug, l.Title, l.Items.Count, l.EditedAt ?? l.CreatedAt))
            .ToListAsync(cancellationToken);

    /// <summary>The list at an address with its moments in the editor's order, or null; unpublished ones only when asked for.</summary>
    public static async Task<CuratedListPage?> BySlugAsync(KdramaDbContext db, string slug, bool includeUnpublished, CancellationToken cancellationToken)
    {
        var list = await db.CuratedLists.AsNoTracking().Where(l => l.Slug == slug && (includeUnpublished || l.Published))
            .Select(l => new { l.Id, l.Slug, l.Title, l.Intro, l.IntroHtml, l.Published, Items = l.Items.OrderBy(i => i.Position).Select(i => new { i.MomentId, i.Note, i.NoteHtml }).ToList() })
            .FirstOrDefaultAsync(cancellationToken);
        if (list is null)
        {
            return null;
        }
        var ids = list.Items.Select(i => i.MomentId).ToList();
        var cards = await db.Moments.AsNoTracking().Where(m => ids.Contains(m.Id)).ToCards().AsSplitQuery().ToDictionaryAsync(c => c.Id, cancellationToken);
        var moments = list.Items.Where(i => cards.ContainsKey(i.MomentId))
            .Select(i => new CuratedListMoment(cards[i.MomentId], MarkdownRenderer.Stored(i.NoteHtml, i.Note))).ToList();
        return new CuratedListPage(list.Id, list.Slug, list.Title, MarkdownRenderer.Stored(list.IntroHtml, list.Intro), list.Published, moments);
    }

    /// <summary>The moments of a published list (for its feed), or null when there is no such list.</summary>
    public static async Task<(string Title, IQueryable<Moment> Moments)?> FeedSourceAsync(KdramaDbContext db, string slug, CancellationToken cancellationToken)
    {
        var list = await db.CuratedLists.AsNoTracking().Where(l => l.Slug == slug && l.Published).Select(l => new { l.Id, l.Title }).FirstOrDefaultAsync(cancellationToken);
        return list is null ? null : (list.Title, db.Moments.Where(m => db.CuratedListItems.Any(i => i.ListId == list.Id && i.MomentId == m.Id)));
    }
}
