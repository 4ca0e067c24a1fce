using KdramaMoments.Web.Domain;

namespace KdramaMoments.Web.Pages.Admin;

/// <summary>Aliases as the edit forms show them: one per line, in name order.</summary>
public static class AliasLines
{
    public static string Format(IEnumerable<NameAlias> aliases) => string.Join("\n", aliases.Select(a => a.Name).Order(StringComparer.Ordinal));

    /// <summary>
    /// The distinct aliases typed, without the name itself. Other spellings of the name ("Hyun-Bin" for
    /// "Hyun Bin") are kept: they are what aliases are for. Two lines that read as one name ("null", "NULL")
    /// are one alias, and a line with nothing to look up (only punctuation) is none.
    /// </summary>
    public static IReadOnlyList<string> Parse(string? lines, string? name) =>
        (lines ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(a => !string.Equals(a, name?.Trim(), StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Where(a => Names.Normalize(a).Length > 0)
            .DistinctBy(Names.Normalize, StringComparer.Ordinal).ToList();
}
