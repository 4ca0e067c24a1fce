using System.Collections.Concurrent;
using System.Net;
using KdramaMoments.Tests.Accounts;
using KdramaMoments.Tests.Pages.Admin;
using KdramaMoments.Web.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace KdramaMoments.Tests.Auditing;

/// <summary>Reads the audit lines Serilog receives while an editor works through every kind of write.</summary>
public sealed class EditorAuditTests : IAsyncLifetime
{
    private readonly TempDatabase database = new();
    private readonly CapturedLog log = new();
    private KdramaAppFactory factory = null!;

    public Task InitializeAsync()
    {
        factory = new KdramaAppFactory(database.Path, services: s => s.AddSingleton<ILogEventSink>(log));
        _ = factory.Server;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await factory.DisposeAsync();
        database.Dispose();
    }

    [Fact]
    public async Task EveryEditorWrite_LeavesOneAuditLinePerRevision_NamingWhoWhatAndWhich()
    {
        var client = await EditorSession.NewEditorClientAsync(factory, "auditor@example.com");
        var (_, token) = await EditorSession.GetFormAsync(client, "/admin/actors/edit");

        // Creates, an edit, a stale edit (409, writes nothing), a merge, a trope rename and delete, an import, undo.
        Assert.Equal(HttpStatusCode.Redirect, (await EditorSession.PostFormAsync(client, "/admin/actors/edit", token, ("Input.Name", "Audit Person"))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await EditorSession.PostFormAsync(client, "/admin/actors/edit", token, ("Input.Name", "Audit Persson"))).StatusCode);
        var actor = await factory.WithDbAsync(db => db.Actors.Where(a => a.Slug == "audit-person").Select(a => new { a.Id, a.Version }).SingleAsync());
        var (id, version) = (actor.Id, actor.Version);
        var path = $"/admin/actors/edit/{id}";
        Assert.Equal(HttpStatusCode.Redirect, (await EditorSession.PostFormAsync(client, path, token, ("Input.Name", "Audit Person"), ("Input.HangulName", "감사"), ("Input.Version", $"{version}"))).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await EditorSession.PostFormAsync(client, path, token, ("Input.Name", "Audit Person"), ("Input.Version", $"{version}"))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await MergeTests.MergeAsync(client, "actor", "audit-persson", "audit-person")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await EditorSession.PostFormAsync(client, "/admin/tags?handler=Save", token, ("Input.Name", "Audit trope"))).StatusCode);
        var tag = await factory.WithDbAsync(db => db.Tags.Where(t => t.Slug == "audit-trope").Select(t => t.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await EditorSession.PostFormAsync(client, $"/admin/tags?handler=Delete&id={tag}", token)).StatusCode);
        var text = await File.ReadAllTextAsync(RepositoryPaths.Fixture("summer-no-style.txt"));
        Assert.Equal(HttpStatusCode.Redirect, (await EditorSession.PostFormAsync(client, "/admin/import?handler=Confirm", token, ("Input.Text", text), ("Input.FileName", "summer.txt"))).StatusCode);
        var deletion = await factory.WithDbAsync(db => db.Revisions.Where(r => r.EntityType == "tag" && r.EntityId == tag && r.Action == "delete").Select(r => r.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await EditorSession.PostFormAsync(client, "/admin/changes?handler=Undo", token, ("revision", $"{deletion}"))).StatusCode);

        var revisions = await factory.WithDbAsync(db => db.Revisions.Where(r => r.Author == "auditor@example.com").OrderBy(r => r.Id).ToListAsync());
        var lines = log.Events.Where(e => e.Properties.TryGetValue("SourceContext", out var source) && Scalar(source) == EditorAudit.Category
            && e.Properties.ContainsKey("Revision") && Scalar(e.Properties["Editor"]) == "auditor@example.com").ToList();
        Assert.Equal(["create", "delete", "edit", "import", "merge", "undo"], revisions.Select(r => r.Action.Split(' ')[0]).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(revisions.Count, lines.Count);
        foreach (var revision in revisions)
        {
            var line = Assert.Single(lines, l => Scalar(l.Properties["Revision"]) == revision.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal("auditor@example.com", Scalar(line.Properties["Editor"]));
            Assert.Equal(revision.Action.Split(' ')[0], Scalar(line.Properties["Action"]));
            Assert.Equal(revision.EntityType, Scalar(line.Properties["EntityKind"]));
            Assert.Equal(revision.EntityId.ToString(System.Globalization.CultureInfo.InvariantCulture), Scalar(line.Properties["EntityId"]));
            Assert.Equal(LogEventLevel.Information, line.Level);
        }
        // Lines name the change, not its content, and never a secret.
        Assert.DoesNotContain(lines, l => l.RenderMessage(System.Globalization.CultureInfo.InvariantCulture).Contains(EditorSession.Password, StringComparison.Ordinal) || l.RenderMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("감사", StringComparison.Ordinal));
    }

    private static string? Scalar(LogEventPropertyValue value) => (value as ScalarValue)?.Value?.ToString();

    private sealed class CapturedLog : ILogEventSink
    {
        public ConcurrentQueue<LogEvent> Events { get; } = new();

        public void Emit(LogEvent logEvent) => Events.Enqueue(logEvent);
    }
}
