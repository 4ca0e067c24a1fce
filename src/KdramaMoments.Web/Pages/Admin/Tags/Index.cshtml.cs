using System.ComponentModel.DataAnnotations;
using KdramaMoments.Web.Data;
using KdramaMoments.Web.Domain;
using KdramaMoments.Web.Editing;
using KdramaMoments.Web.Pagination;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Pages.Admin.Tags;

/// <summary>Tropes, each edited in its row: rename (the old address redirects), add, or delete one no moment carries.</summary>
public sealed class IndexModel(KdramaDbContext db) : PageModel
{
    [BindProperty] public TagInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }

    [TempData] public string? StatusMessage { get; set; }

    public PagedList<Row> Tags { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken)
    {
        var name = (Input.Name ?? "").Trim().ToLowerInvariant();
        var slug = Names.Slugify(name);
        if (ModelState.IsValid && slug.Length == 0)
        {
            ModelState.AddModelError("Input.Name", "Use letters or digits in the name.");
        }
        if (ModelState.IsValid)
        {
            await NameClashes.RefuseTakenAsync(ModelState, [("Input.Name", name)],
                _ => db.Tags.Where(t => t.Id != Input.Id && (t.Slug == slug || t.Name == name)).Select(t => t.Name).FirstOrDefaultAsync(cancellationToken),
                (_, other) => $"There is already a trope called “{other}”.");
        }
        if (!ModelState.IsValid)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }
        var yours = new TagSnapshot(slug, name);
        var outcome = await EditSave.SaveAsync<TagSnapshot, Tag>(db, Input.Id, Input.Version, () => new Tag { Slug = slug, Name = name },
            (_, _) => Task.FromResult(yours), User.Identity?.Name ?? "editor", cancellationToken);
        if (outcome is EditSave.Outcome<TagSnapshot>.Stale stale)
        {
            await LoadAsync(cancellationToken);
            return StaleForm.Answer(this, Input, stale, yours, "trope");
        }
        if (outcome is EditSave.Outcome<TagSnapshot>.Missing)
        {
            return NotFound();
        }
        StatusMessage = $"Saved the trope “{name}”.";
        return Redirect("/admin/tags");
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken cancellationToken)
    {
        var tag = await TagSnapshot.LoadAsync(db, id, cancellationToken);
        if (tag is null)
        {
            return NotFound();
        }
        // Read on the join table's index of its trope, not by a walk of the moments.
        if (await db.MomentTagRows.AnyAsync(row => EF.Property<int>(row, "TagsId") == id, cancellationToken))
        {
            StatusMessage = $"“{tag.Name}” is on moments; take it off them first.";
            return Redirect("/admin/tags");
        }
        await EditSave.DeleteAsync<TagSnapshot, Tag>(db, id, User.Identity?.Name ?? "editor", cancellationToken);
        StatusMessage = $"Deleted the trope “{tag.Name}”. Recent changes can undo it.";
        return Redirect("/admin/tags");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var tags = db.Tags.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Q))
        {
            // Tropes are stored lower-case with words spaced; their slugs join the words with hyphens.
            var words = Names.Slugify(Q);
            tags = words.Length == 0 ? tags.Where(t => false) : tags.Where(t => t.Slug.Contains(words));
        }
        Tags = await tags.OrderBy(t => t.Name).Select(t => new Row(t.Id, t.Slug, t.Name, t.MomentCount, t.Version))
            .ToPagedListAsync(Paging.RequestedPage(Request), cancellationToken, size: 50);
    }

    public sealed record Row(int Id, string Slug, string Name, int Moments, long Version);

    public sealed class TagInput : IVersionedInput
    {
        public int? Id { get; set; }

        public long Version { get; set; }

        [Required(ErrorMessage = "Name the trope.")]
        [StringLength(60, ErrorMessage = "Keep a trope's name under 60 characters.")]
        [Display(Name = "Trope name")]
        public string? Name { get; set; }
    }
}
