using KdramaMoments.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Pages.Admin;

/// <summary>The search box above each editors' list, with the list's own actions beside it.</summary>
public sealed record ListSearch(string Label, string? Q, params IReadOnlyList<ListSearch.Link> Links)
{
    public sealed record Link(string Href, string Text);

    /// <summary>
    /// How many rows an editors' list pages through: the catalogue's size kept at write time while nothing is searched for,
    /// so a list of a large catalogue counts nothing per request; a search's matches, counted.
    /// </summary>
    public static async Task<int> TotalAsync<T>(KdramaDbContext db, IQueryable<T> rows, string? q, CatalogueSizeName size, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(q) ? await CatalogueTotals.ReadAsync(db, size, cancellationToken) : await rows.CountAsync(cancellationToken);

    /// <summary>
    /// A LIKE pattern matching lower-cased text that contains <paramref name="q"/>, for use with the escape character <c>\</c>
    /// against <c>column.ToLower()</c>: case-insensitive the same way on SQLite and PostgreSQL (LIKE is not, and lower()
    /// folds ASCII letters on both). EF sends it as a parameter, and % and _ typed by the editor match only themselves.
    /// A NUL is dropped, as from every value on PostgreSQL (whose text cannot hold one).
    /// </summary>
    public static string ContainsPattern(string q) =>
        "%" + q.Replace("\0", "", StringComparison.Ordinal).Trim().ToLowerInvariant().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
}
