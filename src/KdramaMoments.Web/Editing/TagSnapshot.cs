using KdramaMoments.Web.Data;
using KdramaMoments.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Editing;

/// <summary>A trope's name and address; the importer proposes tropes, editors decide what they are called.</summary>
public sealed record TagSnapshot(string Slug, string Name) : IEditSnapshot<TagSnapshot, Tag>, IShownSnapshot
{
    public IReadOnlyList<(string Label, string? Value)> Fields() => [("Name", Name)];

    public static EntityKind Kind => EntityKind.Tag;

    public static int IdOf(Tag entity) => entity.Id;

    public string Title => Name;

    public static TagSnapshot Capture(Tag t) => new(t.Slug, t.Name);

    public bool SameAs(TagSnapshot? other) => other is not null && Slug == other.Slug && Name == other.Name;

    public static Task<Tag?> LoadAsync(KdramaDbContext db, int id, CancellationToken cancellationToken) => db.Tags.FirstOrDefaultAsync(t => t.Id == id, cancellationToken);

    // A deleted trope comes back without the moments it was on (those links went with it).
    public Tag Recreate(int id) => new() { Id = id, Slug = Slug, Name = Name };

    public static async Task<string?> CannotRemoveAsync(KdramaDbContext db, int id, CancellationToken cancellationToken) =>
        await db.Moments.AnyAsync(m => m.Tags.Any(t => t.Id == id), cancellationToken) ? "Moments carry this trope now; take it off them before undoing its creation." : null;

    public async Task ApplyToAsync(KdramaDbContext db, Tag tag, CancellationToken cancellationToken)
    {
        await Addresses.MoveAsync(db, Kind, tag.Id, tag.Slug, Slug, cancellationToken);
        (tag.Slug, tag.Name) = (Slug, Name);
    }
}
