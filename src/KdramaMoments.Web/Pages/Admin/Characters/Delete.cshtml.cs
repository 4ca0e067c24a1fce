using KdramaMoments.Web.Data;
using KdramaMoments.Web.Editing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Pages.Admin.Characters;

/// <summary>A role is deleted only when no moment names it; a duplicate is merged instead.</summary>
public sealed class DeleteModel(KdramaDbContext db) : PageModel
{
    public (string Name, int Moments)? Character { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) => await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        if (Character!.Value.Moments > 0)
        {
            return Page();
        }
        var name = await EditSave.DeleteAsync<CharacterSnapshot, Domain.Character>(db, id, User.Identity?.Name ?? "editor", cancellationToken);
        TempData["StatusMessage"] = $"Deleted {name}. Recent changes can undo it.";
        return Redirect("/admin/characters");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var character = await db.Characters.AsNoTracking().Where(c => c.Id == id).Select(c => new { c.Name, Moments = c.Moments.Count }).FirstOrDefaultAsync(cancellationToken);
        Character = character is null ? null : (character.Name, character.Moments);
        return character is not null;
    }
}
