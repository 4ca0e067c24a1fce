using KdramaMoments.Web.Data;
using KdramaMoments.Web.Editing;
using KdramaMoments.Web.Pagination;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Pages.Admin.Changes;

/// <summary>Recent changes (<c>/admin/changes</c>) and one entity's history (<c>/admin/history/{type}/{id}</c>), each undoable.</summary>
public sealed class IndexModel(KdramaDbContext db) : PageModel
{
    private Dictionary<int, string> undidActions = [];

    [TempData] public string? StatusMessage { get; set; }

    public string? EntityType { get; private set; }
    public int? EntityId { get; private set; }
    public PagedList<Change> Changes { get; private set; } = null!;

    /// <summary>With a batch named, every change of that one merge or import.</summary>
    [BindProperty(SupportsGet = true)] public string? Batch { get; set; }

    /// <summary>Recent changes show a merge or an import once, by its last revision, with what it did counted.</summary>
    public bool Grouped => EntityType is null && Batch is null;

    public async Task OnGetAsync(string? type, int? id, CancellationToken cancellationToken)
    {
        (EntityType, EntityId) = (type, id);
        var revisions = db.Revisions.AsNoTracking();
        if (type is not null && id is not null)
        {
            revisions = revisions.Where(r => r.EntityType == type && r.EntityId == id);
        }
        else if (Batch is not null)
        {
            revisions = revisions.Where(r => r.Batch == Batch);
        }
        else
        {
            revisions = revisions.Where(r => r.Batch == null || r.Id == db.Revisions.Where(x => x.Batch == r.Batch).Max(x => x.Id));
        }
        Changes = await revisions.OrderByDescending(r => r.Id)
            .Select(r => new Change(r.Id, r.Author, r.At, r.EntityType, r.EntityId, r.Action, r.Before, r.After, r.Batch, r.UndoOf))
            .ToPagedListAsync(Paging.RequestedPage(Request), cancellationToken, size: 30);
        Batches = await BatchCounts.ForAsync(db, Changes.Items.Select(c => c.Batch).OfType<string>().Distinct().ToList(), cancellationToken);
        UndoneBy = await Undo.UndoneByAsync(db, Changes.Items.Select(c => c.Id).ToList(), cancellationToken);
        // An undone merge or import is named by what it undid: "undo of the merge of …", not "undo #191".
        var undid = Changes.Items.Where(c => c.Batch is not null).Select(c => c.UndoOf).OfType<int>().ToList();
        undidActions = await db.Revisions.AsNoTracking().Where(r => undid.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Action, cancellationToken);
    }

    /// <summary>The heading's words for what a change did.</summary>
    public string ActionOf(Change change) =>
        change.Batch is not null && change.UndoOf is { } undone && undidActions.TryGetValue(undone, out var action)
            ? $"undo of the {action}"
            : change.Action;

    /// <summary>How many changes the batch of this revision holds (1 when it has none).</summary>
    public int BatchSize(Change change) => change.Batch is not null && Batches.TryGetValue(change.Batch, out var counts) ? counts.Sum(c => c.Number) : 1;

    /// <summary>"28 dramas created, 2 actors changed": what the batch of this revision did.</summary>
    public string BatchSummary(Change change) => change.Batch is not null && Batches.TryGetValue(change.Batch, out var counts)
        ? string.Join(", ", BatchCounts.Phrases(counts, kind => kind.ToString().ToLowerInvariant()))
        : string.Empty;

    /// <summary>Changes on this page that were undone, and the revision that undid each.</summary>
    public IReadOnlyDictionary<int, Undo.UndoMark> UndoneBy { get; private set; } = new Dictionary<int, Undo.UndoMark>();

    /// <summary>What each batch (a merge, an import, or the undoing of one) on this page did.</summary>
    public IReadOnlyDictionary<string, List<BatchCounts.Count>> Batches { get; private set; } = new Dictionary<string, List<BatchCounts.Count>>();

    /// <summary>The list the editor is on: an entity's history, one batch, or recent changes.</summary>
    public string Here => Address(EntityType, EntityId, Batch);

    private static string Address(string? type, int? id, string? batch) =>
        type is not null && id is not null ? $"/admin/history/{Uri.EscapeDataString(type)}/{id}"
        : batch is not null ? $"/admin/changes?batch={Uri.EscapeDataString(batch)}"
        : "/admin/changes";

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
        return Redirect(Address(type, id, Batch));
    }

    public sealed record Change(int Id, string Author, DateTime At, string EntityType, int EntityId, string Action, string? Before, string? After, string? Batch, int? UndoOf)
    {
        public string? CannotUndo => Undo.WhyNot(Action, Batch, UndoOf);

        public string UndoLabel => Batch is null ? "Undo this change" : Action.StartsWith("merge", StringComparison.Ordinal) ? "Undo the whole merge" : "Undo the whole import";
    }
}
