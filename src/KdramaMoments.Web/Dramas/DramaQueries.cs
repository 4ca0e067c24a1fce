using KdramaMoments.Web.Data;
using KdramaMoments.Web.Domain;
using KdramaMoments.Web.Pagination;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Dramas;

/// <summary>A drama as lists show it: "in N lists" counts the distinct articles naming any of its moments.</summary>
public sealed record DramaSummary
{
    public int Id { get; init; }
    public required string Slug { get; init; }
    public required string Title { get; init; }
    public int? Year { get; init; }
    public int Moments { get; init; }
    public int Lists { get; init; }
}

public static class DramaQueries
{
    // Member initialisers (not a positional constructor) so EF can still order by the projected values.
    public static IQueryable<DramaSummary> ToSummaries(this IQueryable<Drama> dramas) =>
        dramas.Select(d => new DramaSummary
        {
            Id = d.Id,
            Slug = d.Slug,
            Title = d.Title,
            Year = d.Year,
            Moments = d.Moments.Count,
            Lists = d.Moments.SelectMany(m => m.Sources).Select(s => s.ArticleId).Distinct().Count(),
        });

    public static IQueryable<DramaSummary> OrderByMostListed(this IQueryable<DramaSummary> dramas) =>
        dramas.OrderByDescending(d => d.Lists).ThenByDescending(d => d.Moments).ThenBy(d => d.Title);

    /// <summary>"Most listed" leads only when it orders something: once some drama is named by two articles; else the newest first.</summary>
    public static async Task<string> DefaultSortAsync(this IQueryable<Drama> dramas, CancellationToken cancellationToken) =>
        await dramas.ToSummaries().AnyAsync(d => d.Lists > 1, cancellationToken) ? "listed" : "year";

    public static readonly IReadOnlyList<(string Value, string Label)> Sorts = [("listed", "Most listed"), ("year", "Newest first"), ("title", "Title A–Z")];

    /// <summary>The list orders fans can choose; titles compare without case, as readers expect.</summary>
    public static IQueryable<DramaSummary> SortedBy(this IQueryable<DramaSummary> dramas, string? sort) => sort switch
    {
        "year" => dramas.OrderBy(d => d.Year == null).ThenByDescending(d => d.Year).ThenBy(d => CaseFold.Lower(d.Title)).ThenBy(d => d.Id),
        "title" => dramas.OrderBy(d => CaseFold.Lower(d.Title)).ThenBy(d => d.Id),
        _ => dramas.OrderByMostListed(),
    };

    /// <summary>
    /// One page of the drama list. Every sort needs each drama's counts before it can order them, so the whole
    /// order is memoised per catalogue version and a page reads only its own rows; a year's dramas are few.
    /// </summary>
    public static async Task<PagedList<DramaSummary>> PageAsync(KdramaDbContext db, CatalogueMemo memo, int? year, string? sort, int? page, int size, CancellationToken cancellationToken)
    {
        if (year is not null)
        {
            return await db.Dramas.AsNoTracking().Where(d => d.Year == year).ToSummaries().SortedBy(sort).ToPagedListAsync(page, cancellationToken, size);
        }
        var known = Sorts.Any(s => s.Value == sort) ? sort : "listed";
        var order = await memo.GetAsync("dramas?sort=" + known, async () =>
            (IReadOnlyList<int>)await db.Dramas.AsNoTracking().ToSummaries().SortedBy(known).Select(d => d.Id).ToListAsync());
        return await order.ToPagedListAsync(page,
            ids => db.Dramas.AsNoTracking().Where(d => ids.Contains(d.Id)).ToSummaries().ToListAsync(cancellationToken), d => d.Id, size);
    }

    /// <summary>The articles naming any moment of a drama, by title: from the drama's moments' sources, not by asking every article.</summary>
    public static IQueryable<Article> ListingDrama(this IQueryable<Article> articles, KdramaDbContext db, int dramaId) =>
        articles.Where(a => db.Sources.Where(s => s.Moment.DramaId == dramaId).Select(s => s.ArticleId).Contains(a.Id)).OrderBy(a => a.Title);
}
