using System.Globalization;
using KdramaMoments.Web.Couples;
using KdramaMoments.Web.Data;
using KdramaMoments.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Search;

/// <summary>A piece of a result's context line ("Crash Landing on You (2019) · Ri Jeong-hyeok &amp; Yoon Se-ri"); a piece with an address is a link.</summary>
public sealed record ContextPart(string Text, string? Href = null);

/// <summary>Where a result's snippet comes from.</summary>
public enum SnippetSource
{
    Quote,
    Description,
    /// <summary>Another name of the entity that matched where its own name did not ("also CLOY").</summary>
    OtherName,
}

/// <summary>A line of a result's own text, with the searched words marked (none when it is only shown for context).</summary>
public sealed record SearchSnippet(SnippetSource Source, IReadOnlyList<TextRun> Runs)
{
    public bool Matched => Runs.Any(r => r.Marked);

    public string Text => string.Concat(Runs.Select(r => r.Text));
}

/// <summary>
/// What each kind of hit shows besides its name, so a result says what it is without a click: a moment its drama and
/// year, its couple and the quote or sentence that matched; an actor the best-known roles; a drama its year and moments.
/// </summary>
public static class ResultDescriptions
{
    private const int SnippetWords = 28;
    private const int RolesShown = 2;
    private const string Separator = " · ";

    public static async Task<Dictionary<int, SearchResult>> DescribeAsync(KdramaDbContext db, EntityKind kind, List<int> ids, IReadOnlyCollection<string> words, CancellationToken cancellationToken) =>
        kind switch
        {
            EntityKind.Moment => await MomentsAsync(db, ids, words, cancellationToken),
            EntityKind.Drama => await DramasAsync(db, ids, words, cancellationToken),
            EntityKind.Actor => await ActorsAsync(db, ids, words, cancellationToken),
            EntityKind.Character => await CharactersAsync(db, ids, words, cancellationToken),
            _ => await TagsAsync(db, ids, words, cancellationToken),
        };

    private sealed record Person(int Id, string Slug, string Name);

    private static async Task<Dictionary<int, SearchResult>> MomentsAsync(KdramaDbContext db, List<int> ids, IReadOnlyCollection<string> words, CancellationToken cancellationToken)
    {
        var moments = await db.Moments.AsNoTracking().Where(m => ids.Contains(m.Id))
            .Select(m => new
            {
                m.Id,
                m.Slug,
                m.Title,
                m.DramaId,
                DramaSlug = m.Drama.Slug,
                Drama = m.Drama.Title,
                m.Drama.Year,
                m.Description,
                Quotes = m.Quotes.OrderBy(q => q.Position).Select(q => q.Text).ToList(),
                Characters = m.Characters.OrderBy(c => c.Id).Select(c => new Person(c.Id, c.Slug, c.Name)).ToList(),
            })
            .AsSplitQuery().ToListAsync(cancellationToken);
        var couples = await CoupleQueries.CouplesOfMomentsAsync(db,
            moments.Select(m => (m.Id, m.DramaId, m.Title, (IReadOnlyList<(int, string)>)m.Characters.Select(c => (c.Id, c.Name)).ToList())).ToList(), cancellationToken);
        return moments.ToDictionary(m => m.Id, m =>
        {
            List<ContextPart> context = [new(m.Drama, SearchKinds.Href(EntityKind.Drama, m.DramaSlug)), Year(m.Year)];
            var couple = couples[m.Id].Select(id => m.Characters.Single(c => c.Id == id)).ToList();
            for (var i = 0; i < couple.Count; i++)
            {
                context.Add(new(i == 0 ? Separator : " & "));
                context.Add(new(couple[i].Name, SearchKinds.Href(EntityKind.Character, couple[i].Slug)));
            }
            return Result(EntityKind.Moment, m.Slug, m.Title, words, context, MomentSnippet(m.Quotes, m.Description, words));
        });
    }

    /// <summary>The quote that matched best, else the sentence of the description that did; failing both, the first quote as a taste.</summary>
    private static SearchSnippet? MomentSnippet(List<string> quotes, string? description, IReadOnlyCollection<string> words)
    {
        var quote = quotes.Where(q => Highlight.Contains(q, words)).OrderByDescending(q => Highlight.MatchCount(q, words)).FirstOrDefault();
        if (quote is not null)
        {
            return new(SnippetSource.Quote, Highlight.Mark(quote, words, SnippetWords));
        }
        if (Highlight.BestSentence(description, words, SnippetWords) is { } sentence)
        {
            return new(SnippetSource.Description, sentence);
        }
        return quotes.Count > 0 ? new(SnippetSource.Quote, Highlight.Mark(quotes[0], [], SnippetWords)) : null;
    }

    private static async Task<Dictionary<int, SearchResult>> DramasAsync(KdramaDbContext db, List<int> ids, IReadOnlyCollection<string> words, CancellationToken cancellationToken)
    {
        var dramas = await db.Dramas.AsNoTracking().Where(d => ids.Contains(d.Id))
            .Select(d => new { d.Id, d.Slug, d.Title, d.Year, d.HangulTitle, Moments = d.MomentCount, Aliases = d.Aliases.OrderBy(a => a.Id).Select(a => a.Name).ToList() })
            .ToListAsync(cancellationToken);
        return dramas.ToDictionary(d => d.Id, d =>
        {
            var otherName = OtherNameMatched(d.Title, d.Aliases.Append(d.HangulTitle), words);
            var facts = new List<string?>
            {
                d.Year?.ToString(CultureInfo.InvariantCulture),
                Count(d.Moments, "moment"),
                otherName == d.HangulTitle ? null : d.HangulTitle,
            };
            return Result(EntityKind.Drama, d.Slug, d.Title, words, [new(string.Join(Separator, facts.OfType<string>()))], OtherName(otherName, words));
        });
    }

    private static async Task<Dictionary<int, SearchResult>> ActorsAsync(KdramaDbContext db, List<int> ids, IReadOnlyCollection<string> words, CancellationToken cancellationToken)
    {
        var actors = await db.Actors.AsNoTracking().Where(a => ids.Contains(a.Id))
            .Select(a => new
            {
                a.Id,
                a.Slug,
                a.Name,
                a.HangulName,
                Aliases = a.Aliases.OrderBy(x => x.Id).Select(x => x.Name).ToList(),
                Roles = a.Characters.Select(c => new { c.Slug, c.Name, DramaSlug = c.Drama.Slug, Drama = c.Drama.Title, c.Drama.Year, Moments = c.Moments.Count }).ToList(),
            })
            .AsSplitQuery().ToListAsync(cancellationToken);
        return actors.ToDictionary(a => a.Id, a =>
        {
            // Best known: the roles in most moments, the newer drama first between equals.
            var known = a.Roles.OrderByDescending(r => r.Moments).ThenByDescending(r => r.Year).ThenBy(r => r.Drama, StringComparer.Ordinal).Take(RolesShown).ToList();
            var context = new List<ContextPart>();
            foreach (var role in known)
            {
                if (context.Count > 0)
                {
                    context.Add(new("; "));
                }
                context.Add(new(role.Name, SearchKinds.Href(EntityKind.Character, role.Slug)));
                context.Add(new(" in "));
                context.Add(new(role.Drama, SearchKinds.Href(EntityKind.Drama, role.DramaSlug)));
                context.Add(Year(role.Year));
            }
            context.Add(new(a.Roles.Count switch
            {
                0 => "no role in the catalogue yet",
                var n when n > known.Count => $"{Separator}{Count(n - known.Count, "more role")}",
                _ => "",
            }));
            return Result(EntityKind.Actor, a.Slug, a.Name, words, context, OtherName(OtherNameMatched(a.Name, a.Aliases.Append(a.HangulName), words), words));
        });
    }

    private static async Task<Dictionary<int, SearchResult>> CharactersAsync(KdramaDbContext db, List<int> ids, IReadOnlyCollection<string> words, CancellationToken cancellationToken)
    {
        var characters = await db.Characters.AsNoTracking().Where(c => ids.Contains(c.Id))
            .Select(c => new
            {
                c.Id,
                c.Slug,
                c.Name,
                DramaSlug = c.Drama.Slug,
                Drama = c.Drama.Title,
                c.Drama.Year,
                ActorSlug = c.Actor == null ? null : c.Actor.Slug,
                Actor = c.Actor == null ? null : c.Actor.Name,
                Aliases = c.Aliases.OrderBy(x => x.Id).Select(x => x.Name).ToList(),
            })
            .ToListAsync(cancellationToken);
        return characters.ToDictionary(c => c.Id, c =>
        {
            List<ContextPart> context = [new(c.Drama, SearchKinds.Href(EntityKind.Drama, c.DramaSlug)), Year(c.Year)];
            if (c.Actor is not null)
            {
                context.Add(new(", played by "));
                context.Add(new(c.Actor, SearchKinds.Href(EntityKind.Actor, c.ActorSlug!)));
            }
            return Result(EntityKind.Character, c.Slug, c.Name, words, context, OtherName(OtherNameMatched(c.Name, c.Aliases, words), words));
        });
    }

    private static async Task<Dictionary<int, SearchResult>> TagsAsync(KdramaDbContext db, List<int> ids, IReadOnlyCollection<string> words, CancellationToken cancellationToken) =>
        (await db.Tags.AsNoTracking().Where(t => ids.Contains(t.Id)).Select(t => new { t.Id, t.Slug, t.Name, Moments = t.MomentCount }).ToListAsync(cancellationToken))
            .ToDictionary(t => t.Id, t => Result(EntityKind.Tag, t.Slug, t.Name, words, [new(Count(t.Moments, "moment"))], null));

    private static SearchResult Result(EntityKind kind, string slug, string title, IReadOnlyCollection<string> words, IReadOnlyList<ContextPart> context, SearchSnippet? snippet) =>
        new(kind, slug, title, Highlight.Mark(title, words), context.Where(p => p.Text.Length > 0).ToList(), snippet);

    /// <summary>The first other name that matched, when the name itself did not: it says why the result was found.</summary>
    private static string? OtherNameMatched(string name, IEnumerable<string?> others, IReadOnlyCollection<string> words) =>
        Highlight.Contains(name, words) ? null : others.FirstOrDefault(other => Highlight.Contains(other, words));

    private static ContextPart Year(int? year) => new(year is null ? "" : $" ({year.Value.ToString(CultureInfo.InvariantCulture)})");

    private static SearchSnippet? OtherName(string? name, IReadOnlyCollection<string> words) =>
        name is null ? null : new(SnippetSource.OtherName, Highlight.Mark("also " + name, words));

    private static string Count(int n, string noun) => $"{n.ToString(CultureInfo.InvariantCulture)} {noun}{(n == 1 ? "" : "s")}";
}
