using KdramaMoments.Web.Data;
using KdramaMoments.Web.Domain;

namespace KdramaMoments.Web.Editing;

/// <summary>
/// The revisions of one merge or one import. Each entity's state is captured before it changes and again once
/// everything is saved; all revisions share one batch, so undo takes them back together, the last one first.
/// </summary>
public sealed class ChangeBatch(KdramaDbContext db, string author, string action)
{
    private readonly string batch = RevisionLog.NewBatch();
    private readonly List<(int Order, Action Write)> pending = [];

    /// <summary>
    /// Recorded after everything of a lower <paramref name="order"/>. Undo runs in reverse, so what must be taken
    /// back first (an import's article, whose citations pin the moments) is recorded last.
    /// </summary>
    /// <remarks>With <c>recordUnchanged</c> the entity is recorded even if its state ends as it began: a merge's survivor, so its history shows the merge.</remarks>
    public void Changing(object entity, int order = 0, bool recordUnchanged = false) => Track(entity, order, recordUnchanged ? Step.Survivor : Step.Changing);

    public void Removing(object entity, int order = 0) => Track(entity, order, Step.Removing);

    public void Created(object entity, int order = 0) => Track(entity, order, Step.Created);

    /// <summary>Adds the revisions to the context: call once the changes are saved (new rows have their ids), then save again.</summary>
    public void Record()
    {
        foreach (var (_, write) in pending.OrderBy(p => p.Order))
        {
            write();
        }
        pending.Clear();
    }

    private enum Step { Changing, Survivor, Removing, Created }

    private void Track(object entity, int order, Step step)
    {
        switch (entity)
        {
            case Drama d: Track<DramaSnapshot, Drama>(d, order, step); break;
            case Actor a: Track<ActorSnapshot, Actor>(a, order, step); break;
            case Character c: Track<CharacterSnapshot, Character>(c, order, step); break;
            case Moment m: Track<MomentSnapshot, Moment>(m, order, step); break;
            case Tag t: Track<TagSnapshot, Tag>(t, order, step); break;
            case Article a: Track<ArticleSnapshot, Article>(a, order, step); break;
            case Source s: Track<SourceSnapshot, Source>(s, order, step); break;
            case SlugRedirect r: Track<RedirectSnapshot, SlugRedirect>(r, order, step); break;
            case CuratedList l: Track<CuratedListSnapshot, CuratedList>(l, order, step); break;
            default: throw new ArgumentException($"No revisions are kept for {entity.GetType().Name}.", nameof(entity));
        }
    }

    private void Track<TSnapshot, TEntity>(TEntity entity, int order, Step step)
        where TSnapshot : class, IEditSnapshot<TSnapshot, TEntity>
        where TEntity : class
    {
        var before = step == Step.Created ? null : TSnapshot.Capture(entity);
        var id = TSnapshot.IdOf(entity); // an existing entity's id, read now; a created one has its id only once saved
        pending.Add((order, () =>
        {
            var after = step == Step.Removing ? null : TSnapshot.Capture(entity);
            if (step == Step.Changing && after is not null && after.SameAs(before))
            {
                return; // looked at, not changed
            }
            RevisionLog.Record(db, author, TSnapshot.Kind, step == Step.Created ? TSnapshot.IdOf(entity) : id, action, before, after, batch);
        }
        ));
    }
}
