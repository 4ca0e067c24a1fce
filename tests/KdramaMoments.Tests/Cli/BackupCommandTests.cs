using KdramaMoments.Web.Cli;
using KdramaMoments.Web.Data;
using KdramaMoments.Web.Domain;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KdramaMoments.Tests.Cli;

public sealed class BackupCommandTests
{
    private const string Writer = "backup-test-writer";

    [Fact]
    public async Task Backup_WhileTheSiteWrites_IsAConsistentCopyThatPassesIntegrityCheck()
    {
        if (TestProvider.IsPostgres)
        {
            return; // backup copies a SQLite file; PostgreSQL has pg_dump (BackupOnPostgres_PointsToPgDump)
        }
        using var database = new TempDatabase();
        await using var site = new KdramaAppFactory(database.Path, seed: true);
        _ = site.Server;
        var (dramas, moments) = await site.WithDbAsync(async db => (await db.Dramas.CountAsync(), await db.Moments.CountAsync()));

        // Each write is one transaction adding a tag and its revision: a torn copy would hold one without the other.
        // "written" counts committed writes (one writer): counted before its commit, the 20th could still be uncommitted
        // when the backup began, and the copy rightly held 19.
        using var stop = new CancellationTokenSource();
        var written = 0;
        var writer = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                using var scope = site.Services.CreateScope();
                var db = scope.ServiceProvider.GetRequiredService<KdramaDbContext>();
                var n = Volatile.Read(ref written) + 1;
                db.Tags.Add(new Tag { Slug = $"backup-test-{n}", Name = $"Backup test {n}" });
                db.Revisions.Add(new Revision { Author = Writer, At = DateTime.UtcNow, EntityType = "tag", EntityId = n, Action = "create" });
                await db.SaveChangesAsync();
                Interlocked.Increment(ref written);
            }
        });
        while (Volatile.Read(ref written) < 20)
        {
            await Task.Delay(20);
        }

        var copy = Path.Combine(database.Folder, "backups", "kdrama-copy.db");
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var exit = await CommandLine.RunAsync(["backup", "--out", copy, "--db", database.Path], output, errors);
        var writtenDuringBackup = Volatile.Read(ref written);
        while (Volatile.Read(ref written) < writtenDuringBackup + 10)
        {
            await Task.Delay(20);
        }
        await stop.CancelAsync();
        await writer;

        Assert.True(exit == 0, errors.ToString());
        Assert.Contains("integrity ok", output.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(copy + ".partial"));
        await using var connection = new SqliteConnection($"Data Source={copy};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        async Task<long> Scalar(string sql)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        }
        await using (var check = connection.CreateCommand())
        {
            check.CommandText = "PRAGMA integrity_check;";
            Assert.Equal("ok", await check.ExecuteScalarAsync());
        }
        var tags = await Scalar("SELECT count(*) FROM Tags WHERE Slug LIKE 'backup-test-%'");
        var revisions = await Scalar($"SELECT count(*) FROM Revisions WHERE Author = '{Writer}'");
        Assert.Equal(tags, revisions);
        Assert.InRange(tags, 20, writtenDuringBackup);
        Assert.True(tags < Volatile.Read(ref written), "the writer went on after the copy");
        Assert.Equal(dramas, await Scalar("SELECT count(*) FROM Dramas"));
        Assert.Equal(moments, await Scalar("SELECT count(*) FROM Moments"));
        Assert.Equal("delete", await ScalarText(connection, "PRAGMA journal_mode;"));

        // The copy is a working database: the site starts on it and serves what was copied.
        SqliteConnection.ClearAllPools();
        await using var restored = new KdramaAppFactory(copy, seed: false);
        Assert.Equal(moments, await restored.WithDbAsync(db => db.Moments.CountAsync()));
    }

    [Fact]
    public async Task Backup_WithoutOut_OrWithoutADatabase_OrOntoItself_IsRefused()
    {
        if (TestProvider.IsPostgres)
        {
            return; // backup copies a SQLite file; PostgreSQL has pg_dump (BackupOnPostgres_PointsToPgDump)
        }
        using var database = new TempDatabase();
        using var output = new StringWriter();
        using var errors = new StringWriter();
        Assert.Equal(2, await CommandLine.RunAsync(["backup", "--db", database.Path], output, errors));
        Assert.Equal(1, await CommandLine.RunAsync(["backup", "--out", Path.Combine(database.Folder, "x.db"), "--db", database.Path], output, errors));
        Assert.Contains("No database at", errors.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(database.Path)); // a backup never creates the database it was asked to copy

        await File.WriteAllBytesAsync(database.Path, []);
        Assert.Equal(2, await CommandLine.RunAsync(["backup", "--out", database.Path, "--db", database.Path], output, errors));
        Assert.Contains("is the database itself", errors.ToString(), StringComparison.Ordinal);
    }

    private static async Task<string> ScalarText(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }

    [Fact]
    public async Task BackupOnPostgres_PointsToPgDump()
    {
        if (!TestProvider.IsPostgres)
        {
            return;
        }
        using var database = new TempDatabase();
        var errors = new StringWriter();
        Assert.Equal(2, await CommandLine.RunAsync(["backup", "--out", Path.Combine(database.Folder, "copy.db"), "--db", database.Path], new StringWriter(), errors));
        Assert.Contains("pg_dump", errors.ToString(), StringComparison.Ordinal);
    }
}
