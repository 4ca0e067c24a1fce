using KdramaMoments.Web.Cli;

namespace KdramaMoments.Tests.Data;

/// <summary>The export contract does not depend on the database: the same imports export the same bytes on both providers.</summary>
public sealed class ProviderParityTests
{
    [Fact]
    public async Task ExportFromPostgres_EqualsExportFromSqlite_ForTheSameImports()
    {
        if (!TestProvider.IsPostgres)
        {
            return; // needs a PostgreSQL server; .ci/run runs the suite again on one
        }
        using var postgres = new TempDatabase(fresh: true);
        var sqlitePath = Path.Combine(postgres.Folder, "parity.db");

        var fromPostgres = await ImportSeedsThenExportAsync(postgres.Path);
        var fromSqlite = await ImportSeedsThenExportAsync(sqlitePath);

        Assert.Contains("\"schemaVersion\": 1", fromSqlite, StringComparison.Ordinal);
        Assert.Contains("crash-landing-on-you", fromSqlite, StringComparison.Ordinal);
        Assert.Equal(fromSqlite, fromPostgres);
    }

    private static async Task<string> ImportSeedsThenExportAsync(string database)
    {
        var errors = new StringWriter();
        Assert.Equal(0, await CommandLine.RunAsync(["import", RepositoryPaths.Seeds, "--db", database], new StringWriter(), errors));
        var exported = new StringWriter();
        Assert.Equal(0, await CommandLine.RunAsync(["export", "--db", database], exported, errors));
        Assert.Equal("", errors.ToString());
        return exported.ToString();
    }
}
