namespace KdramaMoments.Web.Importing;

/// <summary>
/// The time limit of every importer pattern that can backtrack: text that reaches it is not an article a person wrote
/// (<see cref="ArticleParser"/> reports it as such). .NET measures the limit in wall-clock time, so on an overloaded
/// server an ordinary match (microseconds) can be descheduled past a tight limit and an editor's import of a real
/// article fail; the limit is set far above any real match and still stops a pattern gone exponential.
/// </summary>
internal static class RegexBudget
{
    public const int Milliseconds = 5_000;

    public static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(Milliseconds);
}
