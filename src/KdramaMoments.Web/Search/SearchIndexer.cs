using KdramaMoments.Web.Data;
using KdramaMoments.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Search;

/// <summary>
/// What the search index holds: one entry per moment, drama, actor, character and tag, its folded text in
/// three weighted fields (names, quotes, body), written to the database's <see cref="ISearchStore"/>.
/// </summary>
public static class SearchIndexer
{
    private const int Chunk = 500;
    private const int RebuildChunk = 5000;

    /// <summary>Rewrites the entries of the given entities, and of those whose text shows their names.</summary>
    public static async Task ReindexAsync(KdramaDbContext db, SearchChanges changes, CancellationToken cancellationToken)
    {
        var moments = new HashSet<int>(changes.Moments);
        var characters = new HashSet<int>(changes.Characters);
        // A moment's body carries its drama's title, its characters' and actors' names and its tags.
        if (changes.Dramas.Count > 0)
        {
            characters.UnionWith(await IdsAsync(changes.Dramas, ids => db.Characters.Where(c => ids.Contains(c.DramaId)).Select(c => c.Id), cancellationToken));
            moments.UnionWith(await IdsAsync(changes.Dramas, ids => db.Moments.Where(m => ids.Contains(m.DramaId)).Select(m => m.Id), cancellationToken));
        }
        if (changes.Actors.Count > 0)
        {
            characters.UnionWith(await IdsAsync(changes.Actors, ids => db.Characters.Where(c => c.ActorId != null && ids.Contains(c.ActorId.Value)).Select(c => c.Id), cancellationToken));
        }
        if (characters.Count > 0)
        {
            // From the roles to their moments, through the join table's key: asking each moment whether it names one of
            // them would read every moment in the catalogue.
            moments.UnionWith(await IdsAsync(characters, ids => db.Characters.Where(c => ids.Contains(c.Id)).SelectMany(c => c.Moments).Select(m => m.Id), cancellationToken));
        }
        if (changes.Tags.Count > 0)
        {
            moments.UnionWith(await IdsAsync(changes.Tags, ids => db.Tags.Where(t => ids.Contains(t.Id)).SelectMany(t => t.Moments).Select(m => m.Id), cancellationToken));
        }

        await WriteAsync(db, EntityKind.Moment, moments, ids => MomentEntries(db.Moments.Where(m => ids.Contains(m.Id))), cancellationToken);
        await WriteAsync(db, EntityKind.Drama, changes.Dramas, ids => DramaEntries(db.Dramas.Where(d => ids.Contains(d.Id))), cancellationToken);
        await WriteAsync(db, EntityKind.Actor, changes.Actors, ids => ActorEntries(db.Actors.Where(a => ids.Contains(a.Id))), cancellationToken);
        await WriteAsync(db, EntityKind.Character, characters, ids => CharacterEntries(db.Characters.Where(c => ids.Contains(c.Id))), cancellationToken);
        await WriteAsync(db, EntityKind.Tag, changes.Tags, ids => TagEntries(db.Tags.Where(t => ids.Contains(t.Id))), cancellationToken);
    }

    /// <summary>Empties the table and indexes the whole catalogue (first start after the migration, or after bulk loads).</summary>
    public static async Task RebuildAsync(KdramaDbContext db, CancellationToken cancellationToken)
    {
        await db.SearchStore.ClearAsync(db, cancellationToken);
        await WriteAllAsync(db, EntityKind.Moment, db.Moments.Select(m => m.Id), (first, last) => MomentEntries(db.Moments.Where(m => m.Id >= first && m.Id <= last)), cancellationToken);
        await WriteAllAsync(db, EntityKind.Drama, db.Dramas.Select(d => d.Id), (first, last) => DramaEntries(db.Dramas.Where(d => d.Id >= first && d.Id <= last)), cancellationToken);
        await WriteAllAsync(db, EntityKind.Actor, db.Actors.Select(a => a.Id), (first, last) => ActorEntries(db.Actors.Where(a => a.Id >= first && a.Id <= last)), cancellationToken);
        await WriteAllAsync(db, EntityKind.Character, db.Characters.Select(c => c.Id), (first, last) => CharacterEntries(db.Characters.Where(c => c.Id >= first && c.Id <= last)), cancellationToken);
        await WriteAllAsync(db, EntityKind.Tag, db.Tags.Select(t => t.Id), (first, last) => TagEntries(db.Tags.Where(t => t.Id >= first && t.Id <= last)), cancellationToken);
        await db.SearchStore.CompactAsync(db, cancellationToken);
    }

    private sealed record MomentText(int Id, string Title, string? Description, List<string> Quotes, string Drama,
        List<string> Characters, List<string> CharacterAliases, List<string> Actors, List<string> Tags);

    private static IQueryable<MomentText> MomentTexts(IQueryable<Moment> moments) =>
        moments.AsNoTracking().Select(m => new MomentText(
            m.Id, m.Title, m.Description,
            m.Quotes.Select(q => q.Text).ToList(),
            m.Drama.Title,
            m.Characters.Select(c => c.Name).ToList(),
            m.Characters.SelectMany(c => c.Aliases).Select(a => a.Name).ToList(),
            m.Characters.Where(c => c.Actor != null).Select(c => c.Actor!.Name).ToList(),
            m.Tags.Select(t => t.Name).ToList()));

    private static async Task<List<SearchEntry>> MomentEntries(IQueryable<Moment> moments)
    {
        // The same few names recur across a drama's moments: each is folded once per read.
        var nameForms = new Dictionary<string, string>(StringComparer.Ordinal);
        string NameForms(string name) => nameForms.TryGetValue(name, out var forms) ? forms : nameForms[name] = SearchText.NameForms(name);
        return (await MomentTexts(moments).AsSplitQuery().ToListAsync()).Select(m => new SearchEntry(
            m.Id,
            // Titles are mostly names ("Hyun Bin for Son Ye Jin in …"), so they get the name forms.
            string.Join(' ', SearchText.TextForms(m.Title), SearchText.NameForms(m.Title)),
            SearchText.TextForms(string.Join(" \n ", m.Quotes)),
            string.Join(' ', SearchText.TextForms(m.Description), SearchText.Fold(m.Drama), string.Join(' ', m.Characters.Concat(m.CharacterAliases).Concat(m.Actors).Select(NameForms)), SearchText.Fold(string.Join(' ', m.Tags))))).ToList();
    }

    private static async Task<List<SearchEntry>> DramaEntries(IQueryable<Drama> dramas) =>
        (await dramas.AsNoTracking().Select(d => new { d.Id, d.Title, d.HangulTitle, d.Synopsis, d.Year, Aliases = d.Aliases.Select(a => a.Name).ToList() }).ToListAsync())
            .Select(d => new SearchEntry(d.Id,
                string.Join(' ', d.Aliases.Prepend(d.Title).Append(d.HangulTitle ?? "").Select(SearchText.NameForms)),
                "",
                string.Join(' ', SearchText.TextForms(d.Synopsis), d.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? ""))).ToList();

    private static async Task<List<SearchEntry>> ActorEntries(IQueryable<Actor> actors) =>
        (await actors.AsNoTracking().Select(a => new { a.Id, a.Name, a.HangulName, Aliases = a.Aliases.Select(x => x.Name).ToList() }).ToListAsync())
            .Select(a => new SearchEntry(a.Id, string.Join(' ', a.Aliases.Prepend(a.Name).Append(a.HangulName ?? "").Select(SearchText.NameForms)), "", "")).ToList();

    private static async Task<List<SearchEntry>> CharacterEntries(IQueryable<Character> characters) =>
        (await characters.AsNoTracking().Select(c => new { c.Id, c.Name, Drama = c.Drama.Title, Actor = c.Actor == null ? null : c.Actor.Name, Aliases = c.Aliases.Select(x => x.Name).ToList() }).ToListAsync())
            .Select(c => new SearchEntry(c.Id, string.Join(' ', c.Aliases.Prepend(c.Name).Select(SearchText.NameForms)), "", string.Join(' ', SearchText.Fold(c.Drama), SearchText.NameForms(c.Actor)))).ToList();

    private static async Task<List<SearchEntry>> TagEntries(IQueryable<Tag> tags) =>
        (await tags.AsNoTracking().Select(t => new { t.Id, t.Name, t.Slug }).ToListAsync())
            .Select(t => new SearchEntry(t.Id, SearchText.NameForms(t.Name), "", SearchText.Fold(t.Slug))).ToList();

    private static async Task<List<int>> IdsAsync(IReadOnlyCollection<int> ids, Func<List<int>, IQueryable<int>> query, CancellationToken cancellationToken)
    {
        var found = new List<int>();
        foreach (var chunk in ids.Chunk(Chunk))
        {
            found.AddRange(await query(chunk.ToList()).ToListAsync(cancellationToken));
        }
        return found;
    }

    /// <summary>
    /// Writes the entries of every id, read by ranges of ids: a list of ids in the SQL (as a partial rewrite needs) costs
    /// EF a pass over the list per command, the better part of a rebuild's time at 100,000 moments. Nothing to delete
    /// first: the table was just emptied.
    /// </summary>
    private static async Task WriteAllAsync(KdramaDbContext db, EntityKind kind, IQueryable<int> allIds, Func<int, int, Task<List<SearchEntry>>> load, CancellationToken cancellationToken)
    {
        foreach (var chunk in (await allIds.OrderBy(id => id).ToListAsync(cancellationToken)).Chunk(RebuildChunk))
        {
            await db.SearchStore.ReplaceAsync(db, kind, [], await load(chunk[0], chunk[^1]), cancellationToken);
        }
    }

    /// <summary>Deletes the kind's entries for these ids and inserts what the catalogue now says (nothing for a deleted entity).</summary>
    private static async Task WriteAsync(KdramaDbContext db, EntityKind kind, IReadOnlyCollection<int> ids, Func<List<int>, Task<List<SearchEntry>>> load, CancellationToken cancellationToken)
    {
        foreach (var chunk in ids.Chunk(Chunk))
        {
            await db.SearchStore.ReplaceAsync(db, kind, chunk, await load(chunk.ToList()), cancellationToken);
        }
    }
}
