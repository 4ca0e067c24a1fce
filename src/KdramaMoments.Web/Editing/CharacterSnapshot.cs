using KdramaMoments.Web.Data;
using KdramaMoments.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Editing;

/// <summary>What an editor can change on a character: names, the actor who plays it (the drama stays).</summary>
public sealed record CharacterSnapshot(string Slug, string Name, int DramaId, int? ActorId, IReadOnlyList<string> Aliases, DateTime? CreatedAt = null) : IEditSnapshot<CharacterSnapshot, Character>, IShownSnapshot
{
    public IReadOnlyList<(string Label, string? Value)> Fields() => [("Name", Name), ("Aliases", string.Join(", ", Aliases))];

    public static EntityKind Kind => EntityKind.Character;

    public static int IdOf(Character entity) => entity.Id;

    public string Title => Name;

    public static CharacterSnapshot Capture(Character c) => new(c.Slug, c.Name, c.DramaId, c.ActorId, c.Aliases.Select(a => a.Name).Order(StringComparer.Ordinal).ToList(), c.CreatedAt);

    public bool SameAs(CharacterSnapshot? other) =>
        other is not null && Slug == other.Slug && Name == other.Name && DramaId == other.DramaId && ActorId == other.ActorId && Aliases.SequenceEqual(other.Aliases);

    public static Task<Character?> LoadAsync(KdramaDbContext db, int id, CancellationToken cancellationToken) =>
        db.Characters.Include(c => c.Aliases).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);

    public Character Recreate(int id) => new() { Id = id, Slug = Slug, Name = Name, NormalizedName = Names.Normalize(Name), DramaId = DramaId, CreatedAt = CreatedAt ?? DateTime.UtcNow };

    public static async Task<string?> CannotRemoveAsync(KdramaDbContext db, int id, CancellationToken cancellationToken) =>
        await db.Moments.AnyAsync(m => m.Characters.Any(c => c.Id == id), cancellationToken) ? "Moments name this character now; take it off them before undoing its creation." : null;

    public async Task ApplyToAsync(KdramaDbContext db, Character character, CancellationToken cancellationToken)
    {
        await Addresses.MoveAsync(db, Kind, character.Id, character.Slug, Slug, cancellationToken);
        character.Slug = Slug;
        character.Name = Name;
        character.NormalizedName = Names.Normalize(Name);
        character.DramaId = DramaId;
        character.ActorId = ActorId;
        character.EditedAt = DateTime.UtcNow;
        Addresses.SyncAliases(character.Aliases, Aliases, (name, key) => new CharacterAlias { Name = name, NormalizedName = key });
    }
}
