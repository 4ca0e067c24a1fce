using KdramaMoments.Web.Data;
using KdramaMoments.Web.Domain;
using KdramaMoments.Web.Editing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Pages.Admin.Lists;

/// <summary>Deletes a curated list (the moments stay in the catalogue); recent changes can undo it.</summary>
public sealed class DeleteModel(KdramaDbContext db) : PageModel
{
    public (string Title, int Moments)? List { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var list = await db.CuratedLists.AsNoTracking().Where(l => l.Id == id).Select(l => new { l.Title, Moments = l.Items.Count }).FirstOrDefaultAsync(cancellationToken);
        if (list is null)
        {
            return NotFound();
        }
        List = (list.Title, list.Moments);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (await EditSave.DeleteAsync<CuratedListSnapshot, CuratedList>(db, id, User.Identity?.Name ?? "editor", cancellationToken) is not { } title)
        {
            return NotFound();
        }
        TempData["StatusMessage"] = $"Deleted the list “{title}”. Recent changes can undo it.";
        return Redirect("/admin/lists");
    }
}
