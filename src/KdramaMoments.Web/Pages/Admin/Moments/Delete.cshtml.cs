using KdramaMoments.Web.Data;
using KdramaMoments.Web.Editing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Pages.Admin.Moments;

public sealed class DeleteModel(KdramaDbContext db) : PageModel
{
    public (string Title, string Drama, int Sources)? Moment { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var moment = await db.Moments.AsNoTracking().Where(m => m.Id == id)
            .Select(m => new { m.Title, Drama = m.Drama.Title, Sources = m.Sources.Count }).FirstOrDefaultAsync(cancellationToken);
        if (moment is null)
        {
            return NotFound();
        }
        Moment = (moment.Title, moment.Drama, moment.Sources);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (await EditSave.DeleteAsync<MomentSnapshot, Domain.Moment>(db, id, User.Identity?.Name ?? "editor", cancellationToken) is not { } title)
        {
            return NotFound();
        }
        TempData["StatusMessage"] = $"Deleted “{title}”. Recent changes can undo it.";
        return Redirect("/admin/moments");
    }
}
