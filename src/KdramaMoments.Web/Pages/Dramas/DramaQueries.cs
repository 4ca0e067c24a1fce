using KdramaMoments.Web.Domain;
using KdramaMoments.Web.Data;

namespace KdramaMoments.Web.Pages.Dramas;

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

    public static readonly IReadOnlyList<(string Value, string Label)> Sorts = [("listed", "Most listed"), ("year", "Newest first"), ("title", "Title A–Z")];

    /// <summary>The list orders fans can choose; titles compare without case, as readers expect.</summary>
    public static IQueryable<DramaSummary> SortedBy(this IQueryable<DramaSummary> dramas, string? sort) => sort switch
    {
        "year" => dramas.OrderBy(d => d.Year == null).ThenByDescending(d => d.Year).ThenBy(d => CaseFold.Lower(d.Title)).ThenBy(d => d.Id),
        "title" => dramas.OrderBy(d => CaseFold.Lower(d.Title)).ThenBy(d => d.Id),
        _ => dramas.OrderByMostListed(),
    };
}
