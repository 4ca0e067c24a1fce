namespace KdramaMoments.Web.Pages.Moments;

/// <summary>The line set large on a moment's page and share card: the first quote short enough to read at a glance.</summary>
public static class PullQuote
{
    private const int MinLength = 8;
    private const int MaxLength = 160;

    public static string? Choose(IReadOnlyList<string> quotes) =>
        quotes.FirstOrDefault(q => q.Length is >= MinLength and <= MaxLength)
        ?? quotes.OrderBy(q => q.Length).FirstOrDefault();
}
