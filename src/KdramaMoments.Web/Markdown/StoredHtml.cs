using KdramaMoments.Web.Data;
using KdramaMoments.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace KdramaMoments.Web.Markdown;

/// <summary>
/// The Markdown editors write (synopses, descriptions, list introductions and notes) is rendered and sanitised once,
/// when it is saved, and kept beside it; pages show the stored HTML instead of rendering it on every request.
/// </summary>
public static class StoredHtml
{
    private const int Chunk = 500;

    /// <summary>Renders the Markdown of every added row, and of every row whose Markdown this save changes.</summary>
    public static void RenderChanged(ChangeTracker tracker)
    {
        foreach (var entry in tracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified))
            {
                continue;
            }
            switch (entry.Entity)
            {
                case Moment m: Render(entry, nameof(Moment.Description), html => m.DescriptionHtml = html); break;
                case Drama d: Render(entry, nameof(Drama.Synopsis), html => d.SynopsisHtml = html); break;
                case CuratedList l: Render(entry, nameof(CuratedList.Intro), html => l.IntroHtml = html); break;
                case CuratedListItem i: Render(entry, nameof(CuratedListItem.Note), html => i.NoteHtml = html); break;
                default: break;
            }
        }
    }

    /// <summary>
    /// Renders what was saved without its HTML: rows from before the HTML was stored (once, at start-up after the
    /// migration), and rows bulk-written past the change tracker (the generator).
    /// </summary>
    public static async Task<int> FillMissingAsync(KdramaDbContext db, CancellationToken cancellationToken)
    {
        // One transaction: a commit per row would wait for the disk 100,000 times on a large catalogue.
        await using var own = db.Database.CurrentTransaction is null ? await db.BeginCatalogueWriteAsync(cancellationToken) : null;
        var filled = 0;
        filled += await FillAsync(db.Moments.Where(m => m.DescriptionHtml == null).Select(m => new Missing { Id = m.Id, Markdown = m.Description }),
            (id, html) => db.Moments.Where(m => m.Id == id).ExecuteUpdateAsync(s => s.SetProperty(m => m.DescriptionHtml, html), cancellationToken), cancellationToken);
        filled += await FillAsync(db.Dramas.Where(d => d.SynopsisHtml == null).Select(d => new Missing { Id = d.Id, Markdown = d.Synopsis }),
            (id, html) => db.Dramas.Where(d => d.Id == id).ExecuteUpdateAsync(s => s.SetProperty(d => d.SynopsisHtml, html), cancellationToken), cancellationToken);
        filled += await FillAsync(db.CuratedLists.Where(l => l.IntroHtml == null).Select(l => new Missing { Id = l.Id, Markdown = l.Intro }),
            (id, html) => db.CuratedLists.Where(l => l.Id == id).ExecuteUpdateAsync(s => s.SetProperty(l => l.IntroHtml, html), cancellationToken), cancellationToken);
        filled += await FillAsync(db.CuratedListItems.Where(i => i.NoteHtml == null).Select(i => new Missing { Id = i.Id, Markdown = i.Note }),
            (id, html) => db.CuratedListItems.Where(i => i.Id == id).ExecuteUpdateAsync(s => s.SetProperty(i => i.NoteHtml, html), cancellationToken), cancellationToken);
        if (own is not null)
        {
            await own.CommitAsync(cancellationToken);
        }
        return filled;
    }

    // Member initialisers (not a constructor) so EF can order by the projected id.
    private sealed record Missing
    {
        public int Id { get; init; }
        public string? Markdown { get; init; }
    }

    private static void Render(EntityEntry entry, string markdownProperty, Action<string> setHtml)
    {
        var markdown = entry.Property(markdownProperty);
        if (entry.State == EntityState.Added || markdown.IsModified)
        {
            setHtml(MarkdownRenderer.ToSafeHtml((string?)markdown.CurrentValue));
        }
    }

    // Each round reads rows still without HTML, so the loop ends once every row has it.
    private static async Task<int> FillAsync(IQueryable<Missing> missing, Func<int, string, Task<int>> store, CancellationToken cancellationToken)
    {
        var filled = 0;
        while (await missing.OrderBy(m => m.Id).Take(Chunk).ToListAsync(cancellationToken) is { Count: > 0 } rows)
        {
            foreach (var row in rows)
            {
                await store(row.Id, MarkdownRenderer.ToSafeHtml(row.Markdown));
            }
            filled += rows.Count;
        }
        return filled;
    }
}
