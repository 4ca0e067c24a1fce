using KdramaMoments.Web.Data;
using KdramaMoments.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Editing;

/// <summary>A former address and the entity it leads to. Merges add and re-point these; undoing a merge takes that back.</summary>
public sealed record RedirectSnapshot(string Type, string OldSlug, int TargetId) : IEditSnapshot<RedirectSnapshot, SlugRedirect>
{
    public static EntityKind Kind => EntityKind.Redirect;

    public static int IdOf(SlugRedirect entity) => entity.Id;

    public string Title => $"{Type} address {OldSlug}";

    public static RedirectSnapshot Capture(SlugRedirect r) => new(r.EntityType, r.OldSlug, r.TargetId);

    public bool SameAs(RedirectSnapshot? other) => other == this;

    public static Task<SlugRedirect?> LoadAsync(KdramaDbContext db, int id, CancellationToken cancellationToken) => db.SlugRedirects.FirstOrDefaultAsync(r => r.Id == id, cancellationToken);

    public SlugRedirect Recreate(int id) => new() { Id = id, EntityType = Type, OldSlug = OldSlug };

    public static Task<string?> CannotRemoveAsync(KdramaDbContext db, int id, CancellationToken cancellationToken) => Task.FromResult<string?>(null);

    public Task ApplyToAsync(KdramaDbContext db, SlugRedirect redirect, CancellationToken cancellationToken)
    {
        (redirect.EntityType, redirect.OldSlug, redirect.TargetId) = (Type, OldSlug, TargetId);
        return Task.CompletedTask;
    }
}
