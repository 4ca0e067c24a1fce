namespace KdramaMoments.Web.Pages.Admin;

/// <summary>The search box above each editors' list, with the list's own actions beside it.</summary>
public sealed record ListSearch(string Label, string? Q, params IReadOnlyList<ListSearch.Link> Links)
{
    public sealed record Link(string Href, string Text);

    /// <summary>
    /// A LIKE pattern matching text that contains <paramref name="q"/>, for use with the escape character <c>\</c>:
    /// EF sends it as a parameter, and % and _ typed by the editor match only themselves.
    /// </summary>
    public static string ContainsPattern(string q) =>
        "%" + q.Trim().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
}
