using KdramaMoments.Web.Data;
using KdramaMoments.Web.Editing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Pages.Admin.Dramas;

/// <summary>A drama is deleted only when nothing hangs on it: its moments and roles carry provenance that must not vanish by accident.</summary>
public sealed class DeleteModel(KdramaDbContext db) : PageModel
{
    public (string Title, int Moments, int Roles)? Drama { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        if (Drama!.Value.Moments + Drama.Value.Roles > 0)
        {
            return Page();
        }
        var title = await EditSave.DeleteAsync<DramaSnapshot, Domain.Drama>(db, id, User.Identity?.Name ?? "editor", cancellationToken);
        TempData["StatusMessage"] = $"Deleted “{title}”. Recent changes can undo it.";
        return Redirect("/admin/dramas");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var drama = await db.Dramas.AsNoTracking().Where(d => d.Id == id)
            .Select(d => new { d.Title, Moments = d.Moments.Count, Roles = d.Characters.Count }).FirstOrDefaultAsync(cancellationToken);
        Drama = drama is null ? null : (drama.Title, drama.Moments, drama.Roles);
        return drama is not null;
    }
}
