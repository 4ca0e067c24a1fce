using System.Globalization;
using KdramaMoments.Web.Accounts;
using KdramaMoments.Web.CoStars;
using KdramaMoments.Web.Couples;
using KdramaMoments.Web.Domain;
using KdramaMoments.Web.Markdown;
using KdramaMoments.Web.Search;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace KdramaMoments.Web.Data;

/// <summary>
/// The catalogue and the editors' accounts (ASP.NET Core Identity) in one database. This class is the
/// SQLite model (its migrations are <c>Data/Migrations/</c>); <see cref="PostgresKdramaDbContext"/> is the same
/// model with PostgreSQL's migrations.
/// </summary>
public class KdramaDbContext : IdentityDbContext<EditorUser>, IDataProtectionKeyContext
{
    public KdramaDbContext(DbContextOptions<KdramaDbContext> options)
        : base(options)
    {
    }

    protected KdramaDbContext(DbContextOptions options)
        : base(options)
    {
    }

    /// <summary>The table of moments' tropes (<c>MomentsId</c>, <c>TagsId</c>), the many-to-many join <c>MomentConfiguration</c> maps.</summary>
    public const string MomentTagsTable = "MomentTags";

    /// <summary>
    /// The join rows of moments and their tropes, keyed by moment then trope and indexed by trope: a trope's moments,
    /// or a set of moments' tropes, read by id without the moments' wide rows.
    /// </summary>
    public IQueryable<Dictionary<string, object>> MomentTagRows => Set<Dictionary<string, object>>(MomentTagsTable);

    /// <summary>Where this database keeps its search index (FTS5 here, tsvector on PostgreSQL).</summary>
    public virtual ISearchStore SearchStore => SqliteSearchStore.Instance;

    /// <summary>
    /// Opens the transaction every catalogue write runs in (import, edits, merges, undo, deletes): its reads (is this
    /// title known, is this slug taken) and its writes are then one step no other writer interleaves with. On SQLite
    /// that is the transaction itself: Microsoft.Data.Sqlite begins it IMMEDIATE, taking the one write lock at once.
    /// </summary>
    public virtual Task<IDbContextTransaction> BeginCatalogueWriteAsync(CancellationToken cancellationToken) =>
        Database.BeginTransactionAsync(cancellationToken);

    /// <summary>
    /// Tells other processes on this database that the catalogue changed, inside the write's transaction when there is
    /// one. SQLite has no channel: the change counter in the file's header (<c>PRAGMA user_version</c>, which EF does not
    /// use) goes up, and <see cref="CatalogueChangeWatch"/> polls it. Only the catalogue's writes move it, not sign-ins.
    /// </summary>
    public virtual async Task AnnounceCatalogueChangeAsync(CancellationToken cancellationToken)
    {
        var version = await Database.SqlQueryRaw<long>("SELECT user_version AS \"Value\" FROM pragma_user_version()").SingleAsync(cancellationToken);
        await Database.ExecuteSqlRawAsync(string.Create(CultureInfo.InvariantCulture, $"PRAGMA user_version = {(version + 1) % int.MaxValue};"), cancellationToken);
    }

    /// <summary>
    /// Held while an instance starts (migrate, index, seed), so instances starting together do it once between them.
    /// On SQLite nothing: one machine's processes share the file, EF locks the migrations, and the seeds are
    /// imported as catalogue writes, which skip an article already imported.
    /// </summary>
    public virtual Task<IAsyncDisposable> HoldStartupLockAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IAsyncDisposable>(NothingHeld.Instance);

    private sealed class NothingHeld : IAsyncDisposable
    {
        public static readonly NothingHeld Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    public DbSet<Drama> Dramas => Set<Drama>();
    public DbSet<DramaAlias> DramaAliases => Set<DramaAlias>();
    public DbSet<Actor> Actors => Set<Actor>();
    public DbSet<ActorAlias> ActorAliases => Set<ActorAlias>();
    public DbSet<Character> Characters => Set<Character>();
    public DbSet<CharacterAlias> CharacterAliases => Set<CharacterAlias>();
    public DbSet<Moment> Moments => Set<Moment>();
    public DbSet<Quote> Quotes => Set<Quote>();
    public DbSet<Tag> Tags => Set<Tag>();
    public DbSet<Article> Articles => Set<Article>();
    public DbSet<Source> Sources => Set<Source>();
    public DbSet<SlugRedirect> SlugRedirects => Set<SlugRedirect>();
    public DbSet<Revision> Revisions => Set<Revision>();
    public DbSet<PairingCorrection> PairingCorrections => Set<PairingCorrection>();
    public DbSet<CuratedList> CuratedLists => Set<CuratedList>();
    public DbSet<CuratedListItem> CuratedListItems => Set<CuratedListItem>();
    public DbSet<CatalogueTotal> CatalogueTotals => Set<CatalogueTotal>();
    public DbSet<PairEvidence> PairEvidence => Set<PairEvidence>();
    public DbSet<CoStarDrama> CoStarDramas => Set<CoStarDrama>();
    public DbSet<CoStarPair> CoStarPairs => Set<CoStarPair>();
    public DbSet<StoredCoStarMap> StoredCoStarMaps => Set<StoredCoStarMap>();
    public DbSet<ActorCouple> ActorCouples => Set<ActorCouple>();
    public DbSet<ActorCouplePairing> ActorCouplePairings => Set<ActorCouplePairing>();
    public DbSet<Moments.ActorMoment> ActorMoments => Set<Moments.ActorMoment>();
    public DbSet<Moments.TagMoment> TagMoments => Set<Moments.TagMoment>();
    public DbSet<Facets.ActorFacetCount> ActorFacetCounts => Set<Facets.ActorFacetCount>();
    public DbSet<Facets.FacetPairCount> FacetPairCounts => Set<Facets.FacetPairCount>();

    /// <summary>The data-protection key ring (cookies, antiforgery tokens), kept with the data and shared by every instance.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every timestamp is UTC: written as UTC and read back marked as UTC (SQLite keeps no kind;
        // PostgreSQL's timestamptz refuses any other kind).
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(KdramaDbContext).Assembly);
        builder.HasDbFunction(typeof(CaseFold).GetMethod(nameof(CaseFold.Lower))!).HasName("lower").IsBuiltIn();
    }

    /// <summary>
    /// Every write path (import, editors, merges, deletes) goes through here. A save that changes the catalogue is a
    /// catalogue write: what it changed is raised (<see cref="CatalogueChangeDispatch"/>) to the parts that follow it,
    /// and what they write (the search index, the stored counts) commits in the same transaction as the rows, so it can never disagree with them.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        BumpVersions();
        // Derived HTML is set on the rows before they are written, like their versions.
        StoredHtml.RenderChanged(ChangeTracker);
        if (Database.CurrentTransaction is not null || CatalogueChange.KindsIn(ChangeTracker).Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        await using var transaction = await BeginCatalogueWriteAsync(cancellationToken);
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return saved;
    }

    // ASP.NET Core has no synchronisation context, so waiting here cannot deadlock.
    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    // SQLite has no rowversion: the application increments the token on every update, and EF
    // adds "WHERE Version = @original" so a stale write affects no row and throws.
    private void BumpVersions()
    {
        foreach (var entry in ChangeTracker.Entries<IVersioned>())
        {
            if (entry.State == EntityState.Modified)
            {
                entry.Entity.Version = entry.Property(e => e.Version).OriginalValue + 1;
            }
            else if (entry.State == EntityState.Added && entry.Entity.Version == 0)
            {
                entry.Entity.Version = 1;
            }
        }
    }
}
