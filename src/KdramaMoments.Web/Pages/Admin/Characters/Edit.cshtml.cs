using System.ComponentModel.DataAnnotations;
using KdramaMoments.Web.Data;
using KdramaMoments.Web.Domain;
using KdramaMoments.Web.Editing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Pages.Admin.Characters;

/// <summary>Create (no id) or edit a role: its names, its drama (on creation) and the actor who plays it.</summary>
public sealed class EditModel(KdramaDbContext db) : PageModel
{
    [BindProperty] public CharacterInput Input { get; set; } = new();

    public int? Id { get; private set; }
    public string? Slug { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        Id = id;
        if (id is null)
        {
            return Page();
        }
        var character = await db.Characters.AsNoTracking().Include(c => c.Aliases).Include(c => c.Drama).Include(c => c.Actor).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (character is null)
        {
            return NotFound();
        }
        (Input, Slug) = (CharacterInput.From(character), character.Slug);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        Id = id;
        var existing = id is null ? null : await CharacterSnapshot.LoadAsync(db, id.Value, cancellationToken);
        if (id is not null && existing is null)
        {
            return NotFound();
        }
        var dramaId = existing?.DramaId ?? await db.Dramas.Where(d => d.Slug == (Input.DramaSlug ?? "").Trim()).Select(d => (int?)d.Id).FirstOrDefaultAsync(cancellationToken);
        if (dramaId is null)
        {
            ModelState.AddModelError("Input.DramaSlug", "No drama has this address.");
        }
        int? actorId = null;
        if (!string.IsNullOrWhiteSpace(Input.ActorSlug))
        {
            actorId = await db.Actors.Where(a => a.Slug == Input.ActorSlug.Trim()).Select(a => (int?)a.Id).FirstOrDefaultAsync(cancellationToken);
            if (actorId is null)
            {
                ModelState.AddModelError("Input.ActorSlug", "No actor has this address; leave it empty if the actor is unknown.");
            }
        }
        var aliases = Input.AliasList();
        // Names are per drama: two dramas may each have a "Kim Shin", one drama may not have two.
        await NameClashes.RefuseTakenAsync(ModelState, dramaId is null ? [] : NameClashes.NameAndAliases("Input.Name", Input.Name, aliases),
            name => db.Characters.Where(c => c.Id != id && c.DramaId == dramaId && (c.NormalizedName == Names.Normalize(name) || c.Aliases.Any(a => a.NormalizedName == Names.Normalize(name))))
                .Select(c => c.Name).FirstOrDefaultAsync(cancellationToken),
            (name, other) => $"“{name}” is already a name of {other} in this drama. Merge the two if they are one role.");
        if (!ModelState.IsValid)
        {
            Slug = existing?.Slug;
            return Page();
        }
        var name = Input.Name!.Trim();
        var yours = new CharacterSnapshot("", name, dramaId!.Value, actorId, aliases);
        var outcome = await EditSave.SaveAsync<CharacterSnapshot, Character>(db, id, Input.Version,
            () => new Character { Slug = "", Name = "", NormalizedName = "", DramaId = dramaId!.Value, CreatedAt = DateTime.UtcNow },
            async (character, before) => yours with
            {
                Slug = await Addresses.SlugForAsync(db, EntityKind.Character, character.Id, character.Slug, before?.Name, name, db.Characters.Where(c => c.Id != character.Id).Select(c => c.Slug), cancellationToken),
            },
            User.Identity?.Name ?? "editor", cancellationToken);
        switch (outcome)
        {
            case EditSave.Outcome<CharacterSnapshot>.Saved saved:
                TempData["StatusMessage"] = $"Saved {name}.";
                return Redirect($"/admin/characters/edit/{saved.Id}");
            case EditSave.Outcome<CharacterSnapshot>.Stale stale:
                Slug = existing?.Slug;
                return StaleForm.Answer(this, Input, stale, yours, "character");
            default:
                return NotFound();
        }
    }
}

public sealed class CharacterInput : IVersionedInput
{
    [Required(ErrorMessage = "Give the character a name.")]
    [StringLength(100, ErrorMessage = "Keep the name under 100 characters.")]
    public string? Name { get; set; }

    [Display(Name = "Drama address")]
    public string? DramaSlug { get; set; }

    [Display(Name = "Actor address (optional)")]
    public string? ActorSlug { get; set; }

    [StringLength(2_000)]
    [Display(Name = "Other names (aliases), one per line")]
    public string? Aliases { get; set; }

    public long Version { get; set; }

    public static CharacterInput From(Character c) => new()
    {
        Name = c.Name,
        DramaSlug = c.Drama.Slug,
        ActorSlug = c.Actor?.Slug,
        Aliases = AliasLines.Format(c.Aliases),
        Version = c.Version,
    };

    public IReadOnlyList<string> AliasList() => AliasLines.Parse(Aliases, Name);
}
