using System.ComponentModel.DataAnnotations;
using KdramaMoments.Web.Data;
using KdramaMoments.Web.Domain;
using KdramaMoments.Web.Editing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Pages.Admin.Moments;

/// <summary>Create (no id) or edit a moment. The form binds to <see cref="MomentInput"/>, never to the entity.</summary>
public sealed class EditModel(KdramaDbContext db) : PageModel
{
    [BindProperty] public MomentInput Input { get; set; } = new();

    public int? Id { get; private set; }
    public string? Slug { get; private set; }
    public IReadOnlyList<(string Slug, string Name)> TagOptions { get; private set; } = [];
    public IReadOnlyList<(int Id, string Name)> CharacterOptions { get; private set; } = [];
    public string? PreviewHtml { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        if (id is not null)
        {
            var moment = await LoadAsync(id.Value, cancellationToken);
            if (moment is null)
            {
                return NotFound();
            }
            Input = MomentInput.From(moment);
        }
        await LoadOptionsAsync(id, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostPreviewAsync(int? id, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        PreviewHtml = Markdown.MarkdownRenderer.ToSafeHtml(Input.Description);
        await LoadOptionsAsync(id, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        var drama = await db.Dramas.FirstOrDefaultAsync(d => d.Slug == (Input.DramaSlug ?? "").Trim(), cancellationToken);
        if (drama is null)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(MomentInput.DramaSlug)}", "No drama has this address. Use the part after /dramas/ in its page's address.");
        }
        var characterIds = Input.CharacterIds.Distinct().ToList();
        if (drama is not null && characterIds.Count > 0
            && await db.Characters.CountAsync(c => characterIds.Contains(c.Id) && c.DramaId == drama.Id, cancellationToken) != characterIds.Count)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(MomentInput.CharacterIds)}", "Choose characters of the moment's own drama.");
        }
        if (!ModelState.IsValid || drama is null)
        {
            await LoadOptionsAsync(id, cancellationToken);
            return Page();
        }
        var wanted = Input.ToSnapshot(Slug ?? "", drama.Id);
        var author = User.Identity?.Name ?? "editor";

        // A moment's address is set when it is created (no other moment's, nor a former address); renaming it later does not move it.
        var prefix = Names.Slugify(wanted.Title);
        var newSlug = id is null ? await Addresses.NewSlugAsync(db, EntityKind.Moment, 0, wanted.Title, db.Moments.Where(m => m.Slug.StartsWith(prefix)).Select(m => m.Slug), cancellationToken) : null;
        var outcome = await EditSave.SaveAsync<MomentSnapshot, Moment>(db, id, Input.Version,
            () => new Moment { Slug = newSlug!, Title = wanted.Title, DramaId = drama.Id, CreatedAt = DateTime.UtcNow },
            (moment, _) => Task.FromResult(wanted with { Slug = moment.Slug }),
            author, cancellationToken);
        switch (outcome)
        {
            case EditSave.Outcome<MomentSnapshot>.Saved saved:
                TempData["StatusMessage"] = $"Saved “{wanted.Title}”.";
                return Redirect($"/admin/moments/edit/{saved.Id}");
            case EditSave.Outcome<MomentSnapshot>.Stale stale:
                await LoadOptionsAsync(id, cancellationToken);
                return StaleForm.Answer(this, Input, stale, wanted, "moment");
            default:
                return NotFound();
        }
    }

    private Task<Moment?> LoadAsync(int id, CancellationToken cancellationToken, bool tracked = false)
    {
        var moments = tracked ? db.Moments : db.Moments.AsNoTracking();
        return moments.Include(m => m.Quotes).Include(m => m.Tags).Include(m => m.Characters).Include(m => m.Drama)
            .AsSplitQuery().FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
    }

    private async Task LoadOptionsAsync(int? id, CancellationToken cancellationToken)
    {
        Id = id;
        if (id is not null)
        {
            Slug = await db.Moments.Where(m => m.Id == id).Select(m => m.Slug).FirstOrDefaultAsync(cancellationToken);
        }
        TagOptions = (await db.Tags.AsNoTracking().OrderBy(t => t.Name).Select(t => new { t.Slug, t.Name }).ToListAsync(cancellationToken)).Select(t => (t.Slug, t.Name)).ToList();
        var dramaSlug = (Input.DramaSlug ?? "").Trim();
        CharacterOptions = (await db.Characters.AsNoTracking().Where(c => c.Drama.Slug == dramaSlug).OrderBy(c => c.Name)
            .Select(c => new { c.Id, c.Name }).ToListAsync(cancellationToken)).Select(c => (c.Id, c.Name)).ToList();
    }
}

public sealed class MomentInput : IVersionedInput
{
    [Required(ErrorMessage = "Give the moment a title.")]
    [StringLength(300, ErrorMessage = "Keep the title under 300 characters.")]
    public string Title { get; set; } = "";

    [Required(ErrorMessage = "Name the drama by its address, e.g. crash-landing-on-you.")]
    [Display(Name = "Drama address")]
    public string? DramaSlug { get; set; }

    [Range(1, 1000, ErrorMessage = "An episode is a number from 1 to 1000.")]
    public int? Episode { get; set; }

    [StringLength(20_000, ErrorMessage = "Keep the description under 20,000 characters.")]
    [Display(Name = "Description (Markdown)")]
    public string? Description { get; set; }

    [StringLength(10_000, ErrorMessage = "Keep the quotes under 10,000 characters.")]
    [Display(Name = "Quotes, one per line")]
    public string? Quotes { get; set; }

    public List<string> Tags { get; set; } = [];

    public List<int> CharacterIds { get; set; } = [];

    public long Version { get; set; }

    public static MomentInput From(Moment m) => new()
    {
        Title = m.Title,
        DramaSlug = m.Drama.Slug,
        Episode = m.Episode,
        Description = m.Description,
        Quotes = string.Join("\n", m.Quotes.OrderBy(q => q.Position).Select(q => q.Text)),
        Tags = m.Tags.Select(t => t.Slug).ToList(),
        CharacterIds = m.Characters.Select(c => c.Id).ToList(),
        Version = m.Version,
    };

    public MomentSnapshot ToSnapshot(string slug, int dramaId) => new(
        slug, Title.Trim(), dramaId, Episode, string.IsNullOrWhiteSpace(Description) ? null : Description.Trim(),
        (Quotes ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList(),
        Tags.Distinct().Order(StringComparer.Ordinal).ToList(),
        CharacterIds.Distinct().Order().ToList());
}
