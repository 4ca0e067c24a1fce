using KdramaMoments.Tests.Accounts;
using KdramaMoments.Web.Auditing;
using KdramaMoments.Web.Cli;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace KdramaMoments.Tests.Auditing;

/// <summary>The command line's writes leave the site's audit lines, naming the operating system's account as the editor.</summary>
public sealed class CommandAuditTests
{
    private static readonly string Operator = $"cli:{Environment.UserName}";

    [Fact]
    public async Task ImportGenerateAndBackup_FromTheCommandLine_LeaveAuditLinesNamingTheOperator()
    {
        using var database = new TempDatabase();
        var log = new SecurityTestHost.CapturedLog();
        async Task RunAsync(params string[] args)
        {
            using var output = new StringWriter();
            using var errors = new StringWriter();
            var exit = await CommandLine.RunAsync([.. args, "--db", database.Path], output, errors, s => s.AddSingleton<ILogEventSink>(log));
            Assert.True(exit == 0, errors.ToString());
            // The lines go to the log's sinks, not into what the command prints.
            Assert.DoesNotContain("Editor ", output.ToString(), StringComparison.Ordinal);
        }

        await RunAsync("import", RepositoryPaths.Fixture("summer-no-style.txt"));
        var revisions = await ReadAsync(database.Path, db => db.Revisions.OrderBy(r => r.Id).ToListAsync());
        var importLines = log.Category(EditorAudit.Category);
        Assert.NotEmpty(revisions);
        Assert.All(revisions, r => Assert.Equal(Operator, r.Author));
        // One line per revision, naming who, what and which entity.
        Assert.Equal(
            revisions.Select(r => $"{r.Id} {Operator} {r.Action.Split(' ')[0]} {r.EntityType} {r.EntityId}").Order(StringComparer.Ordinal),
            importLines.Select(l => $"{Scalar(l, "Revision")} {Scalar(l, "Editor")} {Scalar(l, "Action")} {Scalar(l, "EntityKind")} {Scalar(l, "EntityId")}").Order(StringComparer.Ordinal));

        await RunAsync("generate", "--moments", "40", "--seed", "3");
        var generated = Assert.Single(log.Category(EditorAudit.Category).Skip(importLines.Count));
        Assert.Equal((Operator, "40", "3"), (Scalar(generated, "Editor"), Scalar(generated, "Moments"), Scalar(generated, "Seed")));

        // backup copies a SQLite file (on PostgreSQL it refuses and points to pg_dump, tested in BackupCommandTests).
        var written = importLines.Count + 1;
        if (!TestProvider.IsPostgres)
        {
            var copy = Path.Combine(database.Folder, "audit-backup.db");
            await RunAsync("backup", "--out", copy);
            var backedUp = Assert.Single(log.Category(EditorAudit.Category).Skip(written));
            Assert.Equal((Operator, Path.GetFullPath(copy)), (Scalar(backedUp, "Editor"), Scalar(backedUp, "Backup")));
            written++;
        }

        // A read writes nothing and leaves no line.
        await RunAsync("export", "--out", Path.Combine(database.Folder, "export.json"));
        Assert.Equal(written, log.Category(EditorAudit.Category).Count);
    }

    private static string? Scalar(LogEvent line, string property) =>
        line.Properties.TryGetValue(property, out var value) ? (value as ScalarValue)?.Value?.ToString() : null;

    private static async Task<T> ReadAsync<T>(string path, Func<KdramaMoments.Web.Data.KdramaDbContext, Task<T>> read)
    {
        await using var factory = new KdramaAppFactory(path, seed: false);
        return await factory.WithDbAsync(read);
    }
}
