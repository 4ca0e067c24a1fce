using KdramaMoments.Web.Data;
using KdramaMoments.Web.Editing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Pages.Admin.Actors;

/// <summary>An actor is deleted only without roles; one with roles is merged into the right actor instead.</summary>
public sealed class DeleteModel(KdramaDbContext db) : PageModel
{
    public (string Name, int Roles)? Actor { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) => await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        if (Actor!.Value.Roles > 0)
        {
            return Page();
        }
        var name = await EditSave.DeleteAsync<ActorSnapshot, Domain.Actor>(db, id, User.Identity?.Name ?? "editor", cancellationToken);
        TempData["StatusMessage"] = $"Deleted {name}. Recent changes can undo it.";
        return Redirect("/admin/actors");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var actor = await db.Actors.AsNoTracking().Where(a => a.Id == id).Select(a => new { a.Name, Roles = a.Characters.Count }).FirstOrDefaultAsync(cancellationToken);
        Actor = actor is null ? null : (actor.Name, actor.Roles);
        return actor is not null;
    }
}
