using Microsoft.Data.Sqlite;

namespace KdramaMoments.Web.Cli;

/// <summary>
/// <c>backup --out FILE</c>: a consistent copy of the SQLite database while the site serves and writes. SQLite's
/// online backup API copies every page inside one read transaction, which in WAL mode writers do not wait for and
/// cannot tear. The copy is written beside the target, checked (<c>PRAGMA integrity_check</c>), then moved into place,
/// so FILE is never a half-written backup.
/// </summary>
public static class DatabaseBackup
{
    private static readonly string[] CountedTables = ["Dramas", "Actors", "Characters", "Moments", "Articles", "Revisions", "AspNetUsers"];

    public static async Task<int> RunAsync(string connectionString, string? outPath, TextWriter stdout, TextWriter stderr, Auditing.CommandAudit audit)
    {
        if (string.IsNullOrWhiteSpace(outPath))
        {
            await stderr.WriteLineAsync("usage: backup --out FILE [--db FILE]");
            return 2;
        }
        var source = new SqliteConnectionStringBuilder(connectionString) { Mode = SqliteOpenMode.ReadWrite, Pooling = false };
        var target = Path.GetFullPath(outPath);
        if (!File.Exists(source.DataSource))
        {
            await stderr.WriteLineAsync($"No database at {source.DataSource}: nothing to back up (give --db PATH).");
            return 1;
        }
        if (string.Equals(Path.GetFullPath(source.DataSource), target, StringComparison.Ordinal))
        {
            await stderr.WriteLineAsync($"{target} is the database itself; back it up to another file.");
            return 2;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var partial = target + ".partial";
        File.Delete(partial);

        string integrity;
        IReadOnlyList<(string Table, long Rows)> counts;
        await using (var from = new SqliteConnection(source.ToString()))
        await using (var to = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = partial, Pooling = false }.ToString()))
        {
            await from.OpenAsync();
            await to.OpenAsync();
            from.BackupDatabase(to);
            // The copy is one self-contained file: no WAL beside it to lose when it is moved or copied.
            await ExecuteAsync(to, "PRAGMA journal_mode=DELETE;");
            integrity = await ScalarAsync(to, "PRAGMA integrity_check;");
            counts = await CountAsync(to);
        }
        if (integrity != "ok")
        {
            File.Delete(partial);
            await stderr.WriteLineAsync($"The copy failed its integrity check ({integrity}); {target} was not written.");
            return 1;
        }
        File.Move(partial, target, overwrite: true);
        audit.BackedUp(Auditing.CommandAudit.Operator, source.DataSource, target);
        await stdout.WriteLineAsync($"Backed up {source.DataSource} to {target} ({new FileInfo(target).Length:N0} bytes; integrity ok; {string.Join(", ", counts.Select(c => $"{c.Rows:N0} {c.Table}"))})");
        return 0;
    }

    private static async Task<IReadOnlyList<(string Table, long Rows)>> CountAsync(SqliteConnection connection)
    {
        var counts = new List<(string, long)>();
        foreach (var table in CountedTables)
        {
            // Table names come from the list above, never from input.
            counts.Add((table, long.Parse(await ScalarAsync(connection, $"SELECT count(*) FROM \"{table}\";"), System.Globalization.CultureInfo.InvariantCulture)));
        }
        return counts;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<string> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }
}
