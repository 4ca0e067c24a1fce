using KdramaMoments.Web.Domain;
using KdramaMoments.Web.Data;

namespace KdramaMoments.Web.Pages.Moments;

/// <summary>A moment as lists show it; "in N lists" counts the distinct articles that name it.</summary>
public sealed record MomentCard
{
    public required string Slug { get; init; }
    public required string Title { get; init; }
    public required string DramaSlug { get; init; }
    public required string Drama { get; init; }
    public int? Year { get; init; }
    public int? Episode { get; init; }
    public int Lists { get; init; }
    public string? Quote { get; init; }
    public IReadOnlyList<TagChip> Tags { get; init; } = [];
}

public sealed record TagChip(string Slug, string Name);

/// <summary>The ways a fan can narrow and order the moment list; every value comes from the query string.</summary>
public sealed record MomentFilter(string? Tag, string? Drama, string? Actor, int? Year, string? Sort)
{
    public static readonly IReadOnlyList<(string Value, string Label)> Sorts =
        [("listed", "Most listed"), ("year", "Newest drama"), ("title", "Title A–Z")];

    public string SortOrDefault => Sorts.Any(s => s.Value == Sort) ? Sort! : "listed";

    public bool IsEmpty => Tag is null && Drama is null && Actor is null && Year is null;
}

public static class MomentQueries
{
    public static IQueryable<Moment> Matching(this IQueryable<Moment> moments, MomentFilter filter)
    {
        if (filter.Tag is { } tag)
        {
            moments = moments.Where(m => m.Tags.Any(t => t.Slug == tag));
        }
        if (filter.Drama is { } drama)
        {
            moments = moments.Where(m => m.Drama.Slug == drama);
        }
        if (filter.Actor is { } actor)
        {
            moments = moments.Where(m => m.Characters.Any(c => c.Actor != null && c.Actor.Slug == actor));
        }
        if (filter.Year is { } year)
        {
            moments = moments.Where(m => m.Drama.Year == year);
        }
        return moments;
    }

    public static IQueryable<MomentCard> ToCards(this IQueryable<Moment> moments) =>
        moments.Select(m => new MomentCard
        {
            Slug = m.Slug,
            Title = m.Title,
            DramaSlug = m.Drama.Slug,
            Drama = m.Drama.Title,
            Year = m.Drama.Year,
            Episode = m.Episode,
            Lists = m.Sources.Select(s => s.ArticleId).Distinct().Count(),
            Quote = m.Quotes.OrderBy(q => q.Position).Select(q => q.Text).FirstOrDefault(),
            Tags = m.Tags.OrderBy(t => t.Slug).Select(t => new TagChip(t.Slug, t.Name)).ToList(),
        });

    public static IQueryable<MomentCard> SortedBy(this IQueryable<MomentCard> cards, string sort) => sort switch
    {
        "year" => cards.OrderBy(m => m.Year == null).ThenByDescending(m => m.Year).ThenBy(m => m.Drama).ThenBy(m => m.Episode == null).ThenBy(m => m.Episode).ThenBy(m => m.Slug),
        "title" => cards.OrderBy(m => CaseFold.Lower(m.Title)).ThenBy(m => m.Slug),
        _ => cards.OrderByDescending(m => m.Lists).ThenBy(m => m.Year == null).ThenByDescending(m => m.Year).ThenBy(m => m.Title).ThenBy(m => m.Slug),
    };
}
