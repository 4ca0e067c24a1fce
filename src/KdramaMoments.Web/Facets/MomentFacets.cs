using System.Globalization;
using System.Linq.Expressions;
using System.Text.Json.Serialization;
using KdramaMoments.Web.Domain;
using KdramaMoments.Web.Moments;
using KdramaMoments.Web.Pagination;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Facets;

/// <summary>A band of episodes a reader can narrow to: <c>1-4</c>, or <c>17-</c> for the seventeenth onwards.</summary>
public sealed record EpisodeRange(int From, int? To)
{
    public static readonly IReadOnlyList<EpisodeRange> Bands = [new(1, 4), new(5, 8), new(9, 12), new(13, 16), new(17, null)];

    /// <summary>
    /// The band a moment's episode is in, as the band's first episode (0: unknown, or before the first band), as kept on
    /// the moment (<see cref="Moment.EpisodeBand"/>): <c>Episode &gt;= 17 ? 17 : Episode &gt;= 13 ? 13 : … : 0</c>, built
    /// from <see cref="Bands"/>, which follow one another with no gap.
    /// </summary>
    public static Expression<Func<Moment, int>> BandOf { get; } = BandOfBands();

    /// <summary>As <see cref="BandOf"/>, in SQL (the same on SQLite and PostgreSQL) of an episode column.</summary>
    public static string BandSql(string episode) =>
        "CASE " + string.Join(" ", Bands.Reverse().Select(b => $"WHEN {episode} >= {b.From} THEN {b.From}")) + " ELSE 0 END";

    /// <summary>Whether this range is one of <see cref="Bands"/>, kept on the moments.</summary>
    public bool IsBand => Bands.Contains(this);

    private static Expression<Func<Moment, int>> BandOfBands()
    {
        var moment = Expression.Parameter(typeof(Moment), "m");
        var episode = Expression.Property(moment, nameof(Moment.Episode));
        Expression band = Expression.Constant(0);
        foreach (var b in Bands)
        {
            band = Expression.Condition(Expression.GreaterThanOrEqual(episode, Expression.Constant(b.From, typeof(int?))), Expression.Constant(b.From), band);
        }
        return Expression.Lambda<Func<Moment, int>>(band, moment);
    }

    public string Value => To is null ? $"{From}-" : $"{From}-{To}";

    public string Label => To is null ? $"episode {From} on" : $"episodes {From}–{To}";

    public static EpisodeRange? Parse(string? value)
    {
        var parts = (value ?? "").Split('-', 2, StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var from) || from is < 0 or > 10_000)
        {
            return null;
        }
        if (parts[1].Length == 0)
        {
            return new EpisodeRange(from, null);
        }
        return int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var to) && to >= from && to <= 10_000 ? new EpisodeRange(from, to) : null;
    }
}

/// <summary>
/// The trope, decade and episode facets of a moment list: every <c>tag</c> must be on a moment, no <c>not</c> may be,
/// <c>decade=2010</c> keeps dramas of 2010–2019, <c>episodes=5-8</c> keeps those episodes. Read leniently from the
/// query string: a value that does not parse is ignored, never an error.
/// </summary>
public sealed record MomentFacets(IReadOnlyList<string> Tags, IReadOnlyList<string> Not, int? Decade, EpisodeRange? Episodes)
{
    // Enough for any real question; keeps a hostile address from building a huge query.
    private const int MaxTags = 12;

    public static readonly MomentFacets None = new([], [], null, null);

    public bool IsEmpty => Tags.Count == 0 && Not.Count == 0 && Decade is null && Episodes is null;

    public static MomentFacets From(IQueryCollection query) => new(
        Slugs(query["tag"]),
        Slugs(query["not"]),
        ParseDecade(query["decade"].FirstOrDefault()),
        EpisodeRange.Parse(query["episodes"].FirstOrDefault()));

    public static MomentFacets From(IEnumerable<string?>? tags, IEnumerable<string?>? not, string? decade, string? episodes) =>
        new(Slugs(tags), Slugs(not), ParseDecade(decade), EpisodeRange.Parse(episodes));

    public IQueryable<Moment> Apply(IQueryable<Moment> moments, Data.KdramaDbContext db)
    {
        foreach (var tag in Tags)
        {
            var rows = RowsOf(db, tag);
            moments = moments.Where(m => rows.Any(r => EF.Property<int>(r, "MomentsId") == m.Id));
        }
        if (Not.Count > 0)
        {
            var rows = RowsOf(db, Not.ToList());
            moments = moments.Where(m => !rows.Any(r => EF.Property<int>(r, "MomentsId") == m.Id));
        }
        if (Decade is { } decade)
        {
            moments = moments.Where(m => m.Drama.Year >= decade && m.Drama.Year < decade + 10);
        }
        if (Episodes is { } range)
        {
            moments = range.To is { } to
                ? moments.Where(m => m.Episode >= range.From && m.Episode <= to)
                : moments.Where(m => m.Episode >= range.From);
        }
        return moments;
    }

    /// <summary>
    /// The join rows of a trope (<see cref="Data.KdramaDbContext.MomentTagRows"/>), by the trope's id: asked per moment they
    /// are one look-up in the rows' key (moment, trope), where the navigation joined each of the moment's rows to its trope.
    /// </summary>
    internal static IQueryable<Dictionary<string, object>> RowsOf(Data.KdramaDbContext db, string slug) =>
        db.MomentTagRows.Where(r => db.Tags.Where(t => t.Slug == slug).Select(t => t.Id).Contains(EF.Property<int>(r, "TagsId")));

    /// <summary>As <see cref="RowsOf(Data.KdramaDbContext, string)"/>, of any of the tropes.</summary>
    internal static IQueryable<Dictionary<string, object>> RowsOf(Data.KdramaDbContext db, List<string> slugs) =>
        db.MomentTagRows.Where(r => db.Tags.Where(t => slugs.Contains(t.Slug)).Select(t => t.Id).Contains(EF.Property<int>(r, "TagsId")));

    /// <summary>The facets as query-string pairs, in a stable order, for links that keep them.</summary>
    public IEnumerable<KeyValuePair<string, string?>> QueryValues()
    {
        // One iterator rather than a chain of them: the facet panel asks for these once per link.
        foreach (var tag in Tags)
        {
            yield return Pair("tag", tag);
        }
        foreach (var tag in Not)
        {
            yield return Pair("not", tag);
        }
        if (Decade is { } decade)
        {
            yield return Pair("decade", decade.ToString(CultureInfo.InvariantCulture));
        }
        if (Episodes is { } episodes)
        {
            yield return Pair("episodes", episodes.Value);
        }
    }

    private static KeyValuePair<string, string?> Pair(string key, string value) => new(key, value);

    private static int? ParseDecade(string? value) =>
        int.TryParse((value ?? "").TrimEnd('s'), NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1900 and < 2200 ? year / 10 * 10 : null;

    private static List<string> Slugs(IEnumerable<string?>? values) =>
        (values ?? []).SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(v => v.ToLowerInvariant()).Where(v => v.Length is > 0 and <= 60).Distinct().Take(MaxTags).ToList();
}

/// <summary>
/// A moment list's page of cards and its panel's counts (<see cref="FacetCounts.ForListAsync"/>); whether each is the one
/// kept per catalogue version, so a page can keep its HTML with it.
/// </summary>
public sealed record MomentListPage(PagedList<MomentCard> Moments, FacetCounts Counts, bool MomentsKept, bool CountsKept);

/// <summary>A facet value and its moments; <see cref="AtLeast"/>: counted in a window of the newest (<see cref="FacetCounts.Window"/>), so at least that many.</summary>
public sealed record FacetCount(string Value, string Label, int Count, [property: JsonIgnore] bool AtLeast = false)
{
    /// <summary>The count as readers see it: "312+" where it was counted in a window, as a search's "1,000+".</summary>
    [JsonIgnore]
    public string CountText => AtLeast ? Count.ToString("N0", CultureInfo.InvariantCulture) + "+" : Count.ToString(CultureInfo.InvariantCulture);
}

/// <summary>
/// How many moments each facet value would leave, given the other filters. <see cref="Window"/>: some groups were
/// counted over only the newest that many moments (<see cref="CountNewestAsync"/>), their counts marked at least.
/// </summary>
public sealed record FacetCounts(IReadOnlyList<FacetCount> Tags, IReadOnlyList<FacetCount> Decades, IReadOnlyList<FacetCount> Episodes,
    [property: JsonIgnore] int? Window = null)
{
    /// <summary>The counts of no moments (what every group counts when the list is empty).</summary>
    public static readonly FacetCounts None = new([], [], []);

    /// <summary>
    /// Counts over <paramref name="scope"/> (the list's other filters already applied). A trope's count is the moments
    /// left if it were added; a decade's and an episode band's ignore the current choice in their own facet, so a
    /// reader can see where switching would lead.
    /// </summary>
    public static async Task<FacetCounts> CountAsync(Data.KdramaDbContext db, IQueryable<Moment> scope, MomentFacets facets, CancellationToken cancellationToken)
    {
        var tags = await TagCountsAsync(db, facets.Apply(scope, db).Select(m => m.Id), cancellationToken);
        var decades = await DecadeCountsAsync((facets with { Decade = null }).Apply(scope, db), cancellationToken);
        var episodes = await EpisodeCountsAsync((facets with { Episodes = null }).Apply(scope, db), cancellationToken);
        return Ordered(tags, decades, episodes);
    }

    /// <summary>
    /// As <see cref="CountAsync"/>, over bounded windows: each group counts its moments (the other filters and facets
    /// applied, not its own, as there) among the newest <paramref name="cap"/> of them only, read by
    /// <paramref name="newest"/> (their ids, newest first, the facets given applied, at most the count given) in the
    /// database. A group whose moments are more than the cap (<paramref name="pastCap"/>) has its counts marked
    /// <see cref="FacetCount.AtLeast"/>; one with no more is counted whole, exactly as <see cref="CountAsync"/> counts it.
    /// A search that matches most of the catalogue so counts a thousand moments, not all it matched.
    /// </summary>
    public static async Task<FacetCounts> CountNewestAsync(Data.KdramaDbContext db, MomentFacets facets, int cap,
        Func<MomentFacets, int, IQueryable<int>> newest, Func<MomentFacets, Task<bool>> pastCap, CancellationToken cancellationToken)
    {
        var (ofTags, ofDecades, ofEpisodes) = (facets, facets with { Decade = null }, facets with { Episodes = null });
        // The window is given to each group's command as a subquery (their statements read it from the search index, a
        // tenth of a millisecond for a thousand matches): reading its ids out and binding them as a parameter to each
        // group cost more than the counts themselves at 100,000 moments (a thousand rows made, written as JSON and read
        // back twice, and a command of its own).
        var window = newest(ofTags, cap);
        var tags = await TagCountsOfRowsAsync(db,
            from id in window join row in db.MomentTagRows on id equals EF.Property<int>(row, "MomentsId") select row, cancellationToken);
        List<(int Decade, int Count)> decades;
        List<(int Episode, int Count)> episodes;
        if (facets.Decade is null && facets.Episodes is null)
        {
            // The three groups count the same window: its decades and episodes in one grouping.
            (decades, episodes) = await WindowDecadeAndEpisodeCountsAsync(db, window, cancellationToken);
        }
        else
        {
            decades = await DecadeCountsAsync(InWindow(db, facets.Decade is null ? window : newest(ofDecades, cap)), cancellationToken);
            episodes = await EpisodeCountsAsync(InWindow(db, facets.Episodes is null ? window : newest(ofEpisodes, cap)), cancellationToken);
        }
        // A group whose window is the tropes' (its own facet not chosen) has the tropes' answer: one count, not three.
        var ofTagsPast = await pastCap(ofTags);
        var past = (Tags: ofTagsPast,
            Decades: facets.Decade is null ? ofTagsPast : await pastCap(ofDecades),
            Episodes: facets.Episodes is null ? ofTagsPast : await pastCap(ofEpisodes));
        var counts = Ordered(tags, decades, episodes);
        return !past.Tags && !past.Decades && !past.Episodes
            ? counts
            : new FacetCounts(
                counts.Tags.Select(t => t with { AtLeast = past.Tags }).ToList(),
                counts.Decades.Select(d => d with { AtLeast = past.Decades }).ToList(),
                counts.Episodes.Select(e => e with { AtLeast = past.Episodes }).ToList(),
                cap);
    }

    private static IQueryable<Moment> InWindow(Data.KdramaDbContext db, IQueryable<int> ids) => db.Moments.AsNoTracking().Where(m => ids.Contains(m.Id));

    /// <summary>
    /// Each trope's moments among <paramref name="ids"/>, counted from the join rows' index by moment id: through the
    /// navigation each moment's row was read first, and moments' rows are wide (most of the count's time). The rows are
    /// grouped by trope id before the tropes are joined: one look-up per trope counted, not one per join row.
    /// </summary>
    private static Task<List<FacetCount>> TagCountsAsync(Data.KdramaDbContext db, IQueryable<int> ids, CancellationToken cancellationToken) =>
        TagCountsOfRowsAsync(db, db.MomentTagRows.Where(row => ids.Contains(EF.Property<int>(row, "MomentsId"))), cancellationToken);

    private static Task<List<FacetCount>> TagCountsOfRowsAsync(Data.KdramaDbContext db, IQueryable<Dictionary<string, object>> rows, CancellationToken cancellationToken) => (
        from counted in rows
            .GroupBy(row => EF.Property<int>(row, "TagsId"))
            .Select(g => new { TagId = g.Key, Count = g.Count() })
        join t in db.Tags on counted.TagId equals t.Id
        select new FacetCount(t.Slug, t.Name, counted.Count, false)).ToListAsync(cancellationToken);

    private static async Task<List<(int Decade, int Count)>> DecadeCountsAsync(IQueryable<Moment> moments, CancellationToken cancellationToken) =>
        (await moments.Where(m => m.Drama.Year != null)
            .GroupBy(m => m.Drama.Year!.Value / 10 * 10)
            .Select(g => new { Decade = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken)).Select(d => (d.Decade, d.Count)).ToList();

    /// <summary>The index a facet window reads its moments' year, episode and drama from, by id (<see cref="WindowDecadeAndEpisodeCountsAsync"/>).</summary>
    public const string WindowIndex = "IX_Moments_Id_SortYear_Episode_DramaId";

    private const string WindowIndexRows = "SELECT * FROM \"Moments\" INDEXED BY \"" + WindowIndex + "\"";

    /// <summary>
    /// The decades' and the episodes' counts of the moments of <paramref name="ids"/> (a window, joined), from one grouping by both, from the drama's year as
    /// kept on the moment (<see cref="Moment.SortYear"/>, 0 where unknown) and its episode, read from a narrow index by
    /// id (<see cref="WindowIndex"/>; SQLite is told to, since its planner takes the table's key): each moment's wide
    /// row and its drama's were most of the count. A moment of year 0 has its drama asked whether the year is 0 or unknown.
    /// </summary>
    private static async Task<(List<(int Decade, int Count)> Decades, List<(int Episode, int Count)> Episodes)> WindowDecadeAndEpisodeCountsAsync(
        Data.KdramaDbContext db, IQueryable<int> ids, CancellationToken cancellationToken)
    {
        // Told apart by type, not by IsSqlite(): that asks the provider's assembly for its name at every call.
        var moments = db is Data.PostgresKdramaDbContext ? db.Moments : db.Moments.FromSqlRaw(WindowIndexRows);
        var groups = await (from id in ids join m in moments.AsNoTracking() on id equals m.Id select m)
            .GroupBy(m => new { Decade = m.SortYear / 10 * 10, m.Episode, Unknown = m.SortYear == 0 ? m.DramaId : 0 })
            .Select(g => new { g.Key.Decade, g.Key.Episode, g.Key.Unknown, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var unknown = groups.Where(g => g.Unknown != 0).Select(g => g.Unknown).Distinct().ToList();
        var yearZero = unknown.Count == 0 ? [] : (await db.Dramas.AsNoTracking().Where(d => unknown.Contains(d.Id) && d.Year == 0).Select(d => d.Id).ToListAsync(cancellationToken)).ToHashSet();
        return (
            groups.Where(g => g.Unknown == 0 || yearZero.Contains(g.Unknown)).GroupBy(g => g.Decade).Select(d => (d.Key, d.Sum(g => g.Count))).ToList(),
            groups.Where(g => g.Episode != null).GroupBy(g => g.Episode!.Value).Select(e => (e.Key, e.Sum(g => g.Count))).ToList());
    }

    /// <summary>
    /// The counts of the whole catalogue (no filter, no facet), as <see cref="CountAsync"/> gives them for all moments:
    /// a trope's from the counts stored on tropes (<see cref="Data.StoredCounts"/>), a decade's and an episode's from the
    /// catalogue totals (<see cref="Data.CatalogueTotals"/>, moments per drama year and per episode); grouping every
    /// moment by trope, by its drama's decade and by episode took most of a second per catalogue version at a million
    /// moments, and grouping every drama by decade grew with the catalogue all the same.
    /// </summary>
    public static async Task<FacetCounts> CountCatalogueAsync(Data.KdramaDbContext db, CancellationToken cancellationToken)
    {
        var tags = await db.Tags.AsNoTracking().Where(t => t.MomentCount > 0)
            .Select(t => new FacetCount(t.Slug, t.Name, t.MomentCount, false))
            .ToListAsync(cancellationToken);
        var totals = await Data.CatalogueTotals.ReadAsync(db, cancellationToken);
        var decades = totals.Years.GroupBy(y => y.Year / 10 * 10).Select(g => (Decade: g.Key, Count: g.Sum(y => y.Count)));
        return Ordered(tags, decades, totals.Episodes.ToList());
    }

    /// <summary>
    /// The counts of one actor's moments (the actor the only filter, no facet), as <see cref="CountAsync"/> gives them for
    /// those moments: the actor's counts kept at write time (<see cref="ActorFacetCount"/>), a few dozen rows of one
    /// actor, instead of their thousands of moments and those moments' tropes grouped per request.
    /// </summary>
    public static async Task<FacetCounts> CountOfActorAsync(Data.KdramaDbContext db, string actorSlug, CancellationToken cancellationToken)
    {
        var rows = await (
            from a in db.Actors
            where a.Slug == actorSlug
            join r in db.ActorFacetCounts on a.Id equals r.ActorId
            // A plain left join on the key (SQLite has no APPLY for a condition on the facet too): only a trope's row reads its trope.
            join t in db.Tags on r.Key equals t.Id into tropes
            from t in tropes.DefaultIfEmpty()
            select new { r.Facet, r.Key, r.Count, Slug = (string?)t!.Slug, Name = (string?)t.Name }).ToListAsync(cancellationToken);
        return Ordered(
            rows.Where(r => r.Facet == ActorFacet.Tag && r.Slug is not null).Select(r => new FacetCount(r.Slug!, r.Name!, r.Count, false)).ToList(),
            rows.Where(r => r.Facet == ActorFacet.Decade).Select(r => (r.Key, r.Count)),
            rows.Where(r => r.Facet == ActorFacet.Episode).Select(r => (r.Key, r.Count)).ToList());
    }

    /// <summary>
    /// The counts and the total of a list narrowed by one facet value or band alone (<see cref="SingleFacet"/>), as
    /// <see cref="CountAsync"/> and a count give them for its moments: the pairs led by that value kept at write time
    /// (<see cref="FacetPairCount"/>, a few dozen rows), the group of the facet chosen (which ignores the choice) and the
    /// total from the catalogue's totals or the trope's own pair, instead of grouping tens of thousands of moments per request.
    /// </summary>
    public static async Task<(FacetCounts Counts, int Total)> CountSingleAsync(Data.KdramaDbContext db, SingleFacet narrowed, CancellationToken cancellationToken)
    {
        var led = narrowed.Shape switch
        {
            SingleFacetShape.Tag => db.FacetPairCounts.Where(r => r.FirstKind == FacetKind.Tag && db.Tags.Where(t => t.Slug == narrowed.TagSlug).Select(t => t.Id).Contains(r.FirstKey)),
            SingleFacetShape.Episodes => db.FacetPairCounts.Where(r => r.FirstKind == FacetKind.Episode && r.FirstKey >= narrowed.From && r.FirstKey <= narrowed.To),
            _ => db.FacetPairCounts.Where(r => r.FirstKind == FacetKind.Year && r.FirstKey >= narrowed.From && r.FirstKey <= narrowed.To),
        };
        var rows = await (
            from r in led
                // A plain left join on the key, as the actor's counts: only a trope's row reads its trope.
            join t in db.Tags on r.SecondKey equals t.Id into tropes
            from t in tropes.DefaultIfEmpty()
            select new { r.FirstKey, r.SecondKind, r.SecondKey, r.Count, Slug = (string?)t!.Slug, Name = (string?)t.Name }).ToListAsync(cancellationToken);
        var tags = rows.Where(r => r.SecondKind == FacetKind.Tag && r.Slug is not null).GroupBy(r => (r.Slug, r.Name))
            .Select(g => new FacetCount(g.Key.Slug!, g.Key.Name!, g.Sum(r => r.Count), false)).ToList();
        var decades = rows.Where(r => r.SecondKind == FacetKind.Year).GroupBy(r => r.SecondKey / 10 * 10).Select(g => (Decade: g.Key, Count: g.Sum(r => r.Count)));
        var episodes = rows.Where(r => r.SecondKind == FacetKind.Episode).GroupBy(r => r.SecondKey).Select(g => (Episode: g.Key, Count: g.Sum(r => r.Count))).ToList();
        if (narrowed.Shape == SingleFacetShape.Tag)
        {
            // The trope's pair with itself: its moments.
            return (Ordered(tags, decades, episodes), rows.Where(r => r.SecondKind == FacetKind.Tag && r.SecondKey == r.FirstKey).Sum(r => r.Count));
        }
        var totals = await Data.CatalogueTotals.ReadAsync(db, cancellationToken);
        var ofYears = totals.Years.Where(y => y.Year >= narrowed.From && y.Year <= narrowed.To).Sum(y => y.Count);
        return narrowed.Shape switch
        {
            SingleFacetShape.Decade => (Ordered(tags, totals.Years.GroupBy(y => y.Year / 10 * 10).Select(g => (Decade: g.Key, Count: g.Sum(y => y.Count))), episodes), ofYears),
            SingleFacetShape.Episodes => (Ordered(tags, decades, totals.Episodes.ToList()),
                totals.Episodes.Where(e => e.Episode >= narrowed.From && e.Episode <= narrowed.To).Sum(e => e.Count)),
            _ => (Ordered(tags, ofYears > 0 ? [(narrowed.From / 10 * 10, ofYears)] : [], episodes), ofYears),
        };
    }

    /// <summary>
    /// A moment list's page of cards and its panel's counts, as <c>/moments</c> and <c>/api/moments</c> both show them:
    /// the page kept per catalogue version when no facet is chosen, the counts kept per version when nothing narrows the
    /// list; a list narrowed by one trope, decade, band or year alone (<see cref="SingleFacet"/>) reads its counts and
    /// total from the pairs kept at write time and its page from an index per order (a trope's from its kept rows,
    /// <see cref="TagMoment"/>); an actor's alone, the actor's kept
    /// counts; any other list counts over <paramref name="scope"/> (the filter applied, and a couple's pairings if
    /// <paramref name="coupled"/>). <paramref name="db"/> is asked for only when something is read (a page and counts
    /// answered from the memo lease no DbContext).
    /// </summary>
    public static async Task<MomentListPage> ForListAsync(Func<Data.KdramaDbContext> db, Data.CatalogueMemo memo, MomentFilter filter, MomentFacets facets,
        Func<IQueryable<Moment>> scope, bool coupled, int? page, int size, CancellationToken cancellationToken)
    {
        var single = SingleFacet.Of(filter, facets, coupled);
        (FacetCounts Counts, int Total)? narrowed = single is null ? null : await CountSingleAsync(db(), single, cancellationToken);
        // The memo keys pages by the filter, which holds no couple.
        var momentsKept = facets.IsEmpty && !coupled;
        var moments = momentsKept
            ? await MomentQueries.PageAsync(db, memo, filter, page, size, narrowed?.Total)
            : await NarrowedPageAsync(db(), filter, facets, scope, single, narrowed?.Total, page, size, cancellationToken);
        var countsKept = facets.IsEmpty && filter.IsEmpty && !coupled;
        var counts = countsKept
            ? await memo.GetAsync("moments:facet-counts", () => CountCatalogueAsync(db(), CancellationToken.None))
            : narrowed is { Counts: var ofNarrowed }
                ? ofNarrowed
                : facets.IsEmpty && filter.IsActorOnly && !coupled
                    ? await CountOfActorAsync(db(), filter.Actor!, cancellationToken)
                    : await CountAsync(db(), scope(), facets, cancellationToken);
        return new MomentListPage(moments, counts, momentsKept, countsKept);
    }

    /// <summary>
    /// The page of a list some facet narrows: a trope's alone from its kept rows (<see cref="TagMoment"/>), one decade,
    /// band or year alone from an index per order (<see cref="SingleFacet.Apply"/>), anything else through the general filter.
    /// </summary>
    private static Task<PagedList<MomentCard>> NarrowedPageAsync(Data.KdramaDbContext db, MomentFilter filter, MomentFacets facets, Func<IQueryable<Moment>> scope,
        SingleFacet? single, int? total, int? page, int size, CancellationToken cancellationToken) => single switch
        {
            { Shape: SingleFacetShape.Tag } when total is { } ofTrope => MomentQueries.TagCardPageAsync(db, single.TagSlug!, filter.SortOrDefault, page, ofTrope, size, cancellationToken),
            null => facets.Apply(scope(), db).CardPageAsync(db, filter.SortOrDefault, page, total, cancellationToken, size),
            _ => single.Apply(scope(), facets, db, filter.SortOrDefault).CardPageAsync(db, filter.SortOrDefault, page, total, cancellationToken, size),
        };

    private static async Task<List<(int Episode, int Count)>> EpisodeCountsAsync(IQueryable<Moment> moments, CancellationToken cancellationToken) =>
        (await moments.Where(m => m.Episode != null)
            .GroupBy(m => m.Episode!.Value)
            .Select(g => new { Episode = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken)).Select(e => (e.Episode, e.Count)).ToList();

    private static FacetCounts Ordered(List<FacetCount> tags, IEnumerable<(int Decade, int Count)> decades, List<(int Episode, int Count)> episodes) => new(
        tags.OrderByDescending(t => t.Count).ThenBy(t => t.Label, StringComparer.OrdinalIgnoreCase).ToList(),
        decades.OrderByDescending(d => d.Decade)
            .Select(d => new FacetCount(d.Decade.ToString(CultureInfo.InvariantCulture), $"{d.Decade}s", d.Count)).ToList(),
        EpisodeRange.Bands
            .Select(b => new FacetCount(b.Value, b.Label, episodes.Where(e => e.Episode >= b.From && (b.To is null || e.Episode <= b.To)).Sum(e => e.Count)))
            .Where(b => b.Count > 0).ToList());
}
