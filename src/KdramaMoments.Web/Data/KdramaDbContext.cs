using KdramaMoments.Web.Accounts;
using KdramaMoments.Web.Domain;
using KdramaMoments.Web.Search;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Data;

/// <summary>The catalogue and the editors' accounts (ASP.NET Core Identity) in one database.</summary>
public sealed class KdramaDbContext(DbContextOptions<KdramaDbContext> options) : IdentityDbContext<EditorUser>(options), IDataProtectionKeyContext
{
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

    /// <summary>The data-protection key ring (cookies, antiforgery tokens), kept with the data and shared by every instance.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(KdramaDbContext).Assembly);
    }

    /// <summary>
    /// Every write path (import, editors, merges, deletes) goes through here, so the search index is
    /// rewritten in the same transaction as the rows it describes and can never disagree with them.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        BumpVersions();
        var changes = await SearchChanges.CollectAsync(this, cancellationToken);
        if (changes.IsEmpty)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        var own = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            await SearchIndexer.ReindexAsync(this, changes.Resolve(), cancellationToken);
            if (own is not null)
            {
                await own.CommitAsync(cancellationToken);
            }
            return saved;
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync();
            }
        }
    }

    // SQLite's ADO.NET provider is synchronous underneath, so waiting here cannot deadlock.
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
