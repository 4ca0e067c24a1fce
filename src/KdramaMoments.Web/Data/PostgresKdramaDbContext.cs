using KdramaMoments.Web.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace KdramaMoments.Web.Data;

/// <summary>
/// The same model on PostgreSQL. A subclass only so that its migrations (<c>Data/Migrations/Postgres/</c>)
/// are a set of their own; every entity, configuration and DbSet comes from <see cref="KdramaDbContext"/>.
/// </summary>
public sealed class PostgresKdramaDbContext(DbContextOptions<PostgresKdramaDbContext> options) : KdramaDbContext(options)
{
    public override ISearchStore SearchStore => PostgresSearchStore.Instance;

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
