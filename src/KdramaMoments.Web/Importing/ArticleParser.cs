using System.Text.RegularExpressions;
using KdramaMoments.Web.Domain;
using KdramaMoments.Web.Importing.Reference;

namespace KdramaMoments.Web.Importing;

/// <summary>
/// Text in, parsed article out: find the list by structure, sort each item's blocks, read every heading
/// with the article's one template, then extract each item's facts. No database; a <c>knownTitle</c> callback
/// lets a caller say which titles the catalogue already holds. Without one, the reference shelf of known dramas
/// (<see cref="KnownDramas"/>) says which titles are known; a caller with a catalogue asks both.
/// </summary>
public static class ArticleParser
{
    /// <summary>Parses decoded text; null with a reason when no list is found or the text cannot be read.</summary>
    public static (ParsedArticle? Article, string? Error) Parse(string text, Func<string, bool>? knownTitle = null)
    {
        var read = Read(text);
        return read.Error is null ? Parse(read, knownTitle) : (null, read.Error);
    }

    /// <summary>
    /// Finds the list and sorts each item's blocks, once: an importer asks the catalogue about
    /// <see cref="ReadArticle.TitleCandidates"/> and then parses the same reading with what it learnt.
    /// </summary>
    public static ReadArticle Read(string text)
    {
        try
        {
            var found = ArticleSegmenter.Read(text);
            return found.Segments is { } read && LowercaseHeadings.Capitalised(LowercaseWriting.Capitalised(read)) is var segments
                ? new ReadArticle(segments, segments.Items.Select(ItemExtractor.Prepare).ToList(), null)
                : new ReadArticle(null, [], found.Error);
        }
        catch (RegexMatchTimeoutException)
        {
            return new ReadArticle(null, [], TimedOut);
        }
    }

    /// <summary>Reads every heading with the article's one template and extracts each item's facts.</summary>
    public static (ParsedArticle? Article, string? Error) Parse(ReadArticle read, Func<string, bool>? knownTitle = null)
    {
        if (read.Segments is not { } segments)
        {
            return (null, read.Error);
        }
        knownTitle ??= KnownDramas.Knows;
        try
        {
            var template = HeadingReader.Read(read.HeadingInputs(), knownTitle);
            var actorFirst = ActorsFirst(read, template);
            var items = read.Items.Select((p, k) => ItemExtractor.Extract(p, template.Items[k], actorFirst)).ToList();
            if (HeadingNamesActors(template, items))
            {
                template = template with { Items = template.Items.Select(HeadingPeopleAsActors).ToList() };
                items = read.Items.Select((p, k) => ItemExtractor.Extract(p, template.Items[k], actorFirst)).ToList();
            }
            items = WithoutOtherItemsTitles(WithoutFurnitureAboveTheList(items, template, segments));

            var warnings = items.Where(i => i.Cast.Count == 0)
                .Select(i => $"item {i.Position} (\"{i.Heading}\"): no characters or actors found")
                .ToList();
            return (new ParsedArticle(segments.Title, items, warnings) { Template = $"{segments.Shape} {template.Description}" }, null);
        }
        catch (RegexMatchTimeoutException)
        {
            return (null, TimedOut);
        }
    }

    // Every pattern has a time limit; text that reaches one is not an article a person wrote.
    private const string TimedOut = "the text could not be read in time: it has lines or quotes far longer than an article's";

    // One template per article holds for people too: when the bodies credit the headings' unplaced names as actors
    // ("Gong Yoo and Kim Go-eun" over "As Kim Shin, Gong Yoo …") more often than as roles, every heading names actors,
    // so an item whose body only says "Kim Tae-ri (Na Hee-do)" or "played Ma Dong Chan and Go Mi Ran" reads the same way.
    private static bool HeadingNamesActors(HeadingTemplate template, List<ParsedItem> items)
    {
        int asActors = 0, asRoles = 0;
        for (var k = 0; k < items.Count; k++)
        {
            foreach (var person in template.Items[k].People.Where(p => p.Role == PersonRole.Unknown))
            {
                bool Same(string name) => PersonNames.RomanisationKey(name) == PersonNames.RomanisationKey(person.Name);
                if (items[k].Cast.Any(c => c.Character is not null && c.ActorNames().Any(Same)))
                {
                    asActors++;
                }
                else if (items[k].Cast.Any(c => c.Actor is not null && c.AllNames().Any(Same)))
                {
                    asRoles++;
                }
            }
        }
        return asActors >= 2 && asActors > asRoles;
    }

    // One order for credits that do not say which name is the actor's ("A (B)", "Cast: A — B"): the order two or more of the
    // article's items show by evidence, when none shows the other, for the items that show none. One item is not enough: a
    // character may share a name with a real actor.
    private static bool? ActorsFirst(ReadArticle read, HeadingTemplate template)
    {
        var orders = read.Items.Select((p, k) => Math.Sign(ItemExtractor.ActorFirstVotes(p, template.Items[k]))).ToList();
        var (actorFirst, roleFirst) = (orders.Count(o => o > 0), orders.Count(o => o < 0));
        return actorFirst >= 2 && roleFirst == 0 ? true : roleFirst >= 2 && actorFirst == 0 ? false : null;
    }

    private static HeadingReading HeadingPeopleAsActors(HeadingReading heading) =>
        heading with { People = heading.People.Select(p => p.Role == PersonRole.Unknown ? p with { Role = PersonRole.Actor } : p).ToList() };

    private const int MinimumItems = 3;

    // A menu entry or a byline above an unnumbered list can pass for a heading ("Celebrity", "Nadia Loh"): leading items
    // whose heading lacks the part where the others name their drama, and whose text names no cast and quotes no one, are not items.
    private static List<ParsedItem> WithoutFurnitureAboveTheList(List<ParsedItem> items, HeadingTemplate template, ArticleSegments segments)
    {
        var lead = 0;
        while (lead < items.Count - MinimumItems && segments.Items[lead].Number is null && !template.Items[lead].FitsTemplate
            && items[lead].Cast.Count == 0 && items[lead].Quotes.Count == 0)
        {
            lead++;
        }
        return lead == 0 ? items : items.Skip(lead).Select((i, k) => i with { Position = k + 1 }).ToList();
    }

    // A caption naming another item's drama is a mention of that drama, not another title for this one.
    private static List<ParsedItem> WithoutOtherItemsTitles(List<ParsedItem> items)
    {
        var titles = items.Select(i => Names.Normalize(i.Drama.Title)).ToHashSet();
        return items.Select(i => i.Drama.AlternateTitles.Any(t => titles.Contains(Names.Normalize(t)))
            ? i with { Drama = i.Drama with { AlternateTitles = i.Drama.AlternateTitles.Where(t => !titles.Contains(Names.Normalize(t))).ToList() } }
            : i).ToList();
    }
}

/// <summary>An article's list found and its items' blocks sorted, before the headings are read.</summary>
public sealed record ReadArticle(ArticleSegments? Segments, IReadOnlyList<PreparedItem> Items, string? Error)
{
    public IReadOnlyList<HeadingInput> HeadingInputs() =>
        Items.Select((p, k) => new HeadingInput(k, p.Segment.Heading, p.Body, p.FactTitle)).ToList();

    /// <summary>Every text the article's headings could name as a drama, for a caller to look up in the catalogue.</summary>
    public IReadOnlyList<string> TitleCandidates()
    {
        try
        {
            return HeadingInputs().SelectMany(HeadingReader.Candidates).Distinct().ToList();
        }
        catch (RegexMatchTimeoutException)
        {
            return [];
        }
    }
}
