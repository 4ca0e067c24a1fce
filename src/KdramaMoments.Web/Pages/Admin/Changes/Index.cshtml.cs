using KdramaMoments.Web.Data;
using KdramaMoments.Web.Editing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Pages.Admin.Changes;

/// <summary>Recent changes (<c>/admin/changes</c>) and one entity's history (<c>/admin/history/{type}/{id}</c>), each undoable.</summary>
public sealed class IndexModel(KdramaDbContext db) : PageModel
{
    [TempData] public string? StatusMessage { get; set; }

    public string? EntityType { get; private set; }
    public int? EntityId { get; private set; }
    public PagedList<Change> Changes { get; private set; } = null!;

    public async Task OnGetAsync(string? type, int? id, CancellationToken cancellationToken)
    {
        (EntityType, EntityId) = (type, id);
        var revisions = db.Revisions.AsNoTracking();
        if (type is not null && id is not null)
        {
            revisions = revisions.Where(r => r.EntityType == type && r.EntityId == id);
        }
        Changes = await revisions.OrderByDescending(r => r.Id)
            .Select(r => new Change(r.Id, r.Author, r.At, r.EntityType, r.EntityId, r.Action, r.Before, r.After, r.Batch))
            .ToPagedListAsync(Paging.RequestedPage(Request), cancellationToken, size: 30);
        var batches = Changes.Items.Select(c => c.Batch).OfType<string>().Distinct().ToList();
        BatchSizes = await db.Revisions.AsNoTracking().Where(r => r.Batch != null && batches.Contains(r.Batch))
            .GroupBy(r => r.Batch!).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        UndoneBy = await Undo.UndoneByAsync(db, Changes.Items.Select(c => c.Id).ToList(), cancellationToken);
    }

    /// <summary>Changes on this page that were undone, and the revision that undid each.</summary>
    public IReadOnlyDictionary<int, int> UndoneBy { get; private set; } = new Dictionary<int, int>();

    /// <summary>How many revisions each batch (a merge, an import, or the undoing of one) on this page holds.</summary>
    public IReadOnlyDictionary<string, int> BatchSizes { get; private set; } = new Dictionary<string, int>();

    /// <summary>An undo of many changes at once, shown for confirmation before anything is taken back.</summary>
    public Undo.Plan? Confirming { get; private set; }

    public async Task<IActionResult> OnPostUndoAsync(int revision, bool confirmed, string? type, int? id, CancellationToken cancellationToken)
    {
        if (!confirmed && await Undo.PlanAsync(db, revision, cancellationToken) is { Count: > 1 } plan)
        {
            Confirming = plan;
            await OnGetAsync(type, id, cancellationToken);
            return Page();
        }
        var outcome = await Undo.RevertAsync(db, revision, User.Identity?.Name ?? "editor", cancellationToken);
        StatusMessage = outcome.Message;
        return Redirect(type is not null && id is not null ? $"/admin/history/{type}/{id}" : "/admin/changes");
    }

    public sealed record Change(int Id, string Author, DateTime At, string EntityType, int EntityId, string Action, string? Before, string? After, string? Batch)
    {
        public string? CannotUndo => Undo.WhyNot(Action, Batch);

        public string UndoLabel => Batch is null ? "Undo this change" : Action.StartsWith("merge", StringComparison.Ordinal) ? "Undo the whole merge" : "Undo the whole import";
    }
}
