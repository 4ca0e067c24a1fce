using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace KdramaMoments.Web.Text;

/// <summary>Encodes text for HTML and marks runs of Hangul with <c>lang="ko"</c>, so screen readers switch voice.</summary>
public static class LanguageMarkup
{
    // Like the site's encoder: letters of every script stay characters; only HTML-special ones are escaped.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    public static IHtmlContent Mark(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return HtmlString.Empty;
        }
        if (!text.Any(IsHangul))
        {
            return new HtmlString(Encoder.Encode(text));
        }
        var html = new StringBuilder(text.Length + 32);
        var i = 0;
        while (i < text.Length)
        {
            var start = i;
            var korean = IsHangul(text[i]);
            // A Korean run continues across the spaces between Hangul words.
            while (i < text.Length && (IsHangul(text[i]) == korean || (korean && text[i] == ' ' && i + 1 < text.Length && IsHangul(text[i + 1]))))
            {
                i++;
            }
            var run = Encoder.Encode(text[start..i]);
            html.Append(korean ? $"<span lang=\"ko\">{run}</span>" : run);
        }
        return new HtmlString(html.ToString());
    }

    public static bool IsHangul(char c) =>
        c is (>= '\uAC00' and <= '\uD7A3') or (>= '\u1100' and <= '\u11FF') or (>= '\u3130' and <= '\u318F');
}
