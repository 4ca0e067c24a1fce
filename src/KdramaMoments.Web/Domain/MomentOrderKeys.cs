namespace KdramaMoments.Web.Domain;

/// <summary>
/// The keys the moment lists order by: the moment's own (<see cref="Moment"/>) and their copies kept per actor
/// (<c>Moments/ActorMoment.cs</c>) and per trope (<c>Moments/TagMoment.cs</c>).
/// </summary>
public interface IMomentOrderKeys
{
    int ListCount { get; }
    int SortYear { get; }
    string Title { get; }
    string Slug { get; }
    string SortDrama { get; }
    int? Episode { get; }
    string SortTitle { get; }
}

/// <summary>The list keys and the feeds' time: the moment's own and the copies kept per actor.</summary>
public interface IMomentFeedKeys : IMomentOrderKeys
{
    DateTime FeedUpdatedAt { get; }
}
