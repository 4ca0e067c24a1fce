namespace KdramaMoments.Web.Domain;

/// <summary>The keys the moment lists and feeds order by: the moment's own (<see cref="Moment"/>) and their copies kept per actor (<c>Moments/ActorMoment.cs</c>).</summary>
public interface IMomentOrderKeys
{
    int ListCount { get; }
    int SortYear { get; }
    string Title { get; }
    string Slug { get; }
    string SortDrama { get; }
    int? Episode { get; }
    string SortTitle { get; }
    DateTime FeedUpdatedAt { get; }
}
