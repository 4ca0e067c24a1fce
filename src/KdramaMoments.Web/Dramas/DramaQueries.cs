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
            Moments = d.MomentCount,
            Lists = d.ListCount,
        });

    public static IQueryable<Drama> OrderByMostListed(this IQueryable<Drama> dramas) =>
        dramas.OrderByDescending(d => d.ListCount).ThenByDescending(d => d.MomentCount).ThenBy(d => d.Title);

    /// <summary>"Most listed" leads only when it orders something: once some drama is named by two articles; else the newest first.</summary>
    public static async Task<string> DefaultSortAsync(this IQueryable<Drama> dramas, CancellationToken cancellationToken) =>
        await dramas.AnyAsync(d => d.ListCount > 1, cancellationToken) ? "listed" : "year";

    public static readonly IReadOnlyList<(string Value, string Label)> Sorts = [("listed", "Most listed"), ("year", "Newest first"), ("title", "Title A–Z")];

    /// <summary>
    /// The list orders fans can choose; titles compare without case, as readers expect. Each reads the counts and
    /// keys stored on the drama (<see cref="StoredCounts"/>) in the order of an index, so a deep page is a slice of it.
    /// </summary>
    public static IQueryable<Drama> SortedBy(this IQueryable<Drama> dramas, string? sort) => sort switch
    {
        "year" => dramas.OrderByDescending(d => d.SortYear).ThenBy(d => d.SortTitle).ThenBy(d => d.Id),
        "title" => dramas.OrderBy(d => d.SortTitle).ThenBy(d => d.Id),
        _ => dramas.OrderByMostListed(),
    };

    /// <summary>One page of the drama list, or of one year's dramas.</summary>
    public static Task<PagedList<DramaSummary>> PageAsync(KdramaDbContext db, int? year, string? sort, int? page, int size, CancellationToken cancellationToken) =>
        (year is null ? db.Dramas.AsNoTracking() : db.Dramas.AsNoTracking().Where(d => d.Year == year))
            .SortedBy(sort).ToSummaries().ToPagedListAsync(page, cancellationToken, size);

    /// <summary>The articles naming any moment of a drama, by title: from the drama's moments' sources, not by asking every article.</summary>
    public static IQueryable<Article> ListingDrama(this IQueryable<Article> articles, KdramaDbContext db, int dramaId) =>
        articles.Where(a => db.Sources.Where(s => s.Moment.DramaId == dramaId).Select(s => s.ArticleId).Contains(a.Id)).OrderBy(a => a.Title);
}
