using KdramaMoments.Web.Data;
using KdramaMoments.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Editing;

/// <summary>
/// Merges a duplicate ("Hyun-Bin" and "Hyun Bin") into the entity that survives: the survivor takes the
/// duplicate's names as aliases and all its references (roles, moments, sources); the duplicate's address
/// answers 301 to the survivor from then on. The same plan is shown as a preview before anything changes.
/// </summary>
public static class Merger
{
    public static readonly IReadOnlyList<EntityKind> Kinds = [EntityKind.Drama, EntityKind.Actor, EntityKind.Character, EntityKind.Moment];

    public sealed record Plan(EntityKind Kind, int FromId, string FromName, string FromSlug, int IntoId, string IntoName, string IntoSlug, IReadOnlyList<string> Steps, string? Refusal);

    /// <summary>Whether an entity of this kind (one of <see cref="Kinds"/>) has this address.</summary>
    public static Task<bool> HasSlugAsync(KdramaDbContext db, EntityKind kind, string slug, CancellationToken cancellationToken) => kind switch
    {
        EntityKind.Actor => db.Actors.AnyAsync(a => a.Slug == slug, cancellationToken),
        EntityKind.Drama => db.Dramas.AnyAsync(d => d.Slug == slug, cancellationToken),
        EntityKind.Character => db.Characters.AnyAsync(c => c.Slug == slug, cancellationToken),
        EntityKind.Moment => db.Moments.AnyAsync(m => m.Slug == slug, cancellationToken),
        _ => Task.FromResult(false),
    };

    public static async Task<Plan?> PlanAsync(KdramaDbContext db, EntityKind kind, string fromSlug, string intoSlug, CancellationToken cancellationToken)
    {
        if (fromSlug == intoSlug)
        {
            return null;
        }
        switch (kind)
        {
            case EntityKind.Actor:
                {
                    var from = await db.Actors.AsNoTracking().Where(a => a.Slug == fromSlug).Select(a => new { a.Id, a.Name, a.Slug, Aliases = a.Aliases.Select(x => x.Name).ToList(), Roles = a.Characters.Count }).FirstOrDefaultAsync(cancellationToken);
                    var into = await db.Actors.AsNoTracking().Where(a => a.Slug == intoSlug).Select(a => new { a.Id, a.Name, a.Slug }).FirstOrDefaultAsync(cancellationToken);
                    return from is null || into is null ? null : new Plan(kind, from.Id, from.Name, from.Slug, into.Id, into.Name, into.Slug,
                        [$"{from.Roles} role(s) move to {into.Name}", $"{into.Name} takes the names {Names(from.Name, from.Aliases)} as aliases", $"/actors/{from.Slug} answers 301 to /actors/{into.Slug}", $"{from.Name} is removed"], null);
                }
            case EntityKind.Drama:
                {
                    var from = await db.Dramas.AsNoTracking().Where(d => d.Slug == fromSlug).Select(d => new { d.Id, d.Title, d.Slug, Aliases = d.Aliases.Select(x => x.Name).ToList(), Roles = d.Characters.Count, Moments = d.Moments.Count }).FirstOrDefaultAsync(cancellationToken);
                    var into = await db.Dramas.AsNoTracking().Where(d => d.Slug == intoSlug).Select(d => new { d.Id, d.Title, d.Slug }).FirstOrDefaultAsync(cancellationToken);
                    return from is null || into is null ? null : new Plan(kind, from.Id, from.Title, from.Slug, into.Id, into.Title, into.Slug,
                        [$"{from.Moments} moment(s) and {from.Roles} role(s) move to {into.Title}", $"{into.Title} takes the titles {Names(from.Title, from.Aliases)} as aliases", $"/dramas/{from.Slug} answers 301 to /dramas/{into.Slug}", $"{from.Title} is removed"], null);
                }
            case EntityKind.Character:
                {
                    var from = await db.Characters.AsNoTracking().Where(c => c.Slug == fromSlug).Select(c => new { c.Id, c.Name, c.Slug, c.DramaId, Aliases = c.Aliases.Select(x => x.Name).ToList(), Moments = c.Moments.Count }).FirstOrDefaultAsync(cancellationToken);
                    var into = await db.Characters.AsNoTracking().Where(c => c.Slug == intoSlug).Select(c => new { c.Id, c.Name, c.Slug, c.DramaId }).FirstOrDefaultAsync(cancellationToken);
                    return from is null || into is null ? null : new Plan(kind, from.Id, from.Name, from.Slug, into.Id, into.Name, into.Slug,
                        [$"{from.Moments} moment(s) now name {into.Name}", $"{into.Name} takes the names {Names(from.Name, from.Aliases)} as aliases", $"/characters/{from.Slug} answers 301 to /characters/{into.Slug}", $"{from.Name} is removed"],
                        from.DramaId == into.DramaId ? null : "These characters are in different dramas; merge the dramas first if they are one.");
                }
            case EntityKind.Moment:
                {
                    var from = await db.Moments.AsNoTracking().Where(m => m.Slug == fromSlug).Select(m => new { m.Id, m.Title, m.Slug, m.DramaId, Sources = m.Sources.Count, Quotes = m.Quotes.Count, Lists = db.CuratedListItems.Count(i => i.MomentId == m.Id) }).FirstOrDefaultAsync(cancellationToken);
                    var into = await db.Moments.AsNoTracking().Where(m => m.Slug == intoSlug).Select(m => new { m.Id, m.Title, m.Slug, m.DramaId }).FirstOrDefaultAsync(cancellationToken);
                    return from is null || into is null ? null : new Plan(kind, from.Id, from.Title, from.Slug, into.Id, into.Title, into.Slug,
                        [$"{from.Sources} source(s) and {from.Quotes} quote(s) move to “{into.Title}”, with its tropes and characters", $"{from.Lists} editors' list(s) name “{into.Title}” in its place", $"/moments/{from.Slug} answers 301 to /moments/{into.Slug}", $"“{from.Title}” is removed"],
                        from.DramaId == into.DramaId ? null : "These moments are in different dramas; one scene belongs to one drama.");
                }
            default:
                return null;
        }
    }

    public static async Task MergeAsync(KdramaDbContext db, Plan plan, string author, CancellationToken cancellationToken)
    {
        await using var transaction = await db.BeginCatalogueWriteAsync(cancellationToken);
        // Everything the merge touches is recorded in one batch, references first, then the survivor, the
        // duplicate and the addresses: undo replays the batch backwards, so the duplicate is back before
        // its references return to it.
        var changes = new ChangeBatch(db, author, $"merge of {plan.FromSlug} into {plan.IntoSlug}");
        switch (plan.Kind)
        {
            case EntityKind.Actor:
                {
                    var from = await db.Actors.Include(a => a.Aliases).Include(a => a.Characters).ThenInclude(c => c.Aliases).AsSplitQuery().SingleAsync(a => a.Id == plan.FromId, cancellationToken);
                    var into = await db.Actors.Include(a => a.Aliases).SingleAsync(a => a.Id == plan.IntoId, cancellationToken);
                    Changing(changes, from.Characters, into).ForEach(c => c.ActorId = into.Id);
                    AddAliases(into.Aliases, into.NormalizedName, from.Name, from.Aliases.Select(a => a.Name), name => new ActorAlias { Name = name, NormalizedName = Domain.Names.Normalize(name) });
                    into.HangulName ??= from.HangulName;
                    into.EditedAt = DateTime.UtcNow;
                    Remove(db, changes, from);
                    break;
                }
            case EntityKind.Drama:
                {
                    var from = await db.Dramas.Include(d => d.Aliases).Include(d => d.Characters).ThenInclude(c => c.Aliases)
                        .Include(d => d.Moments).ThenInclude(m => m.Quotes).Include(d => d.Moments).ThenInclude(m => m.Tags).Include(d => d.Moments).ThenInclude(m => m.Characters)
                        .AsSplitQuery().SingleAsync(d => d.Id == plan.FromId, cancellationToken);
                    var into = await db.Dramas.Include(d => d.Aliases).SingleAsync(d => d.Id == plan.IntoId, cancellationToken);
                    Changing(changes, from.Characters, null).ForEach(c => c.DramaId = into.Id);
                    Changing(changes, from.Moments, into).ForEach(m => m.DramaId = into.Id);
                    AddAliases(into.Aliases, into.NormalizedTitle, from.Title, from.Aliases.Select(a => a.Name), name => new DramaAlias { Name = name, NormalizedName = Domain.Names.Normalize(name) });
                    (into.Year, into.HangulTitle, into.Synopsis) = (into.Year ?? from.Year, into.HangulTitle ?? from.HangulTitle, into.Synopsis ?? from.Synopsis);
                    into.EditedAt = DateTime.UtcNow;
                    Remove(db, changes, from);
                    break;
                }
            case EntityKind.Character:
                {
                    var from = await db.Characters.Include(c => c.Aliases)
                        .Include(c => c.Moments).ThenInclude(m => m.Characters).Include(c => c.Moments).ThenInclude(m => m.Quotes).Include(c => c.Moments).ThenInclude(m => m.Tags)
                        .AsSplitQuery().SingleAsync(c => c.Id == plan.FromId, cancellationToken);
                    var into = await db.Characters.Include(c => c.Aliases).SingleAsync(c => c.Id == plan.IntoId, cancellationToken);
                    foreach (var moment in Changing(changes, from.Moments, into))
                    {
                        moment.Characters.Remove(from);
                        if (moment.Characters.All(c => c.Id != into.Id))
                        {
                            moment.Characters.Add(into);
                        }
                    }
                    AddAliases(into.Aliases, into.NormalizedName, from.Name, from.Aliases.Select(a => a.Name), name => new CharacterAlias { Name = name, NormalizedName = Domain.Names.Normalize(name) });
                    into.ActorId ??= from.ActorId;
                    into.EditedAt = DateTime.UtcNow;
                    Remove(db, changes, from);
                    break;
                }
            default:
                {
                    var from = await db.Moments.Include(m => m.Sources).Include(m => m.Quotes).Include(m => m.Tags).Include(m => m.Characters).AsSplitQuery().SingleAsync(m => m.Id == plan.FromId, cancellationToken);
                    var into = await db.Moments.Include(m => m.Quotes).Include(m => m.Tags).Include(m => m.Characters).AsSplitQuery().SingleAsync(m => m.Id == plan.IntoId, cancellationToken);
                    Changing(changes, from.Sources, into).ForEach(s => s.MomentId = into.Id);
                    var position = into.Quotes.Count;
                    foreach (var quote in from.Quotes.Where(q => into.Quotes.All(x => x.Text != q.Text)).ToList())
                    {
                        into.Quotes.Add(new Quote { Text = quote.Text, Position = ++position });
                    }
                    into.Tags.AddRange(from.Tags.Where(t => into.Tags.All(x => x.Id != t.Id)));
                    into.Characters.AddRange(from.Characters.Where(c => into.Characters.All(x => x.Id != c.Id)));
                    (into.Episode, into.Description) = (into.Episode ?? from.Episode, into.Description ?? from.Description);
                    into.EditedAt = DateTime.UtcNow;
                    await MoveListEntriesAsync(db, changes, from.Id, into.Id, cancellationToken);
                    Remove(db, changes, from);
                    break;
                }
        }
        // The loser's address, and any address that already led to it, now lead to the survivor.
        var entityType = plan.Kind.Name();
        foreach (var redirect in await db.SlugRedirects.Where(r => r.EntityType == entityType && r.TargetId == plan.FromId).ToListAsync(cancellationToken))
        {
            changes.Changing(redirect);
            redirect.TargetId = plan.IntoId;
        }
        var moved = new SlugRedirect { EntityType = entityType, OldSlug = plan.FromSlug, TargetId = plan.IntoId };
        db.SlugRedirects.Add(moved);
        changes.Created(moved);
        await db.SaveChangesAsync(cancellationToken);
        changes.Record();
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Editors' lists naming the loser name the survivor in its place (or keep only the survivor's entry, note and place, when they named both).</summary>
    private static async Task MoveListEntriesAsync(KdramaDbContext db, ChangeBatch changes, int fromId, int intoId, CancellationToken cancellationToken)
    {
        foreach (var list in await db.CuratedLists.Include(l => l.Items).Where(l => l.Items.Any(i => i.MomentId == fromId)).ToListAsync(cancellationToken))
        {
            changes.Changing(list);
            var entry = list.Items.Single(i => i.MomentId == fromId);
            if (list.Items.Any(i => i.MomentId == intoId))
            {
                list.Items.Remove(entry);
                db.CuratedListItems.Remove(entry);
            }
            else
            {
                entry.MomentId = intoId;
            }
            list.EditedAt = DateTime.UtcNow;
        }
    }

    /// <summary>Captures the references about to move, then the survivor (when it changes too), for the merge's revisions.</summary>
    private static List<T> Changing<T>(ChangeBatch changes, List<T> references, object? survivor)
        where T : class
    {
        references.ForEach(r => changes.Changing(r));
        if (survivor is not null)
        {
            changes.Changing(survivor, recordUnchanged: true);
        }
        return references;
    }

    private static void Remove(KdramaDbContext db, ChangeBatch changes, object loser)
    {
        changes.Removing(loser);
        db.Remove(loser);
    }

    private static string Names(string name, IEnumerable<string> aliases) => string.Join(", ", aliases.Prepend(name).Select(n => $"“{n}”"));

    private static void AddAliases<TAlias>(List<TAlias> aliases, string survivorKey, string name, IEnumerable<string> more, Func<string, TAlias> create)
        where TAlias : NameAlias
    {
        foreach (var alias in more.Prepend(name))
        {
            var key = Domain.Names.Normalize(alias);
            if (key != survivorKey && aliases.All(a => a.NormalizedName != key))
            {
                aliases.Add(create(alias));
            }
        }
    }
}
