using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Pagination;

/// <summary>One page of a longer list, with what a pager needs to link to the others.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Number, int Size, int Total)
{
    public int PageCount => Math.Max(1, (Total + Size - 1) / Size);
    public bool HasPrevious => Number > 1;
    public bool HasNext => Number < PageCount;
    public int FirstIndex => Total == 0 ? 0 : ((Number - 1) * Size) + 1;
    public int LastIndex => Math.Min(Total, Number * Size);
}

public static class Paging
{
    public const int DefaultSize = 24;

    /// <summary>
    /// The "page" query value, read directly: Razor Pages keeps its own "page" route value (the page's
    /// name), which would win over the query string in model binding. A non-number means page 1.
    /// </summary>
    public static int? RequestedPage(HttpRequest request) =>
        int.TryParse(request.Query["page"], System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var page) ? page : null;

    /// <summary>
    /// The same address at another page: every other query value (filters, sort) kept, empty ones dropped.
    /// Pages leave page 1 implicit, so its address is the list's own; the API names every page.
    /// </summary>
    public static string PageHref(HttpRequest request, int page, bool nameFirstPage = false)
    {
        var query = QueryHelpers.ParseQuery(request.QueryString.Value)
            .Where(pair => pair.Key != "page" && !string.IsNullOrEmpty(pair.Value))
            .SelectMany(pair => pair.Value.Select(value => new KeyValuePair<string, string?>(pair.Key, value)))
            .ToList();
        if (page > 1 || nameFirstPage)
        {
            query.Add(new KeyValuePair<string, string?>("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        return QueryHelpers.AddQueryString(request.Path, query);
    }

    /// <summary>The page shown for the one asked: a page number past the end shows the last page, one before the start the first.</summary>
    public static int PageNumber(int? page, int total, int size) => Math.Clamp(page ?? 1, 1, Math.Max(1, (total + size - 1) / size));

    /// <summary>Counts, then reads one page; a page number past the end shows the last page rather than an empty one.</summary>
    public static async Task<PagedList<T>> ToPagedListAsync<T>(this IQueryable<T> query, int? page, CancellationToken cancellationToken, int size = DefaultSize) =>
        await query.ToPagedListAsync(page, await query.CountAsync(cancellationToken), cancellationToken, size);

    /// <summary>As above, with the total already known (a total kept at write time rather than counted per request).</summary>
    public static async Task<PagedList<T>> ToPagedListAsync<T>(this IQueryable<T> query, int? page, int total, CancellationToken cancellationToken, int size = DefaultSize)
    {
        var number = PageNumber(page, total, size);
        var items = await query.Skip((number - 1) * size).Take(size).ToListAsync(cancellationToken);
        return new PagedList<T>(items, number, size, total);
    }

    /// <summary>One page of a list whose whole order is already known as ids (see CatalogueMemo): only that page's rows are read.</summary>
    public static async Task<PagedList<T>> ToPagedListAsync<T>(this IReadOnlyList<int> orderedIds, int? page, Func<List<int>, Task<List<T>>> load, Func<T, int> idOf, int size = DefaultSize)
    {
        var number = PageNumber(page, orderedIds.Count, size);
        var ids = orderedIds.Skip((number - 1) * size).Take(size).ToList();
        var rows = (await load(ids)).ToDictionary(idOf);
        return new PagedList<T>(ids.Where(rows.ContainsKey).Select(id => rows[id]).ToList(), number, size, orderedIds.Count);
    }
}
