using KdramaMoments.Web.Data;
using Npgsql;

namespace KdramaMoments.Tests;

/// <summary>
/// Which database the integration tests run on: <c>KDRAMA_TEST_PROVIDER=Postgres</c> with
/// <c>KDRAMA_TEST_POSTGRES</c> (a connection string to a server where the user may create databases) runs them on
/// PostgreSQL; otherwise SQLite. <c>.ci/run</c> runs the suite both ways.
/// </summary>
public static class TestProvider
{
    public static DatabaseProvider Current { get; } =
        string.Equals(Environment.GetEnvironmentVariable("KDRAMA_TEST_PROVIDER"), "Postgres", StringComparison.OrdinalIgnoreCase) ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;

    public static bool IsPostgres => Current == DatabaseProvider.Postgres;

    public static string PostgresServer => Environment.GetEnvironmentVariable("KDRAMA_TEST_POSTGRES")
        ?? throw new InvalidOperationException("KDRAMA_TEST_PROVIDER=Postgres needs KDRAMA_TEST_POSTGRES (Host=…;Port=…;Username=…).");
}

/// <summary>
/// One PostgreSQL database per test, copied (CREATE DATABASE … TEMPLATE) from a migrated template, seeded or empty.
/// Each template is made once per build of the app (its name carries the app's module version id), by starting the
/// real site on it, under an advisory lock so parallel test runs make it once.
/// </summary>
public static class PostgresTestDatabases
{
    private const string FreshName = "kdrama-fresh";
    private static readonly string Build = typeof(KdramaDbContext).Assembly.ManifestModule.ModuleVersionId.ToString("N")[..12];
    private static readonly SemaphoreSlim Making = new(1, 1);
    private static readonly HashSet<string> Made = [];

    public static string ConnectionString(string database, bool fresh) =>
        new NpgsqlConnectionStringBuilder(TestProvider.PostgresServer) { Database = database, ApplicationName = fresh ? FreshName : "kdrama-tests" }.ConnectionString;

    /// <summary>Makes the test's database from the template the site asks for, unless it exists or is meant fresh; returns its connection string.</summary>
    public static string Prepare(string connectionString, bool seeded)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (builder.ApplicationName == FreshName || Exists(builder.Database!))
        {
            return connectionString;
        }
        var template = Template(seeded);
        Execute($"CREATE DATABASE \"{builder.Database}\" TEMPLATE \"{template}\"");
        return connectionString;
    }

    public static bool Exists(string database) =>
        Scalar($"SELECT count(*) FROM pg_database WHERE datname = '{database}'") > 0;

    public static void Drop(string database)
    {
        NpgsqlConnection.ClearAllPools();
        Execute($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
    }

    private static string Template(bool seeded)
    {
        var name = $"kdrama_template_{(seeded ? "seeded" : "empty")}_{Build}";
        Making.Wait();
        try
        {
            if (Made.Contains(name))
            {
                return name;
            }
            using var server = Open();
            using (var lockCommand = new NpgsqlCommand("SELECT pg_advisory_lock(20261201)", server))
            {
                lockCommand.ExecuteNonQuery();
            }
            if (!Exists(name))
            {
                var building = name + "_building";
                Execute($"DROP DATABASE IF EXISTS \"{building}\" WITH (FORCE)");
                // The real start-up (migrate, index, seeds) makes the template, so it is what a first start makes.
                using (var site = new KdramaAppFactory(ConnectionString(building, fresh: true), seeded))
                {
                    _ = site.Server;
                }
                NpgsqlConnection.ClearAllPools();
                // The start made a data-protection key; each test's site makes its own, as a first start does.
                Execute("DELETE FROM \"DataProtectionKeys\"", building);
                NpgsqlConnection.ClearAllPools();
                Execute($"ALTER DATABASE \"{building}\" RENAME TO \"{name}\"");
            }
            Made.Add(name);
            return name;
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            Making.Release();
        }
    }

    private static NpgsqlConnection Open(string database = "postgres")
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(TestProvider.PostgresServer) { Database = database, Pooling = false }.ConnectionString);
        connection.Open();
        return connection;
    }

    private static void Execute(string sql, string database = "postgres")
    {
        using var connection = Open(database);
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    private static long Scalar(string sql)
    {
        using var connection = Open();
        using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
