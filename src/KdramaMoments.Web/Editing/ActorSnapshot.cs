using KdramaMoments.Web.Data;
using KdramaMoments.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Editing;

/// <summary>What an editor can change on an actor, aliases (other romanisations) included.</summary>
public sealed record ActorSnapshot(string Slug, string Name, string? HangulName, IReadOnlyList<string> Aliases, DateTime? CreatedAt = null) : IEditSnapshot<ActorSnapshot, Actor>, IShownSnapshot
{
    public IReadOnlyList<(string Label, string? Value)> Fields() => [("Name", Name), ("Hangul name", HangulName), ("Aliases", string.Join(", ", Aliases))];

    public static EntityKind Kind => EntityKind.Actor;

    public static int IdOf(Actor entity) => entity.Id;

    public string Title => Name;

    public static ActorSnapshot Capture(Actor a) => new(a.Slug, a.Name, a.HangulName, a.Aliases.Select(x => x.Name).Order(StringComparer.Ordinal).ToList(), a.CreatedAt);

    public bool SameAs(ActorSnapshot? other) =>
        other is not null && Slug == other.Slug && Name == other.Name && HangulName == other.HangulName && Aliases.SequenceEqual(other.Aliases);

    public static Task<Actor?> LoadAsync(KdramaDbContext db, int id, CancellationToken cancellationToken) =>
        db.Actors.Include(a => a.Aliases).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);

    public Actor Recreate(int id) => new() { Id = id, Slug = Slug, Name = Name, NormalizedName = Names.Normalize(Name), CreatedAt = CreatedAt ?? DateTime.UtcNow };

    public static async Task<string?> CannotRemoveAsync(KdramaDbContext db, int id, CancellationToken cancellationToken) =>
        await db.Characters.AnyAsync(c => c.ActorId == id, cancellationToken) ? "This actor has roles now; remove them before undoing the creation." : null;

    public async Task ApplyToAsync(KdramaDbContext db, Actor actor, CancellationToken cancellationToken)
    {
        await Addresses.MoveAsync(db, Kind, actor.Id, actor.Slug, Slug, cancellationToken);
        actor.Slug = Slug;
        actor.Name = Name;
        actor.NormalizedName = Names.Normalize(Name);
        actor.HangulName = HangulName;
        actor.EditedAt = DateTime.UtcNow;
        Addresses.SyncAliases(actor.Aliases, Aliases, (name, key) => new ActorAlias { Name = name, NormalizedName = key });
    }
}
