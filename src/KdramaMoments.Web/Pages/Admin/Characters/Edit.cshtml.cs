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
    public CharacterSnapshot? Theirs { get; private set; }

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
        foreach (var (field, candidate) in aliases.Select(a => (Field: "Input.Aliases", Name: a)).Prepend((Field: "Input.Name", Name: Input.Name ?? "")).Where(n => n.Name.Length > 0 && dramaId is not null))
        {
            var key = Names.Normalize(candidate);
            var other = await db.Characters.Where(c => c.Id != id && c.DramaId == dramaId && (c.NormalizedName == key || c.Aliases.Any(a => a.NormalizedName == key)))
                .Select(c => c.Name).FirstOrDefaultAsync(cancellationToken);
            if (other is not null)
            {
                ModelState.AddModelError(field, $"“{candidate.Trim()}” is already a name of {other} in this drama. Merge the two if they are one role.");
            }
        }
        if (!ModelState.IsValid)
        {
            Slug = existing?.Slug;
            return Page();
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var before = existing is null ? null : CharacterSnapshot.Capture(existing);
        var character = existing ?? new Character { Slug = "", Name = "", NormalizedName = "", DramaId = dramaId!.Value, CreatedAt = DateTime.UtcNow };
        if (existing is null)
        {
            db.Characters.Add(character);
        }
        else if (character.Version != Input.Version)
        {
            (Theirs, Input.Version, Slug) = (before, character.Version, character.Slug);
            ModelState.Remove("Input.Version");
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        else
        {
            db.Entry(character).Property(c => c.Version).OriginalValue = Input.Version;
        }
        var name = Input.Name!.Trim();
        var slug = character.Slug;
        if (before is null || before.Name != name)
        {
            slug = await Addresses.NewSlugAsync(db, "character", character.Id, name, db.Characters.Where(c => c.Id != character.Id).Select(c => c.Slug), cancellationToken);
        }
        await new CharacterSnapshot(slug, name, dramaId!.Value, actorId, aliases).ApplyToAsync(db, character, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Rare for roles; the editor's text stays in the form and the page says why.
            ModelState.AddModelError(string.Empty, "Another editor saved this character after you opened it. Reload the page to see their version; your text is below.");
            Slug = before?.Slug;
            return Page();
        }
        RevisionLog.Record(db, User.Identity?.Name ?? "editor", "character", character.Id, before is null ? "create" : "edit", before, CharacterSnapshot.Capture(character));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        TempData["StatusMessage"] = $"Saved {character.Name}.";
        return Redirect($"/admin/characters/edit/{character.Id}");
    }
}

public sealed class CharacterInput
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
