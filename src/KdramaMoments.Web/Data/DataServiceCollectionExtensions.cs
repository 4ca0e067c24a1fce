using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Data;

public static class DataServiceCollectionExtensions
{
    public const string DefaultConnectionString = "Data Source=data/kdrama.db";

    /// <summary>
    /// Registers the catalogue's DbContext on the provider <c>Database:Provider</c> names, from <c>ConnectionStrings:Default</c>.
    /// Code asks for <see cref="KdramaDbContext"/> either way; on PostgreSQL it gets the subclass that carries PostgreSQL's migrations.
    /// </summary>
    public static IServiceCollection AddKdramaData(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var migrationsAssembly = typeof(KdramaDbContext).Assembly.FullName;
        // One eviction hook per context (it remembers changes until the transaction commits).
        services.AddScoped<CatalogueCacheEviction>();
        if (DatabaseProviders.From(configuration) == DatabaseProvider.Postgres)
        {
            var connectionString = configuration.GetConnectionString("Default")
                ?? throw new InvalidOperationException("Database:Provider is Postgres: set ConnectionStrings:Default (Host=…;Database=…;Username=…).");
            services.AddDbContext<KdramaDbContext, PostgresKdramaDbContext>((provider, options) => options
                .UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(migrationsAssembly))
                .AddInterceptors(provider.GetRequiredService<CatalogueCacheEviction>()));
        }
        else
        {
            var connectionString = AnchorDataSource(configuration.GetConnectionString("Default") ?? DefaultConnectionString, contentRoot);
            services.AddDbContext<KdramaDbContext>((provider, options) => options
                .UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(migrationsAssembly))
                .AddInterceptors(provider.GetRequiredService<CatalogueCacheEviction>()));
        }
        return services;
    }

    /// <summary>A relative SQLite file is placed under the content root, wherever the process was started from.</summary>
    public static string AnchorDataSource(string connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var dataSource = builder.DataSource;
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:" || dataSource.StartsWith("file:", StringComparison.Ordinal) || Path.IsPathRooted(dataSource))
        {
            return connectionString;
        }
        builder.DataSource = Path.GetFullPath(dataSource, contentRoot);
        return builder.ToString();
    }

    /// <summary>Creates the folder of a file-based SQLite database so a fresh clone can start.</summary>
    public static void EnsureDatabaseFolder(string connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:" || dataSource.StartsWith("file:", StringComparison.Ordinal))
        {
            return;
        }
        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
    }
}
