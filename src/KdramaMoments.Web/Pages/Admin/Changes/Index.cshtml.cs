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
            .Select(r => new Change(r.Id, r.Author, r.At, r.EntityType, r.EntityId, r.Action, r.Before, r.After))
            .ToPagedListAsync(Paging.RequestedPage(Request), cancellationToken, size: 30);
    }

    public async Task<IActionResult> OnPostUndoAsync(int revision, string? type, int? id, CancellationToken cancellationToken)
    {
        var outcome = await Undo.RevertAsync(db, revision, User.Identity?.Name ?? "editor", cancellationToken);
        StatusMessage = outcome.Message;
        return Redirect(type is not null && id is not null ? $"/admin/history/{type}/{id}" : "/admin/changes");
    }

    public sealed record Change(int Id, string Author, DateTime At, string EntityType, int EntityId, string Action, string? Before, string? After);
}
