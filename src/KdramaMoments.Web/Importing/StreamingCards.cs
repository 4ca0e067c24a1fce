using System.Text.RegularExpressions;

namespace KdramaMoments.Web.Importing;

/// <summary>
/// A streaming service's or a shop's collection page copied as text: each title is a card whose buttons (<c>▶ Watch now
/// + My List Trailer</c>), badges (<c>Because you watched …</c>, <c>New episode every Saturday</c>, <c>Top 10 in Korea
/// today</c>) and language line (<c>Audio: Korean · Subtitles: 28 languages</c>) are the page's, not the writer's.
/// Such lines are set aside, so they head no item and end none (<c>More collections</c> ends the list: see <see cref="PageFurniture"/>).
/// </summary>
public static partial class StreamingCards
{
    private const int MaxFurnitureLength = 160;

    /// <summary>A card's button row, badge or language line.</summary>
    public static bool IsFurniture(string line)
    {
        var text = line.Trim();
        return text.Length is > 0 and <= MaxFurnitureLength && (ButtonRow().IsMatch(text) || Badge().IsMatch(text));
    }

    /// <summary>The lines without card furniture.</summary>
    public static List<string> Without(List<string> lines) => lines.Where(l => !IsFurniture(l)).ToList();

    // Only button labels, each perhaps after its icon: "▶ Watch now    + My List    Trailer", "▶ Play first episode + Add collection to My List Share".
    [GeneratedRegex(@"^(?:[▶►⏵+＋★☆✓✔⊕ⓘ♡❤↗]\s*)?(?:watch now|watch|play(?: first episode| trailer| now)?|resume|continue watching|add(?: collection)? to (?:my )?(?:list|watchlist|library)|my list|watchlist|trailer|share|more info|details|remind me|download|rate(?: this)?|like|episodes|buy|rent|add to cart)(?:\s+(?:[▶►⏵+＋★☆✓✔⊕ⓘ♡❤↗]\s*)?(?:watch now|watch|play(?: first episode| trailer| now)?|resume|continue watching|add(?: collection)? to (?:my )?(?:list|watchlist|library)|my list|watchlist|trailer|share|more info|details|remind me|download|rate(?: this)?|like|episodes|buy|rent|add to cart))+$", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex ButtonRow();

    // A card's badge or language line.
    [GeneratedRegex(@"^(?:because you (?:watched|liked|added)\b.{1,80}|new episodes? (?:every|each|on)\b.{1,40}|top \d{1,3} in\b.{1,40}|(?:#\d{1,3} in\b.{1,40})|leaving soon|recently added|coming soon|new season|new arrival|audio\s*:.{1,80}[·|•]\s*subtitles?\s*:.{1,80}|coming next)$", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex Badge();
}
