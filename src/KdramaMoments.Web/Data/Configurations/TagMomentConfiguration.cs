using KdramaMoments.Web.Domain;
using KdramaMoments.Web.Moments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KdramaMoments.Web.Data.Configurations;

internal sealed class TagMomentConfiguration : IEntityTypeConfiguration<TagMoment>
{
    public void Configure(EntityTypeBuilder<TagMoment> builder)
    {
        // Led by the moment: the key is also the index a save (and a moment's deletion) finds a moment's rows by; the
        // trope's deletion finds its rows by the order indexes, led by the trope. Four B-trees a row, no more: every import writes them.
        builder.HasKey(t => new { t.MomentId, t.TagId });
        // The copies are as long as the moment's own columns (MomentConfiguration).
        builder.Property(t => t.Slug).HasMaxLength(120);
        builder.Property(t => t.Title).HasMaxLength(300);
        builder.Property(t => t.SortDrama).HasMaxLength(200);
        builder.Property(t => t.SortTitle).HasMaxLength(300);
        // One index per list order, led by the trope and holding the moment's id, so a page of any order is one slice of
        // one index: most listed, newest drama (with "Episode IS NULL" before the episode in the database,
        // TagMoment.UnknownEpisodeLastIndexSql), title.
        builder.HasIndex(t => new { t.TagId, t.ListCount, t.SortYear, t.Title, t.Slug, t.MomentId }, "IX_TagMoments_ListedOrder").IsDescending(false, true, true, false, false, false);
        // Named short: PostgreSQL truncates names past 63 characters, and the migration's SQL rebuilds this one by name.
        builder.HasIndex(t => new { t.TagId, t.SortYear, t.SortDrama, t.Episode, t.Slug, t.MomentId }, "IX_TagMoments_YearOrder").IsDescending(false, true, false, false, false, false);
        builder.HasIndex(t => new { t.TagId, t.SortTitle, t.Slug, t.MomentId }, "IX_TagMoments_TitleOrder");
        builder.HasOne<Tag>().WithMany().HasForeignKey(t => t.TagId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Moment>().WithMany().HasForeignKey(t => t.MomentId).OnDelete(DeleteBehavior.Cascade);
    }
}
