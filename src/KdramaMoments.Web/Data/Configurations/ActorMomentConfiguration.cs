using KdramaMoments.Web.Domain;
using KdramaMoments.Web.Moments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KdramaMoments.Web.Data.Configurations;

internal sealed class ActorMomentConfiguration : IEntityTypeConfiguration<ActorMoment>
{
    public void Configure(EntityTypeBuilder<ActorMoment> builder)
    {
        builder.HasKey(a => new { a.ActorId, a.MomentId });
        // A save computes a moment's rows again.
        builder.HasIndex(a => a.MomentId);
        // The copies are as long as the moment's own columns (MomentConfiguration).
        builder.Property(a => a.Slug).HasMaxLength(120);
        builder.Property(a => a.Title).HasMaxLength(300);
        builder.Property(a => a.SortDrama).HasMaxLength(200);
        builder.Property(a => a.SortTitle).HasMaxLength(300);
        // One index per order, led by the actor and holding the moment's id, so a page of any order is one slice of one
        // index: most listed, newest drama, title, the feed's (read backwards) and the actor page's (drama title, episode).
        // The two with an episode also hold "Episode IS NULL" before it in the database (ActorMoment.UnknownEpisodeLastIndexSql).
        builder.HasIndex(a => new { a.ActorId, a.ListCount, a.SortYear, a.Title, a.Slug, a.MomentId }).IsDescending(false, true, true, false, false, false);
        // Named short: PostgreSQL truncates names past 63 characters, and the migration's SQL rebuilds these two by name.
        builder.HasIndex(a => new { a.ActorId, a.SortYear, a.SortDrama, a.Episode, a.Slug, a.MomentId }, "IX_ActorMoments_YearOrder").IsDescending(false, true, false, false, false, false);
        builder.HasIndex(a => new { a.ActorId, a.SortTitle, a.Slug, a.MomentId });
        builder.HasIndex(a => new { a.ActorId, a.FeedUpdatedAt, a.Slug, a.MomentId });
        builder.HasIndex(a => new { a.ActorId, a.SortDrama, a.Episode, a.MomentId }, "IX_ActorMoments_DramaOrder");
        builder.HasOne<Actor>().WithMany().HasForeignKey(a => a.ActorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Moment>().WithMany().HasForeignKey(a => a.MomentId).OnDelete(DeleteBehavior.Cascade);
    }
}
