namespace KdramaMoments.Web.Data;

/// <summary>Where the catalogue lives: <c>Database:Provider</c> = <c>Sqlite</c> (the default, zero set-up) or <c>Postgres</c>.</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

public static class DatabaseProviders
{
    public const string SettingKey = "Database:Provider";

    public static DatabaseProvider From(IConfiguration configuration)
    {
        var value = configuration[SettingKey];
        if (string.IsNullOrWhiteSpace(value))
        {
            return DatabaseProvider.Sqlite;
        }
        return value.Trim().ToLowerInvariant() switch
        {
            "sqlite" => DatabaseProvider.Sqlite,
            "postgres" or "postgresql" or "npgsql" => DatabaseProvider.Postgres,
            _ => throw new InvalidOperationException($"{SettingKey} is '{value}'; use Sqlite or Postgres."),
        };
    }

    /// <summary>A <c>--db</c> value is a PostgreSQL connection string when it has a host; otherwise it is a SQLite file.</summary>
    public static bool IsPostgresConnectionString(string value) =>
        value.Contains("Host=", StringComparison.OrdinalIgnoreCase) || value.Contains("Server=", StringComparison.OrdinalIgnoreCase);
}
