using System.Text;
using System.Text.RegularExpressions;

namespace KdramaMoments.Web.Importing;

/// <summary>Turns a file's bytes into article text, or says plainly why it is not an article.</summary>
public static partial class ArticleDecoder
{
    public const int MaxBytes = 2 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static DecodeResult Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > MaxBytes)
        {
            return DecodeResult.Fail($"the file is {bytes.Length:N0} bytes; articles are at most {MaxBytes:N0}");
        }
        if (bytes.IndexOf((byte)0) >= 0)
        {
            return DecodeResult.Fail("the file is binary (it contains NUL bytes), not a text article");
        }
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            var offset = ex.Index >= 0 ? $" at byte {ex.Index}" : string.Empty;
            return DecodeResult.Fail($"the file is not valid UTF-8{offset}");
        }
        text = text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        if (string.IsNullOrWhiteSpace(text))
        {
            return DecodeResult.Fail("the file is empty");
        }
        var controls = text.Count(c => char.IsControl(c) && c is not '\n' and not '\t');
        if (controls > text.Length / 100 + 2)
        {
            return DecodeResult.Fail($"the file is binary ({controls} control characters), not a text article");
        }
        // HTML's shape first: a text without it never runs the exports' detectors (a JSON export is parsed to know it).
        if ((HtmlMarkup().Count(text) >= 3 || HtmlDocument().IsMatch(text)) && !IsMarkupExport(text))
        {
            return DecodeResult.Fail("the file is an HTML page; save the article as plain text");
        }
        return DecodeResult.Ok(text);
    }

    // A bookmark export, an Evernote export, an outliner's OPML, SAMI or TTML captions are HTML by their shape, and a wiki
    // page's source may hold a few of its tags (<br>, <ref>, <small>), and a JSON export's strings may hold HTML (a chat
    // message's formatted copy), but none is a page: there is nothing to save as text, so each is read as it is.
    private static bool IsMarkupExport(string text) =>
        JsonExports.IsJson(text) || BookmarkFiles.IsBookmarkFile(text) || EvernoteExports.IsEvernoteExport(text) || OpmlOutlines.IsOpml(text) || SamiCaptions.IsSami(text) || TtmlCaptions.IsTtml(text) || WikiSources.IsWikiSource(text);

    [GeneratedRegex(@"^\s*(<!doctype\s+html|<html[\s>])", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlDocument();

    [GeneratedRegex(@"</?(p|div|span|body|head|script|a|br|h[1-6]|li|ul|ol|img|meta|table)(\s[^>]*)?/?>", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlMarkup();
}

public sealed record DecodeResult(string? Text, string? Error)
{
    public static DecodeResult Ok(string text) => new(text, null);
    public static DecodeResult Fail(string error) => new(null, error);
}
