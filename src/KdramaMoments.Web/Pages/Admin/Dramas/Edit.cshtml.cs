using System.ComponentModel.DataAnnotations;
using KdramaMoments.Web.Data;
using KdramaMoments.Web.Domain;
using KdramaMoments.Web.Editing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Pages.Admin.Dramas;

/// <summary>Create (no id) or edit a drama and its aliases; a name another drama already answers to is refused.</summary>
public sealed class EditModel(KdramaDbContext db) : PageModel
{
    [BindProperty] public DramaInput Input { get; set; } = new();

    public int? Id { get; private set; }
    public string? Slug { get; private set; }
    public string? PreviewHtml { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        if (id is not null)
        {
            var drama = await db.Dramas.AsNoTracking().Include(d => d.Aliases).FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
            if (drama is null)
            {
                return NotFound();
            }
            Input = DramaInput.From(drama);
            Slug = drama.Slug;
        }
        Id = id;
        return Page();
    }

    public async Task<IActionResult> OnPostPreviewAsync(int? id, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        PreviewHtml = Markdown.MarkdownRenderer.ToSafeHtml(Input.Synopsis);
        Id = id;
        Slug = id is null ? null : await db.Dramas.Where(d => d.Id == id).Select(d => d.Slug).FirstOrDefaultAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        Id = id;
        var aliases = Input.AliasList();
        await NameClashes.RefuseTakenAsync(ModelState, NameClashes.NameAndAliases("Input.Title", Input.Title, aliases),
            name => db.Dramas.Where(d => d.Id != id && (d.NormalizedTitle == Names.Normalize(name) || d.Aliases.Any(a => a.NormalizedName == Names.Normalize(name))))
                .Select(d => d.Title).FirstOrDefaultAsync(cancellationToken),
            (name, other) => $"“{name}” is already a name of the drama “{other}”. Merge the two if they are one drama.");
        if (!ModelState.IsValid)
        {
            Slug = id is null ? null : await db.Dramas.Where(d => d.Id == id).Select(d => d.Slug).FirstOrDefaultAsync(cancellationToken);
            return Page();
        }
        var title = Input.Title.Trim();
        // A new drama also answers to its initials ("CLOY"); the editor sees them among the aliases and may remove them.
        if (id is null && await DramaAbbreviations.FreeAsync(db, title, null, cancellationToken) is { } abbreviation
            && !aliases.Any(a => Names.Normalize(a) == Names.Normalize(abbreviation)))
        {
            aliases = [.. aliases.Append(abbreviation).Order(StringComparer.Ordinal)];
        }
        var yours = new DramaSnapshot("", title, Input.Year, FormText.OrNull(Input.HangulTitle), FormText.OrNull(Input.Synopsis), aliases);
        var outcome = await EditSave.SaveAsync<DramaSnapshot, Drama>(db, id, Input.Version,
            () => new Drama { Slug = "", Title = "", NormalizedTitle = "", CreatedAt = DateTime.UtcNow },
            // A new title gets a new address; the old one keeps working as a redirect.
            async (drama, before) => yours with
            {
                Slug = await Addresses.SlugForAsync(db, EntityKind.Drama, drama.Id, drama.Slug, before?.Title, title, db.Dramas.Where(d => d.Id != drama.Id).Select(d => d.Slug), cancellationToken),
            },
            User.Identity?.Name ?? "editor", cancellationToken);
        switch (outcome)
        {
            case EditSave.Outcome<DramaSnapshot>.Saved saved:
                TempData["StatusMessage"] = $"Saved “{title}”.";
                return Redirect($"/admin/dramas/edit/{saved.Id}");
            case EditSave.Outcome<DramaSnapshot>.Stale stale:
                Slug = await db.Dramas.Where(d => d.Id == id).Select(d => d.Slug).FirstOrDefaultAsync(cancellationToken);
                return StaleForm.Answer(this, Input, stale, yours, "drama");
            default:
                return NotFound();
        }
    }

}

public sealed class DramaInput : IVersionedInput
{
    [Required(ErrorMessage = "Give the drama a title.")]
    [StringLength(200, ErrorMessage = "Keep the title under 200 characters.")]
    public string Title { get; set; } = "";

    [Range(1950, 2100, ErrorMessage = "A year between 1950 and 2100, or leave it empty.")]
    public int? Year { get; set; }

    [StringLength(200)]
    [Display(Name = "Hangul title")]
    public string? HangulTitle { get; set; }

    [StringLength(20_000, ErrorMessage = "Keep the synopsis under 20,000 characters.")]
    [Display(Name = "Synopsis (Markdown)")]
    public string? Synopsis { get; set; }

    [StringLength(5_000)]
    [Display(Name = "Other titles (aliases), one per line")]
    public string? Aliases { get; set; }

    public long Version { get; set; }

    public static DramaInput From(Drama d) => new()
    {
        Title = d.Title,
        Year = d.Year,
        HangulTitle = d.HangulTitle,
        Synopsis = d.Synopsis,
        Aliases = AliasLines.Format(d.Aliases),
        Version = d.Version,
    };

    public IReadOnlyList<string> AliasList() => AliasLines.Parse(Aliases, Title);
}
