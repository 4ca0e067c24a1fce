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

    /// <summary>
    /// The results of these entities of one kind, marked for the searched words. What a result shows besides the
    /// words marked (its context: drama, year, couple, roles; its quotes and description to find a snippet in) is the
    /// same for every search, so it is kept per catalogue version (<paramref name="memo"/>, forgotten at every save):
    /// a result shown again costs no read, where describing five moments took five commands and their dramas' couples.
    /// </summary>
    public static async Task<Dictionary<int, SearchResult>> DescribeAsync(KdramaDbContext db, CatalogueMemo memo, EntityKind kind, List<int> ids, IReadOnlyCollection<string> words, CancellationToken cancellationToken) =>
        (await KeptFactsAsync(memo, kind, ids, missing => FactsAsync(db, kind, missing, cancellationToken)))
            .ToDictionary(f => f.Key, f => f.Value.Describe(words));

    // Each read below takes the page's ids as one JSON (SQLite) or array (PostgreSQL) parameter: EF 10 binds a list as a
    // parameter per id, so the statement prepared and the parameters bound grew with the results shown (twenty on a
    // kind's page at 100,000 moments, five of "kiss" at the seeds).
    private static async Task<Dictionary<int, ResultFacts>> FactsAsync(KdramaDbContext db, EntityKind kind, List<int> ids, CancellationToken cancellationToken) =>
        kind switch
        {
            EntityKind.Moment => await MomentsAsync(db, ids, cancellationToken),
            EntityKind.Drama => await DramasAsync(db, ids, cancellationToken),
            EntityKind.Actor => await ActorsAsync(db, ids, cancellationToken),
            EntityKind.Character => await CharactersAsync(db, ids, cancellationToken),
            _ => await TagsAsync(db, ids, cancellationToken),
        };

    /// <summary>
    /// The kept facts of each id, the missing ones read together. Each missing entry is started before the read (a
    /// pending value the read completes), so a save during the read forgets it, as the memo's own loads are forgotten:
    /// a result read while the catalogue changed is shown once, not kept.
    /// </summary>
    private static async Task<Dictionary<int, ResultFacts>> KeptFactsAsync(CatalogueMemo memo, EntityKind kind, List<int> ids, Func<List<int>, Task<Dictionary<int, ResultFacts>>> read)
    {
        var reads = new Dictionary<int, Task<ResultFacts?>>();
        var missing = new Dictionary<int, TaskCompletionSource<ResultFacts?>>();
        foreach (var id in ids.Distinct())
        {
            TaskCompletionSource<ResultFacts?>? pending = null;
            reads[id] = memo.GetOrNullAsync(new FactsKey(kind, id), () => (pending = new TaskCompletionSource<ResultFacts?>(TaskCreationOptions.RunContinuationsAsynchronously)).Task, f => f.Rows);
            if (pending is not null)
            {
                missing[id] = pending;
            }
        }
        if (missing.Count > 0)
        {
            try
            {
                var facts = await read(missing.Keys.ToList());
                foreach (var (id, pending) in missing)
                {
                    pending.SetResult(facts.GetValueOrDefault(id));
                }
            }
            catch (Exception failure)
            {
                foreach (var pending in missing.Values)
                {
                    pending.TrySetException(failure);
                }
                throw;
            }
        }
        var found = new Dictionary<int, ResultFacts>();
        foreach (var (id, kept) in reads)
        {
            if (await kept is { } facts)
            {
                found[id] = facts;
            }
        }
        return found;
    }

    private sealed record FactsKey(EntityKind Kind, int Id);

    /// <summary>What a result shows that no search word changes; <see cref="Describe"/> marks the words.</summary>
    private abstract record ResultFacts
    {
        /// <summary>Its weight in the memo (about a few hundred bytes a row).</summary>
        public abstract int Rows { get; }

        public abstract SearchResult Describe(IReadOnlyCollection<string> words);
    }

    private sealed record Person(int Id, string Slug, string Name);

    private sealed record MomentFacts(string Slug, string Title, List<ContextPart> Context, List<string> Quotes, string? Description) : ResultFacts
    {
        public override int Rows => 1 + ((Description?.Length ?? 0) + Quotes.Sum(q => q.Length)) / 300;

        public override SearchResult Describe(IReadOnlyCollection<string> words) => Result(EntityKind.Moment, Slug, Title, words, Context, MomentSnippet(Quotes, Description, words));
    }

    private static async Task<Dictionary<int, ResultFacts>> MomentsAsync(KdramaDbContext db, List<int> ids, CancellationToken cancellationToken)
    {
        var moments = await db.Moments.AsNoTracking().Where(m => EF.Parameter(ids).Contains(m.Id))
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
        return moments.ToDictionary(m => m.Id, ResultFacts (m) =>
        {
            List<ContextPart> context = [new(m.Drama, SearchKinds.Href(EntityKind.Drama, m.DramaSlug)), Year(m.Year)];
            var couple = couples[m.Id].Select(id => m.Characters.Single(c => c.Id == id)).ToList();
            for (var i = 0; i < couple.Count; i++)
            {
                context.Add(new(i == 0 ? Separator : " & "));
                context.Add(new(couple[i].Name, SearchKinds.Href(EntityKind.Character, couple[i].Slug)));
            }
            return new MomentFacts(m.Slug, m.Title, context, m.Quotes, m.Description);
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

    private sealed record DramaFacts(string Slug, string Title, int? Year, string? HangulTitle, int Moments, List<string> Aliases) : ResultFacts
    {
        public override int Rows => 1;

        public override SearchResult Describe(IReadOnlyCollection<string> words)
        {
            var otherName = OtherNameMatched(Title, Aliases.Append(HangulTitle), words);
            var facts = new List<string?>
            {
                Year?.ToString(CultureInfo.InvariantCulture),
                Count(Moments, "moment"),
                otherName == HangulTitle ? null : HangulTitle,
            };
            return Result(EntityKind.Drama, Slug, Title, words, [new(string.Join(Separator, facts.OfType<string>()))], OtherName(otherName, words));
        }
    }

    private static async Task<Dictionary<int, ResultFacts>> DramasAsync(KdramaDbContext db, List<int> ids, CancellationToken cancellationToken) =>
        (await db.Dramas.AsNoTracking().Where(d => EF.Parameter(ids).Contains(d.Id))
            .Select(d => new { d.Id, d.Slug, d.Title, d.Year, d.HangulTitle, Moments = d.MomentCount, Aliases = d.Aliases.OrderBy(a => a.Id).Select(a => a.Name).ToList() })
            .ToListAsync(cancellationToken))
        .ToDictionary(d => d.Id, ResultFacts (d) => new DramaFacts(d.Slug, d.Title, d.Year, d.HangulTitle, d.Moments, d.Aliases));

    private sealed record PersonFacts(EntityKind Kind, string Slug, string Name, List<ContextPart> Context, List<string?> OtherNames) : ResultFacts
    {
        public override int Rows => 1;

        public override SearchResult Describe(IReadOnlyCollection<string> words) =>
            Result(Kind, Slug, Name, words, Context, OtherName(OtherNameMatched(Name, OtherNames, words), words));
    }

    private static async Task<Dictionary<int, ResultFacts>> ActorsAsync(KdramaDbContext db, List<int> ids, CancellationToken cancellationToken)
    {
        var actors = await db.Actors.AsNoTracking().Where(a => EF.Parameter(ids).Contains(a.Id))
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
        return actors.ToDictionary(a => a.Id, ResultFacts (a) =>
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
            return new PersonFacts(EntityKind.Actor, a.Slug, a.Name, context, [.. a.Aliases, a.HangulName]);
        });
    }

    private static async Task<Dictionary<int, ResultFacts>> CharactersAsync(KdramaDbContext db, List<int> ids, CancellationToken cancellationToken)
    {
        var characters = await db.Characters.AsNoTracking().Where(c => EF.Parameter(ids).Contains(c.Id))
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
        return characters.ToDictionary(c => c.Id, ResultFacts (c) =>
        {
            List<ContextPart> context = [new(c.Drama, SearchKinds.Href(EntityKind.Drama, c.DramaSlug)), Year(c.Year)];
            if (c.Actor is not null)
            {
                context.Add(new(", played by "));
                context.Add(new(c.Actor, SearchKinds.Href(EntityKind.Actor, c.ActorSlug!)));
            }
            return new PersonFacts(EntityKind.Character, c.Slug, c.Name, context, [.. c.Aliases]);
        });
    }

    private sealed record TagFacts(string Slug, string Name, int Moments) : ResultFacts
    {
        public override int Rows => 1;

        public override SearchResult Describe(IReadOnlyCollection<string> words) => Result(EntityKind.Tag, Slug, Name, words, [new(Count(Moments, "moment"))], null);
    }

    private static async Task<Dictionary<int, ResultFacts>> TagsAsync(KdramaDbContext db, List<int> ids, CancellationToken cancellationToken) =>
        (await db.Tags.AsNoTracking().Where(t => EF.Parameter(ids).Contains(t.Id)).Select(t => new { t.Id, t.Slug, t.Name, Moments = t.MomentCount }).ToListAsync(cancellationToken))
            .ToDictionary(t => t.Id, ResultFacts (t) => new TagFacts(t.Slug, t.Name, t.Moments));

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
