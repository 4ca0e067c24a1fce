using KdramaMoments.Web.CoStars;
using KdramaMoments.Web.Couples;
using KdramaMoments.Web.Domain;
using KdramaMoments.Web.Facets;
using KdramaMoments.Web.Moments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace KdramaMoments.Web.Data;

/// <summary>
/// The counts and sort keys the lists order by (a moment's distinct listing articles, a drama's moments and articles,
/// a trope's moments (and their order keys, <see cref="TagMoment"/>), an actor's moments (<see cref="ActorMoment"/>)
/// and dramas, a character's moments, folded titles and names, a moment's feed time; for the editors' to-do lists, a
/// moment's count of characters and its title's fault and an article's title read as a sentence) and what the pairing
/// rule needs of each pair of characters (<see cref="PairEvidence"/>), kept on the rows by every save: the rows a save touches are read from the change tracker before it, and their stored values are computed again in
/// SQL after it, in the same transaction. A list page then reads one indexed slice instead of counting and sorting
/// the whole catalogue. The catalogue's totals (<see cref="CatalogueTotals"/>) are kept the same way.
/// </summary>
public sealed class StoredCounts
{
    private const int Chunk = 500;

    private const string MomentCharactersTable = "MomentCharacters";

    // Ids of rows added by the save are known only after it.
    private readonly List<(HashSet<int> Into, EntityEntry Entry, string Property)> pending = [];

    private readonly HashSet<int> moments = [];
    private readonly HashSet<int> dramas = [];
    private readonly HashSet<int> tags = [];
    private readonly HashSet<int> actors = [];
    private readonly HashSet<int> characters = [];

    // The articles added or re-titled: their folded titles, the articles list's order.
    private readonly HashSet<int> articles = [];

    // What a save changes in each episode's moment count (a moment added, deleted or moved between episodes).
    private readonly Dictionary<int, int> episodeChanges = [];

    // The dramas whose title or year the save changes: every moment's copy of them is computed again.
    private readonly HashSet<int> rekeyedDramas = [];

    // The dramas whose pairs of characters (PairEvidence) a save changes beyond those of the moments it touches: every drama
    // is computed again from its moments, so a trope's romance flag or a deleted character's moments reach their dramas' rows.
    private readonly HashSet<int> pairDramas = [];

    // The characters of pairs an editor corrected (before and after the save): their actors' couples change.
    private readonly HashSet<int> correctedCharacters = [];

    // The drama years whose moment count a save may change (a drama's own year before and after; the years of the
    // dramas refreshed are read after the save).
    private readonly HashSet<int> years = [];

    // The catalogue's sizes counted again after a save that deletes rows of them: the database cascades a delete past the
    // tracker (a drama's characters, an actor's couples). A save that only adds rows of a size adds to it (sizesAdded).
    private readonly HashSet<CatalogueSizeName> sizes = [];

    // The rows of each size a save adds (a drama, moment, article, actor or character; couples, counted by their refresh).
    private readonly Dictionary<CatalogueSizeName, int> sizesAdded = [];

    // The actors whose roles the save moves, whose rows of moments (ActorMoment) are computed again whole.
    private readonly HashSet<int> actorsMoved = [];

    // The facet pairs (FacetPairCount) of the moments the save can change, as they stood before it.
    private FacetPairCount.Delta? facetPairs;

    // The join rows of tropes of the moments the save can change, as they stood before it.
    private TropeCountDelta? tropeCounts;

    // Every set a save fills: the step has nothing to do while all are empty. A new set goes here too.
    private IEnumerable<int> SetCounts =>
    [
        pending.Count, moments.Count, dramas.Count, tags.Count, actors.Count, characters.Count, articles.Count, episodeChanges.Count,
        rekeyedDramas.Count, pairDramas.Count, correctedCharacters.Count, years.Count, sizes.Count, sizesAdded.Count, actorsMoved.Count,
    ];

    public bool IsEmpty => SetCounts.All(count => count == 0);

    public static async Task<StoredCounts> CollectAsync(KdramaDbContext db, CancellationToken cancellationToken)
    {
        var counts = new StoredCounts();
        var deletedMoments = new List<int>();
        var articlesOfMoments = new List<int>();
        var deletedCharacters = new List<int>();
        var romanceChanged = new List<int>();
        var redatedDramas = new List<int>();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }
            if (entry.State is EntityState.Added or EntityState.Deleted && SizeOf(entry.Entity) is { } size)
            {
                counts.TrackSize(entry.State, size);
            }
            switch (entry.Entity)
            {
                case Moment moment:
                    counts.TrackEpisodeChange(entry);
                    counts.Track(counts.moments, entry, nameof(Moment.Id));
                    counts.Track(counts.dramas, entry, nameof(Moment.DramaId));
                    if (entry.State == EntityState.Deleted)
                    {
                        deletedMoments.Add(moment.Id);
                    }
                    break;
                case Source: counts.Track(counts.moments, entry, nameof(Source.MomentId)); break;
                case Article article:
                    counts.TrackArticleTitle(entry);
                    // A deleted article leaves its moments' counts; an article's import time is their feed time when it is their newest.
                    if (entry.State == EntityState.Deleted || (entry.State == EntityState.Modified && entry.Property(nameof(Article.ImportedAt)).IsModified))
                    {
                        articlesOfMoments.Add(article.Id);
                    }
                    break;
                case Drama drama:
                    counts.Track(counts.dramas, entry, nameof(Drama.Id));
                    counts.TrackYear(entry);
                    if (entry.State == EntityState.Modified && entry.Property(nameof(Drama.Year)) is var year && !Equals(year.OriginalValue, year.CurrentValue))
                    {
                        redatedDramas.Add(drama.Id);
                    }
                    if (entry.State == EntityState.Modified && (entry.Property(nameof(Drama.Year)).IsModified || entry.Property(nameof(Drama.Title)).IsModified))
                    {
                        counts.rekeyedDramas.Add(drama.Id);
                    }
                    break;
                case Tag tag:
                    counts.Track(counts.tags, entry, nameof(Tag.Id));
                    var slug = entry.Property(nameof(Tag.Slug));
                    if (entry.State != EntityState.Added && PairEvidence.SlugMatters((string?)slug.OriginalValue, entry.State == EntityState.Deleted ? null : (string?)slug.CurrentValue))
                    {
                        romanceChanged.Add(tag.Id);
                    }
                    break;
                case Actor: counts.Track(counts.actors, entry, nameof(Actor.Id)); break;
                case PairingCorrection:
                    counts.Track(counts.correctedCharacters, entry, nameof(PairingCorrection.FirstCharacterId));
                    counts.Track(counts.correctedCharacters, entry, nameof(PairingCorrection.SecondCharacterId));
                    break;
                case Character character:
                    counts.Track(counts.characters, entry, nameof(Character.Id));
                    counts.Track(counts.actors, entry, nameof(Character.ActorId));
                    if (entry.State == EntityState.Deleted)
                    {
                        deletedCharacters.Add(character.Id);
                    }
                    break;
                // The many-to-many join rows: MomentTags (MomentsId, TagsId) and MomentCharacters (MomentsId, CharactersId).
                case Dictionary<string, object> when entry.Metadata.FindProperty("MomentsId") is not null:
                    counts.Track(counts.moments, entry, "MomentsId");
                    if (entry.Metadata.FindProperty("TagsId") is not null)
                    {
                        counts.Track(counts.tags, entry, "TagsId");
                    }
                    if (entry.Metadata.FindProperty("CharactersId") is not null)
                    {
                        counts.Track(counts.characters, entry, "CharactersId");
                    }
                    break;
                default: break;
            }
        }
        await counts.AddCascadedAsync(db, deletedMoments, articlesOfMoments, deletedCharacters, cancellationToken);
        // The moments whose rows the save can change, as they stand: rows added to a moment that exists (a trope put on it)
        // have its id already; a moment the save adds has none, and no rows yet.
        var momentsBefore = counts.pending.Where(p => p.Into == counts.moments && p.Entry.Property(p.Property) is { IsTemporary: false, CurrentValue: int id } && id > 0)
            .Select(p => (int)p.Entry.Property(p.Property).CurrentValue!).Concat(counts.moments).ToList();
        counts.facetPairs = await FacetPairCount.Delta.BeforeSaveAsync(db, momentsBefore, redatedDramas, cancellationToken);
        counts.tropeCounts = await TropeCountDelta.BeforeSaveAsync(db, momentsBefore, cancellationToken);
        counts.actorsMoved.UnionWith(ActorMoment.ActorsWhoseRolesMove(db.ChangeTracker));
        // A deleted character leaves the moments that named it (a moment of three may now name just two); a trope renamed
        // into or out of the romance tropes changes its moments' flag. Both read before the save, while the join rows stand.
        counts.pairDramas.UnionWith(await IdsAsync(deletedCharacters, ids => db.Characters.Where(c => ids.Contains(c.Id)).SelectMany(c => c.Moments).Select(m => m.DramaId), cancellationToken));
        counts.pairDramas.UnionWith(await IdsAsync(romanceChanged, ids => db.Tags.Where(t => ids.Contains(t.Id)).SelectMany(t => t.Moments).Select(m => m.DramaId), cancellationToken));
        await counts.TrackDeletedEpisodesAsync(db, deletedMoments, cancellationToken);
        return counts;
    }

    /// <summary>Computes the stored values of every row the save touched, and of the rows whose counts include them.</summary>
    public async Task RefreshAsync(KdramaDbContext db, CancellationToken cancellationToken)
    {
        // Each step reads what the steps before it wrote: keep the order.
        ResolveAddedIds();
        await RefreshArticleTitlesAsync(db, articles, cancellationToken);
        await AddOwnersAsync(db, cancellationToken);
        await RefreshMomentRowsAsync(db, cancellationToken);
        await RefreshDramaRowsAsync(db, cancellationToken);
        await RefreshTitleFaultsAsync(db, cancellationToken);
        var pairsChanged = await RefreshPairEvidenceAsync(db, cancellationToken);
        await RefreshCouplesAsync(db, pairsChanged, cancellationToken);
        await RefreshActorMomentsAndFacetsAsync(db, cancellationToken);
        // After the moments' keys: each trope's copies of its moments' keys.
        await TagMoment.Copies.RefreshAsync(db, dramas, [], cancellationToken);
        await RefreshFacetPairsAsync(db, cancellationToken);
        await RefreshTropeCountsAsync(db, cancellationToken);
        await RefreshActorAndCharacterRowsAsync(db, cancellationToken);
        await RefreshTotalsAsync(db, cancellationToken);
    }

    private void ResolveAddedIds()
    {
        foreach (var (into, entry, property) in pending)
        {
            if (entry.Property(property).CurrentValue is int id)
            {
                into.Add(id);
            }
        }
        pending.Clear();
    }

    // A moment's drama and a character's actor count it.
    private async Task AddOwnersAsync(KdramaDbContext db, CancellationToken cancellationToken)
    {
        dramas.UnionWith(await IdsAsync(moments, ids => db.Moments.Where(m => ids.Contains(m.Id)).Select(m => m.DramaId), cancellationToken));
        actors.UnionWith(await IdsAsync(characters, ids => db.Characters.Where(c => ids.Contains(c.Id) && c.ActorId != null).Select(c => c.ActorId!.Value), cancellationToken));
    }

    private async Task RefreshMomentRowsAsync(KdramaDbContext db, CancellationToken cancellationToken)
    {
        foreach (var chunk in moments.Chunk(Chunk))
        {
            await RefreshMomentsAsync(db, db.Moments.Where(m => chunk.Contains(m.Id)), cancellationToken);
            await RefreshFeedTimesAsync(db.Moments.Where(m => chunk.Contains(m.Id)), cancellationToken);
        }
    }

    private async Task RefreshDramaRowsAsync(KdramaDbContext db, CancellationToken cancellationToken)
    {
        // A drama's title and year are copied onto its moments: every moment of a re-titled or re-dated drama. A drama's
        // other moments keep their keys (its new, edited or moved moments are the save's, computed above): an import
        // into a drama writes only its own moments' rows and their index entries.
        foreach (var chunk in rekeyedDramas.Chunk(Chunk))
        {
            await RefreshMomentsAsync(db, db.Moments.Where(m => chunk.Contains(m.DramaId)), cancellationToken);
        }
        foreach (var chunk in dramas.Chunk(Chunk))
        {
            await RefreshDramasAsync(db.Dramas.Where(d => chunk.Contains(d.Id)), cancellationToken);
            years.UnionWith(await db.Dramas.Where(d => chunk.Contains(d.Id) && d.Year != null).Select(d => d.Year!.Value).Distinct().ToListAsync(cancellationToken));
        }
    }

    // After the moments' copies of their dramas' titles: the titles of the moments the save touched, and of every moment of
    // a re-titled drama, judged again.
    private async Task RefreshTitleFaultsAsync(KdramaDbContext db, CancellationToken cancellationToken)
    {
        foreach (var chunk in moments.Chunk(Chunk))
        {
            await RefreshTitleFaultsAsync(db, db.Moments.Where(m => chunk.Contains(m.Id)), cancellationToken);
        }
        foreach (var chunk in rekeyedDramas.Chunk(Chunk))
        {
            await RefreshTitleFaultsAsync(db, db.Moments.Where(m => chunk.Contains(m.DramaId)), cancellationToken);
        }
    }

    /// <summary>The pairs of characters of every drama whose moments, or their characters or tropes, the save touched; returns those dramas.</summary>
    private async Task<List<int>> RefreshPairEvidenceAsync(KdramaDbContext db, CancellationToken cancellationToken)
    {
        var pairsChanged = dramas.Union(pairDramas).ToList();
        await PairEvidence.RefreshAsync(db, pairsChanged, cancellationToken);
        return pairsChanged;
    }

    // The couples of every actor whose pairs may have changed: those the save touched, those with a role in a drama
    // whose pairs were computed again, and those of a corrected pair; after their evidence.
    private async Task RefreshCouplesAsync(KdramaDbContext db, List<int> pairsChanged, CancellationToken cancellationToken)
    {
        var coupleActors = actors.Union(await IdsAsync(pairsChanged, ids => db.Characters.Where(c => ids.Contains(c.DramaId) && c.ActorId != null).Select(c => c.ActorId!.Value), cancellationToken))
            .Union(await IdsAsync(correctedCharacters, ids => db.Characters.Where(c => ids.Contains(c.Id) && c.ActorId != null).Select(c => c.ActorId!.Value), cancellationToken))
            .ToList();
        // The couples list's pager counts them: a save that deletes rows counts them again (an actor's couples go with
        // it in the database, before their refresh counts them), any other adds what the refresh changed.
        var couplesChange = await ActorCouples.RefreshAsync(db, coupleActors, cancellationToken);
        if (sizes.Count > 0 && coupleActors.Count > 0)
        {
            sizes.Add(CatalogueSizeName.Couples);
        }
        else
        {
            sizesAdded[CatalogueSizeName.Couples] = couplesChange;
        }
    }

    // An actor's moments, after the moments' keys and before the actors' counts, which count them; then their facet
    // counts, from those rows and their moments' tropes (a deleted trope's counts go).
    // Only the actors whose rows of moments changed, whose moments' tropes may have (the save's moments), or whom the save
    // touched: an import into a drama leaves its other actors' counts alone.
    private async Task RefreshActorMomentsAndFacetsAsync(KdramaDbContext db, CancellationToken cancellationToken)
    {
        var facetActors = await ActorMoment.Copies.RefreshAsync(db, dramas, actorsMoved, cancellationToken);
        facetActors.UnionWith(actors);
        facetActors.UnionWith(await IdsAsync(moments, ids => db.ActorMoments.Where(r => ids.Contains(r.MomentId)).Select(r => r.ActorId), cancellationToken));
        await ActorFacetCount.RefreshAsync(db, facetActors, tags, cancellationToken);
    }

    // After the moments' stored years: the difference the save made to the facet pairs.
    private Task RefreshFacetPairsAsync(KdramaDbContext db, CancellationToken cancellationToken) =>
        facetPairs?.AfterSaveAsync(db, moments, tags, cancellationToken) ?? Task.CompletedTask;

    // A trope's moment count moves by the difference the save made to its moments' join rows.
    private Task RefreshTropeCountsAsync(KdramaDbContext db, CancellationToken cancellationToken) =>
        tropeCounts?.AfterSaveAsync(db, moments, cancellationToken) ?? Task.CompletedTask;

    private async Task RefreshActorAndCharacterRowsAsync(KdramaDbContext db, CancellationToken cancellationToken)
    {
        foreach (var chunk in actors.Chunk(Chunk))
        {
            await RefreshActorsAsync(db, db.Actors.Where(a => chunk.Contains(a.Id)), cancellationToken);
        }
        foreach (var chunk in characters.Chunk(Chunk))
        {
            await RefreshCharactersAsync(db, db.Characters.Where(c => chunk.Contains(c.Id)), cancellationToken);
        }
    }

    // After the dramas: the moments total (when counted again) and each year's are sums of their stored counts. A size
    // counted again includes what the save added.
    private async Task RefreshTotalsAsync(KdramaDbContext db, CancellationToken cancellationToken)
    {
        await CatalogueTotals.RefreshSizesAsync(db, sizes, cancellationToken);
        await CatalogueTotals.AddAsync(db, sizesAdded.Where(s => !sizes.Contains(s.Key)).ToDictionary(), episodeChanges, cancellationToken);
        await CatalogueTotals.RefreshYearsAsync(db, years, cancellationToken);
    }

    /// <summary>Computes every stored value of the catalogue: after bulk loads that write rows past the change tracker.</summary>
    public static async Task RefreshAllAsync(KdramaDbContext db, CancellationToken cancellationToken)
    {
        await RefreshArticleTitlesAsync(db.Articles, cancellationToken);
        await RefreshMomentsAsync(db, db.Moments, cancellationToken);
        await RefreshTitleFaultsAsync(db, db.Moments, cancellationToken);
        await RefreshFeedTimesAsync(db.Moments, cancellationToken);
        await RefreshDramasAsync(db.Dramas, cancellationToken);
        await RefreshTagsAsync(db, db.Tags, cancellationToken);
        foreach (var sql in ActorMoment.FillSql.Concat(TagMoment.FillSql))
        {
            await db.Database.ExecuteSqlRawAsync(sql, cancellationToken);
        }
        await RefreshActorsAsync(db, db.Actors, cancellationToken);
        await RefreshCharactersAsync(db, db.Characters, cancellationToken);
        IEnumerable<string> tables = [.. ActorFacetCount.FillSql, .. FacetPairCount.FillSql, .. PairEvidence.FillSql, .. ActorCouples.FillSql, .. CoStarSync.FillSql, .. CoStarSync.LinksFillSql];
        foreach (var sql in tables)
        {
            await db.Database.ExecuteSqlRawAsync(sql, cancellationToken);
        }
        await CatalogueTotals.RefreshAllAsync(db, cancellationToken);
    }

    // The drama's columns are read by subquery: EF cannot translate a reference navigation beside other setters.
    private static Task<int> RefreshMomentsAsync(KdramaDbContext db, IQueryable<Moment> moments, CancellationToken cancellationToken) =>
        moments.ExecuteUpdateAsync(set => set
            .SetProperty(m => m.ListCount, m => m.Sources.Select(s => s.ArticleId).Distinct().Count())
            .SetProperty(m => m.SortYear, m => db.Dramas.Where(d => d.Id == m.DramaId).Select(d => d.Year ?? 0).First())
            .SetProperty(m => m.Decade, m => db.Dramas.Where(d => d.Id == m.DramaId).Select(d => (d.Year ?? 0) / 10 * 10).First())
            .SetProperty(m => m.EpisodeBand, EpisodeRange.BandOf)
            .SetProperty(m => m.SortDrama, m => db.Dramas.Where(d => d.Id == m.DramaId).Select(d => d.Title).First())
            .SetProperty(m => m.SortTitle, m => CaseFold.Lower(m.Title))
            .SetProperty(m => m.CharacterCount, m => db.Set<Dictionary<string, object>>(MomentCharactersTable).Count(row => EF.Property<int>(row, "MomentsId") == m.Id)), cancellationToken);

    /// <summary>Every moment's and article's title judged again: for a catalogue written before the judgements were kept.</summary>
    public static async Task RefreshAllTitleFaultsAsync(KdramaDbContext db, CancellationToken cancellationToken)
    {
        await RefreshTitleFaultsAsync(db, db.Moments, cancellationToken);
        await RefreshArticleTitlesAsync(db.Articles, cancellationToken);
    }

    // The rule is C# (MomentTitles.FaultOf): the titles are read with their dramas' (the kept copy), and a moment is
    // written only when its judgement changes, a command per fault.
    private static async Task RefreshTitleFaultsAsync(KdramaDbContext db, IQueryable<Moment> moments, CancellationToken cancellationToken)
    {
        var changed = new Dictionary<MomentTitleFault, List<int>>();
        var rows = moments.AsNoTracking().Select(m => new { m.Id, m.Title, m.SortDrama, m.TitleFault }).AsAsyncEnumerable();
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            var fault = MomentTitles.FaultOf(row.Title, row.SortDrama);
            if (fault != row.TitleFault)
            {
                (changed.TryGetValue(fault, out var ids) ? ids : changed[fault] = []).Add(row.Id);
            }
        }
        foreach (var (fault, ids) in changed)
        {
            foreach (var chunk in ids.Chunk(Chunk))
            {
                await db.Moments.Where(m => chunk.Contains(m.Id)).ExecuteUpdateAsync(set => set.SetProperty(m => m.TitleFault, fault), cancellationToken);
            }
        }
    }

    // A moment's feed time moves when it is edited or an article naming it is imported or deleted: each a save that
    // touches the moment or its sources (a deleted article's sources are read before the save, AddCascadedAsync).
    private static Task<int> RefreshFeedTimesAsync(IQueryable<Moment> moments, CancellationToken cancellationToken) =>
        moments.ExecuteUpdateAsync(set => set.SetProperty(m => m.FeedUpdatedAt,
            m => m.Sources.Max(s => (DateTime?)s.Article.ImportedAt) > (m.EditedAt ?? m.CreatedAt)
                ? m.Sources.Max(s => s.Article.ImportedAt)
                : m.EditedAt ?? m.CreatedAt), cancellationToken);

    private static async Task RefreshArticleTitlesAsync(KdramaDbContext db, IReadOnlyCollection<int> ids, CancellationToken cancellationToken)
    {
        foreach (var chunk in ids.Chunk(Chunk))
        {
            await RefreshArticleTitlesAsync(db.Articles.Where(a => chunk.Contains(a.Id)), cancellationToken);
        }
    }

    private static Task<int> RefreshArticleTitlesAsync(IQueryable<Article> articles, CancellationToken cancellationToken) =>
        articles.ExecuteUpdateAsync(set => set
            .SetProperty(a => a.SortTitle, a => CaseFold.Lower(a.Title))
            .SetProperty(a => a.NamedBySentence, ArticleTitles.NamedBySentence), cancellationToken);

    private static Task<int> RefreshDramasAsync(IQueryable<Drama> dramas, CancellationToken cancellationToken) =>
        dramas.ExecuteUpdateAsync(set => set
            .SetProperty(d => d.MomentCount, d => d.Moments.Count())
            .SetProperty(d => d.ListCount, d => d.Moments.SelectMany(m => m.Sources).Select(s => s.ArticleId).Distinct().Count())
            .SetProperty(d => d.SortYear, d => d.Year ?? 0)
            .SetProperty(d => d.SortTitle, d => CaseFold.Lower(d.Title)), cancellationToken);

    // Counted on the join table's own index (TagsId): through the navigation, each of a popular trope's tens of
    // thousands of rows was also looked up in Moments, a quarter of a second per import at 100,000 moments.
    private static Task<int> RefreshTagsAsync(KdramaDbContext db, IQueryable<Tag> tags, CancellationToken cancellationToken) =>
        tags.ExecuteUpdateAsync(set => set.SetProperty(t => t.MomentCount,
            t => db.MomentTagRows.Count(row => EF.Property<int>(row, "TagsId") == t.Id)), cancellationToken);

    // A moment naming two of the actor's roles counts once: the actor's rows of moments (ActorMoment) are distinct.
    private static Task<int> RefreshActorsAsync(KdramaDbContext db, IQueryable<Actor> actors, CancellationToken cancellationToken) =>
        actors.ExecuteUpdateAsync(set => set
            .SetProperty(a => a.MomentCount, a => db.ActorMoments.Count(x => x.ActorId == a.Id))
            .SetProperty(a => a.DramaCount, a => a.Characters.Select(c => c.DramaId).Distinct().Count())
            .SetProperty(a => a.SortName, a => CaseFold.Lower(a.Name)), cancellationToken);

    // Counted on the join table's index on its character, as a trope's on its own.
    private static Task<int> RefreshCharactersAsync(KdramaDbContext db, IQueryable<Character> characters, CancellationToken cancellationToken) =>
        characters.ExecuteUpdateAsync(set => set
            .SetProperty(c => c.MomentCount, c => db.Set<Dictionary<string, object>>(MomentCharactersTable).Count(row => EF.Property<int>(row, "CharactersId") == c.Id))
            .SetProperty(c => c.SortName, c => CaseFold.Lower(c.Name)), cancellationToken);

    private static CatalogueSizeName? SizeOf(object entity) => entity switch
    {
        Drama => CatalogueSizeName.Dramas,
        // The moments total is summed from the dramas' counts, which a moment added or deleted changes.
        Moment => CatalogueSizeName.Moments,
        Article => CatalogueSizeName.Articles,
        Actor => CatalogueSizeName.Actors,
        Character => CatalogueSizeName.Characters,
        _ => null,
    };

    private void TrackArticleTitle(EntityEntry entry)
    {
        if (entry.State == EntityState.Added || (entry.State == EntityState.Modified && entry.Property(nameof(Article.Title)).IsModified))
        {
            Track(articles, entry, nameof(Article.Id));
        }
    }

    private void TrackSize(EntityState state, CatalogueSizeName size)
    {
        if (state == EntityState.Deleted)
        {
            sizes.Add(size);
        }
        else
        {
            sizesAdded[size] = sizesAdded.GetValueOrDefault(size) + 1;
        }
    }

    // A moment added counts in its episode, one moved leaves its former one; a deleted one's episode is read as stored
    // (it may be a stub), TrackDeletedEpisodesAsync.
    private void TrackEpisodeChange(EntityEntry entry)
    {
        var episode = entry.Property(nameof(Moment.Episode));
        if (entry.State == EntityState.Deleted || (entry.State == EntityState.Modified && Equals(episode.OriginalValue, episode.CurrentValue)))
        {
            return;
        }
        if (episode.CurrentValue is int now)
        {
            episodeChanges[now] = episodeChanges.GetValueOrDefault(now) + 1;
        }
        if (entry.State == EntityState.Modified && episode.OriginalValue is int before)
        {
            episodeChanges[before] = episodeChanges.GetValueOrDefault(before) - 1;
        }
    }

    private async Task TrackDeletedEpisodesAsync(KdramaDbContext db, List<int> deletedMoments, CancellationToken cancellationToken)
    {
        foreach (var chunk in deletedMoments.Chunk(Chunk))
        {
            var stored = await db.Moments.Where(m => chunk.Contains(m.Id) && m.Episode != null)
                .GroupBy(m => m.Episode!.Value).Select(g => new { Episode = g.Key, Moments = g.Count() }).ToListAsync(cancellationToken);
            foreach (var row in stored)
            {
                episodeChanges[row.Episode] = episodeChanges.GetValueOrDefault(row.Episode) - row.Moments;
            }
        }
    }

    // A drama deleted, or moved to another year, leaves its former year; the years of the dramas refreshed are read after the save.
    private void TrackYear(EntityEntry entry) => TrackValue(years, entry, nameof(Drama.Year));

    /// <summary>A number column's values before and after the save (an episode, a year), when the save adds, deletes or changes it.</summary>
    private static void TrackValue(HashSet<int> into, EntityEntry entry, string property)
    {
        var value = entry.Property(property);
        if (entry.State == EntityState.Modified && Equals(value.OriginalValue, value.CurrentValue))
        {
            return;
        }
        foreach (var number in new[] { value.CurrentValue, entry.State == EntityState.Added ? null : value.OriginalValue })
        {
            if (number is int known)
            {
                into.Add(known);
            }
        }
    }

    private void Track(HashSet<int> into, EntityEntry entry, string property)
    {
        if (entry.State == EntityState.Added)
        {
            pending.Add((into, entry, property));
            return;
        }
        var value = entry.Property(property);
        if (value.CurrentValue is int id)
        {
            into.Add(id);
        }
        // A moved row also changes its former owner's counts.
        if (value.OriginalValue is int before)
        {
            into.Add(before);
        }
    }

    /// <summary>
    /// Deletes cascade in the database, past the change tracker: what a deleted moment counted in, the moments of a deleted
    /// or re-dated article, and the moments naming a deleted character (their count of characters) are read first.
    /// </summary>
    private async Task AddCascadedAsync(KdramaDbContext db, List<int> deletedMoments, List<int> articlesOfMoments, List<int> deletedCharacters, CancellationToken cancellationToken)
    {
        tags.UnionWith(await IdsAsync(deletedMoments, ids => db.Moments.Where(m => ids.Contains(m.Id)).SelectMany(m => m.Tags).Select(t => t.Id), cancellationToken));
        actors.UnionWith(await IdsAsync(deletedMoments, ids => db.Moments.Where(m => ids.Contains(m.Id)).SelectMany(m => m.Characters)
            .Where(c => c.ActorId != null).Select(c => c.ActorId!.Value), cancellationToken));
        characters.UnionWith(await IdsAsync(deletedMoments, ids => db.Moments.Where(m => ids.Contains(m.Id)).SelectMany(m => m.Characters).Select(c => c.Id), cancellationToken));
        moments.UnionWith(await IdsAsync(articlesOfMoments, ids => db.Sources.Where(s => ids.Contains(s.ArticleId)).Select(s => s.MomentId), cancellationToken));
        moments.UnionWith(await IdsAsync(deletedCharacters, ids => db.Characters.Where(c => ids.Contains(c.Id)).SelectMany(c => c.Moments).Select(m => m.Id), cancellationToken));
    }

    private static async Task<List<int>> IdsAsync(IReadOnlyCollection<int> ids, Func<List<int>, IQueryable<int>> query, CancellationToken cancellationToken)
    {
        var found = new List<int>();
        foreach (var chunk in ids.Chunk(Chunk))
        {
            found.AddRange(await query(chunk.ToList()).Distinct().ToListAsync(cancellationToken));
        }
        return found;
    }
}

/// <summary>Keeps the stored counts true to the rows: a catalogue save recomputes those of the rows it touched, in its own transaction.</summary>
internal sealed class StoredCountsSync : ICatalogueSaveStep
{
    public async Task<Func<CancellationToken, Task>?> PrepareAsync(CatalogueChange change, CancellationToken cancellationToken)
    {
        // Collected before the write, while the tracker still shows what a delete removes.
        var counts = await StoredCounts.CollectAsync(change.Db, cancellationToken);
        return counts.IsEmpty ? null : token => counts.RefreshAsync(change.Db, token);
    }
}
