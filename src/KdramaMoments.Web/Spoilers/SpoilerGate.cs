using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace KdramaMoments.Web.Spoilers;

/// <summary>
/// What the spoiler gate (wwwroot/js/spoilers.js) needs on every listed moment: its drama and episode, compared in the
/// browser with the episode the reader says they are on, and whether an editor marked it a spoiler (the
/// <see cref="Trope"/> trope). Nothing is hidden on the server: without script every moment shows, as before.
/// </summary>
public static class SpoilerGate
{
    /// <summary>The trope editors put on a moment to collapse it in every list, whatever episode the reader is on.</summary>
    public const string Trope = "spoiler";

    public static IHtmlContent Attributes(string dramaSlug, int? episode, bool marked) =>
        new HtmlString(string.Concat(
            $" data-drama=\"{HtmlEncoder.Default.Encode(dramaSlug)}\"",
            episode is null ? "" : $" data-episode=\"{episode.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}\"",
            marked ? " data-spoiler=\"true\"" : ""));

    public static IHtmlContent Attributes(string dramaSlug, int? episode, IEnumerable<string> tropes) =>
        Attributes(dramaSlug, episode, tropes.Contains(Trope, StringComparer.Ordinal));
}
