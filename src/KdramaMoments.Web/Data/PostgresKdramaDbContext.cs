using KdramaMoments.Web.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace KdramaMoments.Web.Data;

/// <summary>
/// The same model on PostgreSQL. A subclass only so that its migrations (<c>Data/Migrations/Postgres/</c>)
/// are a set of their own; every entity, configuration and DbSet comes from <see cref="KdramaDbContext"/>.
/// </summary>
public sealed class PostgresKdramaDbContext(DbContextOptions<PostgresKdramaDbContext> options) : KdramaDbContext(options)
{
    // Any numbers, the same in every instance: the lock catalogue writers queue on, and the one starting instances queue on.
    private const long CatalogueWriteLock = 0x4B4452414D41; // "KDRAMA"
    private const long StartupLock = CatalogueWriteLock + 1;

    /// <summary>The channel committed catalogue changes are announced on (see <see cref="CatalogueChangeWatch"/>).</summary>
    public const string ChangeChannel = "kdrama_catalogue";

    public override ISearchStore SearchStore => PostgresSearchStore.Instance;

    // PostgreSQL delivers a notification when its transaction commits, and never if it rolls back.
    public override async Task AnnounceCatalogueChangeAsync(CancellationToken cancellationToken) =>
        await Database.ExecuteSqlRawAsync("NOTIFY " + ChangeChannel, cancellationToken);

    /// <summary>
    /// READ COMMITTED lets two writers read "no such drama" and both insert one; a transaction-scoped advisory lock
    /// makes catalogue writers (in any instance or command) take turns, and is released by commit or rollback.
    /// </summary>
    public override async Task<IDbContextTransaction> BeginCatalogueWriteAsync(CancellationToken cancellationToken)
    {
        var transaction = await Database.BeginTransactionAsync(cancellationToken);
        await Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({CatalogueWriteLock})", cancellationToken);
        return transaction;
    }

    /// <summary>
    /// A session advisory lock on this context's connection, kept open until released: the next instance waits, then
    /// finds the database migrated, indexed and seeded. The database is created first (the lock lives in it);
    /// two instances creating it at once is one success and one "already exists".
    /// </summary>
    public override async Task<IAsyncDisposable> HoldStartupLockAsync(CancellationToken cancellationToken)
    {
        var creator = this.GetService<IRelationalDatabaseCreator>();
        if (!await creator.ExistsAsync(cancellationToken))
        {
            try
            {
                await creator.CreateAsync(cancellationToken);
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase)
            {
                // Another instance made it a moment ago.
            }
        }
        await Database.OpenConnectionAsync(cancellationToken);
        await Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({StartupLock})", cancellationToken);
        return new StartupLockHeld(this);
    }

    private sealed class StartupLockHeld(PostgresKdramaDbContext db) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({StartupLock})");
            await db.Database.CloseConnectionAsync();
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        // Byte-order comparison, as SQLite's BINARY: sorting, equality and lower() (ASCII only) then
        // behave the same on both providers, whatever locale the cluster was created with.
        configurationBuilder.Properties<string>().UseCollation("C").HaveConversion<WithoutNulCharacters>();
    }
}

/// <summary>
/// For <c>dotnet ef migrations add … --context PostgresKdramaDbContext</c>: no server is contacted. (With a factory for
/// each context, <c>--context KdramaDbContext</c> keeps meaning SQLite; see <see cref="SqliteKdramaDbContextDesignFactory"/>.)
/// </summary>
internal sealed class PostgresKdramaDbContextDesignFactory : IDesignTimeDbContextFactory<PostgresKdramaDbContext>
{
    public PostgresKdramaDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresKdramaDbContext>()
            .UseNpgsql("Host=localhost;Database=kdrama_design", npgsql => npgsql.MigrationsAssembly(typeof(KdramaDbContext).Assembly.FullName))
            .Options);
}

/// <summary>For <c>dotnet ef migrations add … --context KdramaDbContext</c>: the SQLite set in <c>Data/Migrations/</c>.</summary>
internal sealed class SqliteKdramaDbContextDesignFactory : IDesignTimeDbContextFactory<KdramaDbContext>
{
    public KdramaDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<KdramaDbContext>()
            .UseSqlite(DataServiceCollectionExtensions.DefaultConnectionString, sqlite => sqlite.MigrationsAssembly(typeof(KdramaDbContext).Assembly.FullName))
            .Options);
}

/// <summary>
/// PostgreSQL's text cannot hold U+0000 (SQLite's can): it is dropped from every value written or compared, so a NUL
/// typed into a form or a query string is ignored there, as SQLite's queries find nothing for it, instead of failing the request.
/// </summary>
internal sealed class WithoutNulCharacters() : Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<string, string>(
    value => value.Replace("\0", "", StringComparison.Ordinal),
    value => value);
