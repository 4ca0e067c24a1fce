using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace KdramaMoments.Web.Importing;

/// <summary>
/// Captions as a TTML document (the W3C's Timed Text, and its older DFXP form: what Vimeo, Netflix and broadcasters
/// hand out as <c>.ttml</c>, <c>.dfxp</c> or <c>.xml</c>): a <c>&lt;tt&gt;</c> root, a <c>&lt;head&gt;</c> whose
/// metadata may hold the <c>&lt;ttm:title&gt;</c> and the speakers (<c>&lt;ttm:agent&gt;</c> with a
/// <c>&lt;ttm:name&gt;</c>), styling and layout, then a <c>&lt;body&gt;</c> of <c>&lt;div&gt;</c>s of timed
/// <c>&lt;p&gt;</c> cues whose <c>&lt;span&gt;</c>s style words and whose <c>&lt;br/&gt;</c> breaks a line. Read as a
/// viewer sees it: one language (English when the document has several, else the one with the most cues), each cue a
/// paragraph, a <c>&lt;br/&gt;</c> inside a sentence a space and any other a line break, the title over them; a cue given to a named speaker is said words,
/// as a SAMI file's are. Timings, styles and regions are the captioner's. Like a SAMI file it is markup by its shape, but
/// no web page, so the decoder lets it through.
/// </summary>
public static partial class TtmlCaptions
{
    /// <summary>Whether the text is a TTML document (its root element says so).</summary>
    public static bool IsTtml(string text) => TtmlRoot().IsMatch(text);

    /// <summary>The captions of one language as article text, or null when the text is no TTML document or holds no cue.</summary>
    public static string? Unpack(string text)
    {
        if (!IsTtml(text) || FeedItems.LoadXml(text, DtdProcessing.Prohibit) is not { } root || Child(root, "body") is not { } body)
        {
            return null;
        }
        var speakers = Speakers(root);
        var cues = body.Descendants().Where(e => e.Name.LocalName == "p")
            .Select(p => (Language: Language(p), Words: Words(p), Speaker: Speaker(p, speakers)))
            .Where(c => c.Words.Length > 0)
            .ToList();
        if (cues.Count == 0)
        {
            return null;
        }
        // "en", "en-US" and "en-GB" are one language: its primary subtag.
        var shown = cues.Any(c => Primary(c.Language) == "en") ? "en"
            : cues.GroupBy(c => Primary(c.Language)).MaxBy(g => g.Count())!.Key;
        var written = new StringBuilder();
        if (Title(root) is { Length: > 0 } title)
        {
            written.Append(title).Append("\n\n");
        }
        foreach (var cue in cues.Where(c => Primary(c.Language) == shown))
        {
            written.Append(cue.Speaker is { } who && SamiCaptions.SaidBy(who, cue.Words) is { } said ? said : cue.Words).Append("\n\n");
        }
        return written.ToString().TrimEnd();
    }

    // <ttm:title> in the head's metadata (TTML2 and DFXP alike name it so).
    private static string? Title(XElement root) =>
        Child(root, "head")?.Descendants().FirstOrDefault(e => e.Name.LocalName == "title") is { } title ? Collapsed(title.Value) : null;

    // <ttm:agent xml:id="a1"><ttm:name>Ryan</ttm:name></ttm:agent>: who each agent id is, by its first name element.
    private static Dictionary<string, string> Speakers(XElement root) =>
        (Child(root, "head")?.Descendants().Where(e => e.Name.LocalName == "agent") ?? [])
            .Select(a => (Id: a.Attribute(XNamespace.Xml + "id")?.Value, Name: a.Elements().FirstOrDefault(n => n.Name.LocalName == "name")?.Value))
            .Where(a => a.Id is { Length: > 0 } && a.Name is { Length: > 0 })
            .GroupBy(a => a.Id!)
            .ToDictionary(g => g.Key, g => Collapsed(g.First().Name!));

    // ttm:agent on the cue, or the one agent its spans name; a cue whose spans name two speakers is no one's alone.
    private static string? Speaker(XElement cue, Dictionary<string, string> speakers)
    {
        var agent = Agent(cue) ?? (cue.Elements().Where(e => e.Name.LocalName == "span").Select(Agent).OfType<string>().Distinct().ToList() is [var only] ? only : null);
        return agent?.Split(' ', StringSplitOptions.RemoveEmptyEntries) is [var first] && speakers.TryGetValue(first, out var name) ? name : null;
    }

    private static string? Agent(XElement element) => element.Attributes().FirstOrDefault(a => a.Name.LocalName == "agent")?.Value;

    private static string Primary(string language) => language.Split('-')[0].ToLowerInvariant();

    // xml:lang as inherited from the cue's nearest ancestor that sets it ("" when none does).
    private static string Language(XElement cue) =>
        cue.AncestorsAndSelf().Select(e => e.Attribute(XNamespace.Xml + "lang")?.Value).FirstOrDefault(l => l is not null) ?? string.Empty;

    // The cue's words: spans read through, metadata left out, runs of white space one space (TTML's default space
    // handling). A <br/> that breaks a sentence for the screen ("every evening,<br/>all summer long") is a space; one
    // before a capital ("#3 Some Title (2018)<br/>Kang Min-jae as …") starts a line.
    private static string Words(XElement cue)
    {
        var words = new StringBuilder();
        Append(cue, words);
        var lines = words.ToString().Split('\n').Select(Collapsed).Where(l => l.Length > 0).ToList();
        var written = new StringBuilder();
        foreach (var line in lines)
        {
            var runsOn = written.Length > 0 && char.IsLower(line[0]) && written[^1] is not ('.' or '!' or '?' or ':');
            written.Append(written.Length == 0 ? string.Empty : runsOn ? " " : "\n").Append(line);
        }
        return written.ToString();
    }

    private static void Append(XElement element, StringBuilder words)
    {
        foreach (var node in element.Nodes())
        {
            switch (node)
            {
                case XText text:
                    words.Append(text.Value);
                    break;
                case XElement { Name.LocalName: "br" }:
                    words.Append('\n');
                    break;
                case XElement { Name.LocalName: "metadata" }:
                    break;
                case XElement inner:
                    Append(inner, words);
                    break;
            }
        }
    }

    private static XElement? Child(XElement parent, string localName) => parent.Elements().FirstOrDefault(e => e.Name.LocalName == localName);

    private static string Collapsed(string text) => Whitespace().Replace(text, " ").Trim();

    // <tt xmlns="http://www.w3.org/ns/ttml"> (or a prefixed tt:tt), after an XML declaration and comments.
    [GeneratedRegex(@"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:\w+:)?tt\b", RegexOptions.Singleline, RegexBudget.Milliseconds)]
    private static partial Regex TtmlRoot();

    [GeneratedRegex(@"[ \t\r\n]+", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex Whitespace();
}
