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
        var moment = await db.Moments.Include(m => m.Quotes).Include(m => m.Tags).Include(m => m.Characters).AsSplitQuery()
            .FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (moment is null)
        {
            return NotFound();
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        RevisionLog.Record(db, User.Identity?.Name ?? "editor", "moment", moment.Id, "delete", MomentSnapshot.Capture(moment), null);
        db.Moments.Remove(moment);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        TempData["StatusMessage"] = $"Deleted “{moment.Title}”. Recent changes can undo it.";
        return Redirect("/admin/moments");
    }
}
